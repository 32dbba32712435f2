export { type ComfyModelSampling, comfyDiscreteSampling, comfyFlowSampling, comfySamplingFor } from "./comfy/model-sampling.js";
export { COMFY_SCHEDULERS, type ComfySchedulerName, comfySchedulerLevels } from "./comfy/schedulers.js";
export { COMFY_BETA_SCHEDULES, type ComfyBetaScheduleName, comfyBetas, float64AlphasCumprod } from "./comfy-betas.js";
export { comfyProcess } from "./comfy-process.js";
export { convertLevel, FLOW_TIMESTEPS, fromTime, LEVEL_UNITS, type LevelUnit, toTime } from "./convert-level.js";
export { scheduleFromSigmas, scheduleFromTimesteps } from "./custom-levels.js";
export { ddpmProcess, discreteProcess, trainedBetasProcess, type ZeroSnrMode } from "./ddpm-process.js";
export {
  compareLevels,
  type DdimStep,
  ddimSteps,
  ddimStepTargets,
  ddimVisitedLevels,
  type LevelComparison,
} from "./diffusers/ddim-visited.js";
export { diffusersFlowMatch, exponentialTimeShift, type FlowShift, flowShiftMu } from "./diffusers/flow-match.js";
export { type DiffusersOptions, diffusersDdim, diffusersDpm, diffusersEuler } from "./diffusers/schedulers.js";
export { SIGMA_FAMILIES, type SigmaFamily } from "./diffusers/sigma-families.js";
export { type DiffusersSigmaTable, diffusersSigmaTable, sigmaToT } from "./diffusers/sigma-table.js";
export { ddimTimesteps, dpmTimesteps, eulerTimesteps, SPACINGS, type Spacing } from "./diffusers/spacing.js";
export {
  type BetaSchedule,
  cosineBetas,
  diffusersAlphasCumprod,
  diffusersBetas,
  torchLinspaceFloat32,
} from "./diffusers-alphas-cumprod.js";
export { flowProcess, shiftFlowTime } from "./flow-process.js";
export { laplaceSigmas, polyexponentialSigmas, vpSigmas } from "./kdiffusion/sigma-schedules.js";
export { exponentialLevel, karrasLevel, polynomialTime, quadraticTime, tangentLevel, uniformTime } from "./level-maps.js";
export type { DiscreteTable } from "./noise-process.js";
export { logSnr, type NoiseProcess, RANGE_END_TOLERANCE, tFromLogSnr } from "./noise-process.js";
export { PROCESS_KINDS, type ProcessSpecContext, parseProcess } from "./process-spec.js";
export { type AysModel, aysSigmas, gitsSigmas, loglinearInterp } from "./published-tables.js";
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
  exportSchedule,
  formatLevel,
  jsonLevels,
  pipelineSigmas,
  repeatedTimestep,
  repeatedTimestepMessage,
  SCHEDULE_FORMATS,
  type ScheduleExportOptions,
  type ScheduleFormat,
  type ScheduleLabels,
  scheduleComfyui,
  scheduleCsv,
  scheduleDiffusers,
  scheduleJson,
  toolComfyui,
  toolDiffusers,
  toolJson,
  trainingTimesteps,
} from "./schedule-export.js";
export {
  parseStrategy,
  reproducedStrategySchedule,
  STRATEGY_KINDS,
  type Strategy,
  type StrategyOptions,
  type StrategySpec,
  strategyGrid,
  strategySchedule,
  strategyTime,
} from "./strategy.js";
export { placeLevels, type ToolLevel, type ToolSchedule, toolSchedule } from "./tool-schedule.js";
export { reproducedSchedule, TOOL_STRATEGY_KINDS, type ToolOptions, type ToolStrategy } from "./tool-strategy.js";
export { betaQuantile, regularizedIncompleteBeta } from "./tools/beta-quantile.js";
export { veProcess } from "./ve-process.js";
export { vpProcess } from "./vp-process.js";
export {
  COMFY_TINY_ALPHA_CUMPROD,
  comfyRescaleZeroTerminalSnr,
  DIFFUSERS_TINY_ALPHA_CUMPROD,
  rescaleZeroTerminalSnr,
} from "./zero-terminal-snr.js";
