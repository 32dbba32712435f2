export { type AnyStrategy, isOptimized, parseAnyStrategy, type ResolveContext, resolveSchedule } from "./any-strategy.js";
export { geodesicSchedule, type OptimizedLevels } from "./geodesic-schedule.js";
export { type IntegerOptimum, integerOptimalTimesteps } from "./integer-optimal.js";
export { optimalSchedule } from "./optimal-schedule.js";
export { levelRange, type OptimizationContext } from "./optimization-context.js";
export {
  OPTIMIZED_STRATEGIES,
  type OptimizedContext,
  type OptimizedStrategy,
  type OptimizedStrategyDescriptor,
} from "./optimized-strategies.js";
export { type Candidate, type RankedCandidate, type RankingContext, rankSchedules } from "./rank-schedules.js";
export { rankingCandidates } from "./ranking-candidates.js";
export { scheduleFromLevels } from "./schedule-from-levels.js";
export { fitTangentCoefficient, type TangentFit, tangentLevels } from "./tangent-fit.js";
