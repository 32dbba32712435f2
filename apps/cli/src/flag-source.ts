import { InvalidArgumentError, KlschedError } from "@klsched/core-linalg";
import { UsageError } from "./usage-error.js";

/**
 * The flag a value came from: `flag` as typed (`--strategies`), the raw `value` (one item of a list
 * flag), and the `argument` name the libraries are given for it (`strategy`), which their errors echo.
 */
export interface FlagSource {
  readonly flag: string;
  readonly value: string | undefined;
  readonly argument: string;
}

/** The source of a flag whose library argument name is the flag without its dashes. */
export function flagSource(flag: string, value: string | undefined, argument = flag.replace(/^--/, "")): FlagSource {
  return { flag, value, argument };
}

/**
 * Runs a library call on values that came from `source`; a typed klsched error it throws becomes a
 * {@link UsageError} naming that flag. `others` redirects errors whose argument names another flag
 * (e.g. `round` → `--round` while building a `--strategy` schedule).
 */
export function fromFlag<T>(source: FlagSource, call: () => T, others: Readonly<Record<string, FlagSource>> = {}): T {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof KlschedError)) throw error;
    const blamed = error instanceof InvalidArgumentError ? (others[error.argument.split(" ")[0] ?? ""] ?? source) : source;
    throw new UsageError(blamed.flag, blamed.value, describe(error, blamed));
  }
}

/** The library's reason, without repeating the flag's own name and value that the CLI prints in front. */
function describe(error: KlschedError, source: FlagSource): string {
  if (!(error instanceof InvalidArgumentError)) return error.message;
  if (error.argument === source.argument) return error.reason;
  if (error.argument.startsWith(`${source.argument} `)) {
    const key = error.argument.slice(source.argument.length + 1).replace(/^[\w-]+\./, "");
    return `${key}=${String(error.value)}: ${error.reason}`;
  }
  return error.message;
}
