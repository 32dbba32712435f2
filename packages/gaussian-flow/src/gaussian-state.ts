import type { Schedule } from "@klsched/discretization";
import type { Denoiser } from "./denoiser.js";
import type { Prior } from "./prior.js";
import type { NoiseSource, VectorSpace } from "./vector-space.js";

/**
 * A Gaussian state written per eigen-direction of Σ as x = mean + Σ_j gains[j] ∘ ξ_j, with ξ_j
 * independent standard normal vectors: ξ₀ is the start noise, later ones are noise a stochastic sampler
 * added. Linear samplers keep this form exactly (theory §2 “DDIM in closed form”), so running a sampler on it is the
 * closed form: the output is N(mean, Σ_j gains[j]²) in every direction, cross-covariances included.
 * `mean` is null when it is zero (a centred source), which halves the work.
 */
export interface GaussianState {
  readonly mean: Float64Array | null;
  readonly gains: readonly (Float64Array | undefined)[];
}

/**
 * The dimension d of a state.
 *
 * @example
 * ```ts
 * import { stateDimension } from "@klsched/gaussian-flow/closed-form";
 * stateDimension({ mean: null, gains: [Float64Array.of(1, 1, 1)] }); // 3
 * ```
 */
export function stateDimension(state: GaussianState): number {
  if (state.mean !== null) return state.mean.length;
  for (const g of state.gains) if (g !== undefined) return g.length;
  return 0;
}

/** y += c·x over the whole array. */
function addScaled(c: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + c * (x[i] as number);
}

/**
 * The linear combinations of {@link GaussianState}s: one pass per (vector, source), no per-element
 * allocation; `compact` merges the noise sources after the start noise into one.
 *
 * @example
 * ```ts
 * import { gaussianStateSpace } from "@klsched/gaussian-flow/closed-form";
 * const start = { mean: null, gains: [Float64Array.of(1, 2)] };
 * const noise = { mean: null, gains: [undefined, Float64Array.of(3, 4)] };
 * gaussianStateSpace.combine([2, 1], [start, noise]).gains; // [Float64Array [2, 4], Float64Array [3, 4]]
 * gaussianStateSpace.compact?.({ mean: null, gains: [start.gains[0], Float64Array.of(3, 4), Float64Array.of(4, 3)] }).gains; // [Float64Array [1, 2], Float64Array [5, 5]]
 * ```
 */
export const gaussianStateSpace: VectorSpace<GaussianState> = Object.freeze({
  /** Merges every noise source but the start noise ξ₀ into one: Σ_{j≥1} g_j² is all that x's law needs. */
  compact(x: GaussianState): GaussianState {
    if (x.gains.length <= 2) return x;
    const merged = new Float64Array(stateDimension(x));
    for (let j = 1; j < x.gains.length; j++) {
      const g = x.gains[j];
      if (g === undefined) continue;
      for (let i = 0; i < merged.length; i++) merged[i] = (merged[i] as number) + (g[i] as number) * (g[i] as number);
    }
    for (let i = 0; i < merged.length; i++) merged[i] = Math.sqrt(merged[i] as number);
    return { mean: x.mean, gains: [x.gains[0], merged] };
  },
  combine(coefficients: readonly number[], vectors: readonly GaussianState[]): GaussianState {
    const d = stateDimension(vectors[0] as GaussianState);
    let mean: Float64Array | null = null;
    let sources = 0;
    for (let m = 0; m < vectors.length; m++) {
      const v = vectors[m] as GaussianState;
      sources = Math.max(sources, v.gains.length);
      if (v.mean === null) continue;
      mean ??= new Float64Array(d);
      addScaled(coefficients[m] as number, v.mean, mean);
    }
    const gains: (Float64Array | undefined)[] = [];
    for (let j = 0; j < sources; j++) {
      let out: Float64Array | undefined;
      for (let m = 0; m < vectors.length; m++) {
        const g = (vectors[m] as GaussianState).gains[j];
        if (g === undefined) continue;
        out ??= new Float64Array(d);
        addScaled(coefficients[m] as number, g, out);
      }
      gains.push(out);
    }
    return { mean, gains };
  },
});

/**
 * Per-direction variance Σ_j gains[j]² of a state.
 *
 * @example
 * ```ts
 * import { stateVariance } from "@klsched/gaussian-flow/closed-form";
 * stateVariance({ mean: null, gains: [Float64Array.of(1, 2), Float64Array.of(3, 4)] }); // Float64Array [10, 20]
 * ```
 */
export function stateVariance(state: GaussianState): Float64Array {
  const variance = new Float64Array(stateDimension(state));
  for (const g of state.gains) {
    if (g === undefined) continue;
    for (let i = 0; i < variance.length; i++) variance[i] = (variance[i] as number) + (g[i] as number) * (g[i] as number);
  }
  return variance;
}

/**
 * The exact denoiser of a Gaussian source N(μ, Σ) in the eigenbasis (theory §1 “Model”):
 * D(x) = μ + λα/(α²λ + σ²)·(x − αμ), applied to a state's mean and to each of its gains.
 * `mean` holds μ in eigen-coordinates (zero when omitted). The per-direction gains k are computed into
 * one buffer owned by the returned function, so a call allocates only its output.
 *
 * @example
 * ```ts
 * import { gaussianDenoiser } from "@klsched/gaussian-flow/closed-form";
 * const denoise = gaussianDenoiser(Float64Array.of(1, 4));
 * // at α = σ = 1 the gains are k = λ/(λ + 1): 1/2 and 4/5
 * const denoised = denoise({ mean: Float64Array.of(2, 2), gains: [Float64Array.of(1, 1)] }, { t: 1, alpha: 1, sigma: 1 });
 * denoised.mean; // Float64Array [1, 1.6]
 * denoised.gains; // [Float64Array [0.5, 0.8]]
 * ```
 */
export function gaussianDenoiser(eigenvalues: Float64Array, mean?: Float64Array): Denoiser<GaussianState> {
  const d = eigenvalues.length;
  const k = new Float64Array(d);
  return (x, { alpha, sigma }) => {
    const a2 = alpha * alpha;
    const s2 = sigma * sigma;
    for (let i = 0; i < d; i++) {
      const lambda = eigenvalues[i] as number;
      k[i] = (lambda * alpha) / (a2 * lambda + s2);
    }
    let out: Float64Array | null = null;
    if (mean !== undefined || x.mean !== null) {
      out = new Float64Array(d);
      for (let i = 0; i < d; i++) {
        const mu = mean === undefined ? 0 : (mean[i] as number);
        const xi = x.mean === null ? 0 : (x.mean[i] as number);
        out[i] = mu + (k[i] as number) * (xi - alpha * mu);
      }
    }
    const gains: (Float64Array | undefined)[] = [];
    for (const g of x.gains) {
      if (g === undefined) {
        gains.push(undefined);
        continue;
      }
      const scaled = new Float64Array(d);
      for (let i = 0; i < d; i++) scaled[i] = (k[i] as number) * (g[i] as number);
      gains.push(scaled);
    }
    return { mean: out, gains };
  };
}

/**
 * A noise source for {@link GaussianState}: every call opens a new independent source with unit gain.
 *
 * @example
 * ```ts
 * import { gaussianStateNoise } from "@klsched/gaussian-flow/closed-form";
 * gaussianStateNoise({ mean: null, gains: [Float64Array.of(1, 1)] }, 0).gains; // [undefined, Float64Array [1, 1]]
 * ```
 */
export const gaussianStateNoise: NoiseSource<GaussianState> = (like) => {
  const gains: (Float64Array | undefined)[] = new Array(like.gains.length).fill(undefined);
  gains.push(new Float64Array(stateDimension(like)).fill(1));
  return { mean: null, gains };
};

/**
 * The start state at a schedule's first level: the process's prior N(0, v·I) (`standard`) or the true
 * marginal N(α₀μ, α₀²λ + σ₀²) (`exact`).
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { priorState } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * priorState(Float64Array.of(1, 4), schedule, "standard").gains; // [Float64Array [80, 80]]
 * priorState(Float64Array.of(1, 4), schedule, "exact").gains; // [Float64Array [80.00624975587844, 80.02499609497022]]
 * ```
 */
export function priorState(eigenvalues: Float64Array, schedule: Schedule, prior: Prior, mean?: Float64Array): GaussianState {
  const d = eigenvalues.length;
  const alpha0 = schedule.alpha[0] as number;
  const sigma0 = schedule.sigma[0] as number;
  const g = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    g[i] =
      prior === "exact"
        ? Math.sqrt(alpha0 * alpha0 * (eigenvalues[i] as number) + sigma0 * sigma0)
        : Math.sqrt(schedule.process.priorVariance);
  }
  const m = prior === "exact" && mean !== undefined ? mean.map((mu) => alpha0 * mu) : null;
  return { mean: m, gains: [g] };
}
