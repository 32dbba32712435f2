const f32 = Math.fround;

/**
 * The σ EDMEulerScheduler makes of a ramp value r with `rho=1` (schedulers/scheduling_edm_euler.py,
 * `_compute_karras_sigmas`: (σ_max^(1/ρ) + r·(σ_min^(1/ρ) − σ_max^(1/ρ)))^ρ in float64): σ_max + r·(σ_min − σ_max).
 */
export function edmRampSigma(r: number, sigmaMin: number, sigmaMax: number): number {
  return sigmaMax + r * (sigmaMin - sigmaMax);
}

/**
 * The ramp value whose σ (by {@link edmRampSigma}, then the scheduler's cast to float32) is σ in float32:
 * r = (σ_max − σ)/(σ_max − σ_min), moved by a few ulps where float64 rounding lands on the other side of a
 * float32 rounding boundary.
 */
export function edmRampOf(sigma: number, sigmaMin: number, sigmaMax: number): number {
  const target = f32(sigma);
  let r = (sigmaMax - sigma) / (sigmaMax - sigmaMin);
  for (let i = 0; i < 64 && f32(edmRampSigma(r, sigmaMin, sigmaMax)) !== target; i++) {
    const above = edmRampSigma(r, sigmaMin, sigmaMax) > sigma;
    // σ falls as r grows: a σ above the target needs a larger r
    r += (above ? 1 : -1) * Math.max(Number.EPSILON * Math.abs(r), Number.MIN_VALUE);
  }
  return r;
}
