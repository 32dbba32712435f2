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

/** A number as a JSON value: itself when finite, `null` otherwise (JSON has no ∞ or NaN). */
export function jsonNumber(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** An array of numbers as JSON values. */
export function jsonNumbers(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, jsonNumber);
}

/** One JSON object as the whole of stdout: one line, then a newline. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
