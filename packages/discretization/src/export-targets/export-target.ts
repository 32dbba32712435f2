import type { NoiseProcess } from "../noise-process.js";
import type { Schedule } from "../schedule.js";
import type { ToolSchedule } from "../tool-schedule.js";

/**
 * What the numbers an export target prints stand for:
 * - `s`: σ/α of every level, the clean 0 included (k-diffusion's and diffusers' Euler "sigma");
 * - `flow-t`: the flow time t = σ of the noisy levels, unshifted (the scheduler appends the 0);
 * - `timestep`: the integer training timesteps of the noisy levels (the scheduler appends the clean level);
 * - `edm-ramp`: EDMEulerScheduler's ramp r of each noisy level, σ = σ_max + r·(σ_min − σ_max) with `rho=1`.
 */
export type TargetUnit = "s" | "flow-t" | "timestep" | "edm-ramp";

/** What an export adds to the schedule's levels: the comment line's labels, the sampler, a tool's own levels. */
export interface ExportContext {
  /** The strategy and N the snippet's comment names. */
  readonly strategy?: string;
  readonly steps?: number;
  /** klsched's name of the sampler the levels were scored under (`dpmpp-2m`, `euler-ancestral:eta=0.5`, …). */
  readonly sampler?: string;
  /** The tool a reproduced schedule came from (`comfyui` prints the tool's own sigmas, as `--format comfyui` always has). */
  readonly tool?: ToolSchedule | undefined;
}

/** One export: the text to paste, the numbers in it and their unit, and what the reader should know. */
export interface TargetExport {
  /** The target whose text this is: the one asked for, or the one it points to ({@link ExportTarget.instead}). */
  readonly target: string;
  /** The whole output, ending with a newline. */
  readonly text: string;
  /** The numbers the text lists, as printed. */
  readonly values: Float64Array;
  readonly unit: TargetUnit;
  /** Notes for stderr: where the text comes from another target, a sampler the target runs instead. */
  readonly notes: readonly string[];
}

/**
 * A tool-and-class target of `--format` (`diffusers:EulerDiscreteScheduler`, `comfyui`, `k-diffusion`, …):
 * one descriptor per target, registered in `EXPORT_TARGETS`. Its test feeds its output through a
 * transcription of the tool's own `set_timesteps` (or parser) and checks that the tool ends up on exactly
 * the exported levels.
 */
export interface ExportTarget {
  readonly name: string;
  readonly tool: "diffusers" | "comfyui" | "k-diffusion";
  /** One line for `--help` and the docs: what the target prints and for which processes. */
  readonly summary: string;
  readonly unit: TargetUnit;
  /** The flag of `klsched kl` that reads the values back (`--from <name>`). */
  readonly flag: "--sigmas" | "--timesteps";
  /** True when the target takes integer training timesteps only: a discrete schedule is rounded for it. */
  readonly integerTimesteps: boolean;
  /** For a target that takes no custom levels: the target that runs the same sampler with them, and why. */
  readonly instead?: { readonly target: string; readonly reason: string };
  /** Why the target cannot take `schedule` (one clause, for an error message), or undefined when it can. */
  refusal(schedule: Schedule): string | undefined;
  /** The target's text for `schedule`; call {@link refusal} first. */
  export(schedule: Schedule, context: ExportContext): TargetExport;
  /** The schedule the target's `values` stand for on `process`: the reader `klsched kl --from` uses. */
  read(process: NoiseProcess, values: readonly number[]): Schedule;
}

/** The one comment line a Python snippet starts with: what the levels are and what they are optimal for. */
export function snippetComment(schedule: Schedule, context: ExportContext, unit: string): string {
  const what = [context.strategy, `on ${schedule.process.label}`, context.steps === undefined ? "" : `N=${context.steps}`]
    .filter((part) => part !== undefined && part !== "")
    .join(" ");
  const sampler = context.sampler === undefined ? "" : `, sampler ${context.sampler}`;
  return `# klsched: ${what}${sampler}; ${unit}`;
}

/** The first level at α = 0 (σ/α = ∞), or undefined: no tool that reads σ/α can take it. */
export function infiniteLevel(schedule: Schedule): number | undefined {
  const k = schedule.alpha.findIndex((a, i) => a === 0 && (schedule.sigma[i] as number) > 0);
  return k < 0 ? undefined : k;
}

/** True when the schedule ends at the clean level (σ = 0). */
export function endsClean(schedule: Schedule): boolean {
  return schedule.sigma[schedule.sigma.length - 1] === 0;
}

/** The noisy levels' process times (every level but a final clean one). */
export function noisyTimes(schedule: Schedule): Float64Array {
  return endsClean(schedule) ? schedule.t.subarray(0, schedule.t.length - 1) : schedule.t;
}

/**
 * An export target's descriptor, frozen: the one place a target is written down (`EXPORT_TARGETS`
 * registers it).
 *
 * @example
 * ```ts
 * import { defineExportTarget, scheduleFromSigmas, sigmasOf } from "@klsched/discretization";
 * const csvLine = defineExportTarget({
 *   name: "csv-line",
 *   tool: "k-diffusion",
 *   summary: "σ/α of every level on one line (a toy)",
 *   unit: "s",
 *   flag: "--sigmas",
 *   integerTimesteps: false,
 *   refusal: () => undefined,
 *   export: (schedule) => {
 *     const values = sigmasOf(schedule);
 *     return { target: "csv-line", text: `${Array.from(values).join(",")}\n`, values, unit: "s", notes: [] };
 *   },
 *   read: (process, values) => scheduleFromSigmas(process, values),
 * });
 * csvLine.unit; // "s"
 * ```
 */
export function defineExportTarget(target: ExportTarget): ExportTarget {
  return Object.freeze({ ...target });
}
