import { InvalidArgumentError } from "@klsched/core-linalg";

/**
 * The default least spacing between neighbouring noisy levels of an optimised schedule at N steps, in
 * ln s: half the spacing an equal-angle tangent law has where it is densest (2·Δθ with Δθ = π/(2N), so
 * π/(2N)), or half the mean spacing span/(N − 1) of the range, and never more than the closest spacing of
 * a baseline schedule (`closest`; so that every baseline stays admissible), whichever is least. Legitimate
 * optima are not pressed by it (the one-eigenvalue optimum, the equal-angle law itself, keeps twice that);
 * optima that stack levels (Heun's no-op steps, DPM-Solver++(2M)'s pairs of near-duplicate levels, tuned to
 * the exact Gaussian denoiser) are held apart by it. `span` = ln(s_start/s_floor), ∞ when the range is
 * unbounded in ln s.
 *
 * @example
 * ```ts
 * import { defaultMinGap } from "@klsched/schedule-optim";
 * defaultMinGap(Number.POSITIVE_INFINITY, 10); // ≈ 0.15708
 * defaultMinGap(6.2, 50); // ≈ 0.031416
 * defaultMinGap(6.2, 50, 0.02); // 0.02
 * ```
 */
export function defaultMinGap(span: number, steps: number, closest = Number.POSITIVE_INFINITY): number {
  return Math.min(Math.PI / (2 * steps), steps < 2 ? Number.POSITIVE_INFINITY : span / (2 * (steps - 1)), closest);
}

/**
 * The minimum gap of a context for N steps from `start` to `floor`: the given one (checked) or the default
 * ({@link defaultMinGap}, `closest` the closest spacing of a baseline).
 *
 * @example
 * ```ts
 * import { resolveMinGap } from "@klsched/schedule-optim";
 * resolveMinGap(0.1, 10, 14.6, 0.029); // 0.1
 * resolveMinGap(undefined, 10, 14.6, 0.029); // ≈ 0.15708
 * ```
 *
 * @throws InvalidArgumentError naming `min-gap` when it is negative, not finite, or leaves no room for N
 * levels: (N − 1)·g must stay below ln(s_start/s_floor).
 */
export function resolveMinGap(
  minGap: number | undefined,
  steps: number,
  start: number,
  floor: number,
  closest = Number.POSITIVE_INFINITY,
): number {
  const span = floor > 0 && Number.isFinite(start) ? Math.log(start / floor) : Number.POSITIVE_INFINITY;
  if (minGap === undefined) return defaultMinGap(span, steps, closest);
  if (!(minGap >= 0 && Number.isFinite(minGap)))
    throw new InvalidArgumentError("min-gap", minGap, "expected a finite number ≥ 0 (in ln s)");
  if (steps >= 2 && !((steps - 1) * minGap < span)) {
    throw new InvalidArgumentError(
      "min-gap",
      minGap,
      `${steps} levels cannot be ${minGap} apart in ln s between s=${start} and s=${floor}: the range spans ${span.toPrecision(4)}, so the gap must be below ${(span / (steps - 1)).toPrecision(4)}`,
    );
  }
  return minGap;
}

/** The closest spacing in ln s of neighbouring noisy levels s₀ … s_{N−1} of some level sets (∞ for none). */
export function closestSpacing(levelSets: readonly ArrayLike<number>[]): number {
  let closest = Number.POSITIVE_INFINITY;
  for (const levels of levelSets) {
    for (let k = 1; k < levels.length - 1; k++) {
      const upper = levels[k - 1] as number;
      if (upper !== Number.POSITIVE_INFINITY) closest = Math.min(closest, Math.log(upper / (levels[k] as number)));
    }
  }
  return closest;
}
