import { compensatedSum } from "./compensated-sum.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

/**
 * How the d − k eigenvalues below the top k share the remaining trace R = tr C − Σ top:
 * - `flat`: equally, R/(d − k) each;
 * - `powerlaw`: the power law through λₖ, λᵢ = λₖ·(i/k)^(−β) for ranks i = k+1 … d, with the one
 *   exponent β ≥ 0 that makes the tail sum to R (it exists when R ≤ (d − k)·λₖ, as for any descending
 *   spectrum; otherwise the tail is flat). Continuous at rank k, descending, and exact for a spectrum
 *   that is a power law from rank k on.
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
  const last = top[k - 1] as number;
  const logRatio = Float64Array.from({ length: d - k }, (_, i) => Math.log((k + 1 + i) / k));
  const exponent = model === "powerlaw" && last > 0 ? junctionExponent(logRatio, remaining / last) : 0;
  const shape = logRatio.map((x) => Math.exp(-exponent * x));
  const scale = remaining / compensatedSum(shape);
  const spectrum = new Float64Array(d);
  spectrum.set(top);
  for (let i = 0; i < shape.length; i++) spectrum[k + i] = (shape[i] as number) * scale;
  return spectrum.sort().reverse();
}

/**
 * β ≥ 0 with Σᵢ exp(−β·logRatioᵢ) = target (the tail over λₖ), by bisection: the sum falls from the
 * number of terms at β = 0 towards 0, so β is unique; 0 when the target is at least the number of terms.
 */
export function junctionExponent(logRatio: Float64Array, target: number): number {
  const sum = (beta: number) => {
    let total = 0;
    for (let i = 0; i < logRatio.length; i++) total += Math.exp(-beta * (logRatio[i] as number));
    return total;
  };
  if (!(target < logRatio.length)) return 0;
  let low = 0;
  let high = 1;
  while (sum(high) > target && high < 1e6) high *= 2;
  for (let step = 0; step < 200 && high - low > 1e-15 * high; step++) {
    const middle = (low + high) / 2;
    if (sum(middle) > target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
