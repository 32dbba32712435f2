import type { NoiseProcess } from "./noise-process.js";

/**
 * Rectified flow / flow matching (Liu et al. 2022; Esser et al. 2024): α = 1 − t, σ = t, t ∈ [0, 1].
 * The range starts at pure noise (α = 0, s = ∞) and ends at the clean level t = 0. Prior N(0, I).
 */
export function flowProcess(): NoiseProcess {
  return Object.freeze({
    kind: "flow" as const,
    label: "flow",
    tStart: 1,
    tEnd: 0,
    tClean: 0,
    endsClean: true,
    priorVariance: 1,
    alpha: (t: number) => 1 - t,
    sigma: (t: number) => t,
    s: (t: number) => (t >= 1 ? Number.POSITIVE_INFINITY : t / (1 - t)),
    tFromS: (s: number) => (s === Number.POSITIVE_INFINITY ? 1 : s / (1 + s)),
    priorGap: (t: number) => -(1 - t) * (1 + t),
  });
}

/**
 * The timestep shift of SD3 and Flux pipelines (Esser et al. 2024, Eq. 23):
 * t ↦ shift·t / (1 + (shift − 1)·t). Fixes t = 0 and t = 1; shift > 1 moves levels towards noise.
 */
export function shiftFlowTime(t: number, shift: number): number {
  return (shift * t) / (1 + (shift - 1) * t);
}
