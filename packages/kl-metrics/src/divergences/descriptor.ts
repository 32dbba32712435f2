/**
 * A divergence between the target N(m₀, r) of one direction and a sampler's output N(m₀ + Δm, r·e^δ), in
 * the form of theory §3: written in δ = ln(v/r) so that nothing cancels when the two are close. The
 * descriptor is the only place a divergence is written down; `DIVERGENCES` registers it, and
 * `scheduleKL`, the CLI's tables and JSON, and the optimiser's objectives read the registry.
 */
export interface DivergenceDescriptor {
  /** The field in `ScheduleKL` and in the CLI's JSON (`kl`, `klReverse`, `w2`). */
  readonly name: string;
  /** The name `klsched optimize --objective` takes (`kl`, `reverse-kl`, `symmetric-kl`, `w2`). */
  readonly objective: string;
  /** The column header of the CLI's tables (`KL`, `KL reverse`, `W2`). */
  readonly label: string;
  /** One line for `--help` and the docs, with the formula. */
  readonly summary: string;
  /** One direction's contribution to the summed quantity. */
  perDirection(logVarianceRatio: number, meanError: number, targetVariance: number): number;
  /** ∂/∂δ and ∂/∂Δm of {@link perDirection}, written to `out[0]` and `out[1]` (no allocation per call). */
  gradient(logVarianceRatio: number, meanError: number, targetVariance: number, out: Float64Array): void;
  /** The divergence from the (compensated) sum of the directions' contributions: the identity, or √ for W₂. */
  total(sum: number): number;
  /** d total / d sum at `sum` (1, or 1/(2√sum) for W₂), for the chain rule of gradients. */
  totalDerivative(sum: number): number;
}
