import { isInvalidArgumentError, isKlschedError, type KlschedError, type KlschedErrorCode } from "@klsched/core-linalg";
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

/** The error codes that mean a bad input (exit code 2); the others are failures on valid input (exit 1). */
const USAGE_CODES: readonly KlschedErrorCode[] = ["invalid-argument", "invalid-spectrum"];

/**
 * Runs a library call on values that came from `source`; a typed klsched error it throws for a bad input
 * (by its `code`, so that errors from any copy of the libraries count) becomes a {@link UsageError}
 * naming that flag; a failure on valid input (`no-convergence`) passes through as an exit-1 failure. `others` redirects errors whose argument names another flag
 * (e.g. `round` → `--round` while building a `--strategy` schedule).
 */
export function fromFlag<T>(source: FlagSource, call: () => T, others: Readonly<Record<string, FlagSource>> = {}): T {
  try {
    return call();
  } catch (error) {
    if (!isKlschedError(error) || !USAGE_CODES.includes(error.code)) throw error;
    const blamed = isInvalidArgumentError(error) ? (others[error.argument.split(" ")[0] ?? ""] ?? source) : source;
    throw new UsageError(blamed.flag, blamed.value, describe(error, blamed));
  }
}

/** The library's reason, without repeating the flag's own name and value that the CLI prints in front. */
function describe(error: KlschedError, source: FlagSource): string {
  if (!isInvalidArgumentError(error)) return error.message;
  if (error.argument === source.argument) return error.reason;
  if (error.argument.startsWith(`${source.argument} `)) {
    const key = error.argument.slice(source.argument.length + 1).replace(/^[\w-]+\./, "");
    return `${key}=${String(error.value)}: ${error.reason}`;
  }
  return error.message;
}
