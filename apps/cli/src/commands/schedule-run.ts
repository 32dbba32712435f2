import { isOptimized } from "@klsched/schedule-optim";
import type { ExportFormat } from "../cli-choices.js";
import type { CommandOutput } from "../command-output.js";
import { flagSource } from "../flag-source.js";
import { readPrior, readProcess, readStrategy, samplerInput, spectrumInput } from "../inputs.js";
import { parseSteps } from "../parse-steps.js";
import { type Progress, silentProgress } from "../progress-line.js";
import { exportText, formatRounds, outputFormat, scheduleTable } from "../schedule-output.js";
import { reproducedStrategy, strategyToolLevels } from "../strategy-levels.js";

/** The options of `klsched schedule` after commander has read them. */
export interface ScheduleOptions {
  readonly process: string;
  readonly resolution?: string | undefined;
  readonly strategy: string;
  readonly steps: string;
  readonly spectrum?: string | undefined;
  readonly prior: string;
  readonly sampler: string;
  readonly format?: ExportFormat | undefined;
  readonly json?: true | undefined;
  readonly round?: true | undefined;
  readonly quiet?: true | undefined;
}

/**
 * The whole stdout of `klsched schedule`, and the notes of a strategy reproduced from a tool as warnings
 * (in the JSON too, as `warnings`).
 */
export function scheduleOutput(options: ScheduleOptions, progress: Progress = silentProgress): CommandOutput {
  const format = outputFormat(options);
  const process = readProcess(options.process, options.resolution);
  const steps = parseSteps(options.steps);
  const spectrum = options.spectrum === undefined ? undefined : spectrumInput(options.spectrum);
  const prior = readPrior(options.prior);
  const sampler = samplerInput(options.sampler);
  const parsed = readStrategy(options.strategy, "--strategy", options.round === true);
  // diffusers' `timesteps=` (the `diffusers` format, DPM-Solver's and Heun's targets) index the ᾱ table
  // with integers, so those formats round on discrete processes (and `optimal` then runs the integer
  // search instead of rounding the continuous optimum); a strategy reproduced from a tool exports the
  // tool's own timesteps instead.
  const implicitRound = formatRounds(format, process) && reproducedStrategy(parsed.strategy) === undefined;
  const strategy = implicitRound ? { ...parsed, round: true } : parsed;
  const context = { process, spectrum, sampler, prior };
  const { schedule, tool, notes = [] } = strategyToolLevels(strategy, steps, context, progress.task(strategy.label));
  const warnings = [...(tool?.notes ?? []), ...notes];
  if (format === "table") return { stdout: scheduleTable(schedule), warnings };
  // an optimised schedule is optimal for a spectrum, sampler and prior: the JSON names them
  const optimizedFor = isOptimized(strategy.strategy)
    ? { spectrum: spectrum?.spectrum.label, prior, sampler: sampler.sampler.name }
    : {};
  const labels = { strategy: strategy.label, steps };
  const exported = exportText(schedule, format, labels, flagSource("--steps", options.steps), {
    fields: optimizedFor,
    tool,
    sampler: isOptimized(strategy.strategy) || sampler.sampler.name !== "ddim" ? sampler.sampler.name : undefined,
  });
  return { stdout: exported.text, warnings: [...warnings, ...exported.notes] };
}
