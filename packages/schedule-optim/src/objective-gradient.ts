import { compensatedSum } from "@klsched/core-linalg";
import { LEVEL_RANGE } from "@klsched/discretization";
import { closedFormOutput, type DirectionalOutput, ddim } from "@klsched/gaussian-flow";
import {
  ddimClosedForm,
  type LevelGradientPlan,
  levelObjectiveGradient,
  planLevelGradient,
} from "@klsched/gaussian-flow/closed-form";
import type { DivergenceDescriptor } from "@klsched/kl-metrics";
import { ddimObjectiveWithGradient } from "./ddim-kl-gradient.js";
import type { ObjectiveWithGradient } from "./lbfgs.js";
import { type LevelChart, levelsFromLogits, logitGradient } from "./level-chart.js";
import { directionalObjective, objectiveDivergence } from "./objective.js";
import { contextSampler, type OptimizationContext } from "./optimization-context.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";

/**
 * An inequality G(x) ≤ bound on a second divergence, enforced by the augmented Lagrangian of Powell,
 * Hestenes and Rockafellar (Nocedal & Wright 2006, §17.4): with c = G/bound − 1 the objective gains
 * λc + (ρ/2)c² where λ + ρc ≥ 0 and −λ²/(2ρ) beyond, which is C¹ and exact at the multiplier λ.
 */
export interface Penalty {
  readonly divergence: DivergenceDescriptor;
  readonly bound: number;
  readonly multiplier: number;
  readonly rho: number;
}

/** The PHR term for constraint value c (and its derivative in c). */
export function penaltyTerm(penalty: Penalty, c: number): { value: number; slope: number } {
  const { multiplier: lambda, rho } = penalty;
  if (lambda + rho * c >= 0) return { value: lambda * c + 0.5 * rho * c * c, slope: lambda + rho * c };
  return { value: (-lambda * lambda) / (2 * rho), slope: 0 };
}

/**
 * The context's objective (a registered divergence of the sampler's closed-form output) as a function
 * of the chart's logits, with its exact gradient: DDIM's analytic one ({@link ddimObjectiveWithGradient}),
 * or reverse mode through any other sampler's tape (`levelObjectiveGradient`, planned once for the
 * chart's shape and kept in `plans`, which calls for one chart may share); then the divergence's total (√ for W₂) and the chart's chain rule. With a `penalty`,
 * its term is added; the penalised divergence's sum is read from the closed form first, so that the
 * gradient is that of f + w·G with w = max(0, λ + ρc)/bound, one per-direction objective.
 */
export function objectiveInLogits(
  context: OptimizationContext,
  chart: LevelChart,
  penalty?: Penalty,
  plans: { plan?: LevelGradientPlan } = {},
): ObjectiveWithGradient {
  const sampler = contextSampler(context);
  const divergence = objectiveDivergence(context.objective);
  const { eigenvalues } = context.spectrum;
  const prior = context.prior ?? "standard";
  const levelGradient = new Float64Array(chart.steps + 1);
  return (logits, gradient) => {
    const levels = levelsFromLogits(chart, logits);
    // a point the optimiser's line search overshot to (NaN logits, levels out of order, at 0 or beyond the
    // levels klsched computes with, LEVEL_RANGE) is no schedule: +∞ makes the search step back instead of failing
    for (let k = 1; k < chart.steps; k++) {
      const s = levels[k] as number;
      const usable = s >= LEVEL_RANGE.min && s <= LEVEL_RANGE.max && s >= chart.floor;
      if (!(s < (levels[k - 1] as number) && usable)) return Number.POSITIVE_INFINITY;
    }
    const schedule = scheduleFromLevels(context.process, levels);
    for (let k = 1; k < chart.steps; k++) {
      // a level so far out that α or σ rounds to 0 (or NaN) is no noisy level either
      if (!((schedule.alpha[k] as number) > 0 && (schedule.sigma[k] as number) > 0)) return Number.POSITIVE_INFINITY;
    }
    const input = { eigenvalues, schedule, prior, ...(context.mean === undefined ? {} : { mean: context.mean }) };
    let weight = 0;
    let extra = 0;
    if (penalty !== undefined) {
      const output =
        sampler === ddim ? ddimClosedForm(eigenvalues, schedule, prior, context.mean) : closedFormOutput(sampler, input);
      const sum = divergenceSum(penalty.divergence, output);
      const term = penaltyTerm(penalty, sum / penalty.bound - 1);
      weight = term.slope / penalty.bound;
      extra = term.value - weight * sum; // the combined sum counts w·G; the penalty is `term.value`
    }
    const combined =
      weight === 0 ? divergence : weightedDivergence(divergence, penalty?.divergence as DivergenceDescriptor, weight);
    let sum: number;
    if (sampler === ddim) {
      sum = ddimObjectiveWithGradient(eigenvalues, context.process, prior, levels, levelGradient, combined, context.mean).sum;
    } else {
      plans.plan ??= planLevelGradient(sampler, schedule);
      sum = levelObjectiveGradient(plans.plan, input, directionalObjective(combined), levelGradient);
    }
    // with a weight the objective's total must be the identity (the penalised objectives are the KLs):
    // the value is Σf + penalty = (Σf + w·G) + (penalty − w·G)
    const scale = weight === 0 ? divergence.totalDerivative(sum) : 1;
    if (scale !== 1) for (let k = 0; k < levelGradient.length; k++) levelGradient[k] = (levelGradient[k] as number) * scale;
    gradient.set(logitGradient(chart, logits, levels, levelGradient));
    for (const g of gradient) if (!Number.isFinite(g)) return Number.POSITIVE_INFINITY;
    return (weight === 0 ? divergence.total(sum) : sum) + extra;
  };
}

/** Σ_i D(δ_i, Δm_i, r_i) of one divergence over a closed-form output (compensated). */
function divergenceSum(divergence: DivergenceDescriptor, output: DirectionalOutput): number {
  const { logVarianceRatio, meanError, targetVariance } = output;
  const terms = new Float64Array(logVarianceRatio.length);
  for (let i = 0; i < terms.length; i++) {
    terms[i] = divergence.perDirection(logVarianceRatio[i] as number, meanError[i] as number, targetVariance[i] as number);
  }
  return compensatedSum(terms);
}

/** f + w·g per direction, as one divergence descriptor (identity total). */
function weightedDivergence(f: DivergenceDescriptor, g: DivergenceDescriptor, w: number): DivergenceDescriptor {
  const scratch = new Float64Array(2);
  return {
    ...f,
    perDirection: (delta, dm, r) => f.perDirection(delta, dm, r) + w * g.perDirection(delta, dm, r),
    gradient(delta, dm, r, out) {
      f.gradient(delta, dm, r, out);
      g.gradient(delta, dm, r, scratch);
      out[0] = (out[0] as number) + w * (scratch[0] as number);
      out[1] = (out[1] as number) + w * (scratch[1] as number);
    },
    total: (sum) => sum,
    totalDerivative: () => 1,
  };
}
