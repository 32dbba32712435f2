import { betaQuantile } from "../tools/beta-quantile.js";
import { numpyLinspace } from "../tools/numpy-like.js";

/** The sigma families diffusers' discrete schedulers convert to (`use_karras_sigmas`, …), in float64. */
export type SigmaFamily = "default" | "karras" | "exponential" | "beta" | "lu";
/** The sigma families of diffusers' schedulers (`use_karras_sigmas`, `use_exponential_sigmas`, …). */
export const SIGMA_FAMILIES: readonly SigmaFamily[] = ["default", "karras", "exponential", "beta", "lu"];

/** `_convert_to_karras`: Karras et al. (2022) Eq. 5 with ρ = 7 between `sigmaMax` and `sigmaMin`, N points. */
export function diffusersKarras(sigmaMin: number, sigmaMax: number, n: number): Float64Array {
  const rho = 7.0;
  const minInv = sigmaMin ** (1 / rho);
  const maxInv = sigmaMax ** (1 / rho);
  return numpyLinspace(0, 1, n).map((r) => (maxInv + r * (minInv - maxInv)) ** rho);
}

/** `_convert_to_exponential`: exp(linspace(ln σ_max, ln σ_min, N)). */
export function diffusersExponential(sigmaMin: number, sigmaMax: number, n: number): Float64Array {
  return numpyLinspace(Math.log(sigmaMax), Math.log(sigmaMin), n).map(Math.exp);
}

/**
 * `_convert_to_beta` (Lee et al. 2024), the same formula as A1111's `beta_scheduler`:
 * σ_k = σ_min + ppf(1 − k/(N−1); a, b)·(σ_max − σ_min), k = 0..N−1.
 */
export function diffusersBeta(sigmaMin: number, sigmaMax: number, n: number, a = 0.6, b = 0.6): Float64Array {
  return numpyLinspace(0, 1, n).map((u) => sigmaMin + betaQuantile(1 - u, a, b) * (sigmaMax - sigmaMin));
}

/**
 * `_convert_to_lu` as DPMSolverMultistep calls it (`use_lu_lambdas`, Lu et al. 2022, uniform in logSNR):
 * linspace between the float32 log-sigmas at the ends with ρ = 1, then exp. The scheduler passes ln σ
 * (not λ = −ln σ), which is the same grid reversed.
 */
export function diffusersLu(logSigmaMin: number, logSigmaMax: number, n: number): Float64Array {
  return numpyLinspace(0, 1, n).map((r) => Math.exp(logSigmaMax + r * (logSigmaMin - logSigmaMax)));
}
