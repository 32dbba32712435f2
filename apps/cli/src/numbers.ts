import { KlschedError } from "@klsched/core-linalg";

/** A number as a table or CSV cell: shortest round-trip text (≤ 17 significant digits), `inf` for ±∞. */
export function formatNumber(x: number): string {
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  return String(x);
}

/** A number for a human table: 6 significant digits (JSON, CSV and exports keep every digit). */
export function formatSignificant(x: number): string {
  if (!Number.isFinite(x)) return formatNumber(x);
  return Number(x.toPrecision(6)).toString();
}

/**
 * A number as a JSON value: itself when finite, `null` for +∞ (JSON has no ∞; the CLI reference, "JSON
 * numbers"). A NaN or −∞ is never printed: no figure klsched computes can be either, so one is a bug, and
 * the command fails (exit 1, nothing on stdout) instead of writing a `null` that would read as ∞.
 */
export function jsonNumber(x: number): number | null {
  if (Number.isFinite(x)) return x;
  if (x === Number.POSITIVE_INFINITY) return null;
  throw new KlschedError(
    "numerical-failure",
    `a result is ${x}, which klsched never prints: a bug, please report it with the command`,
  );
}

/** An array of numbers as JSON values. */
export function jsonNumbers(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, jsonNumber);
}

/** One JSON object as the whole of stdout: one line, then a newline. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
