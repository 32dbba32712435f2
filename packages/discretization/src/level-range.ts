import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "./noise-process.js";

/**
 * The noise levels klsched computes with: σ/α of every noisy level within [1e-20, 1e20], besides the two
 * exact ends σ/α = 0 (the clean level) and σ/α = ∞ (α = 0: pure noise, flow's start and zero terminal
 * SNR). Real models span about 1e-3 … 1e4 (EDM 0.002 … 80, SD 1.5 0.029 … 14.6, zero-SNR's tiny 4096);
 * the bounds keep σ², α²λ and their ratios far from float64 overflow and underflow for every eigenvalue
 * in core-linalg's `EIGENVALUE_RANGE` [1e-60, 1e60] (theory §2: the closed form multiplies ratios σ'/σ and
 * denoiser gains λα/(α²λ + σ²)).
 */
export const LEVEL_RANGE = { min: 1e-20, max: 1e20 } as const;

/**
 * Throws InvalidArgumentError(argument, value, …) unless a process's range ends lie within
 * {@link LEVEL_RANGE}; with `reachesZero` its start may be α = 0 exactly (σ/α = ∞: a zero-terminal-SNR
 * table), never by overflow (a VP process with β_max = 1e7 has σ/α = e^(1.25e6) at t = 1, not ∞).
 */
export function checkProcessRange(process: NoiseProcess, argument: string, value: unknown, reachesZero = false): NoiseProcess {
  const sStart = process.s(process.tStart);
  const sEnd = process.s(process.tEnd);
  const inRange = (s: number) => s >= LEVEL_RANGE.min && s <= LEVEL_RANGE.max;
  if (!(inRange(sEnd) && (inRange(sStart) || (reachesZero && sStart === Number.POSITIVE_INFINITY)))) {
    throw new InvalidArgumentError(
      argument,
      value,
      `spans σ/α from ${sStart} to ${sEnd}, beyond the levels klsched computes with (σ/α within [${LEVEL_RANGE.min}, ${LEVEL_RANGE.max}], or ∞ where α = 0)`,
    );
  }
  return process;
}

/**
 * Why a level (t, α, σ) cannot stand in a schedule on `process`, or undefined when it can: α and σ finite
 * and non-negative, not both 0, a noisy level's σ/α within {@link LEVEL_RANGE} unless α = 0 exactly, and
 * t within the process's time range (clean level included) where the process is not defined beyond it:
 * flow (t > 1 means α < 0) and discrete models (their table ends). VE and VP processes are defined for
 * every t ≥ 0, so a level beyond their trained range is a level of the process (front ends warn that the
 * model was not trained there).
 */
export function levelProblem(process: NoiseProcess, t: number, alpha: number, sigma: number): string | undefined {
  const lo = Math.min(process.tClean, process.tEnd);
  const bounded = process.kind === "flow" || process.trainingSteps !== undefined;
  if (!(t >= (bounded ? lo : 0) && (!bounded || t <= process.tStart))) {
    return `t = ${t} lies outside ${process.label}'s range [${lo}, ${process.tStart}]`;
  }
  if (!(alpha >= 0 && sigma >= 0 && Number.isFinite(alpha) && Number.isFinite(sigma)) || (alpha === 0 && sigma === 0)) {
    return `α = ${alpha}, σ = ${sigma} at t = ${t} is no level of x_t = α·x₀ + σ·ε`;
  }
  if (alpha === 0 || sigma === 0) return undefined;
  const s = sigma / alpha;
  if (!(s >= LEVEL_RANGE.min && s <= LEVEL_RANGE.max)) {
    return `σ/α = ${s} at t = ${t} lies beyond the levels klsched computes with [${LEVEL_RANGE.min}, ${LEVEL_RANGE.max}]`;
  }
  return undefined;
}
