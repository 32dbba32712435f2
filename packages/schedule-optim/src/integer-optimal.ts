import { InvalidArgumentError } from "@klsched/core-linalg";
import { strategySchedule } from "@klsched/discretization";
import { ddim } from "@klsched/gaussian-flow";
import { baselineLevels } from "./baseline-levels.js";
import { geodesicSchedule } from "./geodesic-schedule.js";
import { integerObjective, timestepLogLevels } from "./integer-objective.js";
import { closestSpacing, resolveMinGap } from "./min-gap.js";
import type { Objective } from "./objective.js";
import { optimalSchedule } from "./optimal-schedule.js";
import { contextSampler, freeLevelRange, type OptimizationContext, referenceScale } from "./optimization-context.js";
import { OptimizationFailedError } from "./optimization-failed-error.js";
import { fitTangentLaw } from "./tangent-fit.js";

/** The best integer training timesteps found for a discrete-time model. */
export interface IntegerOptimum {
  /** N strictly decreasing training timesteps, the first T − 1 (the clean level follows). */
  readonly timesteps: Int32Array;
  /** KL(source ‖ output) at the timesteps (the objective's value when the objective is `kl`). */
  readonly kl: number;
  /** The objective's value at the timesteps. */
  readonly value: number;
  /** Candidate evaluations spent by the search. */
  readonly evaluations: number;
}

/**
 * The best N distinct integer timesteps for a discrete-time model (theory §7 “Integer timesteps”). No exact
 * method is known for this objective: the KL is a sum over directions of a nonlinear function (φ) of a
 * sum over steps, so it does not split into per-step terms that dynamic programming could chain, and the
 * levels interact through every direction. The search is therefore a local search strong enough that no
 * joint move of a few timesteps improves its result:
 *
 * - starts: the continuous optimum, the geodesic, the fitted tangent law and every baseline strategy
 *   (and Karras ρ = 3, the tangent law at the spectrum's scale), rounded to distinct integers and moved
 *   apart to the minimum gap; the search runs from the three best;
 * - moves, repeated until none improves: each timestep alone over every value within ±25 of it (further
 *   while the value keeps falling), then every block of 2 to 8 consecutive timesteps shifted together by
 *   ±1, ±2, ±3, and every adjacent pair moved apart or together by one.
 *
 * The first timestep stays T − 1, the start of the model's range; neighbouring noisy levels stay at least
 * the context's minimum gap apart in ln s. DDIM's objective is evaluated incrementally (O(d) per moved
 * timestep); other samplers' by their whole closed form, with a window of ±3 and blocks of up to 4.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { parseProcess } from "@klsched/discretization";
 * import { integerOptimalTimesteps } from "@klsched/schedule-optim";
 * const spectrum = syntheticSpectrum("geometric:d=8,min=0.01,max=1");
 * const best = integerOptimalTimesteps({ spectrum, process: parseProcess("sd15") }, 4);
 * best.timesteps; // Int32Array [999, 347, 79, 8]
 * best.kl; // 1.5489
 * ```
 *
 * @throws InvalidArgumentError for a continuous process, N outside 1 … T, or a minimum gap no N integer
 * timesteps can keep; OptimizationFailedError when no start has a finite objective.
 */
export function integerOptimalTimesteps(context: OptimizationContext, steps: number): IntegerOptimum {
  const { process } = context;
  const T = process.trainingSteps;
  if (T === undefined)
    throw new InvalidArgumentError("round", true, `integer timesteps need a discrete process, not ${process.label}`);
  if (!Number.isInteger(steps) || steps < 1 || steps > T) {
    throw new InvalidArgumentError(
      "steps",
      steps,
      `a model with ${T} training timesteps has at most ${T} distinct integer levels`,
    );
  }
  const range = freeLevelRange(context);
  const baselines = baselineLevels(process, steps).map((b) => b.levels);
  const minGap = resolveMinGap(context.minGap, steps, range.start, range.floor, closestSpacing(baselines));
  const gaps = integerGaps(timestepLogLevels(process), minGap);
  const lowest = lowestTimesteps(gaps, steps);
  if (lowest === undefined || (lowest[0] as number) > T - 1) {
    throw new InvalidArgumentError(
      "min-gap",
      minGap,
      `${steps} integer timesteps of ${process.label} cannot keep ${minGap} apart in ln s`,
    );
  }
  // the continuous optimum says whether the guard binds; integer timesteps then keep the least value of the
  // other KL among the rounded baselines (so that at least one start meets it)
  const continuous = optimalSchedule(context, steps);
  const starts = startingTimesteps(context, steps, continuous.levels).map((levels) =>
    repaired(strictlyDecreasingIntegers(levels, T), gaps, lowest),
  );
  let bound: { divergence: Objective; limit: number } | undefined;
  if (continuous.guard !== undefined) {
    const other = integerObjective({ ...context, objective: continuous.guard.divergence }, steps);
    const limit = Math.min(
      ...starts
        .slice(3)
        .map((t) => other.reset(t))
        .filter(Number.isFinite),
    );
    bound = { divergence: continuous.guard.divergence, limit };
  }
  let objective = integerObjective(context, steps, bound);
  let evaluations = 0;
  const fast = contextSampler(context) === ddim;
  const window = fast ? 25 : 3;
  const longestBlock = fast ? 8 : 4;

  const rank = () =>
    starts
      .map((timesteps) => {
        evaluations++;
        return { timesteps, value: objective.reset(timesteps) };
      })
      .filter((s) => Number.isFinite(s.value))
      .sort((a, b) => a.value - b.value);
  let scored = rank();
  if (scored.length === 0 && bound !== undefined) {
    // no rounded start keeps the continuous optimum's bound: search unbounded (the CLI's check then speaks)
    objective = integerObjective(context, steps);
    scored = rank();
  }
  const distinct = scored.filter((s, i) => scored.findIndex((o) => sameTimesteps(o.timesteps, s.timesteps)) === i);
  if (distinct.length === 0) {
    throw new OptimizationFailedError(
      `the integer search at N=${steps} on ${process.label}`,
      "the objective is not finite at any start",
    );
  }
  let best: { timesteps: Int32Array; value: number } | undefined;
  for (const start of distinct.slice(0, 3)) {
    const found = localSearch(objective, start.timesteps, gaps, window, longestBlock, (n) => {
      evaluations += n;
      context.onProgress?.(evaluations, evaluations + steps * 2 * window);
    });
    if (best === undefined || found.value < best.value) best = found;
  }
  const result = best as { timesteps: Int32Array; value: number };
  const kl = context.objective === undefined || context.objective === "kl" ? result.value : forwardKL(context, result.timesteps);
  return { timesteps: result.timesteps, kl, value: result.value, evaluations };
}

/** The forward KL of integer timesteps (for a search that minimised another objective). */
function forwardKL(context: OptimizationContext, timesteps: Int32Array): number {
  return integerObjective({ ...context, objective: "kl" }, timesteps.length).reset(timesteps);
}

/**
 * The continuous levels the search starts from (in training timesteps, descending, N of them): the
 * continuous optimum, the geodesic, the fitted tangent law (the first three), then the baselines and the rest.
 */
function startingTimesteps(context: OptimizationContext, steps: number, continuous: Float64Array): Float64Array[] {
  const { process } = context;
  const toTimes = (levels: ArrayLike<number>) =>
    Float64Array.from({ length: steps }, (_, k) => (k === 0 ? process.tStart : process.tFromS(levels[k] as number)));
  const levelSets: ArrayLike<number>[] = [
    continuous,
    geodesicSchedule(context, steps).levels,
    fitTangentLaw(context, steps).levels,
    ...baselineLevels(process, steps).map((b) => b.levels),
  ];
  const c = referenceScale(context.spectrum.eigenvalues);
  for (const extra of [
    { kind: "karras", rho: 3 },
    { kind: "tangent", c },
  ] as const) {
    levelSets.push(
      Float64Array.from(strategySchedule(process, extra, steps).t, (t) => (t === process.tClean ? 0 : process.s(t))),
    );
  }
  return levelSets.map(toTimes);
}

/**
 * For each timestep t, the nearest timesteps a neighbour may take under a minimum gap g in ln s:
 * `below[t]` the largest t' < t with ln s(t) − ln s(t') ≥ g (−1 if none), `above[t]` the smallest t' > t
 * with ln s(t') − ln s(t) ≥ g (T if none). With g = 0 they are t − 1 and t + 1.
 */
interface IntegerGaps {
  readonly logLevels: Float64Array;
  readonly minGap: number;
  readonly below: Int32Array;
  readonly above: Int32Array;
}

function integerGaps(logLevels: Float64Array, minGap: number): IntegerGaps {
  const T = logLevels.length;
  const below = new Int32Array(T);
  const above = new Int32Array(T);
  const apart = (hi: number, lo: number) => (logLevels[hi] as number) - (logLevels[lo] as number) >= minGap * (1 - 1e-12);
  let j = -1;
  for (let t = 0; t < T; t++) {
    while (j + 1 < t && apart(t, j + 1)) j++;
    below[t] = j;
  }
  j = T;
  for (let t = T - 1; t >= 0; t--) {
    while (j - 1 > t && apart(j - 1, t)) j--;
    above[t] = j;
  }
  return { logLevels, minGap, below, above };
}

/** The least timesteps N levels may take from the bottom up: t_{N−1} ≥ 0, t_k ≥ above[t_{k+1}]; undefined if they run out. */
function lowestTimesteps(gaps: IntegerGaps, steps: number): Int32Array | undefined {
  const T = gaps.logLevels.length;
  const low = new Int32Array(steps);
  low[steps - 1] = 0;
  for (let k = steps - 2; k >= 0; k--) {
    const next = gaps.above[low[k + 1] as number] as number;
    if (next >= T) return undefined;
    low[k] = next;
  }
  return low;
}

/** Timesteps moved down just enough, then up, to keep the gaps: t_k ≤ below[t_{k−1}], t_k ≥ the lowest. */
function repaired(timesteps: Int32Array, gaps: IntegerGaps, lowest: Int32Array): Int32Array {
  const out = Int32Array.from(timesteps);
  for (let k = 1; k < out.length; k++) {
    out[k] = Math.max(lowest[k] as number, Math.min(out[k] as number, gaps.below[out[k - 1] as number] as number));
  }
  return out;
}

function sameTimesteps(a: Int32Array, b: Int32Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether timesteps from … to keep the gaps with each other and their neighbours. */
function keepsGaps(t: Int32Array, from: number, to: number, gaps: IntegerGaps): boolean {
  const n = t.length;
  for (let k = Math.max(1, from); k <= Math.min(n - 1, to + 1); k++) {
    const upper = t[k - 1] as number;
    const lower = t[k] as number;
    if (!(lower >= 0 && lower <= (gaps.below[upper] as number))) return false;
  }
  return true;
}

/**
 * Repeats rounds of moves until a round improves nothing: each timestep over its window (and beyond
 * while improving), blocks of consecutive timesteps shifted by ±1…±3, adjacent pairs spread or squeezed
 * by one. `spent` hears how many trials each round took.
 */
function localSearch(
  objective: ReturnType<typeof integerObjective>,
  start: Int32Array,
  gaps: IntegerGaps,
  window: number,
  longestBlock: number,
  spent: (trials: number) => void,
): { timesteps: Int32Array; value: number } {
  const t = Int32Array.from(start);
  const n = t.length;
  let value = objective.reset(t);
  let trials = 0;
  const trialBuffer = new Int32Array(n);
  /** Tries t[from … from + moved.length − 1] = moved; keeps it when it lowers the value. */
  const attempt = (from: number, moved: Int32Array): boolean => {
    trialBuffer.set(t);
    trialBuffer.set(moved, from);
    if (!keepsGaps(trialBuffer, from, from + moved.length - 1, gaps)) return false;
    trials++;
    const v = objective.trial(from, moved);
    if (!(v < value)) return false;
    objective.commit();
    t.set(moved, from);
    value = v;
    return true;
  };
  const one = new Int32Array(1);
  /** The value with t[k] = candidate (∞ when it breaks the gaps), without moving. */
  const valueAt = (k: number, candidate: number): number => {
    trialBuffer.set(t);
    trialBuffer[k] = candidate;
    if (!keepsGaps(trialBuffer, k, k, gaps)) return Number.POSITIVE_INFINITY;
    trials++;
    one[0] = candidate;
    return objective.trial(k, one);
  };
  for (let improved = true; improved; ) {
    improved = false;
    for (let k = 1; k < n; k++) {
      // every value within the window, then further out while the value keeps falling
      const here = t[k] as number;
      let bestTime = here;
      let bestValue = value;
      for (const direction of [1, -1]) {
        let previous = value;
        for (let step = 1; ; step++) {
          const v = valueAt(k, here + direction * step);
          if (v === Number.POSITIVE_INFINITY) break; // the gaps (or the range) end here
          if (v < bestValue) {
            bestValue = v;
            bestTime = here + direction * step;
          }
          if (step >= window && !(v < previous)) break;
          previous = v;
        }
      }
      if (bestTime !== here) {
        one[0] = bestTime;
        objective.trial(k, one);
        objective.commit();
        t[k] = bestTime;
        value = bestValue;
        improved = true;
      }
    }
    for (let length = 2; length <= Math.min(longestBlock, n - 1); length++) {
      const block = new Int32Array(length);
      for (let from = 1; from + length <= n; from++) {
        for (const shift of [1, -1, 2, -2, 3, -3]) {
          for (let m = 0; m < length; m++) block[m] = (t[from + m] as number) + shift;
          if (attempt(from, block)) improved = true;
        }
      }
    }
    const pair = new Int32Array(2);
    for (let k = 1; k + 1 < n; k++) {
      for (const [a, b] of [
        [1, -1],
        [-1, 1],
      ] as const) {
        pair[0] = (t[k] as number) + a;
        pair[1] = (t[k + 1] as number) + b;
        if (attempt(k, pair)) improved = true;
      }
    }
    spent(trials);
    trials = 0;
  }
  return { timesteps: Int32Array.from(t), value };
}

/**
 * Rounds levels (in training timesteps, descending) to integers and repairs ties: the first becomes
 * T − 1, each later one at most one below its predecessor's value minus one, and never below the room
 * the remaining levels need (the last ≥ 0).
 */
export function strictlyDecreasingIntegers(levels: ArrayLike<number>, T: number): Int32Array {
  const n = levels.length;
  const out = new Int32Array(n);
  out[0] = T - 1;
  for (let k = 1; k < n; k++) {
    const room = n - 1 - k; // levels still to place below this one
    out[k] = Math.max(room, Math.min(Math.round(levels[k] as number), (out[k - 1] as number) - 1));
  }
  return out;
}
