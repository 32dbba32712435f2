import type { NoiseProcess } from "./noise-process.js";

/**
 * Rectified flow / flow matching (Liu et al. 2022; Esser et al. 2024): α = 1 − t, σ = t, t ∈ [0, 1].
 * The range starts at pure noise (α = 0, s = ∞) and ends at the clean level t = 0. Prior N(0, I).
 *
 * @example
 * ```ts
 * import { flowProcess } from "@klsched/discretization";
 * const flow = flowProcess();
 * flow.s(0.5); // 1
 * flow.s(1); // Infinity
 * flow.endsClean; // true
 * ```
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
 * Written as shift·t / (shift·t + (1 − t)), so that a shifted t never leaves [0, 1] by rounding (the
 * textbook form gives 1.0000000000000002 at t = 1, shift = 0.1: α < 0).
 *
 * @example
 * ```ts
 * import { shiftFlowTime } from "@klsched/discretization";
 * shiftFlowTime(0.5, 3); // 0.75
 * shiftFlowTime(1, 3); // 1
 * ```
 */
export function shiftFlowTime(t: number, shift: number): number {
  const shifted = shift * t;
  return shifted === 0 ? 0 : shifted / (shifted + (1 - t));
}

/**
 * diffusers' `calculate_shift` (pipelines/flux/pipeline_flux.py): μ linear in the image sequence length,
 * from `base_shift` at `base_seq_len` to `max_shift` at `max_seq_len` (defaults 0.5 @ 256, 1.15 @ 4096;
 * a 1024² Flux image has 4096 tokens). ComfyUI's `ModelSamplingFlux` node computes the same μ from
 * width·height/256.
 *
 * @example
 * ```ts
 * import { flowShiftMu } from "@klsched/discretization";
 * flowShiftMu(4096); // 1.15
 * flowShiftMu((512 * 512) / 256); // 0.63
 * ```
 */
export function flowShiftMu(imageSeqLen: number, baseSeqLen = 256, maxSeqLen = 4096, baseShift = 0.5, maxShift = 1.15): number {
  const m = (maxShift - baseShift) / (maxSeqLen - baseSeqLen);
  const b = baseShift - m * baseSeqLen;
  return imageSeqLen * m + b;
}

/**
 * The exponential time shift of SD3/Flux (diffusers `_time_shift_exponential`, ComfyUI `flux_time_shift`):
 * t ↦ e^μ / (e^μ + (1/t − 1)^σ) with σ = 1, which is the static shift with shift = e^μ.
 *
 * @example
 * ```ts
 * import { exponentialTimeShift, shiftFlowTime } from "@klsched/discretization";
 * exponentialTimeShift(0.5, Math.log(3)); // 0.75
 * shiftFlowTime(0.5, 3); // 0.75
 * ```
 */
export function exponentialTimeShift(t: number, mu: number): number {
  return Math.exp(mu) / (Math.exp(mu) + (1 / t - 1));
}
