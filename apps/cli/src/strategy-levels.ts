import type { NoiseProcess, Schedule } from "@klsched/discretization";
import { strategySchedule } from "@klsched/discretization";
import { flagSource, fromFlag } from "./flag-source.js";
import type { FlaggedStrategy } from "./inputs.js";

/** The schedule of a strategy for N steps; errors name the strategy's flag, or `--round`. */
export function strategyLevels(process: NoiseProcess, strategy: FlaggedStrategy, steps: number): Schedule {
  return fromFlag(
    flagSource(strategy.flag, strategy.text, "strategy"),
    () => strategySchedule(process, strategy.strategy, steps, strategy.options),
    { round: flagSource("--round", undefined), steps: flagSource("--steps", String(steps)) },
  );
}
