import { compensatedSum } from "./compensated-sum.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { assertNever } from "./spec-keys.js";
import { densityQuantiles, type SpectralDensity } from "./spectral-density.js";

/**
 * How the d − k eigenvalues below the top k share the remaining trace R = tr C − Σ top:
 * - `flat`: equally, R/(d − k) each;
 * - `powerlaw`: the power law through λₖ, λᵢ = λₖ·(i/k)^(−β) for ranks i = k+1 … d, with the one
 *   exponent β ≥ 0 that makes the tail sum to R (it exists when R ≤ (d − k)·λₖ, as for any descending
 *   spectrum; otherwise the tail is flat). Continuous at rank k, descending, and exact for a spectrum
 *   that is a power law from rank k on;
 * - `density`: the quantiles of an estimated eigenvalue density (`spectralDensity`, stochastic Lanczos
 *   quadrature) at ranks k+1 … d, scaled by the one factor that makes them sum to R. It follows the shape
 *   of a sample spectrum's tail, which finite n bends away from any power law (Marchenko–Pastur).
 */
export type TailModel = "flat" | "powerlaw" | "density";

/** The tail models, for parsers and help text. */
export const TAIL_MODELS: readonly TailModel[] = ["density", "powerlaw", "flat"];

/** What {@link withTail} needs besides the top eigenvalues. */
export interface TailOptions {
  /** d, the length of the full spectrum; above k. */
  readonly dimension: number;
  /** tr C, the sum of all d eigenvalues (the sum of the per-coordinate variances). */
  readonly trace: number;
  readonly model: TailModel;
  /** With `model: "density"`: the operator's estimated eigenvalue density, of the same dimension. */
  readonly density?: SpectralDensity;
}

/**
 * A full spectrum of d eigenvalues from the top k (descending) and the exact trace: the top k as given,
 * then d − k values spread by `model` ({@link TailModel}) over the remaining trace R = tr C − Σ top, so the
 * whole spectrum sums to tr C (a remaining trace below 0 is rounding, and leaves a zero tail). No tail
 * value exceeds λₖ: what a model's shape would put above it is capped there and the factor raised until
 * the tail holds R. Only when R > (d − k)·λₖ (impossible below true eigenvalues) is the tail flat above
 * λₖ, and the result sorted descending.
 *
 * @example
 * ```ts
 * import { withTail } from "@klsched/core-linalg";
 * withTail(Float64Array.of(8, 4), { dimension: 4, trace: 14, model: "flat" }); // Float64Array [8, 4, 1, 1]
 * withTail(Float64Array.of(4, 1), { dimension: 4, trace: 5 + 4 / 9 + 1 / 4, model: "powerlaw" }); // Float64Array [4, 1, 0.4444…, 0.25]
 * ```
 * @throws InvalidArgumentError when `top` is empty, not descending or not finite, d ≤ k, the trace is
 * not a finite number, or `model: "density"` comes without a density of dimension d.
 */
export function withTail(top: Float64Array, options: TailOptions): Float64Array {
  const { dimension: d, trace } = options;
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
  const shape = tailShape(top, d, remaining, options);
  if (!(compensatedSum(shape) > 0)) shape.fill(1);
  const spectrum = new Float64Array(d);
  spectrum.set(top);
  spectrum.set(cappedShares(shape, remaining, top[k - 1] as number), k);
  return spectrum.sort().reverse();
}

/**
 * min(s·shapeᵢ, cap) with the one s that makes them sum to `total` (bisection: the sum rises with s),
 * so that no tail value exceeds λₖ; when even all at the cap fall short (total > count·cap, impossible
 * below a true λₖ), every value is total/count.
 */
function cappedShares(shape: Float64Array, total: number, cap: number): Float64Array {
  const count = shape.length;
  const flat = () => new Float64Array(count).fill(total / count);
  if (!(total < count * cap)) return flat();
  const plain = total / compensatedSum(shape);
  let largest = 0;
  for (let i = 0; i < count; i++) largest = Math.max(largest, shape[i] as number);
  if (largest * plain <= cap) return shape.map((x) => x * plain);
  const capped = (scale: number) => shape.map((x) => Math.min(scale * x, cap));
  let low = plain;
  let high = plain;
  for (let doubling = 0; compensatedSum(capped(high)) < total; doubling++) {
    if (doubling > 2000) return flat(); // zeros in the shape cannot hold the total under the cap
    high *= 2;
  }
  for (let step = 0; step < 200 && high - low > 1e-16 * high; step++) {
    const middle = (low + high) / 2;
    if (compensatedSum(capped(middle)) < total) low = middle;
    else high = middle;
  }
  const shares = capped(high);
  // the bisection's last rounding, spread over the values below the cap
  const free = shares.filter((x) => x < cap).length;
  const left = total - compensatedSum(shares);
  for (let i = 0; i < count && free > 0; i++) if ((shares[i] as number) < cap) shares[i] = (shares[i] as number) + left / free;
  return shares;
}

/** The d − k tail values up to a common factor. */
function tailShape(top: Float64Array, d: number, remaining: number, options: TailOptions): Float64Array {
  const k = top.length;
  switch (options.model) {
    case "flat":
      return new Float64Array(d - k).fill(1);
    case "powerlaw": {
      const last = top[k - 1] as number;
      const logRatio = Float64Array.from({ length: d - k }, (_, i) => Math.log((k + 1 + i) / k));
      const exponent = last > 0 ? junctionExponent(logRatio, remaining / last) : 0;
      return logRatio.map((x) => Math.exp(-exponent * x));
    }
    case "density": {
      const { density } = options;
      if (density === undefined || density.dimension !== d) {
        throw new InvalidArgumentError(
          "density",
          density?.dimension ?? "none",
          `the density tail needs a spectralDensity of d=${d}`,
        );
      }
      return densityQuantiles(density, k + 1, d);
    }
    default:
      return assertNever(options.model, "tail model");
  }
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
