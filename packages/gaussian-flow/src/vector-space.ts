/**
 * The algebra a sampler needs from its state: linear combinations. A sampler written against this runs
 * unchanged on sample vectors (Monte Carlo) and on per-direction Gaussian state (the closed form).
 */
export interface VectorSpace<S> {
  /** Σ_j coefficients[j] · vectors[j]; both lists have the same length ≥ 1. */
  combine(coefficients: readonly number[], vectors: readonly S[]): S;
}

/**
 * Fresh standard normal noise shaped like `like`, independent of everything drawn before; `step` is
 * the index of the step that asks (stochastic samplers: DDPM, Euler-ancestral, DDIM with η > 0).
 */
export type NoiseSource<S> = (like: S, step: number) => S;
