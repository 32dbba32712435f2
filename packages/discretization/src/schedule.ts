import { InvalidArgumentError } from "@klsched/core-linalg";
import { levelProblem } from "./level-range.js";
import type { NoiseProcess } from "./noise-process.js";
import { checkSteps } from "./step-limit.js";

/**
 * The levels a sampler visits, noisiest first, as parallel arrays (one entry per level). A schedule
 * built by a strategy ends with the clean level α = 1, σ = 0; a truncated one (`--no-clean`) does not.
 */
export interface Schedule {
  readonly process: NoiseProcess;
  readonly t: Float64Array;
  readonly alpha: Float64Array;
  readonly sigma: Float64Array;
}

/**
 * The schedule visiting `times` on `process`. Times must not increase (a repeated level is a step of
 * length zero) and must lie in the process's range, at levels σ/α within `LEVEL_RANGE` (or 0, or ∞ where
 * α = 0); α and σ are read from the process, never interpolated here.
 *
 * @example
 * ```ts
 * import { scheduleFromTimes, vpProcess } from "@klsched/discretization";
 * const schedule = scheduleFromTimes(vpProcess(), [1, 0.5, 0]);
 * schedule.alpha; // Float64Array [0.0065…, 0.2811…, 1]
 * schedule.sigma[2]; // 0
 * ```
 * @throws InvalidArgumentError for no level, a NaN time or times that increase (and whatever the
 * process's α and σ throw for a time outside its range).
 */
export function scheduleFromTimes(process: NoiseProcess, times: ArrayLike<number>): Schedule {
  const n = times.length;
  if (n < 1) throw new InvalidArgumentError("levels", "[]", "a schedule needs at least one level");
  checkSteps(n - 1, "levels");
  const t = Float64Array.from(times);
  const alpha = new Float64Array(n);
  const sigma = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const tk = t[k] as number;
    if (Number.isNaN(tk)) throw new InvalidArgumentError("levels", tk, `level ${k} is NaN`);
    if (k > 0 && tk > (t[k - 1] as number)) {
      throw new InvalidArgumentError("levels", Array.from(t), `levels must not increase (level ${k}: ${tk} after ${t[k - 1]})`);
    }
    alpha[k] = process.alpha(tk);
    sigma[k] = process.sigma(tk);
    const problem = levelProblem(process, tk, alpha[k] as number, sigma[k] as number);
    if (problem !== undefined) throw new InvalidArgumentError("levels", tk, `level ${k}: ${problem}`);
  }
  return Object.freeze({ process, t, alpha, sigma });
}

/**
 * Number of levels, clean level included when present.
 *
 * @example
 * ```ts
 * import { levelCount, strategySchedule, veProcess } from "@klsched/discretization";
 * levelCount(strategySchedule(veProcess(0.002, 80), { kind: "uniform" }, 10)); // 11
 * ```
 */
export function levelCount(schedule: Schedule): number {
  return schedule.t.length;
}

/**
 * True when the last level is the clean level (σ = 0).
 *
 * @example
 * ```ts
 * import { endsAtCleanLevel, strategySchedule, veProcess, withoutCleanLevel } from "@klsched/discretization";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * endsAtCleanLevel(schedule); // true
 * endsAtCleanLevel(withoutCleanLevel(schedule)); // false
 * ```
 */
export function endsAtCleanLevel(schedule: Schedule): boolean {
  return schedule.sigma[schedule.sigma.length - 1] === 0;
}

/**
 * Number of steps between levels, levels − 1: the denoiser evaluations of a first-order sampler.
 *
 * @example
 * ```ts
 * import { stepCount, strategySchedule, veProcess } from "@klsched/discretization";
 * stepCount(strategySchedule(veProcess(0.002, 80), { kind: "uniform" }, 10)); // 10
 * ```
 */
export function stepCount(schedule: Schedule): number {
  return schedule.t.length - 1;
}

/**
 * s = σ/α at every level; +Infinity where α = 0.
 *
 * @example
 * ```ts
 * import { flowProcess, sigmasOf, strategySchedule } from "@klsched/discretization";
 * sigmasOf(strategySchedule(flowProcess(), { kind: "uniform" }, 2)); // Float64Array [Infinity, 1, 0]
 * ```
 */
export function sigmasOf(schedule: Schedule): Float64Array {
  return schedule.alpha.map((a, k) =>
    (schedule.sigma[k] as number) === 0 ? 0 : a === 0 ? Number.POSITIVE_INFINITY : (schedule.sigma[k] as number) / a,
  );
}

/**
 * The same schedule with its final clean level removed (truncated sampling, CLI `--no-clean`); a
 * schedule that does not end clean is returned as it is.
 *
 * @example
 * ```ts
 * import { scheduleFromSigmas, veProcess, withoutCleanLevel } from "@klsched/discretization";
 * const schedule = scheduleFromSigmas(veProcess(0.002, 80), [80, 10, 1]);
 * withoutCleanLevel(schedule).sigma; // Float64Array [80, 10, 1]
 * ```
 * @throws InvalidArgumentError when fewer than two noisy levels precede the clean level.
 */
export function withoutCleanLevel(schedule: Schedule): Schedule {
  if (!endsAtCleanLevel(schedule)) return schedule;
  if (schedule.t.length < 3) {
    throw new InvalidArgumentError("no-clean", true, "needs at least two noisy levels (one step) before the clean level");
  }
  return scheduleFromTimes(schedule.process, schedule.t.subarray(0, schedule.t.length - 1));
}
