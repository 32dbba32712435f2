import { type NoiseProcess, type Schedule, scheduleFromTimes } from "@klsched/discretization";

/**
 * The schedule visiting σ/α levels s₀ ≥ s₁ ≥ … ≥ 0 (∞ allowed first where the process reaches α = 0).
 * Unlike `scheduleFromSigmas`, which checks user input, it accepts equal neighbours: an optimiser
 * pressed against a discrete model's smallest level may merge two levels into a step of length zero.
 * It turns the `levels` of {@link optimalSchedule} and {@link geodesicSchedule} into a schedule.
 *
 * @example
 * ```ts
 * import { parseProcess } from "@klsched/discretization";
 * import { scheduleFromLevels } from "@klsched/schedule-optim";
 * const sd15 = parseProcess("sd15");
 * // two levels merged at the model's smallest level s(0): a step of length zero
 * scheduleFromLevels(sd15, [sd15.s(999), 1, sd15.s(0), sd15.s(0), 0]).t; // Float64Array [999, 353.89…, 0, 0, -1]
 * ```
 * @throws InvalidArgumentError for levels that increase, or one outside the process's range.
 */
export function scheduleFromLevels(process: NoiseProcess, levels: ArrayLike<number>): Schedule {
  return scheduleFromTimes(
    process,
    Array.from(levels, (s) => (s === 0 ? process.tClean : process.tFromS(s))),
  );
}
