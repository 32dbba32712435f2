import type { ZeroSnrMode } from "../ddpm-process.js";

/** The `zsnr=` key of the discrete presets: diffusers' `rescale_betas_zero_snr`, in one of its two conventions. */
export const zsnrKey = {
  type: "choice",
  choices: ["off", "false", "true", "zero", "tiny"],
  default: "off",
  help: "rescale_betas_zero_snr: zero (ᾱ_{T−1} = 0, = true) or tiny (2⁻²⁴, Euler/DPM's convention)",
} as const;

/** `zsnr=` as the mode `ddpmProcess` takes (`false` is `off`, `true` is `zero`). */
export function zeroSnrMode(value: "off" | "false" | "true" | "zero" | "tiny"): ZeroSnrMode {
  if (value === "false") return "off";
  if (value === "true") return "zero";
  return value;
}
