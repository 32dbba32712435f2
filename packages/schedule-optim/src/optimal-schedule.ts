import { InvalidArgumentError } from "@klsched/core-linalg";
import { ddim } from "@klsched/gaussian-flow";
import { DIVERGENCES, type ScheduleKL, scheduleKL } from "@klsched/kl-metrics";
import { baselineLevels } from "./baseline-levels.js";
import type { OptimizedLevels } from "./geodesic-schedule.js";
import { minimizeLbfgs } from "./lbfgs.js";
import { chartIsFeasible, type LevelChart, levelsFromLogits, logitsFromLevels } from "./level-chart.js";
import { closestSpacing, resolveMinGap } from "./min-gap.js";
import { guardedDivergence, type Objective } from "./objective.js";
import { objectiveInLogits, type Penalty } from "./objective-gradient.js";
import { contextSampler, freeLevelRange, type OptimizationContext, referenceScale } from "./optimization-context.js";
import { OptimizationFailedError } from "./optimization-failed-error.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";
import { tangentLevels } from "./tangent-fit.js";

/** The exact optimum of a context at N steps, with how it was found. */
export interface OptimalSchedule extends OptimizedLevels {
  /** KL(source ‖ output) at the levels (the forward KL, whatever the objective). */
  readonly kl: number;
  /** The objective's value at the levels. */
  readonly value: number;
  readonly objective: Objective;
  /** The minimum gap in ln s the levels were held to. */
  readonly minGap: number;
  /** The other direction of KL the optimum was held to at most (`guard`), when the bound was needed. */
  readonly guard?: { readonly divergence: Objective; readonly bound: number; readonly baseline: string };
  /** Set when no optimised schedule beat this baseline, whose levels are returned instead. */
  readonly fallback?: string;
}

/**
 * How far above the least value a baseline has an optimum's other direction of KL may go before the
 * optimum counts as degenerate (an over-dispersion the closed form rewards and a network would not):
 * the `guard` then bounds it by that least value, and `klsched optimize` refuses such an optimum
 * without `--allow-degenerate`.
 */
export const DEGENERATE_FACTOR = 10;

/** The figures of levels that are no schedule: NaN everywhere, so that they lose every comparison. */
const NO_SCHEDULE = Object.freeze({
  ...Object.fromEntries(Object.keys(DIVERGENCES).map((name) => [name, Number.NaN])),
  steps: 0,
  nfe: 0,
}) as unknown as ScheduleKL;

/** Levels with every divergence of their schedule. */
interface Scored {
  readonly levels: Float64Array;
  readonly figures: ScheduleKL;
}

/**
 * The exact minimiser of the context's objective (default the forward KL) over every level but the first
 * (theory §6), safe by default: L-BFGS on the logits of a level chart that keeps the levels strictly
 * decreasing, inside the trained range (unless `keepInRange` is false) and at least `minGap` apart in ln s;
 * with `guard` (default), an optimum of one direction of KL whose other direction exceeds
 * {@link DEGENERATE_FACTOR} times the least value a baseline has is re-optimised with that least value as
 * a bound (an augmented Lagrangian), and baselines above the bound no longer count as its floor. Gradients are exact:
 * analytic for DDIM, reverse mode through the sampler's tape for the others.
 *
 * Starts: DDIM's is the equal-angle tangent law at the spectrum's scale, another sampler's the DDIM optimum of the same context and, always, its
 * best baseline; DDIM also runs from its best baseline when its first run ends above it. The baselines
 * ({@link BASELINE_STRATEGIES}) that meet the constraints are the floor: when nothing beats the best of
 * them, its levels are returned with `fallback` naming it.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { scheduleKL } from "@klsched/kl-metrics";
 * import { optimalSchedule } from "@klsched/schedule-optim";
 * const spectrum = syntheticSpectrum("geometric:d=8,min=0.01,max=1");
 * const context = { spectrum, process: veProcess(0.002, 80) };
 * const optimum = optimalSchedule(context, 4);
 * optimum.levels; // Float64Array [80, 1.0627…, 0.3122…, 0.0916…, 0]
 * optimum.kl; // 1.7011
 * scheduleKL({ spectrum, schedule: strategySchedule(context.process, { kind: "karras", rho: 7 }, 4) }).kl; // 19.159
 * ```
 *
 * @throws InvalidArgumentError for N < 1, more steps than a discrete model's timesteps, or a `minGap` that
 * leaves no room for N levels; OptimizationFailedError when no start has a finite objective.
 */
export function optimalSchedule(context: OptimizationContext, steps: number, start?: Float64Array): OptimalSchedule {
  if (!Number.isInteger(steps) || steps < 1) throw new InvalidArgumentError("steps", steps, "expected an integer ≥ 1");
  const { process } = context;
  const T = process.trainingSteps;
  if (T !== undefined && steps > T)
    throw new InvalidArgumentError("steps", steps, `${process.label} has only ${T} training timesteps`);
  const sampler = contextSampler(context);
  const objective = context.objective ?? "kl";
  const range = freeLevelRange(context);
  const baselineSets = baselineLevels(process, steps);
  const minGap = resolveMinGap(
    context.minGap,
    steps,
    range.start,
    range.floor,
    closestSpacing(baselineSets.map((b) => b.levels)),
  );
  // the angle chart's scale inside the range: a spectrum far below its floor (eigenvalues 1e-60) would
  // otherwise squeeze every angle into the last ulp below π/2
  const scale = Math.min(Math.max(referenceScale(context.spectrum.eigenvalues), range.floor), range.start);
  const chart: LevelChart = { ...range, scale, steps, minGap };
  const what = `optimal at N=${steps} under ${sampler.name} on ${process.label}`;
  const score = (levels: Float64Array): Scored => ({
    levels,
    figures: meetsChart({ ...chart, minGap: 0 }, levels)
      ? scheduleKL({
          spectrum: context.spectrum,
          schedule: scheduleFromLevels(process, levels),
          sampler,
          prior: context.prior ?? "standard",
          ...(context.mean === undefined ? {} : { mean: context.mean }),
        })
      : NO_SCHEDULE, // levels an optimiser's arithmetic broke (NaN, out of order) lose to any schedule
  });
  const value = (s: Scored) => s.figures[objective];
  const finish = (found: Scored, iterations: number, extra: Partial<Pick<OptimalSchedule, "guard" | "fallback">> = {}) => {
    if (!(value(found) < Number.POSITIVE_INFINITY)) {
      throw new OptimizationFailedError(what, `its ${DIVERGENCES[objective].label} is ${value(found)} at every start`);
    }
    return { levels: found.levels, kl: found.figures.kl, value: value(found), iterations, objective, minGap, ...extra };
  };
  if (steps === 1) return finish(score(levelsFromLogits(chart, new Float64Array(1))), 0);

  const maxIterations = sampler === ddim ? 3000 : 1000;
  let iterations = 0;
  const plans = {}; // the tape's gradient plan, shared by every run on this chart
  const run = (levels: Float64Array, penalty?: Penalty, tolerance = sampler === ddim ? 1e-15 : 1e-13): Scored => {
    const result = minimizeLbfgs(objectiveInLogits(context, chart, penalty, plans), logitsFromLevels(chart, levels), {
      maxIterations,
      relativeTolerance: tolerance,
      ...(context.onProgress ? { onIteration: (i: number) => context.onProgress?.(i, maxIterations) } : {}),
    });
    iterations += result.iterations;
    return score(levelsFromLogits(chart, result.x));
  };
  const better = (a: Scored, b: Scored | undefined) => b === undefined || value(a) < value(b) || Number.isNaN(value(b));

  const baselines = baselineSets
    .filter((b) => meetsChart(chart, b.levels))
    .map((b) => ({ label: b.label, ...score(Float64Array.from(b.levels, (s, k) => (k === 0 ? chart.start : s))) }));
  const guarded = context.guard === false ? undefined : guardedDivergence(objective);
  const bound = guarded === undefined ? undefined : leastBy(baselines, (b) => b.figures[guarded]);
  let floor = leastBy(baselines, value);

  let best = run(start ?? defaultStart(context, chart));
  // the guard binds on a degenerate optimum only: its other direction of KL above DEGENERATE_FACTOR × the least a baseline has
  const breaksGuard = (s: Scored) =>
    guarded !== undefined && bound !== undefined && !(s.figures[guarded] <= DEGENERATE_FACTOR * bound.figures[guarded]);
  // a first run that breaks the guard goes to the bounded search, which starts from the floor itself
  if (floor !== undefined && !breaksGuard(best) && (sampler !== ddim || !(value(best) <= value(floor)))) {
    const second = run(floor.levels);
    if (better(second, best)) best = second;
  }
  let guard: OptimalSchedule["guard"];
  if (guarded !== undefined && bound !== undefined && breaksGuard(best)) {
    const limit = bound.figures[guarded];
    guard = { divergence: guarded, bound: limit, baseline: bound.label };
    // under the bound, a baseline above it is no floor: the optimum is not to match it
    floor = leastBy(
      baselines.filter((b) => b.figures[guarded] <= limit),
      value,
    );
    // aimed a hair inside the bound, so that the result meets it after the last loose solve
    const held = underBound(run, value, guarded, limit * (1 - 1e-6), floor ?? bound);
    best = held !== undefined && held.figures[guarded] <= limit ? held : (floor ?? bound);
  }
  const guardField = guard === undefined ? {} : { guard };
  if (floor !== undefined && !(value(best) <= value(floor)))
    return finish(floor, iterations, { ...guardField, fallback: floor.label });
  return finish(best, iterations, guardField);
}

/**
 * The minimum of the objective subject to G ≤ limit, by the augmented Lagrangian (PHR, Nocedal & Wright
 * §17.4): L-BFGS on f + penalty from a start that meets the bound, the multiplier updated to
 * max(0, λ + ρc) and ρ (from 10·|f|) raised tenfold while the violation c = G/limit − 1 shrinks by less
 * than 4×; it stops at a feasible iterate (c ≤ 10⁻⁶) whose multiplier update is below 10⁻³ relative.
 */
function underBound(
  run: (levels: Float64Array, penalty?: Penalty, tolerance?: number) => Scored,
  value: (s: Scored) => number,
  guarded: Objective,
  limit: number,
  start: Scored,
): Scored | undefined {
  let current = start;
  let multiplier = 0;
  let rho = 10 * Math.max(1, Math.abs(value(start)));
  let previous = Number.POSITIVE_INFINITY;
  let best: Scored | undefined;
  for (let outer = 0; outer < 12; outer++) {
    current = run(current.levels, { divergence: DIVERGENCES[guarded], bound: limit, multiplier, rho }, 1e-10);
    const c = current.figures[guarded] / limit - 1;
    const feasible = c <= 1e-6; // within the hair the caller left
    if (feasible && (best === undefined || value(current) < value(best))) best = current;
    const next = Math.max(0, multiplier + rho * c);
    if (feasible && Math.abs(next - multiplier) <= 1e-3 * multiplier) break;
    if (c > 1e-6 && c > 0.25 * previous) rho *= 10;
    multiplier = next;
    previous = Math.max(c, 0);
  }
  return best;
}

/**
 * DDIM's start is the equal-angle tangent law at the chart's scale (theory §4), kept above the chart's
 * floor: it leads L-BFGS to the same optimum as the geodesic start did (equal KL to 1e-12, tested) without
 * the geodesic's two weight iterations, ~45 % of the time at N = 10. Another sampler's start is the DDIM
 * optimum of the same context.
 */
function defaultStart(context: OptimizationContext, chart: LevelChart): Float64Array {
  if (contextSampler(context) === ddim) return tangentLevels(chart.start, chart.floor, chart.scale, chart.steps);
  return optimalSchedule({ ...context, sampler: ddim }, chart.steps).levels;
}

/** The entry of least finite key (undefined when none is finite). */
function leastBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    const k = key(item);
    if (Number.isFinite(k) && (best === undefined || k < key(best))) best = item;
  }
  return best;
}

/** Whether levels s₀ … 0 meet a chart's constraints: its start, its floor, and its minimum gap (to rounding). */
export function meetsChart(chart: LevelChart, levels: ArrayLike<number>): boolean {
  if (!chartIsFeasible(chart) || levels.length !== chart.steps + 1 || !sameLevel(levels[0] as number, chart.start)) return false;
  const gap = chart.minGap ?? 0;
  for (let k = 1; k < chart.steps; k++) {
    const s = levels[k] as number;
    if (!(s >= chart.floor * (1 - 1e-12))) return false;
    const upper = levels[k - 1] as number;
    if (!(upper > s)) return false;
    if (upper !== Number.POSITIVE_INFINITY && Math.log(upper / s) < gap * (1 - 1e-9)) return false;
  }
  return levels[chart.steps] === 0;
}

/** Equal to rounding (a strategy's first level is σ/α of its first time, the chart's start s(t_start)). */
function sameLevel(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}
