import type { GaussianMixture } from "./gaussian-mixture.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { type RightMultiplier, rightMultiplier } from "./matrix-product.js";

/** The noisy level a mixture is seen at: x_t = α·x₀ + σ·ε. */
export interface MixtureLevel {
  readonly alpha: number;
  readonly sigma: number;
}

/** Per-sample coordinates and log densities of a mixture's components: see {@link mixtureProjector}. */
export interface MixtureProjector {
  readonly mixture: GaussianMixture;
  /** R = Σ_k r_k, the coordinates per sample. */
  readonly width: number;
  /** offsets[k], the first coordinate of component k (offsets[K] = R). */
  readonly offsets: Int32Array;
  /**
   * For the n rows of `x` (n × d row-major) at `level`: coordinates[s·R + offsets[k] + j] = u_kjᵀ(x_s − αμ_k),
   * and logJoint[s·K + k] = ln π_k + ln N(x_s; αμ_k, α²Σ_k + σ²I). Buffers of n·R and n·K values.
   */
  project(x: Float64Array, n: number, level: MixtureLevel, coordinates: Float64Array, logJoint: Float64Array): void;
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * The projections every use of a mixture at a noise level shares (its denoiser, its likelihood, EM):
 * the marginal of component k at (α, σ) is N(αμ_k, α²Σ_k + σ²I), whose covariance has eigenvalues
 * α²λ_kj + σ² on the basis U_k and α²ρ_k + σ² off it, so with v = x − αμ_k, y = U_kᵀv and
 * q = |v|² − |y|² (the energy off the basis),
 *
 *   ln N(x) = −½·[Σ_j y_j²/(α²λ_j + σ²) + q/(α²ρ + σ²) + Σ_j ln(α²λ_j + σ²) + (d − r)·ln(α²ρ + σ²) + d·ln 2π].
 *
 * y = U_kᵀx − α·U_kᵀμ_k for every component at once is one product X·[U_1 … U_K] (n·d·R multiply–adds,
 * {@link rightMultiplier}); |v|² is summed directly, so that x close to αμ_k loses no digits.
 *
 * @example
 * ```ts
 * import { createGaussianMixture, mixtureProjector } from "@klsched/core-linalg";
 * const mixture = createGaussianMixture(
 *   [{ weight: 1, mean: Float64Array.of(0), rank: 1, basis: Float64Array.of(1), eigenvalues: Float64Array.of(1), remainder: 0 }],
 *   "standard normal",
 * );
 * const y = new Float64Array(1);
 * const logJoint = new Float64Array(1);
 * mixtureProjector(mixture).project(Float64Array.of(0), 1, { alpha: 1, sigma: 0 }, y, logJoint);
 * (logJoint[0] ?? Number.NaN) + 0.5 * Math.log(2 * Math.PI); // 0
 * ```
 */
export function mixtureProjector(mixture: GaussianMixture): MixtureProjector {
  const { components, dimension: d } = mixture;
  const K = components.length;
  const offsets = new Int32Array(K + 1);
  components.forEach((c, k) => {
    offsets[k + 1] = (offsets[k] as number) + c.rank;
  });
  const width = offsets[K] as number;
  const bases = new Float64Array(d * width);
  const projectedMeans = new Float64Array(width);
  components.forEach((c, k) => {
    const first = offsets[k] as number;
    for (let i = 0; i < d; i++) for (let j = 0; j < c.rank; j++) bases[i * width + first + j] = c.basis[i * c.rank + j] as number;
    for (let j = 0; j < c.rank; j++) {
      let s = 0;
      for (let i = 0; i < d; i++) s += (c.basis[i * c.rank + j] as number) * (c.mean[i] as number);
      projectedMeans[first + j] = s;
    }
  });
  const multiplier: RightMultiplier = rightMultiplier(bases, d, width);
  const logWeights = components.map((c) => Math.log(c.weight));
  const project = (x: Float64Array, n: number, level: MixtureLevel, coordinates: Float64Array, logJoint: Float64Array) => {
    const { alpha, sigma } = level;
    if (!(Number.isFinite(alpha) && Number.isFinite(sigma) && sigma >= 0 && (alpha !== 0 || sigma > 0)))
      throw new InvalidArgumentError("level", `α=${alpha}, σ=${sigma}`, "expected finite α, σ ≥ 0, not both 0");
    multiplier.multiply(x, n, coordinates);
    const s2 = sigma * sigma;
    const a2 = alpha * alpha;
    for (let k = 0; k < K; k++) {
      const c = components[k] as (typeof components)[number];
      const first = offsets[k] as number;
      const r = c.rank;
      const offVariance = a2 * c.remainder + s2;
      let logDeterminant = r < d ? (d - r) * Math.log(offVariance) : 0;
      for (let j = 0; j < r; j++) logDeterminant += Math.log(a2 * (c.eigenvalues[j] as number) + s2);
      const constant = (logWeights[k] as number) - 0.5 * (logDeterminant + d * LOG_2PI);
      const mean = c.mean;
      for (let s = 0; s < n; s++) {
        const row = s * d;
        let energy = 0;
        for (let i = 0; i < d; i++) {
          const v = (x[row + i] as number) - alpha * (mean[i] as number);
          energy += v * v;
        }
        const at = s * width + first;
        let onBasis = 0;
        let quadratic = 0;
        for (let j = 0; j < r; j++) {
          const y = (coordinates[at + j] as number) - alpha * (projectedMeans[first + j] as number);
          coordinates[at + j] = y;
          onBasis += y * y;
          quadratic += (y * y) / (a2 * (c.eigenvalues[j] as number) + s2);
        }
        if (r < d) quadratic += Math.max(energy - onBasis, 0) / offVariance;
        logJoint[s * K + k] = constant - 0.5 * quadratic;
      }
    }
  };
  return Object.freeze({ mixture, width, offsets, project });
}

/**
 * ln p(x_s) of each row of x (n × d) under the mixture seen at `level` (α = 1, σ = 0: the mixture
 * itself): {@link mixtureProjector}'s joint log densities summed over components by log-sum-exp.
 *
 * @example
 * ```ts
 * import { createGaussianMixture, mixtureLogDensities } from "@klsched/core-linalg";
 * const mixture = createGaussianMixture(
 *   [{ weight: 1, mean: Float64Array.of(0), rank: 1, basis: Float64Array.of(1), eigenvalues: Float64Array.of(1), remainder: 0 }],
 *   "standard normal",
 * );
 * mixtureLogDensities(mixture, Float64Array.of(1), 1)[0]; // -1.4189385332046727
 * ```
 */
export function mixtureLogDensities(
  mixture: GaussianMixture | MixtureProjector,
  x: Float64Array,
  n: number,
  level: MixtureLevel = { alpha: 1, sigma: 0 },
): Float64Array {
  const projector = "project" in mixture ? mixture : mixtureProjector(mixture);
  const K = projector.mixture.components.length;
  const d = projector.mixture.dimension;
  const block = 256;
  const coordinates = new Float64Array(block * projector.width);
  const logJoint = new Float64Array(block * K);
  const out = new Float64Array(n);
  for (let first = 0; first < n; first += block) {
    const rows = Math.min(block, n - first);
    projector.project(x.subarray(first * d, (first + rows) * d), rows, level, coordinates, logJoint);
    for (let s = 0; s < rows; s++) out[first + s] = logSumExp(logJoint, s * K, K);
  }
  return out;
}

/** ln Σ_{k<count} exp(values[from + k]), shifted by the largest term. */
export function logSumExp(values: Float64Array, from: number, count: number): number {
  let top = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < count; k++) top = Math.max(top, values[from + k] as number);
  if (top === Number.NEGATIVE_INFINITY) return top;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp((values[from + k] as number) - top);
  return top + Math.log(sum);
}
