import { scheduleFromFlowTimes } from "../custom-levels.js";
import { defineExportTarget, type ExportTarget, endsClean, noisyTimes, snippetComment } from "./export-target.js";
import { fromConfigLine, pythonFloat, pythonList } from "./python-literals.js";
import { EULER_SAMPLERS, samplerNote } from "./sampler-note.js";

const NAME = "diffusers:FlowMatchEulerDiscreteScheduler";
const CLASS = "FlowMatchEulerDiscreteScheduler";

/**
 * diffusers' FlowMatchEulerDiscreteScheduler with custom sigmas (schedulers/
 * scheduling_flow_match_euler_discrete.py, `set_timesteps(sigmas=…)`): it casts the N flow times to
 * float32, then shifts them — statically by its `shift` (SD3: 3.0) or by `time_shift(mu, 1, σ)` when
 * `use_dynamic_shifting` (Flux) — stretches them to `shift_terminal`, converts them to a Karras or other
 * family if configured, and appends 0. klsched's levels are already where they should be (any `shift=` of
 * the strategy included), so the snippet turns every one of those off: `shift=1.0`, which is the identity
 * in float32, and `use_dynamic_shifting=False`, under which the pipeline's `mu` is ignored.
 */
export const diffusersFlowMatchTarget: ExportTarget = /* @__PURE__ */ defineExportTarget({
  name: NAME,
  tool: "diffusers" as const,
  summary: "FlowMatchEulerDiscreteScheduler(sigmas=[…]): flow t of the noisy levels, unshifted, shift=1.0 (flow: SD3, Flux)",
  unit: "flow-t" as const,
  flag: "--sigmas" as const,
  integerTimesteps: false,
  refusal: (schedule) => {
    const { process } = schedule;
    if (process.kind !== "flow") return `${CLASS} runs flow-matching models, not ${process.label}`;
    if (!endsClean(schedule)) return `${CLASS} appends t = 0 itself, and this schedule ends at a noisy level`;
    return undefined;
  },
  export: (schedule, context) => {
    const values = noisyTimes(schedule).slice();
    const overrides: [string, string][] = [
      ["shift", "1.0"],
      ["use_dynamic_shifting", "False"],
      ["shift_terminal", "None"],
      ["use_karras_sigmas", "False"],
      ["use_exponential_sigmas", "False"],
      ["use_beta_sigmas", "False"],
      ["invert_sigmas", "False"],
      ["stochastic_sampling", "False"],
    ];
    const text = [
      `from diffusers import ${CLASS}`,
      "",
      snippetComment(schedule, context, "flow σ = t of the noisy levels, already shifted (the scheduler appends 0)"),
      `sigmas = ${pythonList(values, pythonFloat)}`,
      fromConfigLine(CLASS, overrides),
      "image = pipe(prompt, sigmas=sigmas).images[0]",
      "",
    ].join("\n");
    const notes = samplerNote(CLASS, EULER_SAMPLERS, "Euler on the flow ODE (= DDIM)", context.sampler);
    return { target: NAME, text, values, unit: "flow-t" as const, notes };
  },
  read: (process, values) => scheduleFromFlowTimes(process, values),
});
