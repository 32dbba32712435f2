import { phi } from "@klsched/core-linalg";
import type { DivergenceDescriptor } from "./descriptor.js";

/**
 * KL(target ‖ output) = ½[φ(−δ) + Δm²/v], φ(x) = eˣ − 1 − x, v = r·e^δ (theory §3).
 *
 * @example
 * ```ts
 * import { forwardKL } from "@klsched/kl-metrics";
 * // KL(N(0, 1) ‖ N(0, 2)) = ½(½ − 1 + ln 2): the output's variance is twice the target's
 * forwardKL(Math.log(2), 0, 1); // 0.09657359027997264
 * // a mean off by one standard deviation adds ½
 * forwardKL(0, 1, 1); // 0.5
 * ```
 */
export function forwardKL(logVarianceRatio: number, meanError: number, targetVariance: number): number {
  const meanTerm = meanError === 0 ? 0 : (meanError * meanError) / (targetVariance * Math.exp(logVarianceRatio));
  return 0.5 * (phi(-logVarianceRatio) + meanTerm);
}

/** The forward KL, KL(source ‖ output): what the seed paper minimises. */
export const forwardKLDivergence: DivergenceDescriptor = Object.freeze({
  name: "kl",
  objective: "kl",
  label: "KL",
  summary: "KL(source ‖ output) = ½ Σ [φ(−δ) + Δm²/v], nats",
  perDirection: forwardKL,
  gradient(delta: number, dm: number, r: number, out: Float64Array): void {
    const meanTerm = dm === 0 ? 0 : (dm * dm) / (r * Math.exp(delta));
    out[0] = -0.5 * (Math.expm1(-delta) + meanTerm);
    out[1] = dm === 0 ? 0 : dm / (r * Math.exp(delta));
  },
  total: (sum: number) => sum,
  totalDerivative: () => 1,
});

/**
 * KL(N(μ, λ) ‖ N(m, v)) from plain variances, for callers that hold v rather than δ. Accurate while v/λ
 * is not within ~1e-8 of 1; prefer the δ forms when it may be.
 *
 * @example
 * ```ts
 * import { gaussianKL } from "@klsched/kl-metrics";
 * gaussianKL(0, 1, 0, 2); // ≈ 0.0966
 * gaussianKL(0, 1, 1, 1); // 0.5
 * ```
 */
export function gaussianKL(sourceMean: number, sourceVariance: number, mean: number, variance: number): number {
  return forwardKL(Math.log(variance / sourceVariance), mean - sourceMean, sourceVariance);
}
