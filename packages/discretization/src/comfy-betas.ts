import { InvalidArgumentError } from "@klsched/core-linalg";
import { torchLinspaceFloat64 } from "./tools/numpy-like.js";

/** ComfyUI's beta schedule names (comfy/ldm/modules/diffusionmodules/util.py, `make_beta_schedule`). */
export const COMFY_BETA_SCHEDULES = ["linear", "cosine", "squaredcos_cap_v2", "sqrt_linear", "sqrt"] as const;
/** The beta schedule names of ComfyUI's `make_beta_schedule`. */
export type ComfyBetaScheduleName = (typeof COMFY_BETA_SCHEDULES)[number];

/**
 * ComfyUI's `make_beta_schedule`, all in float64 (unlike diffusers, which builds float32 betas). The names
 * are the CompVis LDM ones and differ from diffusers': ComfyUI `linear` is diffusers `scaled_linear`
 * (linspace of √β, squared), `sqrt_linear` is diffusers `linear`, `sqrt` is √ of a linspace, `cosine` is
 * the LDM cosine (ᾱ(t) = cos²((t/T + s)/(1 + s)·π/2) normalised by ᾱ(0), β clamped to [0, 0.999]) and
 * `squaredcos_cap_v2` is `betas_for_alpha_bar` as in diffusers but kept in float64.
 */
export function comfyBetas(name: ComfyBetaScheduleName, T: number, linearStart = 0.00085, linearEnd = 0.012, cosineS = 8e-3) {
  if (!Number.isInteger(T) || T < 2) throw new InvalidArgumentError("T", T, "expected an integer ≥ 2");
  switch (name) {
    case "linear":
      return torchLinspaceFloat64(linearStart ** 0.5, linearEnd ** 0.5, T).map((r) => r * r);
    case "sqrt_linear":
      return torchLinspaceFloat64(linearStart, linearEnd, T);
    case "sqrt":
      return torchLinspaceFloat64(linearStart, linearEnd, T).map(Math.sqrt);
    case "cosine": {
      const a = Float64Array.from({ length: T + 1 }, (_, i) => {
        const c = Math.cos((((i / T + cosineS) / (1 + cosineS)) * Math.PI) / 2);
        return c * c;
      });
      const a0 = a[0] as number;
      const normalised = a.map((x) => x / a0);
      return Float64Array.from({ length: T }, (_, i) =>
        Math.min(Math.max(1 - (normalised[i + 1] as number) / (normalised[i] as number), 0), 0.999),
      );
    }
    case "squaredcos_cap_v2": {
      const alphaBar = (t: number) => Math.cos(((t + 0.008) / 1.008) * (Math.PI / 2)) ** 2;
      return Float64Array.from({ length: T }, (_, i) => Math.min(1 - alphaBar((i + 1) / T) / alphaBar(i / T), 0.999));
    }
  }
}

/** ᾱ_i = Π_{j≤i}(1 − β_j) in float64, as ComfyUI's `ModelSamplingDiscrete._register_schedule` computes it. */
export function float64AlphasCumprod(betas: ArrayLike<number>): Float64Array {
  const out = new Float64Array(betas.length);
  let product = 1;
  for (let i = 0; i < betas.length; i++) {
    product *= 1 - (betas[i] as number);
    out[i] = product;
  }
  return out;
}
