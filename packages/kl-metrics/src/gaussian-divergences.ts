import { phi } from "@klsched/core-linalg";

/**
 * Divergences between two 1-D Gaussians, a target N(m₀, r²) and an output N(m₀ + Δm, r²·e^δ), written in
 * terms of δ = ln(v/r²) so that nothing cancels when the two are close (THEORY.md §3).
 */

/** KL(target ‖ output) = ½[φ(−δ) + Δm²/v], φ(x) = eˣ − 1 − x. */
export function forwardKL(logVarianceRatio: number, meanError: number, targetVariance: number): number {
  const meanTerm = meanError === 0 ? 0 : (meanError * meanError) / (targetVariance * Math.exp(logVarianceRatio));
  return 0.5 * (phi(-logVarianceRatio) + meanTerm);
}

/** KL(output ‖ target) = ½[φ(δ) + Δm²/r²]. */
export function reverseKL(logVarianceRatio: number, meanError: number, targetVariance: number): number {
  return 0.5 * (phi(logVarianceRatio) + (meanError * meanError) / targetVariance);
}

/** Squared 2-Wasserstein distance for commuting covariances: (√v − √r²)² + Δm² = r²·expm1(δ/2)² + Δm². */
export function wasserstein2Squared(logVarianceRatio: number, meanError: number, targetVariance: number): number {
  const e = Math.expm1(0.5 * logVarianceRatio);
  return targetVariance * e * e + meanError * meanError;
}

/**
 * KL(N(μ, λ) ‖ N(m, v)) from plain variances, for callers that hold v rather than δ. Accurate while v/λ
 * is not within ~1e-8 of 1; prefer the δ forms when it may be.
 */
export function gaussianKL(sourceMean: number, sourceVariance: number, mean: number, variance: number): number {
  return forwardKL(Math.log(variance / sourceVariance), mean - sourceMean, sourceVariance);
}
