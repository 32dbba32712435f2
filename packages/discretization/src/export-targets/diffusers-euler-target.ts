import { InvalidArgumentError } from "@klsched/core-linalg";
import { scheduleFromSigmas } from "../custom-levels.js";
import { sigmasOf } from "../schedule.js";
import { defineExportTarget, type ExportTarget, infiniteLevel, snippetComment } from "./export-target.js";
import { fromConfigLine, pythonFloat, pythonList } from "./python-literals.js";
import { EULER_SAMPLERS, samplerNote } from "./sampler-note.js";

const NAME = "diffusers:EulerDiscreteScheduler";

/**
 * diffusers' EulerDiscreteScheduler with custom sigmas (schedulers/scheduling_euler_discrete.py,
 * `set_timesteps(sigmas=…)`): it takes the list as σ/α levels, the final 0 included, casts them to float32
 * and feeds the model `_sigma_to_t` of each — the Euler sampler on the probability-flow ODE, which is
 * deterministic DDIM (theory §2). With custom sigmas it ignores `timestep_spacing`, `use_karras_sigmas` and
 * the other families, but refuses to start with them set, so the snippet clears them.
 */
export const diffusersEulerTarget: ExportTarget = /* @__PURE__ */ defineExportTarget({
  name: NAME,
  tool: "diffusers" as const,
  summary: "EulerDiscreteScheduler(sigmas=[…]): σ/α of every level, the final 0 included (discrete models)",
  unit: "s" as const,
  flag: "--sigmas" as const,
  integerTimesteps: false,
  refusal: (schedule) => {
    const { process } = schedule;
    if (process.trainingSteps === undefined) return `EulerDiscreteScheduler runs discrete models, not ${process.label}`;
    const k = infiniteLevel(schedule);
    if (k !== undefined)
      return `level ${k} is at α = 0 (σ/α = ∞), which EulerDiscreteScheduler cannot take (its zero-SNR table ends at ᾱ = 2⁻²⁴: use zsnr=tiny)`;
    return undefined;
  },
  export: (schedule, context) => {
    const values = sigmasOf(schedule);
    const zeroSnr = schedule.process.discrete?.zeroSnr !== undefined;
    const overrides: [string, string][] = [
      ["use_karras_sigmas", "False"],
      ["use_exponential_sigmas", "False"],
      ["use_beta_sigmas", "False"],
      ...(zeroSnr ? ([["rescale_betas_zero_snr", "True"]] as [string, string][]) : []),
    ];
    const text = [
      "from diffusers import EulerDiscreteScheduler",
      "",
      snippetComment(schedule, context, "σ/α of every level, the final 0 included"),
      `sigmas = ${pythonList(values, pythonFloat)}`,
      fromConfigLine("EulerDiscreteScheduler", overrides),
      "image = pipe(prompt, sigmas=sigmas).images[0]",
      "",
    ].join("\n");
    const notes = samplerNote(
      "EulerDiscreteScheduler",
      EULER_SAMPLERS,
      "Euler on the probability-flow ODE (= DDIM)",
      context.sampler,
    );
    return { target: NAME, text, values, unit: "s" as const, notes };
  },
  read: (process, values) => {
    if (process.trainingSteps === undefined)
      throw new InvalidArgumentError("from", NAME, `reads discrete models' σ/α, not ${process.label}'s`);
    return scheduleFromSigmas(process, values);
  },
});
