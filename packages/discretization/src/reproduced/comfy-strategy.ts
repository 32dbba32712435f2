import { checkLimit } from "@klsched/core-linalg";
import { comfySamplingFor } from "../comfy/model-sampling.js";
import { COMFY_SCHEDULERS, comfySchedulerLevels } from "../comfy/schedulers.js";
import { MAX_STEPS } from "../step-limit.js";
import { toolSchedule } from "../tool-schedule.js";
import { defineToolStrategy } from "./descriptor.js";

/**
 * ComfyUI's KSampler schedulers (comfy/samplers.py `calculate_sigmas`) on the model's float32 sampling
 * object. `denoise` < 1 computes ⌊N/denoise⌋ steps and keeps the last N, as KSampler does.
 */
export const comfyStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "comfy",
  summary: "ComfyUI's KSampler scheduler by name (comfy/samplers.py), on the model's float32 sampling",
  keys: { name: { type: "choice", choices: COMFY_SCHEDULERS, default: "normal", help: "the scheduler's name in ComfyUI" } },
  takesShift: true,
  takesDenoise: true,
  make: ({ name }) => ({ kind: "comfy", name }),
  schedule: (process, strategy, steps, options) => {
    const denoise = options.denoise ?? 1;
    const sampling = comfySamplingFor(process, options.shift, options.mu);
    const full = checkLimit(
      "denoise",
      denoise < 1 ? Math.trunc(steps / denoise) : steps,
      MAX_STEPS,
      `KSampler computes ⌊N/denoise⌋ = ${Math.trunc(steps / denoise)} steps before keeping the last ${steps}`,
    );
    const levels = comfySchedulerLevels(sampling, strategy.name, full);
    const kept = denoise < 1 ? levels.slice(levels.length - (steps + 1)) : levels;
    const timesteps = Float64Array.from(kept.slice(0, -1), (level) => sampling.timestep(level.sigma));
    return toolSchedule(process, kept, timesteps);
  },
});
