import type { Schedule } from "@klsched/discretization";
import type { Denoiser } from "./denoiser.js";
import type { Prior } from "./prior.js";
import type { NoiseSource, VectorSpace } from "./vector-space.js";

/**
 * A Gaussian state written per eigen-direction of Σ as x = mean + Σ_j gains[j] ∘ ξ_j, with ξ_j
 * independent standard normal vectors: ξ₀ is the start noise, later ones are noise a stochastic sampler
 * added. Linear samplers keep this form exactly (THEORY.md §2), so running a sampler on it is the
 * closed form: the output is N(mean, Σ_j gains[j]²) in every direction, cross-covariances included.
 */
export interface GaussianState {
  readonly mean: Float64Array;
  readonly gains: readonly (Float64Array | undefined)[];
}

/** The linear combinations of {@link GaussianState}s. */
export const gaussianStateSpace: VectorSpace<GaussianState> = Object.freeze({
  /** Merges every noise source but the start noise ξ₀ into one: Σ_{j≥1} g_j² is all that x's law needs. */
  compact(x: GaussianState): GaussianState {
    if (x.gains.length <= 2) return x;
    const d = x.mean.length;
    const merged = new Float64Array(d);
    for (let j = 1; j < x.gains.length; j++) {
      const g = x.gains[j];
      if (g === undefined) continue;
      for (let i = 0; i < d; i++) merged[i] = (merged[i] as number) + (g[i] as number) ** 2;
    }
    for (let i = 0; i < d; i++) merged[i] = Math.sqrt(merged[i] as number);
    return { mean: x.mean, gains: [x.gains[0], merged] };
  },
  combine(coefficients: readonly number[], vectors: readonly GaussianState[]): GaussianState {
    const d = (vectors[0] as GaussianState).mean.length;
    const mean = new Float64Array(d);
    const sources = Math.max(...vectors.map((v) => v.gains.length));
    const gains: (Float64Array | undefined)[] = new Array(sources).fill(undefined);
    vectors.forEach((v, m) => {
      const c = coefficients[m] as number;
      for (let i = 0; i < d; i++) mean[i] = (mean[i] as number) + c * (v.mean[i] as number);
      v.gains.forEach((g, j) => {
        if (g === undefined) return;
        const out = gains[j] ?? new Float64Array(d);
        for (let i = 0; i < d; i++) out[i] = (out[i] as number) + c * (g[i] as number);
        gains[j] = out;
      });
    });
    return { mean, gains };
  },
});

/** Per-direction variance Σ_j gains[j]² of a state. */
export function stateVariance(state: GaussianState): Float64Array {
  const variance = new Float64Array(state.mean.length);
  for (const g of state.gains) {
    if (g === undefined) continue;
    for (let i = 0; i < variance.length; i++) variance[i] = (variance[i] as number) + (g[i] as number) ** 2;
  }
  return variance;
}

/**
 * The exact denoiser of a Gaussian source N(μ, Σ) in the eigenbasis (THEORY.md §1):
 * D(x) = μ + λα/(α²λ + σ²)·(x − αμ), applied to a state's mean and to each of its gains.
 * `mean` holds μ in eigen-coordinates (zero when omitted).
 */
export function gaussianDenoiser(eigenvalues: Float64Array, mean?: Float64Array): Denoiser<GaussianState> {
  const d = eigenvalues.length;
  return (x, { alpha, sigma }) => {
    const out = new Float64Array(d);
    const k = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      const lambda = eigenvalues[i] as number;
      const mu = mean?.[i] ?? 0;
      k[i] = (lambda * alpha) / (alpha * alpha * lambda + sigma * sigma);
      out[i] = mu + (k[i] as number) * ((x.mean[i] as number) - alpha * mu);
    }
    const gains = x.gains.map((g) => (g === undefined ? undefined : g.map((v, i) => (k[i] as number) * v)));
    return { mean: out, gains };
  };
}

/** A noise source for {@link GaussianState}: every call opens a new independent source with unit gain. */
export const gaussianStateNoise: NoiseSource<GaussianState> = (like) => {
  const d = like.mean.length;
  const gains: (Float64Array | undefined)[] = new Array(like.gains.length).fill(undefined);
  gains.push(new Float64Array(d).fill(1));
  return { mean: new Float64Array(d), gains };
};

/**
 * The start state at a schedule's first level: the process's prior N(0, v·I) (`standard`) or the true
 * marginal N(α₀μ, α₀²λ + σ₀²) (`exact`).
 */
export function priorState(eigenvalues: Float64Array, schedule: Schedule, prior: Prior, mean?: Float64Array): GaussianState {
  const d = eigenvalues.length;
  const alpha0 = schedule.alpha[0] as number;
  const sigma0 = schedule.sigma[0] as number;
  const m = new Float64Array(d);
  const g = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    if (prior === "exact") {
      m[i] = alpha0 * (mean?.[i] ?? 0);
      g[i] = Math.sqrt(alpha0 * alpha0 * (eigenvalues[i] as number) + sigma0 * sigma0);
    } else {
      g[i] = Math.sqrt(schedule.process.priorVariance);
    }
  }
  return { mean: m, gains: [g] };
}
