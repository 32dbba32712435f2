import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "../noise-process.js";
import { type Schedule, scheduleFromTimes } from "../schedule.js";

/**
 * One call of diffusers' `DDIMScheduler.step(model_output, timestep, sample)` (schedulers/scheduling_ddim.py):
 * - `timestep`: the scheduled timestep the model is called at;
 * - `alphaIndex`: the entry of `alphas_cumprod` read as `alpha_prod_t` — `alphas_cumprod[timestep]`,
 *   unguarded, so torch's negative indexing reads ᾱ_{T−1} at timestep −1;
 * - `prevTimestep`: `timestep − num_train_timesteps // num_inference_steps`;
 * - `target`: the level x is moved to — `prevTimestep` where `prev_timestep >= 0`, else −1, the clean level
 *   (`final_alpha_cumprod`, 1 with `set_alpha_to_one` as klsched assumes).
 */
export interface DdimStep {
  readonly timestep: number;
  readonly alphaIndex: number;
  readonly prevTimestep: number;
  readonly target: number;
}

/**
 * The steps diffusers' DDIMScheduler takes over `timesteps` (all of `scheduler.timesteps`, or the tail an
 * img2img pipeline keeps under `strength`), with `steps` the N given to `set_timesteps` — the scheduler's
 * `num_inference_steps`, which sets the stride T // N whatever the spacing and however many timesteps are
 * run (`denoise` < 1 runs fewer; `trailing` for N = 61, 103, … runs N + 1, the last −1).
 *
 * @example
 * ```ts
 * import { ddimSteps } from "@klsched/discretization/reproduced";
 * ddimSteps([999, 499], 1000, 2); // [{ timestep: 999, alphaIndex: 999, prevTimestep: 499, target: 499 }, { timestep: 499, alphaIndex: 499, prevTimestep: -1, target: -1 }]
 * ddimSteps([-1], 1000, 61); // [{ timestep: -1, alphaIndex: 999, prevTimestep: -17, target: -1 }]
 * ```
 * @throws InvalidArgumentError for no timestep, `steps` outside [1, T], or a timestep that is not an
 * integer in [−T, T − 1].
 */
export function ddimSteps(timesteps: ArrayLike<number>, T: number, steps: number): DdimStep[] {
  if (timesteps.length < 1) throw new InvalidArgumentError("timesteps", "[]", "needs at least one timestep");
  if (!(Number.isInteger(steps) && steps >= 1 && steps <= T)) {
    throw new InvalidArgumentError("steps", steps, `expected DDIMScheduler's num_inference_steps, an integer in [1, ${T}]`);
  }
  const stride = Math.floor(T / steps);
  return Array.from(timesteps, (timestep) => {
    if (!(Number.isInteger(timestep) && timestep >= -T && timestep <= T - 1)) {
      throw new InvalidArgumentError("timesteps", timestep, `diffusers indexes alphas_cumprod (length ${T}) with it`);
    }
    const prevTimestep = timestep - stride;
    return { timestep, alphaIndex: timestep < 0 ? T + timestep : timestep, prevTimestep, target: Math.max(-1, prevTimestep) };
  });
}

/**
 * The levels diffusers' `DDIMScheduler.step` moves x to: from each scheduled timestep t_k to
 * `prev_timestep = t_k − T // N` (below 0: the clean level, −1), N being `steps`, the scheduler's
 * `num_inference_steps` — not the number of timesteps given ({@link ddimSteps}). For `leading` spacing that
 * is the next scheduled timestep; for `linspace`, and `trailing` when N does not divide T, it is not, and
 * the model is then called at t_{k+1} on an x that sits at t_k − T // N.
 */
export function ddimStepTargets(timesteps: ArrayLike<number>, T: number, steps: number): Float64Array {
  return Float64Array.from(ddimSteps(timesteps, T, steps), (step) => step.target);
}

/**
 * The levels x passes through under DDIMScheduler: t₀, then each step's target (the clean level at −1).
 * `steps` is the N given to `set_timesteps`; by default the number of timesteps ≥ 0, which is N for the
 * full list of any spacing (`trailing`'s extra −1 left out) — pass it for a list truncated by `denoise`.
 *
 * A step from timestep −1 (`trailing` for N = 61, 103, 121, … on T = 1000) is not a move between levels:
 * the step before it has already reached the clean level (its `prev_timestep` is negative), and diffusers
 * then reads `alphas_cumprod[−1]` = ᾱ_{T−1} as if x were the noisiest level and maps it to
 * `final_alpha_cumprod`: x ↦ (x − √(1 − ᾱ_{T−1})·ε̂)/√ᾱ_{T−1}, with ε̂ the model at timestep −1 — for an
 * exact model (ε̂ = 0 on clean data) x scaled by 1/√ᾱ_{T−1}, 14.6 on sd15. No level of the process is the
 * result, so the visited levels end at the clean level the step before reaches; `ddimSteps` lists the
 * extra step and the `diffusers-ddim` schedule's notes say what it does.
 *
 * @example
 * ```ts
 * import { parseProcess } from "@klsched/discretization";
 * import { ddimVisitedLevels } from "@klsched/discretization/reproduced";
 * // scheduled 999, 500, 1 with N = 3: each step moves by T // N = 333, not to the next timestep
 * ddimVisitedLevels(parseProcess("sd15"), [999, 500, 1], 3).t; // Float64Array [999, 666, 167, -1]
 * ```
 * @throws InvalidArgumentError on a continuous process, with no timestep ≥ 0, or for the inputs
 * {@link ddimSteps} refuses.
 */
export function ddimVisitedLevels(process: NoiseProcess, timesteps: ArrayLike<number>, steps?: number): Schedule {
  const T = process.trainingSteps;
  if (T === undefined)
    throw new InvalidArgumentError("process", process.label, "DDIM's timestep stepping needs a discrete process");
  const n = steps ?? Math.max(1, Array.from(timesteps).filter((t) => t >= 0).length);
  const moves = ddimSteps(timesteps, T, n).filter((step) => step.timestep >= 0);
  if (moves.length === 0) throw new InvalidArgumentError("timesteps", Array.from(timesteps), "has no timestep ≥ 0 to step from");
  return scheduleFromTimes(process, [moves[0]?.timestep as number, ...moves.map((step) => step.target)]);
}

/** How two level sequences differ: the largest |difference| in process time and the indices that differ. */
export interface LevelComparison {
  readonly sameLength: boolean;
  readonly maxDifference: number;
  readonly differing: readonly number[];
}

/**
 * Compares the levels a tool intends with those it visits (in process time; `tolerance` absolute).
 *
 * @example
 * ```ts
 * import { parseProcess, scheduleFromTimesteps } from "@klsched/discretization";
 * import { compareLevels, ddimVisitedLevels } from "@klsched/discretization/reproduced";
 * const sd15 = parseProcess("sd15");
 * const visited = ddimVisitedLevels(sd15, [999, 500, 1], 3);
 * compareLevels(scheduleFromTimesteps(sd15, [999, 500, 1]), visited); // { sameLength: true, maxDifference: 166, differing: [1, 2] }
 * ```
 */
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
