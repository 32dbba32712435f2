/**
 * A number as plain decimal text, never in exponent notation: the same decimal digits as JavaScript's
 * shortest round-trip text (`String(x)`), with the point moved instead of an exponent written, so the text
 * reads back to the same double in any parser (Python's `float`, `Number`). ComfyUI's ManualSigmas node
 * finds numbers with the regex `[-+]?(?:\d*\.*\d+)` (comfy_extras/nodes_custom_sampler.py), which splits
 * `1e-08` into the two numbers 1 and 08; this text it reads whole.
 *
 * @example
 * ```ts
 * import { fixedPointText } from "@klsched/discretization";
 * fixedPointText(1.5e-8); // "0.000000015"
 * fixedPointText(14.614646291831562); // "14.614646291831562"
 * ```
 * @throws RangeError for ±∞ and NaN, which have no decimal text.
 */
export function fixedPointText(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`${x} has no fixed-point text`);
  const text = String(x);
  const e = text.indexOf("e");
  if (e < 0) return text;
  const negative = text.startsWith("-");
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const position = (point < 0 ? mantissa.length : point) + exponent;
  let body: string;
  if (position <= 0) body = `0.${"0".repeat(-position)}${digits}`;
  else if (position >= digits.length) body = `${digits}${"0".repeat(position - digits.length)}`;
  else body = `${digits.slice(0, position)}.${digits.slice(position)}`;
  return negative ? `-${body}` : body;
}
