import {
  EXPORT_TARGETS,
  exportSchedule,
  exportToTarget,
  isExportTargetName,
  type NoiseProcess,
  repeatedTimestep,
  repeatedTimestepMessage,
  type Schedule,
  type ScheduleExportOptions,
  type ScheduleFormat,
  type ScheduleLabels,
  sigmasOf,
} from "@klsched/discretization";
import type { ExportFormat } from "./cli-choices.js";
import { type FlagSource, flagSource, fromFlag } from "./flag-source.js";
import { formatNumber } from "./numbers.js";
import { renderTable } from "./table.js";
import { UsageError } from "./usage-error.js";

/** The output flags of a command that prints a schedule (`schedule`, `optimize`). */
export interface FormatOptions {
  readonly format?: ExportFormat | undefined;
  readonly json?: true | undefined;
}

/** `--format` and `--json` → one output format; the default is the human table. */
export function outputFormat(options: FormatOptions): ExportFormat | "table" {
  if (options.json && options.format !== undefined && options.format !== "json") {
    throw new UsageError("--format", options.format, "conflicts with --json (which means --format json)");
  }
  return options.json ? "json" : (options.format ?? "table");
}

/**
 * A schedule as `--format` text (the library's {@link exportSchedule}); `steps` is the flag (`--steps`,
 * `--nfe`) a repeated timestep blames, as a usage error. A schedule reproduced from a tool (`options.tool`)
 * exports the tool's own timesteps and sigmas, exactly as it runs them (repeats and end conventions
 * included; its notes say where they surprise).
 */
export function scheduleExport(
  schedule: Schedule,
  format: ScheduleFormat,
  labels: ScheduleLabels,
  steps: FlagSource,
  options: ScheduleExportOptions = {},
): string {
  if (format === "diffusers" && options.tool === undefined) {
    const repeated = repeatedTimestep(schedule);
    if (repeated !== undefined) throw new UsageError(steps.flag, steps.value, repeatedTimestepMessage(repeated));
  }
  return exportSchedule(schedule, format, labels, options);
}

/** True for the four formats `exportSchedule` writes (`json`, `csv`, `diffusers`, `comfyui`). */
export function isScheduleFormat(format: ExportFormat): format is ScheduleFormat {
  return format === "json" || format === "csv" || format === "diffusers" || format === "comfyui";
}

/**
 * True when `format` needs integer training timesteps on `process` (the `diffusers` format, and the
 * targets that take integers only, on a discrete process): `schedule` then rounds a strategy's levels and
 * `optimize` runs the integer search.
 */
export function formatRounds(format: ExportFormat | "table", process: NoiseProcess): boolean {
  if (process.trainingSteps === undefined || format === "table") return false;
  if (format === "diffusers") return true;
  return isExportTargetName(format) && format !== "comfyui" && EXPORT_TARGETS[format].integerTimesteps;
}

/** What an export prints: the text, and notes for stderr. */
export interface ExportText {
  readonly text: string;
  readonly notes: readonly string[];
}

/**
 * The text of any `--format` but the table: the four formats of {@link scheduleExport}, or an export
 * target's snippet (`diffusers:EulerDiscreteScheduler`, `k-diffusion`, …) with its notes. A target that
 * cannot take the schedule is a usage error naming `--format`. The old `diffusers` format on flow prints
 * already-shifted σ, which FlowMatchEulerDiscreteScheduler shifts again by its own `shift`: a note says so.
 */
export function exportText(
  schedule: Schedule,
  format: ExportFormat,
  labels: ScheduleLabels,
  steps: FlagSource,
  options: ScheduleExportOptions & { readonly sampler?: string | undefined } = {},
): ExportText {
  if (isScheduleFormat(format)) {
    const text = scheduleExport(schedule, format, labels, steps, options);
    const flowNote =
      format === "diffusers" && schedule.process.kind === "flow"
        ? [
            "these are the final σ = t, shift included, and FlowMatchEulerDiscreteScheduler shifts custom sigmas again by its own shift (SD3: 3.0, Flux: dynamic): --format diffusers:FlowMatchEulerDiscreteScheduler prints a snippet that sets shift=1.0",
          ]
        : [];
    const comfyNote = format === "comfyui" ? exportToTarget(schedule, "comfyui", { tool: options.tool }).notes : [];
    return { text, notes: [...flowNote, ...comfyNote] };
  }
  const context = {
    strategy: labels.strategy,
    steps: labels.steps,
    ...(options.sampler === undefined ? {} : { sampler: options.sampler }),
    tool: options.tool,
  };
  const exported = fromFlag(flagSource("--format", format), () => exportToTarget(schedule, format, context));
  return { text: exported.text, notes: exported.notes };
}

/** The human table: one row per level with t, α, σ and σ/α. */
export function scheduleTable(schedule: Schedule): string {
  const sigmas = sigmasOf(schedule);
  const rows = Array.from(schedule.t, (t, k) => [
    String(k),
    ...[t, schedule.alpha[k], schedule.sigma[k], sigmas[k]].map((x) => formatNumber(x as number)),
  ]);
  const headers = ["k", schedule.process.trainingSteps !== undefined ? "timestep" : "t", "alpha", "sigma", "sigma/alpha"];
  return renderTable(
    headers.map((header) => ({ header, align: "right" as const })),
    rows,
  );
}
