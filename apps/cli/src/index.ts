export { type CapturedIo, type CliIo, captureIo } from "./cli-io.js";
export { createProgram } from "./program.js";
export { type CapturedRun, runCaptured } from "./run-captured.js";
export { EXIT, runCli } from "./run-cli.js";
export { UsageError } from "./usage-error.js";
