import { ddim } from "@klsched/gaussian-flow";
import { ddimKLWithGradient } from "./ddim-kl-gradient.js";
import { geodesicSchedule, type OptimizedLevels } from "./geodesic-schedule.js";
import { minimizeLbfgs } from "./lbfgs.js";
import { type LevelChart, levelsFromLogits, logitGradient, logitsFromLevels } from "./level-chart.js";
import { contextSampler, levelRange, type OptimizationContext, referenceScale } from "./optimization-context.js";
import { samplerKLWithGradient } from "./sampler-kl-gradient.js";

/**
 * The exact minimiser of KL(source ‖ sampler output) over every level but the first (theory §4 “One eigenvalue: the tangent law”):
 * L-BFGS on logits of the angle gaps between levels (so levels stay strictly decreasing and above a
 * discrete model's floor). For DDIM the gradient is analytic and the start is the geodesic schedule
 * ({@link geodesicSchedule}); other samplers start from the DDIM optimum and use central differences of
 * their own closed form.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { scheduleKL } from "@klsched/kl-metrics";
 * import { optimalSchedule } from "@klsched/schedule-optim";
 * const spectrum = syntheticSpectrum("geometric:d=8,min=0.01,max=1");
 * const context = { spectrum, process: veProcess(0.002, 80) };
 * const optimum = optimalSchedule(context, 4);
 * optimum.levels; // Float64Array [80, 1.0627…, 0.3122…, 0.0916…, 0]
 * optimum.kl; // 1.7011
 * scheduleKL({ spectrum, schedule: strategySchedule(context.process, { kind: "karras", rho: 7 }, 4) }).kl; // 19.159
 * ```
 */
export function optimalSchedule(
  context: OptimizationContext,
  steps: number,
  start?: Float64Array,
): OptimizedLevels & { readonly kl: number } {
  const sampler = contextSampler(context);
  const { eigenvalues } = context.spectrum;
  const prior = context.prior ?? "standard";
  const range = levelRange(context.process);
  const chart: LevelChart = { start: range.start, floor: range.floor, scale: referenceScale(eigenvalues), steps };
  if (sampler !== ddim) {
    const ddimContext = { ...context, sampler: ddim };
    const initial = start ?? optimalSchedule(ddimContext, steps).levels;
    if (steps === 1)
      return {
        levels: initial,
        iterations: 0,
        kl: samplerKLWithGradient(context, chart, new Float64Array(1), new Float64Array(1)),
      };
    const result = minimizeLbfgs((x, g) => samplerKLWithGradient(context, chart, x, g), logitsFromLevels(chart, initial), {
      maxIterations: 500,
      relativeTolerance: 1e-13,
      ...(context.onProgress ? { onIteration: (i: number) => context.onProgress?.(i, 500) } : {}),
    });
    return { levels: levelsFromLogits(chart, result.x), iterations: result.iterations, kl: result.value };
  }
  const initial = start ?? geodesicSchedule(context, steps, 2, 1e-3).levels;
  const levelGradient = new Float64Array(steps + 1);
  const objective = (logits: Float64Array, gradient: Float64Array) => {
    const levels = levelsFromLogits(chart, logits);
    const kl = ddimKLWithGradient(eigenvalues, context.process, prior, levels, levelGradient, context.mean);
    gradient.set(logitGradient(chart, logits, levels, levelGradient));
    return kl;
  };
  if (steps === 1) {
    const levels = levelsFromLogits(chart, new Float64Array(1));
    return { levels, iterations: 0, kl: objective(new Float64Array(1), new Float64Array(1)) };
  }
  const result = minimizeLbfgs(objective, logitsFromLevels(chart, initial), {
    maxIterations: 3000,
    relativeTolerance: 1e-15,
    ...(context.onProgress ? { onIteration: (i: number) => context.onProgress?.(i, 3000) } : {}),
  });
  return { levels: levelsFromLogits(chart, result.x), iterations: result.iterations, kl: result.value };
}
