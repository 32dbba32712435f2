import { type NoiseProcess, type Schedule, scheduleFromTimes } from "@klsched/discretization";

/**
 * The schedule visiting σ/α levels s₀ ≥ s₁ ≥ … ≥ 0 (∞ allowed first where the process reaches α = 0).
 * Unlike `scheduleFromSigmas`, which checks user input, it accepts equal neighbours: an optimiser
 * pressed against a discrete model's smallest level may merge two levels into a step of length zero.
 */
export function scheduleFromLevels(process: NoiseProcess, levels: ArrayLike<number>): Schedule {
  return scheduleFromTimes(
    process,
    Array.from(levels, (s) => (s === 0 ? process.tClean : process.tFromS(s))),
  );
}
