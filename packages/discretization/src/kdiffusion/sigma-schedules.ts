import { torchLinspaceFloat32 } from "../diffusers-alphas-cumprod.js";
import { f32 } from "../tools/numpy-like.js";

/** `x ** p` for a float32 tensor as PyTorch computes it: exact special cases p = 1, 2, 3, 0.5, else rounded pow. */
export function float32Power(x: number, p: number): number {
  if (p === 1) return x;
  if (p === 2) return f32(x * x);
  if (p === 3) return f32(f32(x * x) * x);
  if (p === 0.5) return f32(Math.sqrt(x));
  return f32(x ** p);
}

/**
 * k-diffusion `get_sigmas_polyexponential(n, σ_min, σ_max, ρ)` (k_diffusion/sampling.py), float32 torch:
 * ln σ = ramp^ρ·(ln σ_max − ln σ_min) + ln σ_min with ramp = linspace(1, 0, n); ρ = 1 is `exponential`.
 */
export function polyexponentialSigmas(n: number, sigmaMin: number, sigmaMax: number, rho: number): Float64Array {
  const span = f32(Math.log(sigmaMax) - Math.log(sigmaMin));
  const logMin = f32(Math.log(sigmaMin));
  return torchLinspaceFloat32(1, 0, n).map((r) => f32(Math.exp(f32(f32(float32Power(r, rho) * span) + logMin))));
}

/**
 * k-diffusion `get_sigmas_vp(n, β_d, β_min, ε_s)` (k_diffusion/sampling.py, crowsonkb/k-diffusion), float32
 * torch: σ = √(exp(β_d·t²/2 + β_min·t) − 1) at t = linspace(1, ε_s, n). (ComfyUI's copy uses expm1.)
 */
export function vpSigmas(n: number, betaD = 19.9, betaMin = 0.1, epsS = 1e-3): Float64Array {
  return torchLinspaceFloat32(1, epsS, n).map((t) => {
    const exponent = f32(f32(f32(f32(betaD) * f32(t * t)) / 2) + f32(f32(betaMin) * t));
    return f32(Math.sqrt(f32(f32(Math.exp(exponent)) - 1)));
  });
}

/**
 * ComfyUI's `get_sigmas_laplace(n, σ_min, σ_max, μ, β)` (comfy/k_diffusion/sampling.py; Tiankai et al.
 * 2024), float32: λ = μ − β·sign(½ − x)·ln(1 − 2|½ − x| + 10⁻⁵) at x = linspace(0, 1, n), σ = e^λ clamped to
 * [σ_min, σ_max]. It appends no final 0, and the clamp repeats σ_max (and σ_min) at the ends.
 */
export function laplaceSigmas(n: number, sigmaMin: number, sigmaMax: number, mu: number, beta: number): Float64Array {
  const lo = f32(sigmaMin);
  const hi = f32(sigmaMax);
  return torchLinspaceFloat32(0, 1, n).map((x) => {
    const d = f32(0.5 - x);
    const sign = d > 0 ? 1 : d < 0 ? -1 : 0;
    const log = f32(Math.log(f32(f32(1 - f32(2 * Math.abs(d))) + f32(1e-5))));
    const lambda = f32(f32(mu) - f32(f32(f32(beta) * sign) * log));
    return Math.min(Math.max(f32(Math.exp(lambda)), lo), hi);
  });
}
