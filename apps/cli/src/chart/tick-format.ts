/**
 * Tick labels in one notation per axis: plain decimals ("0.002", "50", "1000") when every label reads
 * well that way, otherwise powers of ten for every label ("10⁻⁴", "2×10⁻⁴", "10²"), never a mix.
 */

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/** Plain decimals are used while every non-zero label lies within [PLAIN_MIN, PLAIN_MAX). */
const PLAIN_MIN = 1e-3;
const PLAIN_MAX = 1e5;

/** The labels of `values`, all in the same notation (see the module comment). */
export function tickLabels(values: readonly number[]): string[] {
  const plain = values.every((v) => v === 0 || (Math.abs(v) >= PLAIN_MIN && Math.abs(v) < PLAIN_MAX));
  return values.map((v) => (plain ? plainLabel(v) : powerLabel(v)));
}

/** `value` as a short decimal: at most 6 significant digits, no trailing zeros. */
export function plainLabel(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** `value` as m×10ᵏ with m shown only when it is not 1 ("10⁻³", "2×10⁻³", "−5×10²"). */
export function powerLabel(value: number): string {
  if (value === 0) return "0";
  const sign = value < 0 ? "−" : "";
  const [mantissa = "1", exponent = "0"] = Math.abs(value).toExponential(5).split("e");
  const m = Number(mantissa);
  const power = `10${superscript(String(Number(exponent)))}`;
  return m === 1 ? `${sign}${power}` : `${sign}${String(Number(m.toPrecision(6)))}×${power}`;
}

/** Digits and a minus sign as superscripts. */
function superscript(digits: string): string {
  return Array.from(digits, (c) => SUPERSCRIPT[c] ?? c).join("");
}
