export { scheduleFromSigmas, scheduleFromTimesteps } from "./custom-levels.js";
export { ddpmProcess, discreteProcess } from "./ddpm-process.js";
export {
  type BetaSchedule,
  cosineBetas,
  diffusersAlphasCumprod,
  diffusersBetas,
  torchLinspaceFloat32,
} from "./diffusers-alphas-cumprod.js";
export { flowProcess, shiftFlowTime } from "./flow-process.js";
export { exponentialLevel, karrasLevel, polynomialTime, quadraticTime, tangentLevel, uniformTime } from "./level-maps.js";
export { logSnr, type NoiseProcess, tFromLogSnr } from "./noise-process.js";
export { PROCESS_KINDS, parseProcess } from "./process-spec.js";
export {
  endsAtCleanLevel,
  levelCount,
  type Schedule,
  scheduleFromTimes,
  sigmasOf,
  stepCount,
  withoutCleanLevel,
} from "./schedule.js";
export {
  parseStrategy,
  STRATEGY_KINDS,
  type Strategy,
  type StrategyOptions,
  type StrategySpec,
  strategyGrid,
  strategySchedule,
  strategyTime,
} from "./strategy.js";
export { veProcess } from "./ve-process.js";
export { vpProcess } from "./vp-process.js";
