import { MAX_STEPS as LIBRARY_MAX_STEPS } from "@klsched/discretization";
import type { FlagSource } from "./flag-source.js";
import { UsageError } from "./usage-error.js";

/** The most steps any command takes: the libraries' bound (discretization's `MAX_STEPS`, 100 000). */
export const MAX_STEPS = LIBRARY_MAX_STEPS;

/**
 * The work budget of one schedule, in direction-steps (N × d × the sampler's cost): scoring takes 2³⁰
 * (about 10 s for Heun at d = 784, N = 170 000, measured), optimising 2²⁴ (the optimiser evaluates the
 * closed form and its gradient many times: about 12 s for DDIM's optimum at d = 784, N = 20 000).
 */
export const SCORE_WORK = 2 ** 30;
export const OPTIMIZE_WORK = 2 ** 24;

/**
 * A sampler's cost per direction-step relative to DDIM's, whose closed form is one multiply-add per level:
 * the others record a linear tape or a variance recursion (Heun on d = 784, N = 10⁶: 60 s and 2.3 GB,
 * against DDIM's 0.7 s at N = 10⁵).
 */
function samplerCost(sampler: string | undefined): number {
  return sampler === undefined || sampler === "ddim" || sampler === "euler" ? 1 : 8;
}

/**
 * Refuses a step count the command cannot do in reasonable time and memory: above {@link MAX_STEPS}, or
 * above the work budget for the spectrum's dimension d and the sampler (`optimize`'s smaller budget for an
 * optimised strategy), with the largest N that fits.
 * @throws UsageError naming the steps flag (`--steps`, or `--nfe` when N came from a budget).
 */
export function checkStepWork(
  steps: number,
  d: number | undefined,
  sampler: string | undefined,
  optimized: boolean,
  flag: FlagSource,
): void {
  if (steps > MAX_STEPS)
    throw new UsageError(
      flag.flag,
      flag.value,
      `at most ${MAX_STEPS} steps (the schedule and the samplers' state are kept in memory)`,
    );
  if (d === undefined) return;
  const budget = optimized ? OPTIMIZE_WORK : SCORE_WORK;
  const cost = samplerCost(sampler);
  const most = Math.floor(budget / (d * cost));
  if (steps > most) {
    const what = optimized ? "optimising" : "scoring";
    throw new UsageError(
      flag.flag,
      flag.value,
      `too much work: ${what} ${steps} steps × ${d} directions${cost > 1 ? ` under ${sampler}` : ""} exceeds the budget of ${budget} direction-steps; at most ${most} steps here`,
    );
  }
}
