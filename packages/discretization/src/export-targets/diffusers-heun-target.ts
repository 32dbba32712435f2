import { scheduleFromTimesteps } from "../custom-levels.js";
import { defineExportTarget, type ExportTarget, noisyTimes, snippetComment } from "./export-target.js";
import { integerTimestepsRefusal } from "./integer-timesteps.js";
import { fromConfigLine, pythonInt, pythonList } from "./python-literals.js";
import { samplerNote } from "./sampler-note.js";

const NAME = "diffusers:HeunDiscreteScheduler";
const CLASS = "HeunDiscreteScheduler";

/**
 * diffusers' HeunDiscreteScheduler with custom timesteps (schedulers/scheduling_heun_discrete.py,
 * `set_timesteps(timesteps=…)`): float32 timesteps, σ by `np.interp` in its table — linear in σ between
 * integers, so klsched exports integers, where that is the table itself — then 0, each inner level
 * repeated for the second stage: Heun's method (Karras et al. 2022, Alg. 1) with an Euler step to 0, 2N − 1
 * evaluations, as klsched's `heun`. It has no `rescale_betas_zero_snr`: a zero-SNR model is refused.
 */
export const diffusersHeunTarget: ExportTarget = /* @__PURE__ */ defineExportTarget({
  name: NAME,
  tool: "diffusers" as const,
  summary: "HeunDiscreteScheduler(timesteps=[…]): integer training timesteps of the noisy levels (discrete models)",
  unit: "timestep" as const,
  flag: "--timesteps" as const,
  integerTimesteps: true,
  refusal: (schedule) =>
    schedule.process.discrete?.zeroSnr === undefined
      ? integerTimestepsRefusal(schedule, CLASS)
      : `${CLASS} has no rescale_betas_zero_snr, so its σ table is not this zero-terminal-SNR model's (use diffusers:EulerDiscreteScheduler)`,
  export: (schedule, context) => {
    const values = noisyTimes(schedule).slice();
    const overrides: [string, string][] = [
      ["use_karras_sigmas", "False"],
      ["use_exponential_sigmas", "False"],
      ["use_beta_sigmas", "False"],
    ];
    const notes = samplerNote(CLASS, ["heun"], "Heun's method", context.sampler);
    const text = [
      `from diffusers import ${CLASS}`,
      "",
      snippetComment(schedule, context, "integer training timesteps of the noisy levels (the scheduler appends the clean level)"),
      `timesteps = ${pythonList(values, pythonInt)}`,
      fromConfigLine(CLASS, overrides),
      "image = pipe(prompt, timesteps=timesteps).images[0]",
      "",
    ].join("\n");
    return { target: NAME, text, values, unit: "timestep" as const, notes };
  },
  read: (process, values) => scheduleFromTimesteps(process, values),
});
