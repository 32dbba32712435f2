/**
 * A sampler's Gaussian output at the last level of a schedule, per eigen-direction, relative to the true
 * marginal there, N(α_end·μ, r²) with r² = α_end²λ + σ_end² (= λ when the schedule ends clean):
 * output variance v = r²·e^δ and output mean α_end·μ + meanError.
 * Carrying δ = ln(v/r²) instead of v keeps the KL accurate when δ is tiny (theory §3 “Divergences”).
 */
export interface DirectionalOutput {
  readonly logVarianceRatio: Float64Array;
  readonly targetVariance: Float64Array;
  readonly meanError: Float64Array;
}
