/**
 * Independent transcriptions of published sampler loops, for tests only. They work on one flat
 * Float64Array of samples in the tools' own variables — k-diffusion's (x̃ = x/α, sigma = σ/α), or for
 * flow ComfyUI's CONST frame (x, sigma = t) — and in the DDPM/DDIM papers' ε-notation on
 * variance-preserving models. `model(x, k)` returns the denoised x̂₀ at level k; `normal()` draws the
 * noise in the same order as klsched's samplers (one batch per noisy step, none on the final step).
 */
export type Model = (x: Float64Array, k: number) => Float64Array;

const map = (a: Float64Array, f: (v: number, i: number) => number) => a.map(f);

/** k-diffusion `sample_euler` (s_churn = 0). */
export function kEuler(model: Model, x0: Float64Array, sigmas: number[]): Float64Array {
  let x = x0;
  for (let i = 0; i + 1 < sigmas.length; i++) {
    const denoised = model(x, i);
    const s = sigmas[i]!;
    const dt = sigmas[i + 1]! - s;
    x = map(x, (v, j) => v + ((v - denoised[j]!) / s) * dt);
  }
  return x;
}

/** k-diffusion `sample_heun` (s_churn = 0): Euler on the step to sigma = 0. */
export function kHeun(model: Model, x0: Float64Array, sigmas: number[]): Float64Array {
  let x = x0;
  for (let i = 0; i + 1 < sigmas.length; i++) {
    const denoised = model(x, i);
    const s = sigmas[i]!;
    const next = sigmas[i + 1]!;
    const d = map(x, (v, j) => (v - denoised[j]!) / s);
    const dt = next - s;
    if (next === 0) {
      x = map(x, (v, j) => v + d[j]! * dt);
    } else {
      const x2 = map(x, (v, j) => v + d[j]! * dt);
      const denoised2 = model(x2, i + 1);
      const d2 = map(x2, (v, j) => (v - denoised2[j]!) / next);
      x = map(x, (v, j) => v + ((d[j]! + d2[j]!) / 2) * dt);
    }
  }
  return x;
}

/** k-diffusion `sample_dpmpp_2m`. */
export function kDpmpp2m(model: Model, x0: Float64Array, sigmas: number[]): Float64Array {
  const tFn = (s: number) => -Math.log(s);
  let x = x0;
  let old: Float64Array | undefined;
  for (let i = 0; i + 1 < sigmas.length; i++) {
    const denoised = model(x, i);
    const t = tFn(sigmas[i]!);
    const tNext = tFn(sigmas[i + 1]!);
    const h = tNext - t;
    const factor = -Math.expm1(-h);
    const ratio = sigmas[i + 1]! / sigmas[i]!;
    if (old === undefined || sigmas[i + 1] === 0) {
      x = map(x, (v, j) => ratio * v + factor * denoised[j]!);
    } else {
      const r = (t - tFn(sigmas[i - 1]!)) / h;
      const prev = old;
      x = map(x, (v, j) => ratio * v + factor * ((1 + 1 / (2 * r)) * denoised[j]! - (1 / (2 * r)) * prev[j]!));
    }
    old = denoised;
  }
  return x;
}

/** k-diffusion `sample_euler_ancestral` with `get_ancestral_step(sigma, sigma_next, eta)`. */
export function kEulerAncestral(model: Model, x0: Float64Array, sigmas: number[], normal: () => number, eta = 1): Float64Array {
  let x = x0;
  for (let i = 0; i + 1 < sigmas.length; i++) {
    const denoised = model(x, i);
    const s = sigmas[i]!;
    const next = sigmas[i + 1]!;
    const up = Math.min(next, eta * Math.sqrt((next * next * (s * s - next * next)) / (s * s)));
    const down = Math.sqrt(next * next - up * up);
    x = map(x, (v, j) => v + ((v - denoised[j]!) / s) * (down - s));
    if (next > 0) x = map(x, (v) => v + normal() * up);
  }
  return x;
}

/**
 * DDPM ancestral sampling in ε-notation (Ho et al. 2020, Alg. 2) between any two levels of a
 * variance-preserving model: x_s = (x_t − β/√(1 − ᾱ_t)·ε̂)/√(1 − β) + √β̃·z with β = 1 − ᾱ_t/ᾱ_s,
 * β̃ = β(1 − ᾱ_s)/(1 − ᾱ_t), ε̂ = (x_t − √ᾱ_t·x̂₀)/√(1 − ᾱ_t).
 */
export function ddpmEpsilon(model: Model, x0: Float64Array, alphaBar: number[], normal: () => number): Float64Array {
  let x = x0;
  for (let i = 0; i + 1 < alphaBar.length; i++) {
    const at = alphaBar[i]!;
    const as = alphaBar[i + 1]!;
    const denoised = model(x, i);
    const eps = map(x, (v, j) => (v - Math.sqrt(at) * denoised[j]!) / Math.sqrt(1 - at));
    const beta = 1 - at / as;
    const variance = (beta * (1 - as)) / (1 - at);
    x = map(x, (v, j) => (v - (beta / Math.sqrt(1 - at)) * eps[j]!) / Math.sqrt(1 - beta));
    if (variance > 0) x = map(x, (v) => v + Math.sqrt(variance) * normal());
  }
  return x;
}

/** DDIM (Song et al. 2021, Eq. 12 and 16) in ε-notation on a variance-preserving model. */
export function ddimEpsilon(model: Model, x0: Float64Array, alphaBar: number[], normal: () => number, eta: number): Float64Array {
  let x = x0;
  for (let i = 0; i + 1 < alphaBar.length; i++) {
    const at = alphaBar[i]!;
    const as = alphaBar[i + 1]!;
    const denoised = model(x, i);
    const eps = map(x, (v, j) => (v - Math.sqrt(at) * denoised[j]!) / Math.sqrt(1 - at));
    const sigma = eta * Math.sqrt((1 - as) / (1 - at)) * Math.sqrt(1 - at / as);
    x = map(x, (_, j) => Math.sqrt(as) * denoised[j]! + Math.sqrt(1 - as - sigma * sigma) * eps[j]!);
    if (sigma > 0) x = map(x, (v) => v + sigma * normal());
  }
  return x;
}
