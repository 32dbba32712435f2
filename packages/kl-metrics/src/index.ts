export { fittedOrder } from "./fitted-order.js";
export { forwardKL, gaussianKL, reverseKL, wasserstein2Squared } from "./gaussian-divergences.js";
export {
  type AngleExpansion,
  angleExpansion,
  type KLAsymptotics,
  type KLAsymptoticsInput,
  klAsymptotics,
  predictKL,
} from "./kl-asymptotics.js";
export {
  type DirectionalDivergences,
  directionalDivergences,
  type ScheduleKL,
  type ScheduleKLInput,
  scheduleKL,
} from "./schedule-kl.js";
