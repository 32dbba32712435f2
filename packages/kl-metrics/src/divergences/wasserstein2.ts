import type { DivergenceDescriptor } from "./descriptor.js";

/**
 * Squared 2-Wasserstein distance for commuting covariances: (√v − √r)² + Δm² = r·expm1(δ/2)² + Δm²
 * (theory §3; summed over directions it is W₂², and W₂ its square root).
 *
 * @example
 * ```ts
 * import { wasserstein2Squared } from "@klsched/kl-metrics";
 * // (√4 − √1)² + 1²: standard deviation 2 instead of 1, mean off by 1
 * wasserstein2Squared(Math.log(4), 1, 1); // 2
 * ```
 */
export function wasserstein2Squared(logVarianceRatio: number, meanError: number, targetVariance: number): number {
  const e = Math.expm1(0.5 * logVarianceRatio);
  return targetVariance * e * e + meanError * meanError;
}

/** The 2-Wasserstein distance W₂ (not squared): the square root of the summed squared distances. */
export const wasserstein2Divergence: DivergenceDescriptor = Object.freeze({
  name: "w2",
  objective: "w2",
  label: "W2",
  summary: "2-Wasserstein distance W₂ = √(Σ r·expm1(δ/2)² + Δm²), in the data's units",
  perDirection: wasserstein2Squared,
  gradient(delta: number, dm: number, r: number, out: Float64Array): void {
    const half = Math.exp(0.5 * delta);
    out[0] = r * (half - 1) * half;
    out[1] = 2 * dm;
  },
  total: (sum: number) => Math.sqrt(sum),
  totalDerivative: (sum: number) => (sum > 0 ? 0.5 / Math.sqrt(sum) : Number.POSITIVE_INFINITY),
});
