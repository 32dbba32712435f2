import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "../noise-process.js";
import { type Schedule, scheduleFromTimes } from "../schedule.js";

/**
 * The steps diffusers' `DDIMScheduler.step` really takes: from each scheduled timestep t_k it moves x to
 * `prev_timestep = t_k − T // N` (below 0: the clean level, `final_alpha_cumprod`), whatever the spacing
 * (schedulers/scheduling_ddim.py, `step`, line "prev_timestep = timestep - …"). For `leading` and
 * `trailing` that is the next scheduled timestep; for `linspace` it is not, and the model is then called
 * at t_{k+1} on an x that sits at t_k − T // N.
 */
export function ddimStepTargets(timesteps: ArrayLike<number>, T: number): Float64Array {
  const n = timesteps.length;
  if (n < 1) throw new InvalidArgumentError("timesteps", "[]", "needs at least one timestep");
  const stride = Math.floor(T / n);
  return Float64Array.from(timesteps, (t) => Math.max(-1, t - stride));
}

/** The levels x passes through under DDIMScheduler: t₀, then each step's target (the clean level at −1). */
export function ddimVisitedLevels(process: NoiseProcess, timesteps: ArrayLike<number>): Schedule {
  const T = process.trainingSteps;
  if (T === undefined)
    throw new InvalidArgumentError("process", process.label, "DDIM's timestep stepping needs a discrete process");
  const targets = ddimStepTargets(timesteps, T);
  return scheduleFromTimes(process, [timesteps[0] as number, ...targets]);
}

/** How two level sequences differ: the largest |difference| in process time and the indices that differ. */
export interface LevelComparison {
  readonly sameLength: boolean;
  readonly maxDifference: number;
  readonly differing: readonly number[];
}

/** Compares the levels a tool intends with those it visits (in process time; `tolerance` absolute). */
export function compareLevels(intended: Schedule, visited: Schedule, tolerance = 0): LevelComparison {
  const n = Math.min(intended.t.length, visited.t.length);
  const differing: number[] = [];
  let maxDifference = 0;
  for (let k = 0; k < n; k++) {
    const d = Math.abs((intended.t[k] as number) - (visited.t[k] as number));
    if (d > tolerance) differing.push(k);
    maxDifference = Math.max(maxDifference, d);
  }
  return { sameLength: intended.t.length === visited.t.length, maxDifference, differing };
}
