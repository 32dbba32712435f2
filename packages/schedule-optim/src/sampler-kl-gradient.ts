import { scheduleKL } from "@klsched/kl-metrics";
import type { LevelChart } from "./level-chart.js";
import { levelsFromLogits } from "./level-chart.js";
import { contextSampler, type OptimizationContext } from "./optimization-context.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";

/**
 * KL(source ‖ output) of any sampler's closed form at the levels of `logits`, with its gradient in the
 * logits by central differences (step 1e-6: truncation ~1e-12, rounding ~1e-10 relative); 2N + 1
 * closed-form runs per gradient. No longer what `optimalSchedule` uses (every sampler has exact gradients,
 * `objectiveInLogits`): kept as the independent route its tests and benchmark compare them with.
 */
export function samplerKLWithGradient(
  context: OptimizationContext,
  chart: LevelChart,
  logits: Float64Array,
  gradient: Float64Array,
): number {
  const klAt = (x: Float64Array) =>
    scheduleKL({
      spectrum: context.spectrum,
      schedule: scheduleFromLevels(context.process, levelsFromLogits(chart, x)),
      sampler: contextSampler(context),
      prior: context.prior ?? "standard",
      ...(context.mean === undefined ? {} : { mean: context.mean }),
    }).kl;
  const h = 1e-6;
  const probe = Float64Array.from(logits);
  for (let m = 0; m < logits.length; m++) {
    const x = logits[m] as number;
    probe[m] = x + h;
    const plus = klAt(probe);
    probe[m] = x - h;
    const minus = klAt(probe);
    probe[m] = x;
    gradient[m] = (plus - minus) / (2 * h);
  }
  return klAt(logits);
}
