import { phi } from "@klsched/core-linalg";
import type { DivergenceDescriptor } from "./descriptor.js";

/**
 * KL(output ‖ target) = ½[φ(δ) + Δm²/r] (theory §3).
 *
 * @example
 * ```ts
 * import { reverseKL } from "@klsched/kl-metrics";
 * // KL(N(0, 2) ‖ N(0, 1)) = ½(2 − 1 − ln 2)
 * reverseKL(Math.log(2), 0, 1); // 0.15342640972002736
 * ```
 */
export function reverseKL(logVarianceRatio: number, meanError: number, targetVariance: number): number {
  return 0.5 * (phi(logVarianceRatio) + (meanError * meanError) / targetVariance);
}

/** The reverse KL, KL(output ‖ source): large when the output over-disperses. */
export const reverseKLDivergence: DivergenceDescriptor = Object.freeze({
  name: "klReverse",
  objective: "reverse-kl",
  label: "KL reverse",
  summary: "KL(output ‖ source) = ½ Σ [φ(δ) + Δm²/r], nats",
  perDirection: reverseKL,
  gradient(delta: number, dm: number, r: number, out: Float64Array): void {
    out[0] = 0.5 * Math.expm1(delta);
    out[1] = dm / r;
  },
  total: (sum: number) => sum,
  totalDerivative: () => 1,
});
