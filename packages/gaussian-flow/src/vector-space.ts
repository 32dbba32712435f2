/**
 * The algebra a sampler needs from its state: linear combinations. A sampler written against this runs
 * unchanged on sample vectors (Monte Carlo) and on per-direction Gaussian state (the closed form).
 */
export interface VectorSpace<S> {
  /** Σ_j coefficients[j] · vectors[j]; both lists have the same length ≥ 1. */
  combine(coefficients: readonly number[], vectors: readonly S[]): S;
  /**
   * Called by a sampler when `x` is the only state it still holds (no history): the space may merge
   * bookkeeping that no other state shares. The Gaussian closed form merges the independent noise added
   * so far into one source, which keeps stochastic samplers O(levels × d). Optional; identity by default.
   */
  compact?(x: S): S;
}

/**
 * Fresh standard normal noise shaped like `like`, independent of everything drawn before; `step` is
 * the index of the step that asks (stochastic samplers: DDPM, Euler-ancestral, DDIM with η > 0).
 */
export type NoiseSource<S> = (like: S, step: number) => S;
