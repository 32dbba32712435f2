import { type GaussianMixture, InvalidArgumentError, mixtureProjector, rightMultiplier } from "@klsched/core-linalg";
import type { Denoiser } from "./denoiser.js";
import type { SampleBatch } from "./sample-space.js";

/** Samples per block: the block's coordinates and weights stay in cache between the two products. */
const BLOCK = 256;

/**
 * The exact denoiser E[x₀ | x_t] of a Gaussian mixture Σ_k π_k N(μ_k, Σ_k) under x_t = α·x₀ + σ·ε, for
 * every process (VE, VP, discrete, flow; α = 0 at a flow's start gives the mixture's mean), on batches
 * of samples. By Bayes' rule it is the posterior-weighted mean of the components' Gaussian denoisers:
 *
 *   D(x) = Σ_k w_k(x)·D_k(x),  w_k ∝ π_k·N(x; αμ_k, α²Σ_k + σ²I)  (in log space, by log-sum-exp),
 *   D_k(x) = μ_k + αΣ_k(α²Σ_k + σ²I)⁻¹(x − αμ_k)
 *          = μ_k + c_k·v + U_k·diag(g_kj − c_k)·U_kᵀv,  v = x − αμ_k,
 *
 * with g_kj = αλ_kj/(α²λ_kj + σ²) on the basis and c_k = αρ_k/(α²ρ_k + σ²) off it (theory §1's
 * per-direction gain, in each component's eigenbasis). Per block of 256 samples the coordinates U_kᵀv
 * of every component are one product X·[U_1 … U_K] (core-linalg's `mixtureProjector`) and the sum over
 * components of U_k·(w_k·(g_k − c_k) ∘ U_kᵀv) is one product with [U_1 … U_K]ᵀ: 2·n·d·Σr_k
 * multiply–adds a call, no allocation per sample (the output batch is the one array a call allocates).
 *
 * @throws InvalidArgumentError when a batch's dimension is not the mixture's.
 * @example
 * ```ts
 * import { createGaussianMixture } from "@klsched/core-linalg";
 * import { mixtureDenoiser } from "@klsched/gaussian-flow";
 * const mixture = createGaussianMixture(
 *   [{ weight: 1, mean: Float64Array.of(0), rank: 1, basis: Float64Array.of(1), eigenvalues: Float64Array.of(1), remainder: 0 }],
 *   "standard normal",
 * );
 * const denoise = mixtureDenoiser(mixture);
 * denoise({ n: 1, d: 1, data: Float64Array.of(2) }, { t: 0.5, alpha: 1, sigma: 1 }).data[0]; // 1
 * ```
 */
export function mixtureDenoiser(mixture: GaussianMixture): Denoiser<SampleBatch> {
  const { components, dimension: d } = mixture;
  const K = components.length;
  const projector = mixtureProjector(mixture);
  const { width, offsets } = projector;
  const transposed = new Float64Array(width * d);
  components.forEach((c, k) => {
    const first = offsets[k] as number;
    for (let i = 0; i < d; i++)
      for (let j = 0; j < c.rank; j++) transposed[(first + j) * d + i] = c.basis[i * c.rank + j] as number;
  });
  const back = rightMultiplier(transposed, width, d);
  const coordinates = new Float64Array(BLOCK * width);
  const logJoint = new Float64Array(BLOCK * K);
  const weights = new Float64Array(K);
  const basisGain = new Float64Array(width);
  const offGain = new Float64Array(K);
  const lifted = new Float64Array(BLOCK * d);
  return (x, level) => {
    if (x.d !== d) throw new InvalidArgumentError("x.d", x.d, `the mixture has d=${d}`);
    const { alpha, sigma } = level;
    const a2 = alpha * alpha;
    const s2 = sigma * sigma;
    components.forEach((c, k) => {
      const off = c.rank < d ? (alpha * c.remainder) / (a2 * c.remainder + s2) : 0;
      offGain[k] = off;
      const first = offsets[k] as number;
      for (let j = 0; j < c.rank; j++) {
        const lambda = c.eigenvalues[j] as number;
        basisGain[first + j] = (alpha * lambda) / (a2 * lambda + s2) - off;
      }
    });
    const out = new Float64Array(x.n * d);
    for (let start = 0; start < x.n; start += BLOCK) {
      const rows = Math.min(BLOCK, x.n - start);
      const block = x.data.subarray(start * d, (start + rows) * d);
      projector.project(block, rows, level, coordinates, logJoint);
      for (let s = 0; s < rows; s++) {
        posteriorWeights(logJoint, s * K, K, weights);
        // coordinates become the coefficients w_k·(g_kj − c_k)·y_kj of the back-projection
        let offMix = 0;
        for (let k = 0; k < K; k++) {
          const w = weights[k] as number;
          offMix += w * (offGain[k] as number);
          const first = offsets[k] as number;
          const at = s * width;
          for (let j = first; j < (offsets[k + 1] as number); j++)
            coordinates[at + j] = w * (basisGain[j] as number) * (coordinates[at + j] as number);
        }
        // D = Σ_k w_k·(1 − α·c_k)·μ_k + (Σ_k w_k·c_k)·x + the back-projection (added below)
        const row = (start + s) * d;
        for (let i = 0; i < d; i++) out[row + i] = offMix * (block[s * d + i] as number);
        for (let k = 0; k < K; k++) {
          const scale = (weights[k] as number) * (1 - alpha * (offGain[k] as number));
          if (scale === 0) continue;
          const mean = (components[k] as (typeof components)[number]).mean;
          for (let i = 0; i < d; i++) out[row + i] = (out[row + i] as number) + scale * (mean[i] as number);
        }
      }
      back.multiply(coordinates, rows, lifted);
      const base = start * d;
      for (let i = 0; i < rows * d; i++) out[base + i] = (out[base + i] as number) + (lifted[i] as number);
    }
    return { n: x.n, d, data: out };
  };
}

/** w_k = exp(L_k − max L)/Σ exp(L_j − max L) of the joint log densities L at `from`. */
function posteriorWeights(logJoint: Float64Array, from: number, K: number, weights: Float64Array): void {
  let top = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < K; k++) top = Math.max(top, logJoint[from + k] as number);
  let sum = 0;
  for (let k = 0; k < K; k++) {
    const w = Math.exp((logJoint[from + k] as number) - top);
    weights[k] = w;
    sum += w;
  }
  for (let k = 0; k < K; k++) weights[k] = (weights[k] as number) / sum;
}
