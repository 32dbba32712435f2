import { isKlschedError } from "@klsched/core-linalg";
import { type NoiseProcess, parseStrategy, sigmasOf, strategySchedule } from "@klsched/discretization";

/**
 * The standard strategies an optimised schedule is measured against, started from and never worse than
 * (the baselines of `klsched optimize`): the time-uniform and quadratic grids, uniform log-SNR (= `exponential`),
 * Karras ρ = 7 and `tangent:c=1` (ComfyUI's `kl_optimal`).
 */
export const BASELINE_STRATEGIES = ["uniform", "quadratic", "logsnr", "exponential", "karras", "tangent:c=1"] as const;

/** A baseline's levels s₀ … 0 at N steps. */
export interface BaselineLevels {
  readonly label: string;
  readonly levels: Float64Array;
}

/**
 * The levels of every {@link BASELINE_STRATEGIES} entry the process can take, at N steps (karras and logsnr not on `flow`).
 *
 * @example
 * ```ts
 * import { flowProcess } from "@klsched/discretization";
 * import { baselineLevels } from "@klsched/schedule-optim";
 * baselineLevels(flowProcess(), 4).map((b) => b.label); // ["uniform", "quadratic", "tangent:c=1"]
 * ```
 */
export function baselineLevels(process: NoiseProcess, steps: number): BaselineLevels[] {
  return BASELINE_STRATEGIES.flatMap((label) => {
    try {
      return [{ label, levels: sigmasOf(strategySchedule(process, parseStrategy(label).strategy, steps)) }];
    } catch (error) {
      if (isKlschedError(error) && error.code === "invalid-argument") return []; // a strategy this process cannot take
      throw error;
    }
  });
}
