import type { Schedule, ToolSchedule } from "@klsched/discretization";
import type { FlagSource } from "./flag-source.js";
import {
  type ScheduleFormat,
  scheduleComfyui,
  scheduleCsv,
  scheduleDiffusers,
  toolComfyui,
  toolDiffusers,
  trainingTimesteps,
} from "./schedule-formats.js";
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

/** The formats that hand a schedule to another tool: the schedule alone, nothing else on stdout. */
export type ExportFormat = Exclude<ScheduleFormat, "json">;

/**
 * A schedule as `csv`, `diffusers` or `comfyui` text; `steps` is the flag (`--steps`, `--nfe`) a repeated
 * timestep blames. A schedule reproduced from a tool (`tool`) exports the tool's own timesteps and sigmas,
 * exactly as it runs them (repeats and end conventions included; its notes say where they surprise).
 */
export function scheduleExport(schedule: Schedule, format: ExportFormat, steps: FlagSource, tool?: ToolSchedule): string {
  switch (format) {
    case "csv":
      return scheduleCsv(schedule);
    case "diffusers":
      if (tool !== undefined) return toolDiffusers(tool);
      checkDistinctTimesteps(schedule, steps);
      return scheduleDiffusers(schedule);
    case "comfyui":
      return tool === undefined ? scheduleComfyui(schedule) : toolComfyui(tool);
  }
}

/** diffusers rejects timesteps that do not decrease strictly; rounding many steps can repeat one. */
function checkDistinctTimesteps(schedule: Schedule, steps: FlagSource): void {
  if (schedule.process.trainingSteps === undefined) return;
  const timesteps = trainingTimesteps(schedule);
  for (let k = 1; k < timesteps.length; k++) {
    if (timesteps[k] === timesteps[k - 1]) {
      throw new UsageError(
        steps.flag,
        steps.value,
        `rounded to integers, timestep ${timesteps[k]} repeats; diffusers needs strictly decreasing timesteps`,
      );
    }
  }
}
