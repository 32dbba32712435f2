import { type ComfyBetaScheduleName, comfyBetas, float64AlphasCumprod } from "./comfy-betas.js";
import { discreteProcess } from "./ddpm-process.js";
import type { NoiseProcess } from "./noise-process.js";
import { comfyRescaleZeroTerminalSnr } from "./zero-terminal-snr.js";

/**
 * A discrete model as ComfyUI's `ModelSamplingDiscrete` builds it (comfy/model_sampling.py): betas from
 * `make_beta_schedule` under ComfyUI's names, ᾱ in float64, and with `zsnr` its sigma-space rescale that
 * leaves ᾱ_{T−1} = 4.897e-8 (σ_max ≈ 4519) instead of 0. Defaults are ComfyUI's: `linear`,
 * 0.00085 … 0.012, T = 1000 (Stable Diffusion 1.x/2.x, SDXL).
 */
export function comfyProcess(
  name: ComfyBetaScheduleName = "linear",
  T = 1000,
  linearStart = 0.00085,
  linearEnd = 0.012,
  zsnr = false,
  label?: string,
): NoiseProcess {
  const base = float64AlphasCumprod(comfyBetas(name, T, linearStart, linearEnd));
  const alphasCumprod = zsnr ? comfyRescaleZeroTerminalSnr(base) : base;
  const text = label ?? `comfy:schedule=${name},T=${T},bstart=${linearStart},bend=${linearEnd}${zsnr ? ",zsnr=true" : ""}`;
  return discreteProcess(alphasCumprod, text, zsnr ? { source: "comfy", zeroSnr: "tiny" } : { source: "comfy" });
}
