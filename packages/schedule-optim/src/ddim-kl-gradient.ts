import { compensatedSum } from "@klsched/core-linalg";
import type { NoiseProcess } from "@klsched/discretization";
import type { Prior } from "@klsched/gaussian-flow";
import { ddimClosedForm } from "@klsched/gaussian-flow/closed-form";
import { DIVERGENCES, type DivergenceDescriptor } from "@klsched/kl-metrics";
import { scheduleFromLevels } from "./schedule-from-levels.js";

/**
 * KL(source ‖ DDIM output) for the levels s₀ > s₁ > … > s_{N−1} > s_N = 0 (σ/α values; s₀ may be ∞ where
 * the process starts at α = 0) and its gradient with respect to the free levels s₁ … s_{N−1}: the forward
 * KL case of {@link ddimObjectiveWithGradient}. `gradient` receives ∂KL/∂s_k at index k; entries 0 and N
 * are left 0.
 */
export function ddimKLWithGradient(
  eigenvalues: Float64Array,
  process: NoiseProcess,
  prior: Prior,
  levels: Float64Array,
  gradient: Float64Array,
  mean?: Float64Array,
): number {
  return ddimObjectiveWithGradient(eigenvalues, process, prior, levels, gradient, DIVERGENCES.kl, mean).sum;
}

/**
 * Σ_i D(δ_i, Δm_i, r_i) of a registered divergence D under DDIM, and its gradient in the free levels.
 *
 * With θ = atan(s/√λ) and Δ_k = θ_k − θ_{k+1}, δ = δ₀ + ln P, P = Π_k cos²Δ_k (theory §2 “DDIM in closed
 * form”), so ∂δ/∂s_k = 2√λ/(λ + s_k²) · (tan Δ_{k−1} − tan Δ_k), tan Δ_k = √λ(s_k − s_{k+1})/(λ + s_k s_{k+1}).
 * Under the standard prior a source mean leaves Δm = −α₀μ·√(r_N/r₀·P), so ∂Δm/∂ln P = Δm/2; under the exact
 * prior Δm = 0. The value comes from the accurate polar kernel; the gradient is exact (tested against
 * central differences). Returns the sum S of the directions' terms (the divergence is `total(S)`);
 * `gradient` receives ∂S/∂s_k at index k, entries 0 and N left 0.
 */
export function ddimObjectiveWithGradient(
  eigenvalues: Float64Array,
  process: NoiseProcess,
  prior: Prior,
  levels: Float64Array,
  gradient: Float64Array,
  divergence: DivergenceDescriptor,
  mean?: Float64Array,
): { readonly sum: number } {
  const n = levels.length - 1;
  const schedule = scheduleFromLevels(process, levels);
  const output = ddimClosedForm(eigenvalues, schedule, prior, mean);
  const d = eigenvalues.length;
  const terms = new Float64Array(d);
  const partial = new Float64Array(2);
  gradient.fill(0);
  const tangents = new Float64Array(n);
  for (let i = 0; i < d; i++) {
    const lambda = eigenvalues[i] as number;
    const delta = output.logVarianceRatio[i] as number;
    const meanError = output.meanError[i] as number;
    const target = output.targetVariance[i] as number;
    terms[i] = divergence.perDirection(delta, meanError, target);
    divergence.gradient(delta, meanError, target, partial);
    const dLogP = (partial[0] as number) + (meanError === 0 ? 0 : 0.5 * (partial[1] as number) * meanError);
    if (!Number.isFinite(dLogP)) continue;
    const root = Math.sqrt(lambda);
    for (let k = 0; k < n; k++) tangents[k] = angleStepTangent(levels[k] as number, levels[k + 1] as number, lambda, root);
    for (let k = 1; k < n; k++) {
      const s = levels[k] as number;
      const dDelta = ((2 * root) / (lambda + s * s)) * ((tangents[k - 1] as number) - (tangents[k] as number));
      gradient[k] = (gradient[k] as number) + dLogP * dDelta;
    }
  }
  return { sum: compensatedSum(terms) };
}

/** tan(θ(a) − θ(b)) for levels a > b with θ = atan(s/√λ); a may be ∞ and b may be 0. */
function angleStepTangent(a: number, b: number, lambda: number, root: number): number {
  if (a === Number.POSITIVE_INFINITY) return root / b;
  return (root * (a - b)) / (lambda + a * b);
}
