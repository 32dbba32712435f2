/**
 * A schedule as text for other tools: the export formats of `klsched schedule --format …` (JSON, CSV,
 * diffusers' `timesteps=`/`sigmas=` and ComfyUI's sigmas string). Pure and browser-safe, so that the CLI
 * and the docs playground print the same bytes.
 */
import { fixedPointText } from "./export-targets/fixed-point.js";
import { type Schedule, sigmasOf } from "./schedule.js";
import type { ToolSchedule } from "./tool-schedule.js";

/** The export formats of a schedule, as `klsched schedule --format` names them. */
export const SCHEDULE_FORMATS = ["json", "csv", "diffusers", "comfyui"] as const;

/** One of {@link SCHEDULE_FORMATS}. */
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];

/** What a schedule's JSON names besides its levels. */
export interface ScheduleLabels {
  readonly strategy: string;
  readonly steps: number;
}

/** What {@link exportSchedule} adds to the schedule's own levels. */
export interface ScheduleExportOptions {
  /** JSON only: fields after the schedule's own (e.g. the spectrum, prior and sampler an optimised schedule is optimal for). */
  readonly fields?: Readonly<Record<string, unknown>>;
  /**
   * The tool a reproduced schedule came from: `diffusers` and `comfyui` export its own levels, and JSON
   * adds its `toolSigmas`, `toolTimesteps` and `warnings`.
   */
  readonly tool?: ToolSchedule | undefined;
}

/** A number as an export cell: shortest round-trip text (≤ 17 significant digits), `inf` for ±∞. */
export function formatLevel(x: number): string {
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  return String(x);
}

/** Numbers as JSON values: each itself when finite, `null` otherwise (JSON has no ∞ or NaN). */
export function jsonLevels(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, (x) => (Number.isFinite(x) ? x : null));
}

const isDiscrete = (schedule: Schedule) => schedule.process.trainingSteps !== undefined;

/**
 * The schedule as `klsched schedule --format …` prints it, every format ending with a newline (JSON on one
 * line). `diffusers` throws when a discrete schedule repeats a timestep (see {@link repeatedTimestep}),
 * unless it exports a tool's own levels.
 *
 * @example
 * ```ts
 * import { exportSchedule, parseProcess, scheduleFromSigmas, scheduleFromTimesteps, veProcess } from "@klsched/discretization";
 * const edm = scheduleFromSigmas(veProcess(0.002, 80), [80, 1]);
 * exportSchedule(edm, "comfyui", { strategy: "sigmas:80,1", steps: 2 }); // "80, 1, 0\n"
 * const sd15 = scheduleFromTimesteps(parseProcess("sd15"), [999, 499]);
 * exportSchedule(sd15, "diffusers", { strategy: "timesteps:999,499", steps: 2 }); // "timesteps=[999, 499]\n"
 * ```
 * @throws Error for `diffusers` when a discrete schedule repeats a timestep ({@link repeatedTimestepMessage}).
 */
export function exportSchedule(
  schedule: Schedule,
  format: ScheduleFormat,
  labels: ScheduleLabels,
  options: ScheduleExportOptions = {},
): string {
  const { tool } = options;
  switch (format) {
    case "json": {
      const fromTool = tool === undefined ? {} : toolJson(tool);
      return `${JSON.stringify({ ...scheduleJson(schedule, labels), ...options.fields, ...fromTool })}\n`;
    }
    case "csv":
      return scheduleCsv(schedule);
    case "diffusers": {
      if (tool !== undefined) return toolDiffusers(tool);
      const repeated = repeatedTimestep(schedule);
      if (repeated !== undefined) throw new Error(repeatedTimestepMessage(repeated));
      return scheduleDiffusers(schedule);
    }
    case "comfyui":
      return tool === undefined ? scheduleComfyui(schedule) : toolComfyui(tool);
  }
}

/**
 * The schedule's JSON fields as the CLI reference, "klsched schedule", lists them: every array has one
 * entry per level, the clean level last; ∞ is `null`.
 *
 * @example
 * ```ts
 * import { scheduleFromSigmas, scheduleJson, veProcess } from "@klsched/discretization";
 * const schedule = scheduleFromSigmas(veProcess(0.002, 80), [80]);
 * scheduleJson(schedule, { strategy: "sigmas:80", steps: 1 }); // { process: "ve:smin=0.002,smax=80", strategy: "sigmas:80", steps: 1, t: [80, 0], alpha: [1, 1], sigma: [80, 0], sigmas: [80, 0] }
 * ```
 */
export function scheduleJson(schedule: Schedule, labels: ScheduleLabels): Record<string, unknown> {
  return {
    process: schedule.process.label,
    strategy: labels.strategy,
    steps: labels.steps,
    t: jsonLevels(schedule.t),
    alpha: jsonLevels(schedule.alpha),
    sigma: jsonLevels(schedule.sigma),
    sigmas: jsonLevels(sigmasOf(schedule)),
    ...(isDiscrete(schedule) ? { timesteps: jsonLevels(schedule.t) } : {}),
  };
}

/**
 * The JSON fields a schedule reproduced from a tool adds: the tool's own `toolSigmas` (its rounding and
 * its end, what `comfyui` exports), `toolTimesteps` (what it feeds the model, where it has timesteps) and
 * `warnings` (the library's notes on what the tool does that a reader may not expect).
 */
export function toolJson(tool: ToolSchedule): Record<string, unknown> {
  return {
    toolSigmas: jsonLevels(tool.sigmas),
    ...(tool.timesteps === undefined ? {} : { toolTimesteps: jsonLevels(tool.timesteps) }),
    warnings: [...tool.notes],
  };
}

/** CSV with header `t,alpha,sigma,sigmas[,timesteps]`, one row per level; σ/α = ∞ is written `inf`. */
export function scheduleCsv(schedule: Schedule): string {
  const sigmas = sigmasOf(schedule);
  const discrete = isDiscrete(schedule);
  const header = discrete ? "t,alpha,sigma,sigmas,timesteps" : "t,alpha,sigma,sigmas";
  const rows = Array.from(schedule.t, (t, k) => {
    const cells = [t, schedule.alpha[k], schedule.sigma[k], sigmas[k]].map((x) => formatLevel(x as number));
    return (discrete ? [...cells, formatLevel(t)] : cells).join(",");
  });
  return `${[header, ...rows].join("\n")}\n`;
}

/**
 * The levels a pipeline calls "sigmas": σ/α for VE, VP and discrete models (k-diffusion, ComfyUI,
 * diffusers' Euler); σ = t itself on `flow`, as flow-matching pipelines define it.
 */
export function pipelineSigmas(schedule: Schedule): Float64Array {
  return schedule.process.kind === "flow" ? schedule.sigma : sigmasOf(schedule);
}

/** The integer training timesteps of a discrete schedule, clean level excluded (diffusers' `timesteps=`). */
export function trainingTimesteps(schedule: Schedule): Float64Array {
  return schedule.t.subarray(0, schedule.t.length - 1);
}

/**
 * The first training timestep a discrete schedule repeats (rounding many steps to integers can), or
 * `undefined`: diffusers rejects timesteps that do not decrease strictly. Continuous schedules have none.
 *
 * @example
 * ```ts
 * import { parseProcess, repeatedTimestep, scheduleFromTimes } from "@klsched/discretization";
 * const sd15 = parseProcess("sd15");
 * repeatedTimestep(scheduleFromTimes(sd15, [999, 3, 3, -1])); // 3
 * repeatedTimestep(scheduleFromTimes(sd15, [999, 3, -1])); // undefined
 * ```
 */
export function repeatedTimestep(schedule: Schedule): number | undefined {
  if (!isDiscrete(schedule)) return undefined;
  const timesteps = trainingTimesteps(schedule);
  for (let k = 1; k < timesteps.length; k++) {
    if (timesteps[k] === timesteps[k - 1]) return timesteps[k];
  }
  return undefined;
}

/**
 * Why a schedule repeating `timestep` cannot be exported to diffusers (see {@link repeatedTimestep}).
 *
 * @example
 * ```ts
 * import { repeatedTimestepMessage } from "@klsched/discretization";
 * repeatedTimestepMessage(3); // "rounded to integers, timestep 3 repeats; diffusers needs strictly decreasing timesteps"
 * ```
 */
export function repeatedTimestepMessage(timestep: number): string {
  return `rounded to integers, timestep ${timestep} repeats; diffusers needs strictly decreasing timesteps`;
}

/**
 * Ready-to-paste Python for a diffusers pipeline call: `timesteps=[…]` on a discrete process;
 * otherwise `sigmas=[…]` with the final 0 (Euler-style schedulers read all N+1), except on `flow`, whose
 * scheduler (FlowMatchEulerDiscreteScheduler) appends the 0 itself and so gets the N noisy levels.
 * Does not check for repeated timesteps ({@link repeatedTimestep}).
 */
export function scheduleDiffusers(schedule: Schedule): string {
  if (isDiscrete(schedule)) return `timesteps=[${Array.from(trainingTimesteps(schedule), formatLevel).join(", ")}]\n`;
  const sigmas = pipelineSigmas(schedule);
  const levels = schedule.process.kind === "flow" ? sigmas.subarray(0, sigmas.length - 1) : sigmas;
  return `sigmas=[${Array.from(levels, formatLevel).join(", ")}]\n`;
}

/**
 * A comma-separated sigmas string, final 0 included, as ComfyUI's custom-sigmas nodes accept: fixed-point
 * text (`fixedPointText`), which ManualSigmas' regex reads whole, `inf` for σ/α = ∞.
 */
export function scheduleComfyui(schedule: Schedule): string {
  return `${Array.from(pipelineSigmas(schedule), comfyLevel).join(", ")}\n`;
}

/** One sigma of a ComfyUI string: fixed-point, never exponent notation; `inf` for ∞. */
function comfyLevel(x: number): string {
  return Number.isFinite(x) ? fixedPointText(x) : formatLevel(x);
}

/**
 * A reproduced schedule as its tool runs it, for a diffusers pipeline call: `timesteps=[…]`, the tool's
 * own, when it feeds a discrete model integer timesteps (DDIM, Euler and DPM-Solver spacings, ComfyUI's
 * quantised lookup, the DDIM paper, `timesteps:…`); otherwise `sigmas=[…]`, the tool's own with its end
 * (0, or σ_min where the tool stops there), as Euler-type schedulers take custom sigmas; on `flow`
 * without the final 0, which FlowMatchEulerDiscreteScheduler appends itself.
 */
export function toolDiffusers(tool: ToolSchedule): string {
  const { process } = tool.schedule;
  const { sigmas, timesteps } = tool;
  if (process.kind !== "flow" && process.trainingSteps !== undefined && timesteps?.every(Number.isInteger)) {
    return `timesteps=[${Array.from(timesteps, formatLevel).join(", ")}]\n`;
  }
  const levels = process.kind === "flow" && sigmas[sigmas.length - 1] === 0 ? sigmas.subarray(0, sigmas.length - 1) : sigmas;
  return `sigmas=[${Array.from(levels, formatLevel).join(", ")}]\n`;
}

/** A reproduced schedule's own sigmas as a ComfyUI sigmas string, its end as the tool has it. */
export function toolComfyui(tool: ToolSchedule): string {
  return `${Array.from(tool.sigmas, comfyLevel).join(", ")}\n`;
}
