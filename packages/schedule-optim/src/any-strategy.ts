import { InvalidArgumentError, parseSpec, SpecReader, type Spectrum } from "@klsched/core-linalg";
import {
  type NoiseProcess,
  parseStrategy,
  type Schedule,
  type StrategyOptions,
  type StrategySpec,
  scheduleFromTimes,
  strategySchedule,
} from "@klsched/discretization";
import type { Prior, Sampler } from "@klsched/gaussian-flow";
import { geodesicSchedule } from "./geodesic-schedule.js";
import { integerOptimalTimesteps, strictlyDecreasingIntegers } from "./integer-optimal.js";
import { optimalSchedule } from "./optimal-schedule.js";
import { levelRange } from "./optimization-context.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";
import { fitTangentCoefficient, type TangentFit, tangentLevels } from "./tangent-fit.js";

/** Any strategy a command accepts: a standard one, or one optimised for a spectrum (CLI.md "Optimised"). */
export type AnyStrategy =
  | { readonly kind: "standard"; readonly label: string; readonly spec: StrategySpec }
  | { readonly kind: "tangent-fit"; readonly label: string; readonly fit: TangentFit }
  | { readonly kind: "geodesic"; readonly label: string }
  | { readonly kind: "optimal"; readonly label: string };

/**
 * Parses a strategy spec: the standard kinds of `parseStrategy`, plus `tangent` without `c` (coefficient
 * fitted to the exact KL; `tangent:fit=asymptotic` minimises Σ A_i² instead), `geodesic` and `optimal`.
 */
export function parseAnyStrategy(text: string, argument = "strategy"): AnyStrategy {
  const spec = parseSpec(text, argument);
  if (spec.kind === "tangent" && !spec.params.has("c")) {
    const fit = new SpecReader(spec, ["fit"], argument).choice("fit", ["exact", "asymptotic"] as const, "exact");
    return { kind: "tangent-fit", label: spec.text, fit };
  }
  if (spec.kind === "geodesic" || spec.kind === "optimal") {
    new SpecReader(spec, [], argument);
    return { kind: spec.kind, label: spec.text };
  }
  try {
    return { kind: "standard", label: spec.text, spec: parseStrategy(text, argument) };
  } catch (error) {
    if (error instanceof InvalidArgumentError && error.reason.startsWith("unknown strategy kind")) {
      throw new InvalidArgumentError(
        argument,
        text,
        `${error.reason.replace(/\)$/, "")}, or the optimised tangent, geodesic, optimal)`,
      );
    }
    throw error;
  }
}

/** True for the strategies that depend on the spectrum (and sampler and prior). */
export function isOptimized(strategy: AnyStrategy): boolean {
  return strategy.kind !== "standard";
}

/** What resolving a strategy may need beyond the process. */
export interface ResolveContext {
  readonly process: NoiseProcess;
  readonly spectrum?: Spectrum;
  readonly sampler?: Sampler;
  readonly prior?: Prior;
  readonly mean?: Float64Array;
  /** Called with (done, total) while an optimised strategy is computed. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The schedule of any strategy for N steps. Optimised strategies need `context.spectrum`; with
 * `options.round` on a discrete model `optimal` runs the integer search (not a rounding of the
 * continuous optimum), and the other optimised strategies are rounded to distinct integers.
 */
export function resolveSchedule(
  strategy: AnyStrategy,
  steps: number,
  context: ResolveContext,
  options: StrategyOptions = {},
): Schedule {
  if (strategy.kind === "standard") {
    return strategySchedule(context.process, strategy.spec.strategy, steps, { ...strategy.spec.options, ...options });
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
      return scheduleFromTimes(process, [...timesteps, process.tClean]);
    }
  }
  const levels = optimizedLevels(strategy, steps, optimization);
  const schedule = scheduleFromLevels(process, levels);
  if (!options.round || T === undefined) return schedule;
  const timesteps = strictlyDecreasingIntegers(schedule.t.subarray(0, steps), T);
  return scheduleFromTimes(process, [...timesteps, process.tClean]);
}

function optimizedLevels(
  strategy: Exclude<AnyStrategy, { kind: "standard" }>,
  steps: number,
  context: ResolveContext & { spectrum: Spectrum },
): Float64Array {
  switch (strategy.kind) {
    case "geodesic":
      return geodesicSchedule(context, steps).levels;
    case "optimal":
      return optimalSchedule(context, steps).levels;
    case "tangent-fit": {
      const { start, floor } = levelRange(context.process);
      return tangentLevels(start, floor, fitTangentCoefficient(context, steps, strategy.fit), steps);
    }
  }
}
