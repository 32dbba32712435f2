export {
  type AnyStrategy,
  isOptimized,
  parseAnyStrategy,
  type ResolveContext,
  resolveSchedule,
  resolveStrategy,
} from "./any-strategy.js";
export { BASELINE_STRATEGIES, type BaselineLevels, baselineLevels } from "./baseline-levels.js";
export { type DivergenceFigures, degenerateReasons, MERGED_GAP } from "./degenerate-optimum.js";
export { geodesicSchedule, type OptimizedLevels } from "./geodesic-schedule.js";
export { type IntegerOptimum, integerOptimalTimesteps } from "./integer-optimal.js";
export { defaultMinGap, resolveMinGap } from "./min-gap.js";
export { guardedDivergence, type Objective, objectiveDivergence } from "./objective.js";
export { DEGENERATE_FACTOR, type OptimalSchedule, optimalSchedule } from "./optimal-schedule.js";
export { freeLevelRange, levelRange, type OptimizationContext } from "./optimization-context.js";
export { OptimizationFailedError } from "./optimization-failed-error.js";
export {
  OPTIMIZED_STRATEGIES,
  type OptimizationDetails,
  type OptimizedContext,
  type OptimizedStrategy,
  type OptimizedStrategyDescriptor,
} from "./optimized-strategies.js";
export { type Candidate, type RankedCandidate, type RankingContext, rankSchedules } from "./rank-schedules.js";
export { rankingCandidates } from "./ranking-candidates.js";
export { scheduleFromLevels } from "./schedule-from-levels.js";
export {
  fitTangentCoefficient,
  fitTangentLaw,
  type TangentEnd,
  type TangentFit,
  type TangentLaw,
  tangentLawLevels,
  tangentLevels,
} from "./tangent-fit.js";
