import { InvalidArgumentError } from "@klsched/core-linalg";
import type { Schedule } from "../schedule.js";
import { comfyuiTarget } from "./comfyui-target.js";
import { diffusersDpmTarget } from "./diffusers-dpm-target.js";
import { diffusersEdmEulerTarget } from "./diffusers-edm-euler-target.js";
import { diffusersEulerTarget } from "./diffusers-euler-target.js";
import { diffusersFlowMatchTarget } from "./diffusers-flow-match-target.js";
import { diffusersHeunTarget } from "./diffusers-heun-target.js";
import type { ExportContext, ExportTarget, TargetExport } from "./export-target.js";
import { kdiffusionTarget } from "./kdiffusion-target.js";
import { redirectTarget } from "./redirect-target.js";

const SET_TIMESTEPS_N = "its set_timesteps takes num_inference_steps only";

/**
 * The export targets of `--format`, by name, in the order `--help` lists them: one descriptor per target
 * (see {@link ExportTarget}); a new one is one file and one line here.
 *
 * @example
 * ```ts
 * import { EXPORT_TARGETS } from "@klsched/discretization";
 * Object.keys(EXPORT_TARGETS).includes("diffusers:EulerDiscreteScheduler"); // true
 * ```
 */
export const EXPORT_TARGETS = {
  comfyui: comfyuiTarget,
  "k-diffusion": kdiffusionTarget,
  "diffusers:EulerDiscreteScheduler": diffusersEulerTarget,
  "diffusers:DPMSolverMultistepScheduler": diffusersDpmTarget,
  "diffusers:HeunDiscreteScheduler": diffusersHeunTarget,
  "diffusers:FlowMatchEulerDiscreteScheduler": diffusersFlowMatchTarget,
  "diffusers:EDMEulerScheduler": diffusersEdmEulerTarget,
  "diffusers:DDIMScheduler": redirectTarget(
    "diffusers:DDIMScheduler",
    "DDIMScheduler takes no custom levels: prints EulerDiscreteScheduler, which runs the same sampler (η = 0)",
    diffusersEulerTarget,
    SET_TIMESTEPS_N,
  ),
  "diffusers:PNDMScheduler": redirectTarget(
    "diffusers:PNDMScheduler",
    "PNDMScheduler (SD1.5's default) takes no custom levels: prints EulerDiscreteScheduler (= DDIM)",
    diffusersEulerTarget,
    `${SET_TIMESTEPS_N}; its PLMS solver is not one klsched scores`,
  ),
  "diffusers:EulerAncestralDiscreteScheduler": redirectTarget(
    "diffusers:EulerAncestralDiscreteScheduler",
    "EulerAncestralDiscreteScheduler takes no custom levels: prints k-diffusion's sample_euler_ancestral",
    kdiffusionTarget,
    SET_TIMESTEPS_N,
  ),
  "diffusers:EDMDPMSolverMultistepScheduler": redirectTarget(
    "diffusers:EDMDPMSolverMultistepScheduler",
    "EDMDPMSolverMultistepScheduler takes no custom levels: prints k-diffusion's sample_dpmpp_2m",
    kdiffusionTarget,
    `${SET_TIMESTEPS_N}, always on its Karras or exponential ramp`,
  ),
} as const satisfies Record<string, ExportTarget>;

/** The name of an export target. */
export type ExportTargetName = keyof typeof EXPORT_TARGETS;

/** The export targets' names, in registry order. */
export const EXPORT_TARGET_NAMES = Object.keys(EXPORT_TARGETS) as readonly ExportTargetName[];

/**
 * True when `name` is an export target.
 *
 * @example
 * ```ts
 * import { isExportTargetName } from "@klsched/discretization";
 * isExportTargetName("comfyui"); // true
 * isExportTargetName("diffusers"); // false
 * ```
 */
export function isExportTargetName(name: string): name is ExportTargetName {
  return Object.hasOwn(EXPORT_TARGETS, name);
}

/**
 * A schedule as an export target prints it: a ready-to-run snippet (a diffusers scheduler with the config
 * overrides it needs and the call with the values; k-diffusion's sampler call) or ComfyUI's ManualSigmas
 * text, with the numbers in the target's units.
 *
 * @example
 * ```ts
 * import { exportToTarget, flowProcess, scheduleFromTimes } from "@klsched/discretization";
 * const schedule = scheduleFromTimes(flowProcess(), [1, 0.5, 0.25, 0]);
 * exportToTarget(schedule, "comfyui").text; // "1, 0.5, 0.25, 0\n"
 * ```
 * @throws InvalidArgumentError naming the target when it cannot take the schedule (a process it does not
 * run, fractional timesteps where it takes integers, a level at α = 0, …).
 */
export function exportToTarget(schedule: Schedule, name: ExportTargetName, context: ExportContext = {}): TargetExport {
  const target: ExportTarget = EXPORT_TARGETS[name];
  const refusal = target.refusal(schedule);
  if (refusal !== undefined) throw new InvalidArgumentError("format", name, refusal);
  return target.export(schedule, context);
}
