import type { Schedule, ToolSchedule } from "@klsched/discretization";
import { compareLevels, ddimVisitedLevels } from "@klsched/discretization/reproduced";
import type { FlaggedStrategy } from "./inputs.js";
import { reproducedStrategy } from "./strategy-levels.js";
import { UsageError } from "./usage-error.js";

/** The levels a tool's sampler moves x through, and how they differ from the levels its schedule lists. */
export interface VisitedLevels {
  readonly schedule: Schedule;
  /** A warning when the visited levels are not the scheduled ones; absent when they are. */
  readonly warning?: string;
}

/**
 * What users actually run: the levels the tool's own sampler visits for a reproduced strategy. Only
 * diffusers' DDIMScheduler is known to leave its schedule (it steps to t − T//N whatever the spacing:
 * `ddimVisitedLevels`); every other tool visits the levels it lists. `undefined` when klsched cannot
 * say: a truncated (`denoise=`) diffusers-ddim schedule, whose stride diffusers takes from the full N.
 */
export function visitedLevels(strategy: FlaggedStrategy, tool: ToolSchedule): VisitedLevels | undefined {
  const reproduced = reproducedStrategy(strategy.strategy);
  if (reproduced?.strategy.kind !== "diffusers-ddim" || tool.timesteps === undefined) return { schedule: tool.schedule };
  if ((reproduced.options.denoise ?? 1) < 1) return undefined;
  const visited = ddimVisitedLevels(tool.schedule.process, tool.timesteps);
  const { sameLength, differing, maxDifference } = compareLevels(tool.schedule, visited);
  if (sameLength && differing.length === 0) return { schedule: visited };
  const count = sameLength ? "" : `; ${visited.t.length} levels instead of ${tool.schedule.t.length}`;
  const warning =
    `${strategy.label}: diffusers' DDIMScheduler steps from each timestep t to t − T//N whatever the spacing, so x visits ` +
    `other levels than the schedule lists (${differing.length} of ${tool.schedule.t.length} differ, by up to ${maxDifference} ${maxDifference === 1 ? "timestep" : "timesteps"}${count})`;
  return { schedule: visited, warning };
}

/** `--visited` on a strategy whose visited levels klsched cannot model. */
export function unknownVisitedLevels(strategy: FlaggedStrategy): UsageError {
  return new UsageError(
    "--visited",
    undefined,
    `not modelled for ${strategy.label}: under denoise diffusers' DDIM strides by T//N of the full N, which the truncated schedule does not carry`,
  );
}
