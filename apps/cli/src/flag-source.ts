import {
  type CorruptFileError,
  isInvalidArgumentError,
  isKlschedError,
  type KlschedError,
  type LimitExceededError,
} from "@klsched/core-linalg";
import { USAGE_CODES } from "./error-codes.js";
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
 * Runs a library call on values that came from `source`; a typed klsched error it throws for a bad input
 * (by its `code`, so that errors from any copy of the libraries count) becomes a {@link UsageError}
 * naming that flag (codes invalid-argument, invalid-spectrum, limit-exceeded, corrupt-file); a failure on
 * valid input (`no-convergence`, `numerical-failure`) passes through as an exit-1 failure. `others` redirects errors whose argument names another flag
 * (e.g. `round` → `--round` while building a `--strategy` schedule).
 */
export function fromFlag<T>(source: FlagSource, call: () => T, others: Readonly<Record<string, FlagSource>> = {}): T {
  try {
    return call();
  } catch (error) {
    if (!isKlschedError(error) || !USAGE_CODES.includes(error.code)) throw error;
    const argument = namedArgument(error);
    const blamed = argument === undefined ? source : (others[argument.split(" ")[0] ?? ""] ?? source);
    throw new UsageError(blamed.flag, blamed.value, describe(error, blamed));
  }
}

/** The library's reason, without repeating the flag's own name and value that the CLI prints in front. */
function describe(error: KlschedError, source: FlagSource): string {
  if (isCorruptFileError(error)) return `${JSON.stringify(error.file)}: ${error.reason}`;
  if (!isInvalidArgumentError(error) && !isLimitExceededError(error)) return error.message;
  if (error.argument === source.argument) return error.reason;
  if (error.argument.startsWith(`${source.argument} `)) {
    const key = error.argument.slice(source.argument.length + 1).replace(/^[\w-]+\./, "");
    return `${key}=${String(error.value)}: ${error.reason}`;
  }
  return error.message;
}

/** The argument a typed error names (invalid-argument, limit-exceeded and corrupt-file errors carry one). */
function namedArgument(error: KlschedError): string | undefined {
  const argument = (error as { argument?: unknown }).argument;
  return typeof argument === "string" ? argument : undefined;
}

function isLimitExceededError(error: KlschedError): error is LimitExceededError {
  return error.code === "limit-exceeded" && typeof (error as { reason?: unknown }).reason === "string";
}

function isCorruptFileError(error: KlschedError): error is CorruptFileError {
  return error.code === "corrupt-file" && typeof (error as { file?: unknown }).file === "string";
}
