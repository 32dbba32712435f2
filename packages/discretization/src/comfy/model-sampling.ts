import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "../noise-process.js";
import { f32 } from "../tools/numpy-like.js";
import { COMFY_TINY_ALPHA_CUMPROD } from "../zero-terminal-snr.js";

/**
 * What ComfyUI's schedulers read from a model (comfy/model_sampling.py): the ascending float32 sigma table
 * (σ_min = sigmas[0], σ_max = sigmas[−1]), `sigma(timestep)` and the model-conditioning `timestep(sigma)`.
 * Sigmas are ComfyUI's: σ/α for discrete models, the flow σ (= t) for flow models.
 */
export interface ComfyModelSampling {
  readonly kind: "discrete" | "flow" | "flux";
  readonly sigmas: Float64Array;
  /** σ at a (float32) timestep. */
  sigma(timestep: number): number;
  /** The timestep ComfyUI conditions the model on at σ: quantised (nearest ln σ) for discrete models. */
  timestep(sigma: number): number;
}

/**
 * `ModelSamplingDiscrete` on a discrete process: σ_i = √((1 − ᾱ_i)/ᾱ_i) in float64 stored as float32,
 * ln σ in float64 stored as float32 (`set_sigmas`). `sigma(t)` interpolates ln σ linearly in float32
 * (k-diffusion's `t_to_sigma`); `timestep(σ)` is the index of the nearest float32 ln σ (argmin, first on
 * ties) — ComfyUI's quantised timestep lookup. ᾱ = 0 (a diffusers zero-SNR table) becomes ComfyUI's own
 * tiny ᾱ 4.897e-8.
 */
export function comfyDiscreteSampling(alphasCumprod: ArrayLike<number>): ComfyModelSampling {
  const T = alphasCumprod.length;
  const sigma64 = Float64Array.from(alphasCumprod, (a0) => {
    const a = a0 === 0 ? COMFY_TINY_ALPHA_CUMPROD : a0;
    return Math.sqrt((1 - a) / a);
  });
  const sigmas = sigma64.map(f32);
  const logSigmas = sigma64.map((s) => f32(Math.log(s)));
  return {
    kind: "discrete",
    sigmas,
    sigma: (timestep) => {
      const t = Math.min(Math.max(f32(timestep), 0), T - 1);
      const low = Math.floor(t);
      const high = Math.ceil(t);
      const w = f32(t - Math.trunc(t));
      const logSigma = f32(f32(f32(1 - w) * (logSigmas[low] as number)) + f32(w * (logSigmas[high] as number)));
      return f32(Math.exp(logSigma));
    },
    timestep: (sigma) => {
      const logSigma = f32(Math.log(f32(sigma)));
      let best = 0;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let i = 0; i < T; i++) {
        const d = Math.abs(f32(logSigma - (logSigmas[i] as number)));
        if (d < bestDistance) {
          bestDistance = d;
          best = i;
        }
      }
      return best;
    },
  };
}

/** ComfyUI's `time_snr_shift(alpha, t)` in float32 tensor arithmetic (identity for shift 1). */
export function comfyShift(shift: number, t: number): number {
  if (shift === 1) return t;
  return f32(f32(f32(shift) * t) / f32(1 + f32(f32(shift - 1) * t)));
}

/**
 * `ModelSamplingDiscreteFlow` (SD3 and other flow models): 1000 levels σ_i = shift((i+1)/1000), timestep
 * = 1000·σ. `ModelSamplingFlux`: 10000 levels σ_i = e^μ/(e^μ + 1/t − 1) at t = (i+1)/10000, timestep = σ.
 */
export function comfyFlowSampling(
  shift: { kind: "static"; shift: number } | { kind: "dynamic"; mu: number },
): ComfyModelSampling {
  if (shift.kind === "static") {
    const multiplier = 1000;
    const sigma = (timestep: number) => comfyShift(shift.shift, f32(f32(timestep) / multiplier));
    const sigmas = Float64Array.from({ length: 1000 }, (_, i) => sigma(f32(f32((i + 1) / 1000) * multiplier)));
    return { kind: "flow", sigmas, sigma, timestep: (s) => f32(f32(s) * multiplier) };
  }
  const e = f32(Math.exp(shift.mu));
  const sigma = (t: number) => f32(e / f32(e + f32(f32(1 / f32(t)) - 1)));
  const sigmas = Float64Array.from({ length: 10000 }, (_, i) => sigma(f32((i + 1) / 10000)));
  return { kind: "flux", sigmas, sigma, timestep: (s) => f32(s) };
}

/** The ComfyUI model sampling a process corresponds to (`shift`/`mu` only on flow). */
export function comfySamplingFor(process: NoiseProcess, shift: number | undefined, mu: number | undefined): ComfyModelSampling {
  if (process.kind === "flow") {
    return mu === undefined
      ? comfyFlowSampling({ kind: "static", shift: shift ?? 1 })
      : comfyFlowSampling({ kind: "dynamic", mu });
  }
  const table = process.discrete;
  if (table === undefined) {
    throw new InvalidArgumentError("strategy", "comfy", `needs a discrete model or a flow model, not ${process.label}`);
  }
  return comfyDiscreteSampling(table.alphasCumprod);
}
