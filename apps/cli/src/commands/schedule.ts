import { type Command, Option } from "@commander-js/extra-typings";
import type { Schedule } from "@klsched/discretization";
import type { CliIo } from "../cli-io.js";
import { readProcess, readStrategy } from "../inputs.js";
import { jsonLine } from "../numbers.js";
import { parseSteps } from "../parse-steps.js";
import {
  SCHEDULE_FORMATS,
  type ScheduleFormat,
  scheduleComfyui,
  scheduleCsv,
  scheduleDiffusers,
  scheduleJson,
  scheduleTable,
  trainingTimesteps,
} from "../schedule-formats.js";
import { strategyLevels } from "../strategy-levels.js";
import { UsageError } from "../usage-error.js";

/** The options of `klsched schedule` after commander has read them. */
export interface ScheduleOptions {
  readonly process: string;
  readonly strategy: string;
  readonly steps: string;
  readonly format?: ScheduleFormat | undefined;
  readonly json?: true | undefined;
  readonly round?: true | undefined;
}

/** Registers `klsched schedule`. */
export function registerSchedule(program: Command, io: CliIo): void {
  program
    .command("schedule")
    .description("print the levels a strategy visits: N noisy levels, then the clean level")
    .requiredOption("--process <spec>", "noise process: edm, ve:smin=…,smax=…, vp, ddpm, sd15, flow, …")
    .requiredOption("--strategy <spec>", "discretization strategy: uniform, karras:rho=7, tangent:c=1, …")
    .requiredOption("--steps <N>", "number of steps (denoiser evaluations of a first-order sampler)")
    .addOption(new Option("--format <format>", "output format instead of the table").choices(SCHEDULE_FORMATS))
    .option("--json", "same as --format json")
    .option("--round", "round the noisy levels to integer training timesteps (discrete processes)")
    .action((options) => io.stdout(scheduleOutput(options)));
}

/** The whole stdout of `klsched schedule`. */
export function scheduleOutput(options: ScheduleOptions): string {
  const format = outputFormat(options);
  const process = readProcess(options.process);
  const steps = parseSteps(options.steps);
  // diffusers indexes its ᾱ table with integer timesteps, so that format rounds on discrete processes.
  const round = options.round === true || (format === "diffusers" && process.trainingSteps !== undefined);
  const strategy = readStrategy(options.strategy, "--strategy", round);
  const schedule = strategyLevels(process, strategy, steps);
  switch (format) {
    case "json":
      return jsonLine(scheduleJson(schedule, { strategy: strategy.label, steps }));
    case "csv":
      return scheduleCsv(schedule);
    case "diffusers":
      checkDistinctTimesteps(schedule, options.steps);
      return scheduleDiffusers(schedule);
    case "comfyui":
      return scheduleComfyui(schedule);
    case "table":
      return scheduleTable(schedule);
  }
}

function outputFormat(options: ScheduleOptions): ScheduleFormat | "table" {
  if (options.json && options.format !== undefined && options.format !== "json") {
    throw new UsageError("--format", options.format, "conflicts with --json (which means --format json)");
  }
  return options.json ? "json" : (options.format ?? "table");
}

/** diffusers rejects timesteps that do not decrease strictly; rounding many steps can repeat one. */
function checkDistinctTimesteps(schedule: Schedule, steps: string): void {
  const timesteps = trainingTimesteps(schedule);
  for (let k = 1; k < timesteps.length; k++) {
    if (timesteps[k] === timesteps[k - 1]) {
      throw new UsageError(
        "--steps",
        steps,
        `rounded to integers, timestep ${timesteps[k]} repeats; diffusers needs strictly decreasing timesteps`,
      );
    }
  }
}
