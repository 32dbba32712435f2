import { parseSpec } from "@klsched/core-linalg";
import { isStrategyKind, type NoiseProcess, type Schedule, scheduleJson } from "@klsched/discretization";
import { isToolStrategyKind } from "@klsched/discretization/reproduced";
import { isOptimized } from "@klsched/schedule-optim";
import type { ExportFormat } from "../cli-choices.js";
import type { CommandOutput } from "../command-output.js";
import { divergenceJson, divergenceValues } from "../divergence-fields.js";
import { flagSource, fromFlag } from "../flag-source.js";
import { type FlaggedStrategy, readPrior, readProcess, readStrategy, samplerInput, spectrumInput } from "../inputs.js";
import { jsonLine } from "../numbers.js";
import { optimizeSummary, type StrategyKL } from "../optimize-summary.js";
import { type Progress, silentProgress } from "../progress-line.js";
import { optimizedStrategyKinds } from "../registry-help.js";
import { exportText, formatRounds, outputFormat, scheduleTable } from "../schedule-output.js";
import { readStepCount, type StepCount, stepsSource } from "../step-counts.js";
import { candidateLevels, checkOptimizedKL, type ScoringContext, scoreSchedule, strategyLevels } from "../strategy-levels.js";
import { UsageError } from "../usage-error.js";
import { BASELINES } from "./optimize.js";

/** The optimisation methods (the CLI reference, "Strategies" (optimised) strategies); `tangent` also takes `fit=exact|asymptotic`. */
export const OPTIMIZE_METHODS: readonly string[] = optimizedStrategyKinds();

/** The options of `klsched optimize` after commander has read them. */
export interface OptimizeOptions {
  readonly process: string;
  readonly resolution?: string | undefined;
  readonly spectrum: string;
  readonly steps?: string | undefined;
  readonly nfe?: string | undefined;
  readonly method: string;
  readonly prior: string;
  readonly sampler: string;
  readonly format?: ExportFormat | undefined;
  readonly json?: true | undefined;
  readonly round?: true | undefined;
  readonly quiet?: true | undefined;
  readonly force?: true | undefined;
}

/** The whole output of `klsched optimize`: stdout, and a warning when the optimum merges levels. */
export function optimizeOutput(options: OptimizeOptions, progress: Progress = silentProgress): CommandOutput {
  const { stdout, schedule, notes = [] } = optimizeStdout(options, progress);
  return { stdout, warnings: [...mergedLevelsWarning(schedule), ...notes] };
}

/**
 * A step-distilled model (`sdxl-lightning`, …) was trained on fixed levels: optimising them away from those
 * is a usage error unless `--force`, which then leaves a warning.
 */
function distilledRefusal(process: NoiseProcess, options: OptimizeOptions): string[] {
  const pipeline = process.pipeline;
  const distilled = pipeline?.distilled;
  if (pipeline === undefined || distilled === undefined) return [];
  const steps = distilled.steps.join(", ");
  const why = `${pipeline.model} was distilled on fixed levels (${distilled.summary}; ${pipeline.source})`;
  if (options.force) return [`${why}: optimised anyway (--force)`];
  const example = pipeline.defaultStrategy(distilled.steps[0] as number);
  throw new UsageError(
    "--process",
    options.process,
    `${why}: use them as they are (klsched schedule --process ${options.process} --strategy ${example} --steps ${distilled.steps[0]}; it was distilled for ${steps} steps), or pass --force to optimise anyway`,
  );
}

/**
 * A warning when neighbouring levels of the optimum coincide (steps of length zero): the optimum then
 * uses fewer distinct steps than asked for — typically pressed against a discrete model's smallest
 * level, or a higher-order sampler over-dispersing in one large step.
 */
function mergedLevelsWarning(schedule: Schedule): string[] {
  let merged = 0;
  for (let k = 1; k < schedule.t.length; k++) if (schedule.t[k] === schedule.t[k - 1]) merged++;
  if (merged === 0) return [];
  return [
    `the optimum merges ${merged} level${merged === 1 ? "" : "s"} into its neighbour (steps of length zero): ` +
      `only ${schedule.t.length - 1 - merged} distinct steps are used; compare with --method geodesic or another sampler`,
  ];
}

function optimizeStdout(
  options: OptimizeOptions,
  progress: Progress,
): { stdout: string; schedule: Schedule; notes?: readonly string[] } {
  const format = outputFormat(options);
  const process = readProcess(options.process, options.resolution);
  const distilled = distilledRefusal(process, options);
  const spectrum = spectrumInput(options.spectrum);
  const prior = readPrior(options.prior);
  const sampler = samplerInput(options.sampler);
  const count = readStepCount(options, sampler.sampler, process);
  const { steps } = count;
  const stepsFlag = stepsSource(count);
  // diffusers' timesteps= index the ᾱ table with integers: export the integer optimum, not a rounding
  const round = options.round === true || formatRounds(format, process);
  const method = readMethod(options.method, round);
  const context: ScoringContext = { process, spectrum, sampler, prior };
  const schedule = strategyLevels(method, steps, context, progress.task(`optimize ${method.label}`), stepsFlag);
  const result = scoreSchedule(context, schedule);
  checkOptimizedKL(method, context, result.kl);
  if (format !== "json" && format !== "table") {
    const labels = { strategy: method.label, steps };
    const exported = exportText(schedule, format, labels, stepsFlag, { sampler: sampler.sampler.name });
    return { stdout: exported.text, schedule, notes: [...distilled, ...exported.notes] };
  }

  const baselines = baselineKL(context, count, round);
  progress.clear();
  const budget = count.budget === undefined ? {} : { budget: count.budget };
  if (format === "table") {
    const cost = count.budget === undefined ? "" : ` (the most steps within ${count.budget} evaluations; ${result.nfe} spent)`;
    const caption = `${method.label} at N=${steps}${cost} (${process.label}, ${spectrum.spectrum.label}, prior ${prior}, sampler ${sampler.sampler.name})`;
    const summary = optimizeSummary({ strategy: method.label, ...divergenceValues(result) }, baselines);
    return { stdout: `${caption}\n${scheduleTable(schedule)}\n${summary}`, schedule, notes: distilled };
  }
  const stdout = jsonLine({
    ...scheduleJson(schedule, { strategy: method.label, steps }),
    method: method.label,
    ...divergenceJson(result),
    baselines: baselines.map((row) => ({ strategy: row.strategy, ...divergenceJson(row) })),
    spectrum: spectrum.spectrum.label,
    prior,
    sampler: sampler.sampler.name,
    round,
    nfe: result.nfe,
    ...budget,
    warnings: [...mergedLevelsWarning(schedule), ...distilled],
  });
  return { stdout, schedule, notes: distilled };
}

/**
 * `--method`: `optimal`, `geodesic`, `tangent` or `tangent:fit=…`. A standard strategy (`karras`,
 * `tangent:c=1`) is no method: it is refused with a pointer to the methods.
 */
function readMethod(text: string, round: boolean): FlaggedStrategy {
  const expected = `expected ${OPTIMIZE_METHODS.join(", ")}`;
  const { kind } = fromFlag(flagSource("--method", text, "method"), () => parseSpec(text, "method"));
  if (!OPTIMIZE_METHODS.includes(kind)) {
    const standard = isStrategyKind(kind) || isToolStrategyKind(kind);
    throw new UsageError(
      "--method",
      text,
      standard ? `${kind} is a standard strategy, not an optimisation method; ${expected}` : `unknown method (${expected})`,
    );
  }
  const method = readStrategy(text, "--method", round);
  if (!isOptimized(method.strategy)) {
    throw new UsageError("--method", text, `a tangent law with a given c is not optimised (drop c=… to fit it); ${expected}`);
  }
  return method;
}

/** The KL of each baseline at N, with the same rounding, leaving out those the process cannot take. */
function baselineKL(context: ScoringContext, count: StepCount, round: boolean): StrategyKL[] {
  return BASELINES.flatMap((text) => {
    const strategy = readStrategy(text, "--strategy", round);
    const schedule = candidateLevels(strategy, count.steps, context, undefined, stepsSource(count));
    return schedule === undefined ? [] : [{ strategy: strategy.label, ...divergenceValues(scoreSchedule(context, schedule)) }];
  });
}
