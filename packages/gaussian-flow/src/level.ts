import type { Schedule } from "@klsched/discretization";

/** One level of a schedule: its process time and x_t = α·x₀ + σ·ε coefficients. */
export interface Level {
  readonly t: number;
  readonly alpha: number;
  readonly sigma: number;
}

/**
 * The k-th level of a schedule.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { levelAt } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * levelAt(schedule, 0); // { t: 80, alpha: 1, sigma: 80 }
 * levelAt(schedule, 10); // { t: 0, alpha: 1, sigma: 0 }
 * ```
 */
export function levelAt(schedule: Schedule, k: number): Level {
  return { t: schedule.t[k] as number, alpha: schedule.alpha[k] as number, sigma: schedule.sigma[k] as number };
}

/**
 * True when two levels coincide: the same σ/α (∞ for both where α = 0), hence the same point of the
 * process up to the rounding of α and σ. The step between them has length zero, and every sampler
 * leaves the state as it is there (see the CLI reference, "Samplers").
 */
export function sameLevel(a: Level, b: Level): boolean {
  return levelS(a) === levelS(b);
}

function levelS(level: Level): number {
  return level.alpha === 0 ? Number.POSITIVE_INFINITY : level.sigma / level.alpha;
}
