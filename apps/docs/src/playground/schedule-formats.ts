/**
 * The export formats of `klsched schedule --format …`, for the playground. This mirrors
 * apps/cli/src/schedule-formats.ts (the CLI is not bundled into the browser); test/schedule-formats.test.ts
 * runs the CLI and checks that both print the same text.
 */
import { type Schedule, sigmasOf } from "@klsched/discretization";

/** The formats the playground exports, as `klsched schedule --format`. */
export const EXPORT_FORMATS = ["json", "csv", "diffusers", "comfyui"] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an optimised schedule is optimal for; the CLI's JSON names these for `tangent`, `geodesic`, `optimal`. */
export interface OptimizedFor {
  readonly spectrum: string;
  readonly prior: string;
  readonly sampler: string;
}

/** What the exported text names besides the levels. */
export interface ExportLabels {
  readonly strategy: string;
  readonly steps: number;
  readonly optimizedFor?: OptimizedFor;
}

/** A number as a CSV or export cell: shortest round-trip text, `inf` for ±∞ (the CLI's `formatNumber`). */
export function formatNumber(x: number): string {
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  return String(x);
}

const jsonNumbers = (values: ArrayLike<number>) => Array.from(values, (x) => (Number.isFinite(x) ? x : null));
const isDiscrete = (schedule: Schedule) => schedule.process.trainingSteps !== undefined;

/** The schedule as `klsched schedule --format …` prints it (JSON on one line; every format ends with a newline). */
export function exportSchedule(schedule: Schedule, format: ExportFormat, labels: ExportLabels): string {
  switch (format) {
    case "json":
      return `${JSON.stringify({ ...scheduleJson(schedule, labels), ...(labels.optimizedFor ?? {}) })}\n`;
    case "csv":
      return scheduleCsv(schedule);
    case "diffusers":
      checkDistinctTimesteps(schedule);
      return scheduleDiffusers(schedule);
    case "comfyui":
      return scheduleComfyui(schedule);
  }
}

/** CLI.md `schedule` JSON: every array has one entry per level, the clean level last. */
function scheduleJson(schedule: Schedule, labels: ExportLabels): Record<string, unknown> {
  return {
    process: schedule.process.label,
    strategy: labels.strategy,
    steps: labels.steps,
    t: jsonNumbers(schedule.t),
    alpha: jsonNumbers(schedule.alpha),
    sigma: jsonNumbers(schedule.sigma),
    sigmas: jsonNumbers(sigmasOf(schedule)),
    ...(isDiscrete(schedule) ? { timesteps: jsonNumbers(schedule.t) } : {}),
  };
}

/** Header `t,alpha,sigma,sigmas[,timesteps]`, one row per level, `inf` where α = 0. */
function scheduleCsv(schedule: Schedule): string {
  const sigmas = sigmasOf(schedule);
  const discrete = isDiscrete(schedule);
  const header = discrete ? "t,alpha,sigma,sigmas,timesteps" : "t,alpha,sigma,sigmas";
  const rows = Array.from(schedule.t, (t, k) => {
    const cells = [t, schedule.alpha[k], schedule.sigma[k], sigmas[k]].map((x) => formatNumber(x as number));
    return (discrete ? [...cells, formatNumber(t)] : cells).join(",");
  });
  return `${[header, ...rows].join("\n")}\n`;
}

/** σ/α for VE, VP and discrete models; σ = t on `flow`, as flow-matching pipelines define sigma. */
function pipelineSigmas(schedule: Schedule): Float64Array {
  return schedule.process.kind === "flow" ? schedule.sigma : sigmasOf(schedule);
}

/** `timesteps=[…]` on a discrete process (clean level excluded); else `sigmas=[…]` (no final 0 on `flow`). */
function scheduleDiffusers(schedule: Schedule): string {
  if (isDiscrete(schedule)) {
    const timesteps = schedule.t.subarray(0, schedule.t.length - 1);
    return `timesteps=[${Array.from(timesteps, formatNumber).join(", ")}]\n`;
  }
  const sigmas = pipelineSigmas(schedule);
  const levels = schedule.process.kind === "flow" ? sigmas.subarray(0, sigmas.length - 1) : sigmas;
  return `sigmas=[${Array.from(levels, formatNumber).join(", ")}]\n`;
}

/** Comma-separated sigmas with the final 0, for ComfyUI's custom-sigmas nodes. */
function scheduleComfyui(schedule: Schedule): string {
  return `${Array.from(pipelineSigmas(schedule), formatNumber).join(", ")}\n`;
}

/** diffusers needs strictly decreasing timesteps; rounding many steps can repeat one (the CLI refuses too). */
function checkDistinctTimesteps(schedule: Schedule): void {
  if (!isDiscrete(schedule)) return;
  for (let k = 1; k < schedule.t.length - 1; k++) {
    if (schedule.t[k] === schedule.t[k - 1]) {
      throw new Error(
        `rounded to integers, timestep ${schedule.t[k]} repeats; diffusers needs strictly decreasing timesteps (use fewer steps)`,
      );
    }
  }
}
