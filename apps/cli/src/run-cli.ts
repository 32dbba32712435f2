import { CommanderError } from "@commander-js/extra-typings";
import type { CliIo } from "./cli-io.js";
import { isUsageCode } from "./error-codes.js";
import { PLAIN_HELP, wantsHelp } from "./help-text.js";
import { terminalSafe } from "./message-text.js";
import { createProgram, oneLine } from "./program.js";
import { UsageError } from "./usage-error.js";

/** Exit codes (the CLI reference, "Exit codes"): 0 success, 1 failure, 2 usage error (a bad flag or value). */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * Runs `klsched` with `argv` (the arguments after the program name) and returns its exit code. It never
 * exits the process, so tests and other programs can call it with a captured {@link CliIo}.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 0) {
    io.stderr(
      "klsched: missing command (schedule, kl, compare, optimize, rank, asymptotics, spectrum or check); run `klsched --help` for usage\n",
    );
    return EXIT.usage;
  }
  try {
    // The registries behind the help texts are loaded only when help is printed.
    const help = wantsHelp(argv) ? (await import("./registry-help.js")).registryHelpText() : PLAIN_HELP;
    await createProgram(io, help).parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}

/**
 * Prints an error as one `klsched: …` line made safe for a terminal ({@link terminalSafe}) and returns its
 * exit code: 2 for a usage error or a typed klsched error that names a bad input (USAGE_CODES), 1 otherwise.
 */
function report(error: unknown, io: CliIo): number {
  // Commander has already printed its message (or the help/version text).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  const line = (message: string) => io.stderr(`klsched: ${terminalSafe(oneLine(message))}\n`);
  if (error instanceof UsageError || isUsageCode(error)) {
    line((error as Error).message);
    return EXIT.usage;
  }
  line(error instanceof Error ? error.message : String(error));
  return EXIT.failure;
}
