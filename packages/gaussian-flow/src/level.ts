import type { Schedule } from "@klsched/discretization";

/** One level of a schedule: its process time and x_t = α·x₀ + σ·ε coefficients. */
export interface Level {
  readonly t: number;
  readonly alpha: number;
  readonly sigma: number;
}

/** The k-th level of a schedule. */
export function levelAt(schedule: Schedule, k: number): Level {
  return { t: schedule.t[k] as number, alpha: schedule.alpha[k] as number, sigma: schedule.sigma[k] as number };
}
