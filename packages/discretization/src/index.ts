export { convertLevel, FLOW_TIMESTEPS, LEVEL_UNITS, type LevelUnit } from "./convert-level.js";
export { scheduleFromFlowTimes, scheduleFromSigmas, scheduleFromTimesteps } from "./custom-levels.js";
export { ddpmProcess, discreteProcess, trainedBetasProcess, type ZeroSnrMode } from "./ddpm-process.js";
export { type BetaSchedule, diffusersAlphasCumprod, diffusersBetas } from "./diffusers-alphas-cumprod.js";
export type { DistilledModel } from "./distilled/distilled-model.js";
export { DISTILLED_MODEL_NAMES, DISTILLED_MODELS } from "./distilled/distilled-models.js";
export {
  defineExportTarget,
  type ExportContext,
  type ExportTarget,
  type TargetExport,
  type TargetUnit,
} from "./export-targets/export-target.js";
export { fixedPointText } from "./export-targets/fixed-point.js";
export {
  EXPORT_TARGET_NAMES,
  EXPORT_TARGETS,
  type ExportTargetName,
  exportToTarget,
  isExportTargetName,
} from "./export-targets/registry.js";
export { exponentialTimeShift, flowProcess, flowShiftMu, shiftFlowTime } from "./flow-process.js";
export { exponentialLevel, karrasLevel, polynomialTime, quadraticTime, tangentLevel, uniformTime } from "./level-maps.js";
export { LEVEL_RANGE } from "./level-range.js";
export {
  type DiscreteTable,
  type DistilledLevels,
  logSnr,
  type NoiseProcess,
  type PipelineShift,
  type ProcessPipeline,
  RANGE_END_TOLERANCE,
  tFromLogSnr,
} from "./noise-process.js";
export { parseResolution, type Resolution } from "./presets/flow-resolution.js";
export { CONFIG_SCHEDULERS, schedulerConfigProcess } from "./presets/scheduler-config.js";
export {
  defineProcess,
  PROCESS_KINDS,
  PROCESSES,
  type ProcessDescriptor,
  type ProcessSpecContext,
  parseProcess,
} from "./process-spec.js";
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
  repeatedTimestep,
  repeatedTimestepMessage,
  SCHEDULE_FORMATS,
  type ScheduleExportOptions,
  type ScheduleFormat,
  type ScheduleLabels,
  scheduleJson,
} from "./schedule-export.js";
export { MAX_STEPS } from "./step-limit.js";
export { parseStrategy, strategyGrid, strategySchedule, strategyTime } from "./strategy.js";
export { defineOwnStrategy, type OwnStrategyDescriptor } from "./strategy-descriptor.js";
export { STRATEGY_OPTION_KEYS, type StrategyOptions, type StrategySpec } from "./strategy-options.js";
export { isStrategyKind, OWN_STRATEGIES, STRATEGY_KINDS, type Strategy } from "./strategy-registry.js";
export type { ToolLevel, ToolSchedule } from "./tool-schedule.js";
export { veProcess } from "./ve-process.js";
export { vpProcess } from "./vp-process.js";
export { rescaleZeroTerminalSnr } from "./zero-terminal-snr.js";
