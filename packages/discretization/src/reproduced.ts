export { reproducedSchedule, TOOL_STRATEGY_KINDS, type ToolOptions, type ToolStrategy } from "./tool-strategy.js";
