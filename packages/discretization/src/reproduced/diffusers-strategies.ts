import { InvalidArgumentError } from "@klsched/core-linalg";
import { diffusersFlowMatch } from "../diffusers/flow-match.js";
import { diffusersDdim, diffusersDpm, diffusersEuler } from "../diffusers/schedulers.js";
import { SIGMA_FAMILIES } from "../diffusers/sigma-families.js";
import { SPACINGS } from "../diffusers/spacing.js";
import { scheduleFromTimes } from "../schedule.js";
import type { ToolSchedule } from "../tool-schedule.js";
import { defineToolStrategy } from "./descriptor.js";

const spacing = (fallback: (typeof SPACINGS)[number]) =>
  ({ type: "choice", choices: SPACINGS, default: fallback, help: "timestep_spacing of the scheduler config" }) as const;
const offset = {
  type: "number",
  default: 0,
  rule: { integer: true, min: 0, max: 100000 },
  help: "steps_offset of the scheduler config",
} as const;
const final = {
  type: "choice",
  choices: ["zero", "sigma_min"],
  default: "zero",
  help: "final_sigmas_type: end at the clean level (zero) or at σ_min",
} as const;

/**
 * diffusers img2img `strength`: keep timesteps[t_start:] with t_start = N − min(⌊N·strength⌋, N)
 * (`StableDiffusionImg2ImgPipeline.get_timesteps`).
 */
export function diffusersStrength(schedule: ToolSchedule, steps: number, denoise: number): ToolSchedule {
  if (denoise >= 1) return schedule;
  const start = steps - Math.min(Math.trunc(steps * denoise), steps);
  if (start >= steps) throw new InvalidArgumentError("denoise", denoise, `keeps no step of ${steps}`);
  return Object.freeze({
    schedule: scheduleFromTimes(schedule.schedule.process, schedule.schedule.t.slice(start)),
    sigmas: schedule.sigmas.slice(start),
    ...(schedule.timesteps === undefined ? {} : { timesteps: schedule.timesteps.slice(start) }),
    notes: schedule.notes,
  });
}

/** DDIMScheduler (schedulers/scheduling_ddim.py): integer timesteps by `timestep_spacing`, then the clean level. */
export const diffusersDdimStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "diffusers-ddim",
  summary: "diffusers' DDIMScheduler timesteps (scheduling_ddim.py), then the clean level",
  keys: { spacing: spacing("leading"), offset },
  takesDenoise: true,
  make: ({ spacing, offset }) => ({ kind: "diffusers-ddim", spacing, offset }),
  schedule: (process, strategy, steps, options) =>
    diffusersStrength(
      diffusersDdim(process, steps, { ...strategy, sigmas: "default", final: "zero" }),
      steps,
      options.denoise ?? 1,
    ),
});

/** EulerDiscreteScheduler (schedulers/scheduling_euler_discrete.py): interpolated sigmas, optional families. */
export const diffusersEulerStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "diffusers-euler",
  summary: "diffusers' EulerDiscreteScheduler sigmas (scheduling_euler_discrete.py)",
  keys: {
    spacing: spacing("linspace"),
    offset,
    sigmas: {
      type: "choice",
      choices: SIGMA_FAMILIES.filter((family) => family !== "lu"),
      default: "default",
      help: "use_karras_sigmas / use_exponential_sigmas / use_beta_sigmas",
    },
    final,
  },
  takesDenoise: true,
  make: (values) => ({ kind: "diffusers-euler", ...values }),
  schedule: (process, strategy, steps, options) =>
    diffusersStrength(diffusersEuler(process, steps, strategy), steps, options.denoise ?? 1),
});

/** DPMSolverMultistepScheduler (schedulers/scheduling_dpmsolver_multistep.py). */
export const diffusersDpmStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "diffusers-dpm",
  summary: "diffusers' DPMSolverMultistepScheduler sigmas (scheduling_dpmsolver_multistep.py)",
  keys: {
    spacing: spacing("linspace"),
    offset,
    sigmas: {
      type: "choice",
      choices: SIGMA_FAMILIES,
      default: "default",
      help: "use_karras_sigmas / use_exponential_sigmas / use_beta_sigmas / use_lu_lambdas",
    },
    final,
  },
  takesDenoise: true,
  make: (values) => ({ kind: "diffusers-dpm", ...values }),
  schedule: (process, strategy, steps, options) =>
    diffusersStrength(diffusersDpm(process, steps, strategy), steps, options.denoise ?? 1),
});

/**
 * FlowMatchEulerDiscreteScheduler as SD3's and Flux's pipelines call it (scheduling_flow_match_euler_discrete.py),
 * and UniPCMultistepScheduler's flow sigmas as Wan's pipeline calls it (scheduling_unipc_multistep.py).
 */
export const diffusersFlowStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "diffusers-flow",
  summary: "diffusers' FlowMatchEulerDiscreteScheduler as the SD3 or Flux pipeline calls it (or Wan's UniPC flow sigmas)",
  keys: {
    pipeline: {
      type: "choice",
      choices: ["sd3", "flux", "wan"],
      default: "sd3",
      help: "which pipeline's call to reproduce (wan: UniPCMultistepScheduler's flow sigmas)",
    },
  },
  takesShift: true,
  takesDenoise: true,
  make: ({ pipeline }) => ({ kind: "diffusers-flow", pipeline }),
  schedule: (process, strategy, steps, options) => {
    const shift =
      options.mu === undefined
        ? { kind: "static" as const, shift: options.shift ?? 1 }
        : { kind: "dynamic" as const, mu: options.mu };
    return diffusersStrength(diffusersFlowMatch(process, steps, strategy.pipeline, shift), steps, options.denoise ?? 1);
  },
});
