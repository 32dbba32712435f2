import { compensatedSum } from "@klsched/core-linalg";
import { scheduleKL } from "@klsched/kl-metrics";
import { minimizeScalar } from "./minimize-scalar.js";
import { contextSampler, levelRange, type OptimizationContext } from "./optimization-context.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";

/** How the tangent law's coefficient is chosen. */
export type TangentFit = "exact" | "asymptotic";

/**
 * The tangent law with coefficient c run to the clean level in N equal angle steps (theory §4 “One eigenvalue: the tangent law”):
 * s_k = c·tan((1 − k/N)·atan(s₀/c)), k = 0..N. If the last noisy level would fall below a discrete
 * model's `floor`, the law runs from s₀ to `floor` in N − 1 steps and then jumps to 0.
 *
 * @example
 * ```ts
 * import { tangentLevels } from "@klsched/schedule-optim";
 * tangentLevels(80, 0, 1, 4); // Float64Array [80, 2.3516…, 0.9875…, 0.4105…, 0]
 * ```
 */
export function tangentLevels(start: number, floor: number, c: number, steps: number): Float64Array {
  const top = Math.atan(start / c);
  const levels = new Float64Array(steps + 1);
  for (let k = 0; k < steps; k++) levels[k] = c * Math.tan((1 - k / steps) * top);
  if (steps > 1 && (levels[steps - 1] as number) < floor) {
    const bottom = Math.atan(floor / c);
    for (let k = 1; k < steps; k++) {
      const u = k / (steps - 1);
      levels[k] = k === steps - 1 ? floor : c * Math.tan((1 - u) * top + u * bottom);
    }
  }
  levels[0] = start;
  levels[steps] = 0;
  return levels;
}

/**
 * A_i = ∫₀¹ θ_i'(u)² du for the tangent law with coefficient c run to 0 from s₀ (theory §5 “Many steps: the Euler–Maclaurin expansion”), in closed
 * form: with Φ₀ = atan(s₀/c), κ = c/√λ and T = s₀/√λ,
 * A = Φ₀·(κ·I₁(T) + I₂(T)/κ), I₁ = ½(T/(1 + T²) + atan T), I₂ = ½(atan T − T/(1 + T²)).
 */
export function tangentAngleEnergy(lambda: number, start: number, c: number): number {
  const root = Math.sqrt(lambda);
  const top = Math.atan(start / c);
  const t = start / root;
  const ratio = t === Number.POSITIVE_INFINITY ? 0 : t / (1 + t * t);
  const arc = Math.atan(t);
  const kappa = c / root;
  return top * (kappa * 0.5 * (ratio + arc) + (0.5 * (arc - ratio)) / kappa);
}

/**
 * The tangent law's coefficient for a spectrum: `exact` minimises the exact KL of {@link tangentLevels}
 * for this process, sampler, prior and N (a 1-D search in ln c); `asymptotic` minimises Σ_i A_i², the leading
 * N⁻² term of the KL with an exact prior (theory §5 “Many steps: the Euler–Maclaurin expansion”), independent of N.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { fitTangentCoefficient } from "@klsched/schedule-optim";
 * const spectrum = syntheticSpectrum("geometric:d=8,min=0.01,max=1");
 * const context = { spectrum, process: veProcess(0.002, 80) };
 * fitTangentCoefficient(context, 4); // 0.3138
 * fitTangentCoefficient(context, 4, "asymptotic"); // 0.3148
 * ```
 */
export function fitTangentCoefficient(context: OptimizationContext, steps: number, fit: TangentFit = "exact"): number {
  const sampler = contextSampler(context);
  const { eigenvalues } = context.spectrum;
  const { start, floor } = levelRange(context.process);
  const lo = Math.log(Math.sqrt(eigenvalues[eigenvalues.length - 1] as number)) - 3;
  const hi = Math.log(Math.sqrt(eigenvalues[0] as number)) + 3;
  const objective =
    fit === "asymptotic"
      ? (logC: number) => {
          const c = Math.exp(logC);
          return compensatedSum(eigenvalues.map((l) => tangentAngleEnergy(l, start, c) ** 2));
        }
      : (logC: number) => {
          const levels = tangentLevels(start, floor, Math.exp(logC), steps);
          return scheduleKL({
            spectrum: context.spectrum,
            schedule: scheduleFromLevels(context.process, levels),
            sampler,
            prior: context.prior ?? "standard",
            ...(context.mean === undefined ? {} : { mean: context.mean }),
          }).kl;
        };
  return Math.exp(minimizeScalar(objective, lo, hi, 41, 1e-12).x);
}
