import { type InvalidArgumentError, isInvalidArgumentError, type Spectrum } from "@klsched/core-linalg";
import type { NoiseProcess, Schedule, StrategyOptions, ToolSchedule } from "@klsched/discretization";
import { reproducedSchedule, type ToolStrategy } from "@klsched/discretization/reproduced";
import type { Prior, Sampler } from "@klsched/gaussian-flow";
import { type ScheduleKL, scheduleKL } from "@klsched/kl-metrics";
import {
  type AnyStrategy,
  isOptimized,
  type OptimizationDetails,
  type ResolveContext,
  resolveStrategy,
} from "@klsched/schedule-optim";
import { type FlagSource, flagSource, fromFlag } from "./flag-source.js";
import type { FlaggedStrategy } from "./inputs.js";
import type { ProgressCallback } from "./progress-line.js";
import { checkStepWork } from "./step-limits.js";
import { UsageError } from "./usage-error.js";

/**
 * What a strategy is resolved against: the process, and for an optimised strategy the spectrum, sampler
 * and prior it is optimal for; with the text of `--spectrum` and `--sampler`, which errors may blame.
 */
export interface StrategyContext {
  readonly process: NoiseProcess;
  readonly spectrum?: { readonly spectrum: Spectrum; readonly text: string } | undefined;
  readonly sampler?: { readonly sampler: Sampler; readonly text: string } | undefined;
  readonly prior?: Prior | undefined;
  /** What an optimised strategy minimises and the guards it keeps (`optimize --objective`, `--min-gap`, `--allow-degenerate`). */
  readonly optimization?: Pick<ResolveContext, "objective" | "minGap" | "keepInRange" | "guard"> | undefined;
}

/** A context with every part given: what `optimize` and `rank` resolve and score strategies against. */
export interface ScoringContext extends StrategyContext {
  readonly spectrum: { readonly spectrum: Spectrum; readonly text: string };
  readonly sampler: { readonly sampler: Sampler; readonly text: string };
  readonly prior: Prior;
}

/** KL(source ‖ output) and the rest along `schedule`, clean level included, under a scoring context. */
export function scoreSchedule(context: ScoringContext, schedule: Schedule): ScheduleKL {
  return scheduleKL({ spectrum: context.spectrum.spectrum, schedule, sampler: context.sampler.sampler, prior: context.prior });
}

/**
 * The schedule of a strategy for N steps (optimised strategies are optimised here; `onProgress` hears
 * how far). Errors name the strategy's flag, or `--round`, `stepsFlag` (`--steps N` unless N came from
 * `--nfe`), `--sampler`; an optimised strategy without `--spectrum` is refused, and one whose optimiser
 * breaks down fails as `brokenOptimizer` says.
 */
export function strategyLevels(
  strategy: FlaggedStrategy,
  steps: number,
  context: StrategyContext,
  onProgress?: ProgressCallback,
  stepsFlag: FlagSource = flagSource("--steps", String(steps)),
): Schedule {
  return strategyToolLevels(strategy, steps, context, onProgress, stepsFlag).schedule;
}

/** A strategy's levels and, for one reproduced from a tool, the tool's own arrays and notes. */
export interface StrategyLevels {
  readonly schedule: Schedule;
  readonly tool?: ToolSchedule;
  /** How an optimised strategy was found (its gap, guard, fallback, fitted tangent). */
  readonly details?: OptimizationDetails;
  /** What a reader should know about klsched's own levels (more steps than a discrete model has timesteps). */
  readonly notes?: readonly string[];
}

/**
 * What N > T means for klsched's own strategies on a discrete model: levels between integer timesteps,
 * interpolated in ln σ as k-diffusion's `t_to_sigma` does; a tool that takes integer timesteps cannot run
 * them without repeats (`--round` and `--format diffusers` then repeat timesteps, which diffusers refuses).
 */
function trainingStepsNote(process: NoiseProcess, steps: number): string[] {
  const T = process.trainingSteps;
  if (T === undefined || steps <= T) return [];
  return [
    `N = ${steps} exceeds ${process.label}'s ${T} training timesteps: the levels fall between them, interpolated in ln σ as k-diffusion's t_to_sigma does; a tool that takes integer timesteps (DDIM, DPM-Solver, --round) repeats timesteps there`,
  ];
}

/** A strategy reproduced from a tool (`diffusers-ddim:…`, `comfy:…`, `ays:…`, …) with its options; else undefined. */
export function reproducedStrategy(
  strategy: AnyStrategy,
): { readonly strategy: ToolStrategy; readonly options: StrategyOptions } | undefined {
  return strategy.kind === "reproduced" ? strategy.spec : undefined;
}

/** {@link strategyLevels}, with the tool's own sigmas, timesteps and notes when the strategy is reproduced from a tool. */
export function strategyToolLevels(
  strategy: FlaggedStrategy,
  steps: number,
  context: StrategyContext,
  onProgress?: ProgressCallback,
  stepsFlag: FlagSource = flagSource("--steps", String(steps)),
): StrategyLevels {
  const optimized = isOptimized(strategy.strategy);
  if (optimized && context.spectrum === undefined) {
    throw new UsageError(strategy.flag, strategy.text, `${strategy.label} is optimised for a spectrum and needs --spectrum`);
  }
  checkStepWork(steps, context.spectrum?.spectrum.eigenvalues.length, context.sampler?.sampler.name, optimized, stepsFlag);
  const round = strategy.round ? { round: true } : {};
  const reproduced = reproducedStrategy(strategy.strategy);
  const beyondT = reproduced === undefined && !optimized ? trainingStepsNote(context.process, steps) : [];
  const resolve = (): StrategyLevels => {
    if (reproduced !== undefined) {
      const options = { ...reproduced.options, ...round };
      const tool = reproducedSchedule(context.process, reproduced.strategy, steps, options);
      return { schedule: tool.schedule, tool };
    }
    try {
      const resolved = resolveStrategy(strategy.strategy, steps, resolveContext(context, onProgress), round);
      return beyondT.length === 0 ? resolved : { ...resolved, notes: beyondT };
    } catch (error) {
      if (optimized && isInvalidArgumentError(error) && error.argument === "sigmas") {
        throw brokenOptimizer(strategy, steps, context, error);
      }
      throw error;
    }
  };
  return fromFlag(flagSource(strategy.flag, strategy.text, "strategy"), resolve, {
    round: flagSource("--round", undefined),
    steps: stepsFlag,
    sampler: flagSource("--sampler", context.sampler?.text),
    "min-gap": flagSource("--min-gap", context.optimization?.minGap?.toString()),
  });
}

/** A KL of NaN for an optimised strategy is a spectrum the optimiser cannot handle: a usage error on `--spectrum`. */
export function checkOptimizedKL(strategy: FlaggedStrategy, context: StrategyContext, kl: number): void {
  if (isOptimized(strategy.strategy) && Number.isNaN(kl)) throw degenerateSpectrum(strategy, context, "its KL is not a number");
}

/**
 * An optimiser that returned levels the library then refuses. NaN levels mean its arithmetic overflowed
 * on the eigenvalues (1e-300, say): the spectrum is out of range, a usage error. Anything else (two
 * levels pinned together) is the optimiser's own failure, exit code 1, reported with what was asked.
 */
function brokenOptimizer(strategy: FlaggedStrategy, steps: number, context: StrategyContext, error: InvalidArgumentError): Error {
  if (String(error.value).includes("NaN"))
    return degenerateSpectrum(strategy, context, `its levels are not numbers (${error.reason})`);
  const sampler = context.sampler?.sampler.name ?? "ddim";
  return new Error(
    `${strategy.label} failed at N=${steps} with sampler ${sampler}: the optimised levels are invalid (${error.reason})`,
  );
}

function degenerateSpectrum(strategy: FlaggedStrategy, context: StrategyContext, why: string): UsageError {
  const hint = "eigenvalues beyond the range the optimiser's arithmetic handles";
  return new UsageError("--spectrum", context.spectrum?.text, `degenerate for ${strategy.label} (${hint}): ${why}`);
}

function resolveContext(context: StrategyContext, onProgress: ProgressCallback | undefined): ResolveContext {
  return {
    process: context.process,
    ...(context.spectrum === undefined ? {} : { spectrum: context.spectrum.spectrum }),
    ...(context.sampler === undefined ? {} : { sampler: context.sampler.sampler }),
    ...(context.prior === undefined ? {} : { prior: context.prior }),
    ...context.optimization,
    ...(onProgress === undefined ? {} : { onProgress }),
  };
}

/**
 * {@link strategyLevels} for a strategy the CLI picked itself (a baseline, a ranking candidate):
 * `undefined` when the process cannot take it (karras on flow, say), which the library reports as an
 * error on the strategy itself; errors that blame another flag (`--steps`, `--spectrum`, …) still throw.
 */
export function candidateLevels(
  strategy: FlaggedStrategy,
  steps: number,
  context: StrategyContext,
  onProgress?: ProgressCallback,
  stepsFlag?: FlagSource,
): Schedule | undefined {
  try {
    return strategyLevels(strategy, steps, context, onProgress, stepsFlag);
  } catch (error) {
    if (error instanceof UsageError && error.flag === strategy.flag) return undefined;
    throw error;
  }
}
