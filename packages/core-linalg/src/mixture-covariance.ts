import type { GaussianMixture } from "./gaussian-mixture.js";
import { rightMultiplier } from "./matrix-product.js";
import { createSpectrum, type Spectrum } from "./spectrum.js";
import { symmetricEigenvalues } from "./symmetric-eigenvalues.js";

/**
 * The mean Σ_k π_k μ_k of a mixture.
 *
 * @example
 * ```ts
 * import { createGaussianMixture, mixtureMean } from "@klsched/core-linalg";
 * const at = (x: number) => ({ weight: 0.5, mean: Float64Array.of(x), rank: 1, basis: Float64Array.of(1), eigenvalues: Float64Array.of(1), remainder: 0 });
 * mixtureMean(createGaussianMixture([at(0), at(2)], "two"))[0]; // 1
 * ```
 */
export function mixtureMean(mixture: GaussianMixture): Float64Array {
  const mean = new Float64Array(mixture.dimension);
  for (const c of mixture.components)
    for (let i = 0; i < mean.length; i++) mean[i] = (mean[i] as number) + c.weight * (c.mean[i] as number);
  return mean;
}

/**
 * The total covariance of a mixture (law of total covariance): Σ_k π_k·[Σ_k + (μ_k − μ̄)(μ_k − μ̄)ᵀ]
 * with Σ_k = U_k·diag(λ_k − ρ_k)·U_kᵀ + ρ_k·I, d × d row-major. The low-rank parts are one product
 * each ({@link rightMultiplier}).
 *
 * @example
 * ```ts
 * import { createGaussianMixture, mixtureCovariance } from "@klsched/core-linalg";
 * const at = (x: number) => ({ weight: 0.5, mean: Float64Array.of(x), rank: 1, basis: Float64Array.of(1), eigenvalues: Float64Array.of(1), remainder: 0 });
 * mixtureCovariance(createGaussianMixture([at(-1), at(1)], "two"))[0]; // 2
 * ```
 */
export function mixtureCovariance(mixture: GaussianMixture): Float64Array {
  const d = mixture.dimension;
  const mean = mixtureMean(mixture);
  const out = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (const c of mixture.components) {
    const { rank: r, basis, weight } = c;
    const scaled = new Float64Array(d * r);
    const transposed = new Float64Array(r * d);
    for (let i = 0; i < d; i++)
      for (let j = 0; j < r; j++) {
        const u = basis[i * r + j] as number;
        scaled[i * r + j] = u * ((c.eigenvalues[j] as number) - c.remainder);
        transposed[j * d + i] = u;
      }
    const lowRank = rightMultiplier(transposed, r, d).multiply(scaled, d);
    for (let i = 0; i < d; i++) centred[i] = (c.mean[i] as number) - (mean[i] as number);
    for (let i = 0; i < d; i++) {
      const ci = weight * (centred[i] as number);
      for (let j = 0; j < d; j++)
        out[i * d + j] = (out[i * d + j] as number) + weight * (lowRank[i * d + j] as number) + ci * (centred[j] as number);
      out[i * d + i] = (out[i * d + i] as number) + weight * c.remainder;
    }
  }
  for (let i = 0; i < d; i++)
    for (let j = 0; j < i; j++) {
      const v = 0.5 * ((out[i * d + j] as number) + (out[j * d + i] as number));
      out[i * d + j] = v;
      out[j * d + i] = v;
    }
  return out;
}

/**
 * The spectrum of a mixture's total covariance ({@link mixtureCovariance}): what the Gaussian side of
 * klsched (KL, reverse KL, W₂, the optimisers) sees of it.
 *
 * @throws InvalidSpectrumError when an eigenvalue falls outside the range a spectrum takes.
 * @example
 * ```ts
 * import { createGaussianMixture, mixtureSpectrum } from "@klsched/core-linalg";
 * const at = (x: number) => ({ weight: 0.5, mean: Float64Array.of(x), rank: 1, basis: Float64Array.of(1), eigenvalues: Float64Array.of(1), remainder: 0 });
 * mixtureSpectrum(createGaussianMixture([at(-1), at(1)], "two")).eigenvalues[0]; // 2
 * ```
 */
export function mixtureSpectrum(mixture: GaussianMixture): Spectrum {
  return createSpectrum(symmetricEigenvalues(mixtureCovariance(mixture), mixture.dimension), mixture.label);
}
