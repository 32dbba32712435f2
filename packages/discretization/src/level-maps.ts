/**
 * The maps from a grid point u ∈ [0, 1] to a level that define the standard strategies (the CLI reference
 * "Strategy"). Each is a pure function of u and the two ends of the range; u = 0 gives the start.
 */

/**
 * Uniform in process time: t = t_start + u·(t_end − t_start).
 *
 * @example
 * ```ts
 * import { uniformTime } from "@klsched/discretization";
 * uniformTime(0.25, 1, 0); // 0.75
 * ```
 */
export function uniformTime(u: number, tStart: number, tEnd: number): number {
  return tStart + u * (tEnd - tStart);
}

/**
 * DDIM's quadratic spacing (Song et al. 2021, §D.2), dense near the clean end: t = t_end + (t_start − t_end)(1 − u)².
 *
 * @example
 * ```ts
 * import { quadraticTime } from "@klsched/discretization";
 * quadraticTime(0.5, 1, 0); // 0.25
 * ```
 */
export function quadraticTime(u: number, tStart: number, tEnd: number): number {
  const v = 1 - u;
  return tEnd + (tStart - tEnd) * v * v;
}

/**
 * Polynomial spacing, dense near the clean end for p > 1: t = t_end + (t_start − t_end)(1 − u)^p (p = 2 is `quadratic`).
 *
 * @example
 * ```ts
 * import { polynomialTime } from "@klsched/discretization";
 * polynomialTime(0.5, 1, 0, 3); // 0.125
 * ```
 */
export function polynomialTime(u: number, tStart: number, tEnd: number, power: number): number {
  return tEnd + (tStart - tEnd) * (1 - u) ** power;
}

/**
 * Uniform in ln s: s = exp(ln s_start + u·(ln s_end − ln s_start)). This is k-diffusion's
 * `get_sigmas_exponential`, and, since logSNR = −2 ln s, also uniform in logSNR.
 *
 * @example
 * ```ts
 * import { exponentialLevel } from "@klsched/discretization";
 * exponentialLevel(0.5, 80, 0.002); // 0.4
 * ```
 */
export function exponentialLevel(u: number, sStart: number, sEnd: number): number {
  return Math.exp(Math.log(sStart) + u * (Math.log(sEnd) - Math.log(sStart)));
}

/**
 * Karras et al. (2022), Eq. 5: uniform in s^(1/ρ): s = (s_start^(1/ρ) + u(s_end^(1/ρ) − s_start^(1/ρ)))^ρ.
 * Computed as s_start·exp(ρ·log1p(u·expm1(ln(s_end/s_start)/ρ))), the same number without forming
 * s^(1/ρ), which overflows for small ρ (80^(1/0.001) = ∞, and ∞ − ∞ gave NaN levels).
 *
 * @example
 * ```ts
 * import { karrasLevel } from "@klsched/discretization";
 * karrasLevel(0.5, 80, 0.002, 7); // 2.515218976147159
 * ```
 */
export function karrasLevel(u: number, sStart: number, sEnd: number, rho: number): number {
  const ratio = Math.expm1(Math.log(sEnd / sStart) / rho); // (s_end/s_start)^(1/ρ) − 1 ∈ [−1, ∞)
  return sStart * Math.exp(rho * Math.log1p(u * ratio));
}

/**
 * The tangent law (theory §4 “One eigenvalue: the tangent law”; Sun, Poor & Zhang; Align Your Steps Thm 3.1 with c = 1):
 * uniform in the angle atan(s/c), s = c·tan((1 − u)·atan(s_start/c) + u·atan(s_end/c)).
 * s_start = ∞ (α = 0) is allowed: its angle is π/2.
 *
 * @example
 * ```ts
 * import { tangentLevel } from "@klsched/discretization";
 * tangentLevel(0.5, Number.POSITIVE_INFINITY, 0, 1); // 1
 * tangentLevel(0.5, 80, 0.002, 0.5); // 0.4988…
 * ```
 */
export function tangentLevel(u: number, sStart: number, sEnd: number, c: number): number {
  return c * Math.tan((1 - u) * Math.atan(sStart / c) + u * Math.atan(sEnd / c));
}
