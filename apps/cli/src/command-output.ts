import type { CliIo } from "./cli-io.js";

/** What a command prints: its result for stdout, and warnings for stderr (never stdout). */
export interface CommandOutput {
  readonly stdout: string;
  readonly warnings: readonly string[];
}

/** Writes the warnings to stderr, one `klsched: warning: …` line each (each once), then the result to stdout. */
export function writeOutput(io: CliIo, output: CommandOutput): void {
  for (const warning of new Set(output.warnings)) io.stderr(`klsched: warning: ${warning.replace(/\s*\n\s*/g, " ").trim()}\n`);
  io.stdout(output.stdout);
}
