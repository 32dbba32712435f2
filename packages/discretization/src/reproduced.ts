/**
 * `@klsched/discretization/reproduced`: the schedules of other tools — diffusers, k-diffusion, ComfyUI,
 * Align Your Steps, GITS, the DDIM paper, custom lists — reproduced with each tool's own arithmetic. Kept
 * apart from the main entry so that a bundle that only uses klsched's own strategies never loads the tools'
 * code and tables.
 *
 * @module reproduced
 */
export {
  CLOSE_TOLERANCE,
  type Identification,
  type IdentificationVerdict,
  identifySchedule,
  MATCH_TOLERANCE,
} from "./check/identify-schedule.js";
export {
  type CheckedLevels,
  checkLevels,
  DPM_WEIGHT_LIMIT,
  type LevelProblem,
  type LevelProblemKind,
} from "./check/level-problems.js";
export { compareLevels, type DdimStep, ddimSteps, ddimVisitedLevels, type LevelComparison } from "./diffusers/ddim-visited.js";
export type { SigmaFamily } from "./diffusers/sigma-families.js";
export type { Spacing } from "./diffusers/spacing.js";
export { defineToolStrategy, type ToolOptions, type ToolStrategyDescriptor } from "./reproduced/descriptor.js";
export {
  isToolStrategyKind,
  REPRODUCED_STRATEGIES,
  TOOL_STRATEGY_KINDS,
  type ToolStrategy,
} from "./reproduced/registry.js";
export { parseReproducedStrategy, reproducedSchedule } from "./reproduced/reproduced-schedule.js";
export { type ToolLevel, type ToolSchedule, toolSchedule } from "./tool-schedule.js";
