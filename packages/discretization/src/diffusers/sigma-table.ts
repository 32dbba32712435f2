import { f32 } from "../tools/numpy-like.js";
import { DIFFUSERS_TINY_ALPHA_CUMPROD } from "../zero-terminal-snr.js";

/**
 * The sigma table of diffusers' discrete schedulers, `((1 − ᾱ)/ᾱ) ** 0.5` in float32 torch, and its
 * `np.log` in float32. An ᾱ of 0 (zero terminal SNR) is replaced by 2⁻²⁴ as EulerDiscrete and
 * DPMSolverMultistep do (`alphas_cumprod[-1] = 2**-24`).
 */
export interface DiffusersSigmaTable {
  readonly sigmas: Float64Array;
  readonly logSigmas: Float64Array;
}

/** The σ = √((1 − ᾱ)/ᾱ) table of a diffusers scheduler and its log, as the schedulers compute them. */
export function diffusersSigmaTable(alphasCumprod: ArrayLike<number>): DiffusersSigmaTable {
  const sigmas = Float64Array.from(alphasCumprod, (a0) => {
    const a = a0 === 0 ? DIFFUSERS_TINY_ALPHA_CUMPROD : f32(a0);
    return f32(Math.sqrt(f32(f32(1 - a) / a)));
  });
  return { sigmas, logSigmas: sigmas.map((s) => f32(Math.log(s))) };
}

/**
 * diffusers' `_sigma_to_t` (EulerDiscreteScheduler, DPMSolverMultistepScheduler; k-diffusion's
 * `DiscreteSchedule.sigma_to_t`): the fractional timestep whose log-sigma, linearly interpolated in the
 * float32 `logSigmas`, equals ln σ; the weight is clipped to [0, 1], so sigmas beyond the table clamp
 * to its ends. The denominator low − high is a float32 difference, as numpy computes it.
 */
export function sigmaToT(sigma: number, logSigmas: ArrayLike<number>): number {
  const logSigma = Math.log(Math.max(sigma, 1e-10));
  const n = logSigmas.length;
  let low = 0;
  for (let i = 0; i < n; i++) if (logSigma - (logSigmas[i] as number) >= 0) low = i;
  low = Math.min(low, n - 2);
  const a = logSigmas[low] as number;
  const b = logSigmas[low + 1] as number;
  const w = Math.min(1, Math.max(0, (a - logSigma) / f32(a - b)));
  return (1 - w) * low + w * (low + 1);
}
