import { type ComfyBetaScheduleName, comfyBetas, float64AlphasCumprod } from "./comfy-betas.js";
import { discreteProcess } from "./ddpm-process.js";
import type { NoiseProcess } from "./noise-process.js";
import { COMFY_TINY_ALPHA_CUMPROD, checkTinyTerminal, comfyRescaleZeroTerminalSnr } from "./zero-terminal-snr.js";

/**
 * A discrete model as ComfyUI's `ModelSamplingDiscrete` builds it (comfy/model_sampling.py): betas from
 * `make_beta_schedule` under ComfyUI's names, ᾱ in float64, and with `zsnr` its sigma-space rescale that
 * leaves ᾱ_{T−1} = 4.897e-8 (σ_max ≈ 4519) instead of 0 — refused where the rescaled ᾱ_{T−2} is smaller
 * still (`sqrt_linear` 1e-4 … 0.02), as ComfyUI's σ table is then not monotonic. Defaults are ComfyUI's: `linear`,
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
  if (zsnr) {
    checkTinyTerminal(
      alphasCumprod,
      COMFY_TINY_ALPHA_CUMPROD,
      "ComfyUI's rescale_zero_terminal_snr_sigmas",
      "zsnr",
      true,
      "use a ddpm process with zsnr=zero",
    );
  }
  const text = label ?? `comfy:schedule=${name},T=${T},bstart=${linearStart},bend=${linearEnd}${zsnr ? ",zsnr=true" : ""}`;
  return discreteProcess(alphasCumprod, text, zsnr ? { source: "comfy", zeroSnr: "tiny" } : { source: "comfy" });
}
