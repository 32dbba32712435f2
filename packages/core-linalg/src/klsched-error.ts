/**
 * The stable codes of the errors klsched throws on purpose:
 * - `invalid-argument`: a value a function cannot use (a bad input; the CLI's exit code 2);
 * - `invalid-spectrum`: an eigenvalue outside (0, ∞) or the accepted range (a bad input, exit 2);
 * - `no-convergence`: a numerical method that did not converge on valid input (a failure, exit 1);
 * - `limit-exceeded`: a request beyond what klsched does in memory (steps, dimension, pixels, file size; a bad input, exit 2);
 * - `corrupt-file`: a file whose contents are damaged or not what its type promises (a bad input, exit 2);
 * - `numerical-failure`: a computation that produced NaN on valid input (a bug to report; a failure, exit 1);
 * - `optimization-failed`: an optimiser that found no valid schedule on valid input (a failure, exit 1).
 */
export const KLSCHED_ERROR_CODES = [
  "invalid-argument",
  "invalid-spectrum",
  "no-convergence",
  "limit-exceeded",
  "corrupt-file",
  "numerical-failure",
  "optimization-failed",
] as const;

/** A stable error code: callers branch on it, never on messages. */
export type KlschedErrorCode = (typeof KLSCHED_ERROR_CODES)[number];

/**
 * Base class of every error klsched throws on purpose. `code` is stable across releases, so callers
 * (the CLI, the docs playground) can branch on it without parsing messages — and without `instanceof`,
 * which fails when two copies of this package sit in one dependency tree: use {@link isKlschedError}.
 *
 * @example
 * ```ts
 * import { isKlschedError, KlschedError, syntheticSpectrum } from "@klsched/core-linalg";
 * new KlschedError("no-convergence", "QL did not converge").name; // "KlschedError"
 * let code = "";
 * try { syntheticSpectrum("isotropic:d=0,lambda=1"); } catch (error) { if (isKlschedError(error)) code = error.code; }
 * code; // "invalid-argument"
 * ```
 */
export class KlschedError extends Error {
  readonly code: KlschedErrorCode;

  constructor(code: KlschedErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * True for an error klsched threw on purpose, from this copy of the package or any other: an `Error`
 * whose `code` is one of {@link KLSCHED_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import { isKlschedError, KlschedError } from "@klsched/core-linalg";
 * isKlschedError(new KlschedError("no-convergence", "QL did not converge")); // true
 * isKlschedError(new RangeError("Invalid array length")); // false
 * ```
 */
export function isKlschedError(error: unknown): error is KlschedError {
  return error instanceof Error && (KLSCHED_ERROR_CODES as readonly unknown[]).includes((error as { code?: unknown }).code);
}
