import { compensatedSum, phi } from "@klsched/core-linalg";
import { ddimClosedForm } from "@klsched/gaussian-flow/closed-form";
import { GeodesicMetric, geodesicLevels } from "./geodesic.js";
import { freeLevelRange, type OptimizationContext, referenceScale } from "./optimization-context.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";
import { tangentLevels } from "./tangent-fit.js";

/** Levels of an optimised schedule, σ/α from the start to the clean level 0, with how they were found. */
export interface OptimizedLevels {
  /** N + 1 values: s₀ (the process's start), the N − 1 free levels, 0. */
  readonly levels: Float64Array;
  readonly iterations: number;
}

/**
 * The geodesic schedule of theory §6 “A spectrum: the geodesic and the exact optimum”: uniform in S(s) = ∫₀ˢ √W with W(s) = Σ_i w_i λ_i/(λ_i + s²)², from
 * the process's start to the clean level, with self-consistent weights w_i = e^{−δ_i} − 1 = −∂(2KL_i)/∂δ_i
 * evaluated on the schedule itself (the finite-N form of w_i ∝ A_i), iterated to a fixed point with a
 * damped step (the geometric mean of old and new weights); the iterate with the lowest KL is returned.
 * One eigenvalue gives the tangent law with c = √λ run to s = 0. The metric is DDIM's (theory §6 “A spectrum: the geodesic and the exact optimum”)
 * whatever the context's sampler: for other samplers the geodesic is a good schedule, not their optimum.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { scheduleKL } from "@klsched/kl-metrics";
 * import { geodesicSchedule, scheduleFromLevels } from "@klsched/schedule-optim";
 * const spectrum = syntheticSpectrum("geometric:d=8,min=0.01,max=1");
 * const context = { spectrum, process: veProcess(0.002, 80) };
 * const { levels } = geodesicSchedule(context, 4);
 * levels; // Float64Array [80, 1.0135…, 0.3125…, 0.0961…, 0]
 * scheduleKL({ spectrum, schedule: scheduleFromLevels(context.process, levels) }).kl; // 1.708
 * ```
 */
export function geodesicSchedule(
  context: OptimizationContext,
  steps: number,
  maxIterations = 25,
  tolerance = 1e-5,
): OptimizedLevels {
  const { eigenvalues } = context.spectrum;
  const { start, floor } = freeLevelRange(context);
  const prior = context.prior ?? "standard";
  const klOf = (candidate: Float64Array) => {
    const out = ddimClosedForm(eigenvalues, scheduleFromLevels(context.process, candidate), prior);
    return { delta: out.logVarianceRatio, kl: compensatedSum(out.logVarianceRatio.map((d) => 0.5 * phi(-d))) };
  };
  let weights = new Float64Array(eigenvalues.length).fill(1);
  let levels = geodesicLevels(new GeodesicMetric(eigenvalues, weights), start, floor, steps);
  if (steps === 1) return { levels, iterations: 0 };
  // where the metric's arithmetic breaks down (eigenvalues near 1e±60), its inverse gives levels out of
  // order: the equal-angle tangent law at the spectrum's scale stands in, and a later bad iterate stops
  if (!orderedLevels(levels, start, floor))
    return { levels: tangentLevels(start, floor, referenceScale(eigenvalues), steps), iterations: 0 };
  let current = klOf(levels);
  let best = { levels, kl: current.kl };
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    // damped fixed-point step in ln w: at few steps the undamped iteration can oscillate
    // |e^{−δ} − 1|: a direction the prior over-disperses (δ > 0, a discrete model that starts short of pure
    // noise) weighs by its sensitivity too, never by a negative weight (whose root was NaN)
    const target = current.delta.map((delta) => Math.max(Math.min(Math.abs(Math.expm1(-delta)), 1e300), 1e-300));
    weights = weights.map((w, i) => Math.sqrt(w * (target[i] as number)));
    const next = geodesicLevels(new GeodesicMetric(eigenvalues, weights), start, floor, steps);
    if (!orderedLevels(next, start, floor)) return { levels: best.levels, iterations: iteration };
    let change = 0;
    for (let k = 1; k < steps; k++) change = Math.max(change, Math.abs((next[k] as number) / (levels[k] as number) - 1));
    levels = next;
    current = klOf(levels);
    if (current.kl < best.kl) best = { levels, kl: current.kl };
    if (change < tolerance) return { levels: best.levels, iterations: iteration };
  }
  return { levels: best.levels, iterations: maxIterations };
}

/** Levels s₀ … 0 strictly decreasing, every noisy one in [floor, s₀]. */
function orderedLevels(levels: Float64Array, start: number, floor: number): boolean {
  for (let k = 1; k < levels.length - 1; k++) {
    const s = levels[k] as number;
    if (!(s < (levels[k - 1] as number) && s <= start && s >= floor && s > 0)) return false;
  }
  return levels[0] === start;
}
