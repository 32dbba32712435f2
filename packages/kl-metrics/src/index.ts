export { forwardKL, gaussianKL, reverseKL, wasserstein2Squared } from "./gaussian-divergences.js";
export {
  type DirectionalDivergences,
  directionalDivergences,
  type ScheduleKL,
  type ScheduleKLInput,
  scheduleKL,
} from "./schedule-kl.js";
