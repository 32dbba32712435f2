import { checkLimit } from "@klsched/core-linalg";

/**
 * The most steps a schedule may have: 100 000. A schedule is a handful of Float64Arrays of N + 1 levels,
 * but a deterministic sampler's recorded tape takes a few hundred bytes a step and the closed form d·N
 * operations; 10⁵ is 100 times the largest training T in use and keeps both well inside memory.
 */
export const MAX_STEPS = 100_000;

/**
 * Throws LimitExceededError("steps", steps, MAX_STEPS, …) when a step count exceeds {@link MAX_STEPS}.
 */
export function checkSteps(steps: number, argument = "steps"): number {
  return checkLimit(argument, steps, MAX_STEPS, "each step is a level held in memory and a step of every closed form");
}
