import { compensatedSum } from "./compensated-sum.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

/**
 * How the d − k eigenvalues below the top k share the remaining trace R = tr C − Σ top:
 * - `flat`: equally, R/(d − k) each;
 * - `powerlaw`: as s·i^(−α) for ranks i = k+1 … d, α fitted to the decay of the top k (least squares
 *   of log λᵢ on log i over ranks ⌈k/2⌉ … k, α ≥ 0), s set so that the tail sums to R exactly.
 */
export type TailModel = "flat" | "powerlaw";

/** The tail models, for parsers and help text. */
export const TAIL_MODELS: readonly TailModel[] = ["flat", "powerlaw"];

/** What {@link withTail} needs besides the top eigenvalues. */
export interface TailOptions {
  /** d, the length of the full spectrum; above k. */
  readonly dimension: number;
  /** tr C, the sum of all d eigenvalues (the sum of the per-coordinate variances). */
  readonly trace: number;
  readonly model: TailModel;
}

/**
 * A full spectrum of d eigenvalues from the top k (descending) and the exact trace: the top k as given,
 * then d − k values spread by `model` ({@link TailModel}) over the remaining trace R = tr C − Σ top, so the
 * whole spectrum sums to tr C (a remaining trace below 0 is rounding, and leaves a zero tail). The result
 * is sorted descending: a tail value above λₖ (possible only when the top k are underestimates) moves up.
 *
 * @example
 * ```ts
 * import { withTail } from "@klsched/core-linalg";
 * withTail(Float64Array.of(8, 4), { dimension: 4, trace: 14, model: "flat" }); // Float64Array [8, 4, 1, 1]
 * withTail(Float64Array.of(4, 1), { dimension: 4, trace: 5 + 4 / 9 + 1 / 4, model: "powerlaw" }); // Float64Array [4, 1, 0.4444…, 0.25]
 * ```
 * @throws InvalidArgumentError when `top` is empty, not descending or not finite, d ≤ k, or the trace is
 * not a finite number.
 */
export function withTail(top: Float64Array, options: TailOptions): Float64Array {
  const { dimension: d, trace, model } = options;
  const k = top.length;
  if (k === 0) throw new InvalidArgumentError("top", "[]", "expected at least one eigenvalue");
  if (!Number.isInteger(d) || d <= k) throw new InvalidArgumentError("dimension", d, `expected an integer above k=${k}`);
  if (!Number.isFinite(trace)) throw new InvalidArgumentError("trace", trace, "not a finite number");
  for (let i = 0; i < k; i++) {
    const value = top[i] as number;
    if (!Number.isFinite(value)) throw new InvalidArgumentError(`top[${i}]`, value, "not a finite number");
    if (i > 0 && value > (top[i - 1] as number))
      throw new InvalidArgumentError(`top[${i}]`, value, "the top eigenvalues must descend");
  }
  const remaining = Math.max(trace - compensatedSum(top), 0);
  const exponent = model === "flat" ? 0 : decayExponent(top);
  const shape = new Float64Array(d - k);
  for (let i = 0; i < shape.length; i++) shape[i] = (k + 1 + i) ** -exponent;
  const scale = remaining / compensatedSum(shape);
  const spectrum = new Float64Array(d);
  spectrum.set(top);
  for (let i = 0; i < shape.length; i++) spectrum[k + i] = (shape[i] as number) * scale;
  return spectrum.sort().reverse();
}

/**
 * α ≥ 0 of λᵢ ≈ c·i^(−α): minus the least-squares slope of log λᵢ on log i over ranks ⌈k/2⌉ … k (the
 * settled end of the decay nearest the tail), 0 when fewer than two of them are positive.
 */
export function decayExponent(top: Float64Array): number {
  const k = top.length;
  let count = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let rank = Math.ceil(k / 2); rank <= k; rank++) {
    const value = top[rank - 1] as number;
    if (!(value > 0)) continue;
    const x = Math.log(rank);
    const y = Math.log(value);
    count++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const spread = sxx - (sx * sx) / count;
  if (count < 2 || !(spread > 0)) return 0;
  return Math.max(0, -(sxy - (sx * sy) / count) / spread);
}
