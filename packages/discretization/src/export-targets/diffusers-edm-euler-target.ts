import { InvalidArgumentError } from "@klsched/core-linalg";
import { scheduleFromSigmas } from "../custom-levels.js";
import type { NoiseProcess } from "../noise-process.js";
import { edmRampOf, edmRampSigma } from "./edm-ramp.js";
import { defineExportTarget, type ExportTarget, endsClean, noisyTimes, snippetComment } from "./export-target.js";
import { fromConfigLine, pythonFloat, pythonList } from "./python-literals.js";
import { EULER_SAMPLERS, samplerNote } from "./sampler-note.js";

const NAME = "diffusers:EDMEulerScheduler";
const CLASS = "EDMEulerScheduler";

/** The VE range [σ_min, σ_max] of a process, or undefined off VE. */
function veRange(process: NoiseProcess): { readonly sigmaMin: number; readonly sigmaMax: number } | undefined {
  return process.kind === "ve" ? { sigmaMin: process.tEnd, sigmaMax: process.tStart } : undefined;
}

/**
 * diffusers' EDMEulerScheduler (schedulers/scheduling_edm_euler.py, `set_timesteps(sigmas=…)`): it reads
 * the tensor it is given not as sigmas but as the ramp of its `sigma_schedule` — Karras:
 * (σ_max^(1/ρ) + r·(σ_min^(1/ρ) − σ_max^(1/ρ)))^ρ in float64, then float32 — and appends its own final level.
 * The snippet sets `rho=1.0`, under which the ramp is linear, σ = σ_max + r·(σ_min − σ_max), with σ_min,
 * σ_max the process's; each r is chosen so that the scheduler's float32 σ is exactly the level's float32.
 * It wants a tensor (`sigmas.to(dtype)`), not a list.
 */
export const diffusersEdmEulerTarget: ExportTarget = /* @__PURE__ */ defineExportTarget({
  name: NAME,
  tool: "diffusers" as const,
  summary: "EDMEulerScheduler(sigmas=tensor): the ramp r of each noisy level, rho=1.0 (VE/EDM models)",
  unit: "edm-ramp" as const,
  flag: "--sigmas" as const,
  integerTimesteps: false,
  refusal: (schedule) => {
    const { process } = schedule;
    if (veRange(process) === undefined) return `${CLASS} runs VE (EDM) models, not ${process.label}`;
    if (!endsClean(schedule))
      return `${CLASS} appends σ = 0 itself (final_sigmas_type="zero"), and this schedule ends at a noisy level`;
    return undefined;
  },
  export: (schedule, context) => {
    const range = veRange(schedule.process);
    if (range === undefined) throw new InvalidArgumentError("format", NAME, `needs a VE process, not ${schedule.process.label}`);
    const { sigmaMin, sigmaMax } = range;
    const values = Float64Array.from(noisyTimes(schedule), (sigma) => edmRampOf(sigma, sigmaMin, sigmaMax));
    const overrides: [string, string][] = [
      ["sigma_min", pythonFloat(sigmaMin)],
      ["sigma_max", pythonFloat(sigmaMax)],
      ["sigma_schedule", '"karras"'],
      ["rho", "1.0"],
      ["final_sigmas_type", '"zero"'],
    ];
    const text = [
      "import torch",
      `from diffusers import ${CLASS}`,
      "",
      snippetComment(
        schedule,
        context,
        "the ramp r of each noisy level: σ = σ_max + r·(σ_min − σ_max) under rho=1 (the scheduler appends 0)",
      ),
      `ramp = torch.tensor(${pythonList(values, pythonFloat)}, dtype=torch.float64)`,
      fromConfigLine(CLASS, overrides),
      "image = pipe(prompt, sigmas=ramp).images[0]",
      "",
    ].join("\n");
    const notes = samplerNote(CLASS, EULER_SAMPLERS, "Euler on the probability-flow ODE (= DDIM)", context.sampler);
    return { target: NAME, text, values, unit: "edm-ramp" as const, notes };
  },
  read: (process, values) => {
    const range = veRange(process);
    if (range === undefined) throw new InvalidArgumentError("from", NAME, `reads VE (EDM) ramps, not ${process.label}'s levels`);
    return scheduleFromSigmas(
      process,
      values.map((r) => edmRampSigma(r, range.sigmaMin, range.sigmaMax)),
    );
  },
});
