import type { DivergenceDescriptor } from "./descriptor.js";

/**
 * The symmetric (Jeffreys) KL, KL(target ‖ output) + KL(output ‖ target) (theory §3): with v = r·e^δ,
 * ½[φ(−δ) + Δm²/v] + ½[φ(δ) + Δm²/r] = 2·sinh²(δ/2) + ½Δm²(1 + e^{−δ})/r, written with sinh so that
 * nothing cancels when δ is small (φ(δ) + φ(−δ) = 2(cosh δ − 1) = 4 sinh²(δ/2)).
 *
 * @example
 * ```ts
 * import { symmetricKL } from "@klsched/kl-metrics";
 * symmetricKL(Math.log(2), 0, 1); // 0.25
 * ```
 */
export function symmetricKL(logVarianceRatio: number, meanError: number, targetVariance: number): number {
  const half = Math.sinh(0.5 * logVarianceRatio);
  const meanTerm = meanError === 0 ? 0 : (0.5 * meanError * meanError * (1 + Math.exp(-logVarianceRatio))) / targetVariance;
  return 2 * half * half + meanTerm;
}

/** The symmetric KL: penalises a collapse (like the forward KL) and an over-dispersion (like the reverse KL). */
export const symmetricKLDivergence: DivergenceDescriptor = Object.freeze({
  name: "klSymmetric",
  objective: "symmetric-kl",
  label: "KL symmetric",
  summary: "KL(source ‖ output) + KL(output ‖ source) = Σ [2 sinh²(δ/2) + ½Δm²(1 + e^{−δ})/r], nats",
  perDirection: symmetricKL,
  gradient(delta: number, dm: number, r: number, out: Float64Array): void {
    // d/dδ 2 sinh²(δ/2) = sinh δ; d/dδ ½Δm²(1 + e^{−δ})/r = −½Δm² e^{−δ}/r
    out[0] = Math.sinh(delta) - (dm === 0 ? 0 : (0.5 * dm * dm * Math.exp(-delta)) / r);
    out[1] = dm === 0 ? 0 : (dm * (1 + Math.exp(-delta))) / r;
  },
  total: (sum: number) => sum,
  totalDerivative: () => 1,
});
