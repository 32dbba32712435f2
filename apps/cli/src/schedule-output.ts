import {
  exportSchedule,
  repeatedTimestep,
  repeatedTimestepMessage,
  type Schedule,
  type ScheduleExportOptions,
  type ScheduleFormat,
  type ScheduleLabels,
  sigmasOf,
} from "@klsched/discretization";
import type { FlagSource } from "./flag-source.js";
import { formatNumber } from "./numbers.js";
import { renderTable } from "./table.js";
import { UsageError } from "./usage-error.js";

/** The output flags of a command that prints a schedule (`schedule`, `optimize`). */
export interface FormatOptions {
  readonly format?: ScheduleFormat | undefined;
  readonly json?: true | undefined;
}

/** `--format` and `--json` → one output format; the default is the human table. */
export function outputFormat(options: FormatOptions): ScheduleFormat | "table" {
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
