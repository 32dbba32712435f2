import { parseSpec } from "@klsched/core-linalg";
import { isStrategyKind, type NoiseProcess, type Schedule, scheduleJson } from "@klsched/discretization";
import { isToolStrategyKind } from "@klsched/discretization/reproduced";
import { DIVERGENCE_NAMES, DIVERGENCES, type DivergenceName, type ScheduleKL } from "@klsched/kl-metrics";
import { degenerateReasons, freeLevelRange, isOptimized, type OptimizationDetails, resolveMinGap } from "@klsched/schedule-optim";
import type { ExportFormat } from "../cli-choices.js";
import type { CommandOutput } from "../command-output.js";
import { divergenceCells, divergenceColumns, divergenceJson, divergenceValues } from "../divergence-fields.js";
import { flagSource, fromFlag } from "../flag-source.js";
import {
  type FlaggedStrategy,
  readPrior,
  readProcess,
  readStrategy,
  type SamplerInput,
  samplerInputs,
  spectrumInput,
} from "../inputs.js";
import { formatSignificant, jsonLine, jsonNumber } from "../numbers.js";
import { optimizeSummary, type StrategyKL } from "../optimize-summary.js";
import { type Progress, silentProgress } from "../progress-line.js";
import { optimizedStrategyKinds } from "../registry-help.js";
import { exportText, formatRounds, outputFormat, scheduleTable } from "../schedule-output.js";
import { readStepCounts, type StepCount, stepCount, stepsSource } from "../step-counts.js";
import { candidateLevels, checkOptimizedKL, type ScoringContext, scoreSchedule, strategyToolLevels } from "../strategy-levels.js";
import { renderTable } from "../table.js";
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
  readonly sampler?: string | undefined;
  readonly samplers?: string | undefined;
  readonly objective?: string | undefined;
  readonly minGap?: string | undefined;
  readonly allowDegenerate?: true | undefined;
  readonly format?: ExportFormat | undefined;
  readonly force?: true | undefined;
  readonly json?: true | undefined;
  readonly round?: true | undefined;
  readonly quiet?: true | undefined;
}

/** One sampler's optimum: its sampler, N (and budget), schedule, divergences and how it was found. */
interface SamplerOptimum {
  readonly sampler: SamplerInput;
  readonly count: StepCount;
  readonly schedule: Schedule;
  readonly result: ScheduleKL;
  readonly details: OptimizationDetails | undefined;
}

/** The whole output of `klsched optimize`: stdout, and warnings for stderr. */
export function optimizeOutput(options: OptimizeOptions, progress: Progress = silentProgress): CommandOutput {
  const format = outputFormat(options);
  const process = readProcess(options.process, options.resolution);
  const distilled = distilledRefusal(process, options);
  const spectrum = spectrumInput(options.spectrum);
  const prior = readPrior(options.prior);
  const samplers = samplerInputs(options);
  const objective = readObjective(options.objective ?? "kl");
  const allowDegenerate = options.allowDegenerate === true;
  const minGap = readMinGap(options.minGap);
  // diffusers indexes its ᾱ table with integer timesteps: export the integer optimum, not a rounding
  const round = options.round === true || formatRounds(format, process);
  const method = readMethod(options.method, round, objective);
  // --allow-degenerate lifts every guard: the whole range, no gap (unless --min-gap), no bound on the other KL
  const optimization = allowDegenerate
    ? { objective, keepInRange: false, guard: false, minGap: minGap ?? 0 }
    : { objective, ...(minGap === undefined ? {} : { minGap }) };

  const optima = samplerOptima(options, samplers, method, process, spectrum, prior, optimization, minGap, progress);
  const best = optima.reduce((a, b) => (b.result[objective] < a.result[objective] || Number.isNaN(a.result[objective]) ? b : a));
  const context: ScoringContext = { process, spectrum, sampler: best.sampler, prior };
  const baselines = baselineKL(context, best.count, round);
  progress.clear();
  const degenerate = isOptimized(method.strategy)
    ? degenerateReasons(
        best.schedule,
        best.result,
        baselines.map((row) => ({ label: row.strategy, figures: row })),
        objective,
      )
    : [];
  const notes = [...mergedLevelsWarning(best.schedule), ...detailNotes(best.details, objective)];
  const { steps } = best.count;
  if (degenerate.length > 0 && !allowDegenerate) {
    const others = DIVERGENCE_NAMES.filter((n) => n !== objective && n !== "klSymmetric").map((n) => DIVERGENCES[n].objective);
    throw new Error(
      `optimize: the ${method.label} schedule at N=${steps} under ${best.sampler.sampler.name} is degenerate: ${degenerate.join("; ")}. ` +
        `Pass --allow-degenerate to print it anyway, or choose another --objective (${others.join(", ")}) or a larger --min-gap`,
    );
  }
  const warnings = [...distilled, ...notes, ...degenerate.map((reason) => `degenerate optimum: ${reason}`)];
  const stepsFlag = stepsSource(best.count);
  if (format !== "json" && format !== "table") {
    const labels = { strategy: method.label, steps };
    const exported = exportText(best.schedule, format, labels, stepsFlag, { sampler: best.sampler.sampler.name });
    const marks = degenerate.map((reason) => `# klsched: degenerate optimum (--allow-degenerate): ${reason}\n`).join("");
    return { stdout: `${marks}${exported.text}`, warnings: [...warnings, ...exported.notes] };
  }
  const budget = best.count.budget === undefined ? {} : { budget: best.count.budget };
  const tangent = tangentFields(best.details, baselines);
  if (format === "json") {
    const stdout = jsonLine({
      ...scheduleJson(best.schedule, { strategy: method.label, steps }),
      method: method.label,
      ...divergenceJson(best.result),
      baselines: baselines.map((row) => ({ strategy: row.strategy, ...divergenceJson(row) })),
      spectrum: spectrum.spectrum.label,
      prior,
      sampler: best.sampler.sampler.name,
      round,
      nfe: best.result.nfe,
      ...budget,
      warnings: [...notes, ...distilled],
      objective: DIVERGENCES[objective].objective,
      ...(gapOf(best.details, minGap) === undefined ? {} : { minGap: jsonNumber(gapOf(best.details, minGap) as number) }),
      degenerate,
      ...(best.details?.guard === undefined
        ? {}
        : {
            guard: {
              divergence: best.details.guard.divergence,
              bound: jsonNumber(best.details.guard.bound),
              baseline: best.details.guard.baseline,
            },
          }),
      ...(best.details?.fallback === undefined ? {} : { fallback: best.details.fallback }),
      ...(tangent === undefined ? {} : { tangent }),
      ...(options.samplers === undefined ? {} : { samplers: optima.map(samplerRow) }),
    });
    return { stdout, warnings };
  }
  const cost =
    best.count.budget === undefined ? "" : ` (the most steps within ${best.count.budget} evaluations; ${best.result.nfe} spent)`;
  const goal = objective === "kl" ? "" : `, minimising ${DIVERGENCES[objective].label}`;
  const caption = `${method.label} at N=${steps}${cost} (${process.label}, ${spectrum.spectrum.label}, prior ${prior}, sampler ${best.sampler.sampler.name}${goal})`;
  const summary = optimizeSummary({ strategy: method.label, ...divergenceValues(best.result) }, baselines, objective);
  const lines = [
    ...(tangent === undefined
      ? []
      : [
          `fitted tangent law: c = ${formatSignificant(tangent.c)}, ${tangent.end === "zero" ? "run to s = 0" : "ends at the range's end, then the clean jump"}; kl_optimal (tangent:c=1): KL ${tangent.klOptimal === undefined ? "n/a (the process cannot take it)" : formatSignificant(tangent.klOptimal ?? Number.POSITIVE_INFINITY)}`,
        ]),
    ...notes.map((note) => `note: ${note}`),
    ...degenerate.map((reason) => `warning: degenerate optimum (--allow-degenerate): ${reason}`),
  ];
  const samplerTable = options.samplers === undefined ? "" : `\n${samplersTable(optima, best)}`;
  const extra = lines.length === 0 ? "" : `\n${lines.join("\n")}\n`;
  return { stdout: `${caption}\n${scheduleTable(best.schedule)}\n${summary}${extra}${samplerTable}`, warnings };
}

/** Each sampler's optimum at its N (from --steps, or the most it affords within --nfe); samplers a budget cannot pay for are left out. */
function samplerOptima(
  options: OptimizeOptions,
  samplers: readonly SamplerInput[],
  method: FlaggedStrategy,
  process: ReturnType<typeof readProcess>,
  spectrum: ReturnType<typeof spectrumInput>,
  prior: ScoringContext["prior"],
  optimization: NonNullable<ScoringContext["optimization"]>,
  minGap: number | undefined,
  progress: Progress,
): SamplerOptimum[] {
  const counts = readStepCounts(options, false);
  const value = counts.values[0] as number;
  const affordable: { sampler: SamplerInput; count: StepCount }[] = [];
  for (const sampler of samplers) {
    try {
      affordable.push({ sampler, count: stepCount(counts, value, sampler.sampler, process) });
    } catch (error) {
      if (samplers.length === 1 || !(error instanceof UsageError)) throw error; // one of several it cannot pay for: left out
    }
  }
  if (affordable.length === 0) {
    throw new UsageError("--nfe", String(value), "is below one step of the cheapest sampler listed in --samplers");
  }
  return affordable.map(({ sampler, count }) => {
    const stepsFlag = stepsSource(count);
    if (minGap !== undefined && isOptimized(method.strategy)) {
      const range = freeLevelRange({ process, keepInRange: optimization.keepInRange !== false });
      fromFlag(flagSource("--min-gap", options.minGap), () => resolveMinGap(minGap, count.steps, range.start, range.floor));
    }
    const context: ScoringContext = { process, spectrum, sampler, prior, optimization };
    const task = progress.task(`optimize ${method.label}${samplers.length > 1 ? ` (${sampler.sampler.name})` : ""}`);
    const levels = strategyToolLevels(method, count.steps, context, task, stepsFlag);
    const result = scoreSchedule(context, levels.schedule);
    checkOptimizedKL(method, context, result.kl);
    return { sampler, count, schedule: levels.schedule, result, details: levels.details };
  });
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

/** `--objective`: a divergence by its `objective` name (commander has checked the choice). */
function readObjective(text: string): DivergenceName {
  const name = DIVERGENCE_NAMES.find((n) => DIVERGENCES[n].objective === text);
  if (name === undefined) {
    throw new UsageError(
      "--objective",
      text,
      `expected one of ${DIVERGENCE_NAMES.map((n) => DIVERGENCES[n].objective).join(", ")}`,
    );
  }
  return name;
}

/** `--min-gap`: a finite number ≥ 0, in ln s. */
function readMinGap(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !(value >= 0 && Number.isFinite(value))) {
    throw new UsageError("--min-gap", text, "expected a finite number ≥ 0 (a spacing in ln s)");
  }
  return value;
}

/** The notes of how the optimum was found: a fallback to a baseline, a guard's bound. */
function detailNotes(details: OptimizationDetails | undefined, objective: DivergenceName): string[] {
  const notes: string[] = [];
  if (details?.fallback !== undefined) {
    notes.push(`the optimiser found nothing better than the baseline ${details.fallback} at this N: its levels are returned`);
  }
  if (details?.guard !== undefined) {
    const { divergence, bound, baseline } = details.guard;
    notes.push(
      `the unbounded ${DIVERGENCES[objective].label} optimum is degenerate (its ${DIVERGENCES[divergence].label} is over 10 times the least a baseline has): ` +
        `this optimum keeps ${DIVERGENCES[divergence].label} at most ${formatSignificant(bound)} (${baseline}'s); --allow-degenerate lifts the bound`,
    );
  }
  return notes;
}

/** The fitted tangent law's report: c, its end, and kl_optimal's (tangent:c=1) divergences beside it. */
function tangentFields(
  details: OptimizationDetails | undefined,
  baselines: readonly StrategyKL[],
): { c: number; end: string; klOptimal?: number | null } | undefined {
  if (details?.tangent === undefined) return undefined;
  const klOptimal = baselines.find((row) => row.strategy === "tangent:c=1");
  const c = details.tangent.c;
  return klOptimal === undefined
    ? { c, end: details.tangent.end }
    : { c, end: details.tangent.end, klOptimal: jsonNumber(klOptimal.kl) };
}

/** One row of `samplers` in the JSON: a sampler's optimum at the budget. */
function samplerRow(optimum: SamplerOptimum) {
  return {
    sampler: optimum.sampler.sampler.name,
    steps: optimum.count.steps,
    nfe: optimum.result.nfe,
    ...divergenceJson(optimum.result),
  };
}

/** The human table of each sampler's optimum, the best marked `*`. */
function samplersTable(optima: readonly SamplerOptimum[], best: SamplerOptimum): string {
  return renderTable(
    [
      { header: "sampler" },
      { header: "N", align: "right" },
      { header: "NFE", align: "right" },
      ...divergenceColumns(),
      { header: "best" },
    ],
    optima.map((o) => [
      o.sampler.sampler.name,
      String(o.count.steps),
      String(o.result.nfe),
      ...divergenceCells(o.result),
      o === best ? "*" : "",
    ]),
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

/**
 * `--method`: `optimal`, `geodesic`, `tangent` or `tangent:fit=…`. A standard strategy (`karras`,
 * `tangent:c=1`) is no method: it is refused with a pointer to the methods; `geodesic` and
 * `tangent:fit=asymptotic` are KL constructions and take no other `--objective`.
 */
function readMethod(text: string, round: boolean, objective: DivergenceName): FlaggedStrategy {
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
  const klOnly =
    method.strategy.kind === "geodesic" || (method.strategy.kind === "tangent-fit" && method.strategy.fit === "asymptotic");
  if (klOnly && objective !== "kl") {
    throw new UsageError(
      "--objective",
      DIVERGENCES[objective].objective,
      `${method.label} is built from the KL (its metric or its N⁻² term) and minimises no other objective; use --method optimal or tangent`,
    );
  }
  return method;
}

/** The divergences of each baseline at N, with the same rounding, leaving out those the process cannot take. */
function baselineKL(context: ScoringContext, count: StepCount, round: boolean): StrategyKL[] {
  return BASELINES.flatMap((text) => {
    const strategy = readStrategy(text, "--strategy", round);
    const schedule = candidateLevels(strategy, count.steps, context, undefined, stepsSource(count));
    return schedule === undefined ? [] : [{ strategy: strategy.label, ...divergenceValues(scoreSchedule(context, schedule)) }];
  });
}

/** The minimum gap an optimum kept: the one it reports, else the one given; undefined when neither (a method without one). */
function gapOf(details: OptimizationDetails | undefined, given: number | undefined): number | undefined {
  return details?.minGap ?? given;
}
