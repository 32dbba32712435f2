import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "./noise-process.js";
import { type Schedule, scheduleFromTimes } from "./schedule.js";

/**
 * A schedule from a list of σ/α levels (CLI `--sigmas`): strictly decreasing and non-negative; the clean
 * level 0 is appended when missing. `Infinity` is accepted where the process reaches α = 0 (`flow`).
 * On a discrete model, a level beyond an end of its range by at most `RANGE_END_TOLERANCE` = 2⁻²²
 * (relative; a tool's float32 σ_max or σ_min) is placed at that end, silently; one further out is refused
 * by the process's `tFromS` (A1111's 3-decimal 14.615 on sd15 included: see `RANGE_END_TOLERANCE`).
 *
 * @example
 * ```ts
 * import { scheduleFromSigmas, veProcess } from "@klsched/discretization";
 * const schedule = scheduleFromSigmas(veProcess(0.002, 80), [80, 10, 1]);
 * schedule.sigma; // Float64Array [80, 10, 1, 0]
 * ```
 * @throws InvalidArgumentError for levels that do not decrease strictly, a negative level, ∞ where the
 * process never reaches α = 0, no noisy level, or a level outside a discrete model's range.
 */
export function scheduleFromSigmas(process: NoiseProcess, sigmas: ArrayLike<number>): Schedule {
  const values = Array.from(sigmas);
  checkStrictlyDecreasing(values, "sigmas");
  values.forEach((s, k) => {
    if (!(s >= 0) || (s === Number.POSITIVE_INFINITY && process.s(process.tStart) !== s)) {
      throw new InvalidArgumentError(
        "sigmas",
        s,
        `the level at index ${k} (${s}) must be a non-negative number${s === Number.POSITIVE_INFINITY ? ` (${process.label} never reaches α = 0)` : ""}`,
      );
    }
  });
  if (values[values.length - 1] !== 0) values.push(0);
  if (values.length < 2) throw new InvalidArgumentError("sigmas", sigmas, "needs at least one noisy level");
  return scheduleFromTimes(
    process,
    values.map((s) => (s === 0 ? process.tClean : process.tFromS(s))),
  );
}

/**
 * A schedule from training timesteps of a discrete process (CLI `--timesteps`): strictly decreasing,
 * within [0, T−1] (fractional values interpolate); the clean level is appended.
 *
 * @example
 * ```ts
 * import { parseProcess, scheduleFromTimesteps } from "@klsched/discretization";
 * scheduleFromTimesteps(parseProcess("sd15"), [999, 499, 0]).t; // Float64Array [999, 499, 0, -1]
 * ```
 * @throws InvalidArgumentError on a continuous process, for no timestep, timesteps that do not decrease
 * strictly, or one outside [0, T−1].
 */
export function scheduleFromTimesteps(process: NoiseProcess, timesteps: ArrayLike<number>): Schedule {
  const T = process.trainingSteps;
  if (T === undefined)
    throw new InvalidArgumentError("timesteps", Array.from(timesteps), `needs a discrete process, not ${process.label}`);
  const values = Array.from(timesteps);
  if (values.length < 1) throw new InvalidArgumentError("timesteps", "[]", "needs at least one timestep");
  checkStrictlyDecreasing(values, "timesteps");
  values.forEach((t, k) => {
    if (!(t >= 0 && t <= T - 1)) {
      throw new InvalidArgumentError(
        "timesteps",
        t,
        `the timestep at index ${k} (${t}) is outside the training timesteps [0, ${T - 1}]`,
      );
    }
  });
  return scheduleFromTimes(process, [...values, process.tClean]);
}

function checkStrictlyDecreasing(values: number[], argument: string): void {
  for (let k = 1; k < values.length; k++) {
    if (!((values[k] as number) < (values[k - 1] as number))) {
      throw new InvalidArgumentError(
        argument,
        values.join(","),
        `levels must decrease strictly (${values[k - 1]} then ${values[k]})`,
      );
    }
  }
}

/**
 * A schedule from flow times t = σ (CLI `--sigmas` on `flow`: the unit of every flow tool — diffusers'
 * FlowMatchEulerDiscreteScheduler, ComfyUI's flow models): strictly decreasing, in [0, 1]; the clean
 * level t = 0 is appended when missing.
 *
 * @example
 * ```ts
 * import { flowProcess, scheduleFromFlowTimes } from "@klsched/discretization";
 * Array.from(scheduleFromFlowTimes(flowProcess(), [1, 0.5, 0.25]).t); // [1, 0.5, 0.25, 0]
 * ```
 * @throws InvalidArgumentError off `flow`, or for levels outside [0, 1] or not decreasing strictly.
 */
export function scheduleFromFlowTimes(process: NoiseProcess, times: ArrayLike<number>): Schedule {
  if (process.kind !== "flow") {
    throw new InvalidArgumentError("sigmas", Array.from(times), `flow times (σ = t) need a flow process, not ${process.label}`);
  }
  const values = Array.from(times);
  if (values.length < 1) throw new InvalidArgumentError("sigmas", "[]", "needs at least one noisy level");
  checkStrictlyDecreasing(values, "sigmas");
  values.forEach((t, k) => {
    if (!(t >= 0 && t <= 1)) {
      throw new InvalidArgumentError(
        "sigmas",
        t,
        `level at index ${k} is outside flow's range [0, 1] of σ = t (σ/α levels: give --from s)`,
      );
    }
  });
  if (values[values.length - 1] !== 0) values.push(0);
  if (values.length < 2) throw new InvalidArgumentError("sigmas", Array.from(times), "needs at least one noisy level");
  return scheduleFromTimes(process, values);
}
