import type { DirectionalObjective } from "@klsched/gaussian-flow/closed-form";
import { DIVERGENCES, type DivergenceDescriptor, type DivergenceName } from "@klsched/kl-metrics";

/**
 * What an optimised schedule minimises: a divergence of the registry, by its `ScheduleKL` field name
 * (`kl`, the forward KL, is the default: what the seed paper minimises). `klsched optimize --objective`
 * names them by each descriptor's `objective` (`kl`, `reverse-kl`, `symmetric-kl`, `w2`).
 */
export type Objective = DivergenceName;

/**
 * The registered divergence an objective names.
 *
 * @example
 * ```ts
 * import { objectiveDivergence } from "@klsched/schedule-optim";
 * objectiveDivergence("klReverse").objective; // "reverse-kl"
 * ```
 */
export function objectiveDivergence(objective: Objective = "kl"): DivergenceDescriptor {
  return DIVERGENCES[objective];
}

/** A divergence's per-direction contribution with its ∂/∂δ and ∂/∂Δm in one call, as the tape gradient takes it. */
export function directionalObjective(divergence: DivergenceDescriptor): DirectionalObjective {
  return (delta, meanError, target, out) => {
    divergence.gradient(delta, meanError, target, out);
    return divergence.perDirection(delta, meanError, target);
  };
}

/**
 * The divergence a safe optimum of `objective` keeps at most its best baseline's (`guard`): the other
 * direction of KL for `kl` and `klReverse`; none for the symmetric KL and W₂, which weigh both ways.
 *
 * @example
 * ```ts
 * import { guardedDivergence } from "@klsched/schedule-optim";
 * guardedDivergence("kl"); // "klReverse"
 * guardedDivergence("w2"); // undefined
 * ```
 */
export function guardedDivergence(objective: Objective = "kl"): Objective | undefined {
  if (objective === "kl") return "klReverse";
  if (objective === "klReverse") return "kl";
  return undefined;
}
