import { InvalidArgumentError } from "@klsched/core-linalg";
import { scheduleFromTimes, strategySchedule } from "@klsched/discretization";
import { scheduleKL } from "@klsched/kl-metrics";
import { optimalSchedule } from "./optimal-schedule.js";
import { type OptimizationContext, referenceScale } from "./optimization-context.js";

/** The best integer training timesteps found for a discrete-time model. */
export interface IntegerOptimum {
  /** N strictly decreasing training timesteps, the first T − 1 (the clean level follows). */
  readonly timesteps: Int32Array;
  readonly kl: number;
  /** Candidate evaluations spent by the search. */
  readonly evaluations: number;
}

/**
 * The best N distinct integer timesteps for a discrete-time model (theory §7 “Pretrained models with fixed training schedules”): every standard
 * strategy and the continuous optimum, rounded and made strictly decreasing, are scored; the best is
 * improved by single moves t_k → t_k ± 1, ±2, ±3 (keeping the order) until no single move improves.
 * The first timestep stays T − 1, the start of the model's range.
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
 * @throws InvalidArgumentError on a continuous process, or unless 1 ≤ steps ≤ T is an integer.
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
  let evaluations = 0;
  const times = new Float64Array(steps + 1);
  const klOf = (timesteps: Int32Array): number => {
    evaluations++;
    for (let k = 0; k < steps; k++) times[k] = timesteps[k] as number;
    times[steps] = process.tClean;
    return scheduleKL({ ...klContext(context), schedule: scheduleFromTimes(process, times) }).kl;
  };

  const starts: Float64Array[] = [];
  const continuous = optimalSchedule(context, steps).levels;
  starts.push(Float64Array.from({ length: steps }, (_, k) => (k === 0 ? T - 1 : process.tFromS(continuous[k] as number))));
  const c = referenceScale(context.spectrum.eigenvalues);
  for (const strategy of [
    { kind: "uniform" },
    { kind: "quadratic" },
    { kind: "exponential" },
    { kind: "karras", rho: 7 },
    { kind: "tangent", c },
  ] as const) {
    starts.push(strategySchedule(process, strategy, steps).t.subarray(0, steps));
  }
  let best: { timesteps: Int32Array; kl: number } = { timesteps: new Int32Array(0), kl: Number.POSITIVE_INFINITY };
  for (const start of starts) {
    const candidate = strictlyDecreasingIntegers(start, T);
    const kl = klOf(candidate);
    if (kl < best.kl) best = { timesteps: candidate, kl };
  }

  for (let improved = true; improved; ) {
    improved = false;
    for (let k = 1; k < steps; k++) {
      for (const move of [1, -1, 2, -2, 3, -3]) {
        const value = (best.timesteps[k] as number) + move;
        const above = best.timesteps[k - 1] as number;
        const below = k + 1 < steps ? (best.timesteps[k + 1] as number) : -1;
        if (!(value < above && value > below && value >= 0)) continue;
        const candidate = Int32Array.from(best.timesteps);
        candidate[k] = value;
        const kl = klOf(candidate);
        if (kl < best.kl) {
          best = { timesteps: candidate, kl };
          improved = true;
        }
      }
    }
    context.onProgress?.(evaluations, evaluations + steps * 6);
  }
  return { ...best, evaluations };
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

function klContext(context: OptimizationContext) {
  return {
    spectrum: context.spectrum,
    ...(context.prior === undefined ? {} : { prior: context.prior }),
    ...(context.sampler === undefined ? {} : { sampler: context.sampler }),
    ...(context.mean === undefined ? {} : { mean: context.mean }),
  };
}
