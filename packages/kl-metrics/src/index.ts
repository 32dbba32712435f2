export type { DivergenceDescriptor } from "./divergences/descriptor.js";
export { forwardKL, gaussianKL } from "./divergences/forward-kl.js";
export { DIVERGENCE_NAMES, DIVERGENCES, type DivergenceName } from "./divergences/registry.js";
export { reverseKL } from "./divergences/reverse-kl.js";
export { symmetricKL } from "./divergences/symmetric-kl.js";
export { wasserstein2Squared } from "./divergences/wasserstein2.js";
export { type FinalJump, finalJump } from "./final-jump.js";
export { fittedOrder } from "./fitted-order.js";
export {
  type AngleExpansion,
  angleExpansion,
  type KLAsymptotics,
  type KLAsymptoticsInput,
  klAsymptotics,
  predictKL,
} from "./kl-asymptotics.js";
export { frechetDistance, frechetReference } from "./sample-quality/frechet-distance.js";
export { gapFromBaseline, ranks, spearman, withinErrorOfBest } from "./sample-quality/paired-comparison.js";
export { type SampleMoments, sampleMoments } from "./sample-quality/sample-moments.js";
export {
  type MeasuredValue,
  QUALITY_METRICS,
  type QualityMetric,
  type QualityOptions,
  type QualityReference,
  qualityReference,
  type SampleQuality,
} from "./sample-quality/sample-quality.js";
export { slicedWassersteinReference } from "./sample-quality/sliced-wasserstein.js";
export {
  type DirectionalDivergences,
  directionalDivergences,
  type ScheduleKL,
  type ScheduleKLInput,
  scheduleKL,
} from "./schedule-kl.js";
