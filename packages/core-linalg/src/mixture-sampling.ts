import type { GaussianMixture } from "./gaussian-mixture.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { seededRandom } from "./seeded-random.js";

/** n exact samples of a mixture, with the component each came from: see {@link sampleMixture}. */
export interface MixtureSamples {
  readonly n: number;
  readonly d: number;
  /** n × d row-major. */
  readonly data: Float64Array;
  /** The component of each sample. */
  readonly components: Int32Array;
}

/**
 * Exact samples of a Gaussian mixture from a seeded generator ({@link seededRandom}): per sample a
 * component k with probability π_k (inversion of the cumulative weights), then
 * x = μ_k + U_k·(√λ ∘ z) + √ρ_k·(w − U_k·U_kᵀw) with z ∈ ℝ^r and w ∈ ℝ^d standard normal, whose
 * covariance is U_k·diag(λ)·U_kᵀ + ρ_k·(I − U_k·U_kᵀ) = Σ_k (w is not drawn when r = d). The same seed
 * gives the same samples. 2·d·r multiply–adds a sample.
 *
 * @throws InvalidArgumentError when n is not a positive integer.
 * @example
 * ```ts
 * import { createGaussianMixture, sampleMixture } from "@klsched/core-linalg";
 * const mixture = createGaussianMixture(
 *   [{ weight: 1, mean: Float64Array.of(3), rank: 1, basis: Float64Array.of(1), eigenvalues: Float64Array.of(1e-30), remainder: 0 }],
 *   "a point",
 * );
 * Math.round(sampleMixture(mixture, 2, 1).data[1] as number); // 3
 * ```
 */
export function sampleMixture(mixture: GaussianMixture, n: number, seed: number): MixtureSamples {
  if (!(Number.isInteger(n) && n >= 1)) throw new InvalidArgumentError("n", n, "expected a positive integer");
  const d = mixture.dimension;
  const random = seededRandom(seed);
  const cumulative: number[] = [];
  let total = 0;
  for (const c of mixture.components) {
    total += c.weight;
    cumulative.push(total);
  }
  const data = new Float64Array(n * d);
  const picks = new Int32Array(n);
  const maxRank = Math.max(...mixture.components.map((c) => c.rank));
  const z = new Float64Array(maxRank);
  const w = new Float64Array(d);
  const projected = new Float64Array(maxRank);
  for (let s = 0; s < n; s++) {
    const u = random.uniform() * total;
    let k = cumulative.findIndex((edge) => u < edge);
    if (k < 0) k = cumulative.length - 1;
    picks[s] = k;
    const c = mixture.components[k] as (typeof mixture.components)[number];
    const { rank: r, basis, eigenvalues } = c;
    const row = s * d;
    for (let j = 0; j < r; j++) z[j] = Math.sqrt(eigenvalues[j] as number) * random.normal();
    const full = r === d;
    if (!full) {
      for (let i = 0; i < d; i++) w[i] = random.normal();
      projected.fill(0, 0, r);
      for (let i = 0; i < d; i++) {
        const wi = w[i] as number;
        for (let j = 0; j < r; j++) projected[j] = (projected[j] as number) + (basis[i * r + j] as number) * wi;
      }
    }
    const root = Math.sqrt(c.remainder);
    for (let i = 0; i < d; i++) {
      let v = c.mean[i] as number;
      let off = full ? 0 : (w[i] as number);
      for (let j = 0; j < r; j++) {
        const u = basis[i * r + j] as number;
        v += u * (z[j] as number);
        if (!full) off -= u * (projected[j] as number);
      }
      data[row + i] = full ? v : v + root * off;
    }
  }
  return { n, d, data, components: picks };
}
