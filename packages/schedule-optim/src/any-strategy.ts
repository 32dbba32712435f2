import { InvalidArgumentError, parseSpec, type Spectrum } from "@klsched/core-linalg";
import {
  isStrategyKind,
  type NoiseProcess,
  parseStrategy,
  type Schedule,
  STRATEGY_KINDS,
  type Strategy,
  type StrategyOptions,
  type StrategySpec,
  scheduleFromTimes,
  strategySchedule,
} from "@klsched/discretization";
import {
  isToolStrategyKind,
  parseReproducedStrategy,
  reproducedSchedule,
  TOOL_STRATEGY_KINDS,
  type ToolStrategy,
} from "@klsched/discretization/reproduced";
import type { Prior, Sampler } from "@klsched/gaussian-flow";
import { integerOptimalTimesteps, strictlyDecreasingIntegers } from "./integer-optimal.js";
import type { defaultMinGap } from "./min-gap.js";
import type { Objective } from "./objective.js";
import {
  OPTIMIZED_STRATEGIES,
  type OptimizationDetails,
  type OptimizedStrategy,
  optimizedDescriptor,
} from "./optimized-strategies.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";

/**
 * Any strategy a command accepts (the CLI reference, "Strategies"): one of klsched's own (`standard`), one
 * reproduced from another tool, or one optimised for a spectrum.
 */
export type AnyStrategy =
  | { readonly kind: "standard"; readonly label: string; readonly spec: StrategySpec<Strategy> }
  | { readonly kind: "reproduced"; readonly label: string; readonly spec: StrategySpec<ToolStrategy> }
  | OptimizedStrategy;

/**
 * Parses a strategy spec by the three registries: the optimised strategies first (`tangent` without `c`:
 * the coefficient fitted to the exact KL, `tangent:fit=asymptotic` minimises Σ A_i² instead; `geodesic`;
 * `optimal`), then klsched's own (`parseStrategy`), then the reproduced ones (`parseReproducedStrategy`).
 *
 * @example
 * ```ts
 * import { parseAnyStrategy } from "@klsched/schedule-optim";
 * parseAnyStrategy("karras:rho=7").kind; // "standard"
 * parseAnyStrategy("ays:model=sd1").kind; // "reproduced"
 * parseAnyStrategy("tangent").kind; // "tangent-fit"
 * ```
 * @throws InvalidArgumentError for a kind no registry knows (the message lists them all), or a bad key.
 */
export function parseAnyStrategy(text: string, argument = "strategy"): AnyStrategy {
  const spec = parseSpec(text, argument);
  for (const descriptor of Object.values(OPTIMIZED_STRATEGIES)) {
    if (descriptor.spec === spec.kind && descriptor.accepts(spec)) return descriptor.parse(spec, argument);
  }
  if (isStrategyKind(spec.kind)) return { kind: "standard", label: spec.text, spec: parseStrategy(text, argument) };
  if (isToolStrategyKind(spec.kind))
    return { kind: "reproduced", label: spec.text, spec: parseReproducedStrategy(text, argument) };
  const optimized = [...new Set(Object.values(OPTIMIZED_STRATEGIES).map((descriptor) => descriptor.spec))];
  throw new InvalidArgumentError(
    argument,
    text,
    `unknown strategy kind "${spec.kind}" (expected ${[...STRATEGY_KINDS, ...TOOL_STRATEGY_KINDS].join(", ")}, or the optimised ${optimized.join(", ")})`,
  );
}

/**
 * True for the strategies that depend on the spectrum (and sampler and prior).
 *
 * @example
 * ```ts
 * import { isOptimized, parseAnyStrategy } from "@klsched/schedule-optim";
 * isOptimized(parseAnyStrategy("geodesic")); // true
 * isOptimized(parseAnyStrategy("karras:rho=7")); // false
 * ```
 */
export function isOptimized(strategy: AnyStrategy): boolean {
  return strategy.kind !== "standard" && strategy.kind !== "reproduced";
}

/** What resolving a strategy may need beyond the process. */
export interface ResolveContext {
  readonly process: NoiseProcess;
  readonly spectrum?: Spectrum;
  readonly sampler?: Sampler;
  readonly prior?: Prior;
  readonly mean?: Float64Array;
  /** What `optimal`, `tangent` and the integer search minimise (default `kl`). */
  readonly objective?: Objective;
  /** The least ln-s spacing of `optimal`'s and the integer search's levels (default {@link defaultMinGap}). */
  readonly minGap?: number;
  /** Default true: optimised levels stay inside the model's trained range (the clean jump aside). */
  readonly keepInRange?: boolean;
  /** Default true: a degenerate optimum of one direction of KL is re-optimised with the other one bounded. */
  readonly guard?: boolean;
  /** Called with (done, total) while an optimised strategy is computed. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The schedule of any strategy for N steps. Optimised strategies need `context.spectrum`; with
 * `options.round` on a discrete model `optimal` runs the integer search (not a rounding of the
 * continuous optimum), and the other optimised strategies are rounded to distinct integers.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { parseAnyStrategy, resolveSchedule } from "@klsched/schedule-optim";
 * const spectrum = syntheticSpectrum("geometric:d=8,min=0.01,max=1");
 * const context = { spectrum, process: veProcess(0.002, 80) };
 * resolveSchedule(parseAnyStrategy("karras:rho=7"), 4, context).sigma; // Float64Array [80, 9.7232…, 0.4699…, 0.002, 0]
 * resolveSchedule(parseAnyStrategy("optimal"), 4, context).sigma; // Float64Array [80, 1.0627…, 0.3122…, 0.0916…, 0]
 * ```
 * @throws InvalidArgumentError for an optimised strategy without `context.spectrum`, a `shift` on one,
 * a bad step count (more steps than a discrete model's timesteps included), `round` off a discrete
 * process, and whatever the strategy's own schedule refuses.
 */
export function resolveSchedule(
  strategy: AnyStrategy,
  steps: number,
  context: ResolveContext,
  options: StrategyOptions = {},
): Schedule {
  return resolveStrategy(strategy, steps, context, options).schedule;
}

/**
 * {@link resolveSchedule} with what an optimised strategy reports about how it was found
 * ({@link OptimizationDetails}): the minimum gap, a guard or a fallback of `optimal`, the fitted tangent
 * law's coefficient and end.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { parseAnyStrategy, resolveStrategy } from "@klsched/schedule-optim";
 * const context = { process: veProcess(0.002, 80), spectrum: syntheticSpectrum("geometric:d=8,min=0.01,max=1") };
 * resolveStrategy(parseAnyStrategy("tangent"), 4, context).details?.tangent; // { c: 0.3138, end: "zero" }
 * ```
 * @throws InvalidArgumentError as {@link resolveSchedule}.
 */
export function resolveStrategy(
  strategy: AnyStrategy,
  steps: number,
  context: ResolveContext,
  options: StrategyOptions = {},
): { readonly schedule: Schedule; readonly details?: OptimizationDetails } {
  if (strategy.kind === "standard") {
    return {
      schedule: strategySchedule(context.process, strategy.spec.strategy, steps, { ...strategy.spec.options, ...options }),
    };
  }
  if (strategy.kind === "reproduced") {
    return {
      schedule: reproducedSchedule(context.process, strategy.spec.strategy, steps, { ...strategy.spec.options, ...options })
        .schedule,
    };
  }
  const { spectrum } = context;
  if (spectrum === undefined)
    throw new InvalidArgumentError("strategy", strategy.label, "an optimised strategy needs a spectrum");
  if (options.shift !== undefined && options.shift !== 1) {
    throw new InvalidArgumentError("shift", options.shift, `does not apply to the optimised strategy ${strategy.label}`);
  }
  if (!Number.isInteger(steps) || steps < 1) throw new InvalidArgumentError("steps", steps, "expected an integer ≥ 1");
  const { process } = context;
  const T = process.trainingSteps;
  if (T !== undefined && steps > T) {
    throw new InvalidArgumentError("steps", steps, `${process.label} has only ${T} training timesteps`);
  }
  const optimization = { ...context, spectrum };
  if (options.round) {
    if (T === undefined) throw new InvalidArgumentError("round", true, `needs a discrete process, not ${process.label}`);
    if (strategy.kind === "optimal") {
      const { timesteps } = integerOptimalTimesteps(optimization, steps);
      return { schedule: scheduleFromTimes(process, [...timesteps, process.tClean]) };
    }
  }
  const { levels, details } = optimizedDescriptor(strategy).optimize(optimization, steps, strategy);
  const schedule = scheduleFromLevels(process, levels);
  if (!options.round || T === undefined) return { schedule, details };
  const timesteps = strictlyDecreasingIntegers(schedule.t.subarray(0, steps), T);
  return { schedule: scheduleFromTimes(process, [...timesteps, process.tClean]), details };
}
