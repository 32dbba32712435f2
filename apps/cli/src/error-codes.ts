import type { KlschedErrorCode } from "@klsched/core-linalg";

/**
 * The error codes that mean a bad input (exit code 2); the others (`no-convergence`, `numerical-failure`)
 * are failures on valid input (exit 1). Kept apart from flag-source.ts so that run-cli.ts can read it
 * without loading a library (`--version` and `--help` load none).
 */
export const USAGE_CODES: readonly KlschedErrorCode[] = [
  "invalid-argument",
  "invalid-spectrum",
  "limit-exceeded",
  "corrupt-file",
];

/** True for a klsched error (from any copy of the libraries) whose code means a bad input. */
export function isUsageCode(error: unknown): boolean {
  return error instanceof Error && (USAGE_CODES as readonly unknown[]).includes((error as { code?: unknown }).code);
}
