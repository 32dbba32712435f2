import { InvalidArgumentError } from "@klsched/core-linalg";
import { type NoiseProcess, strategySchedule, withoutCleanLevel } from "@klsched/discretization";
import type { Sampler } from "./sampler.js";

/**
 * The largest number of steps N whose schedule costs `sampler` at most `budget` denoiser evaluations
 * (NFE) on `process`: N = budget for one-evaluation-per-step samplers, ⌊(budget + 1)/2⌋ for Heun (two
 * per step, one on the final step to the clean level). With `clean = false` the budget counts the
 * truncated schedule (`--no-clean`), whose last step is dropped. Used to compare samplers at equal cost.
 *
 * @example
 * ```ts
 * import { veProcess } from "@klsched/discretization";
 * import { ddim, heun, stepsForBudget } from "@klsched/gaussian-flow";
 * stepsForBudget(ddim, veProcess(0.002, 80), 10); // 10
 * stepsForBudget(heun, veProcess(0.002, 80), 10); // 5
 * stepsForBudget(heun, veProcess(0.002, 80), 10, false); // 6
 * ```
 * @throws InvalidArgumentError unless `budget` is an integer ≥ 1 that pays for one step.
 */
export function stepsForBudget(sampler: Sampler, process: NoiseProcess, budget: number, clean = true): number {
  if (!Number.isInteger(budget) || budget < 1) throw new InvalidArgumentError("nfe", budget, "expected an integer ≥ 1");
  const cost = (steps: number) => {
    const schedule = strategySchedule(process, { kind: "uniform" }, steps);
    return sampler.evaluations(clean || steps < 2 ? schedule : withoutCleanLevel(schedule));
  };
  if (cost(1) > budget)
    throw new InvalidArgumentError("nfe", budget, `${sampler.name} needs ${cost(1)} evaluations for one step`);
  let lo = 1; // cost(lo) ≤ budget
  let hi = budget + 2; // evaluations ≥ steps − 1, so cost(budget + 2) > budget
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (cost(mid) <= budget) lo = mid;
    else hi = mid;
  }
  return lo;
}
