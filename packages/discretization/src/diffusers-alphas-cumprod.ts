import { InvalidArgumentError } from "@klsched/core-linalg";

/** The beta schedules of diffusers' DDPMScheduler/DDIMScheduler, as discriminated options. */
export type BetaSchedule =
  | { readonly kind: "linear"; readonly betaStart: number; readonly betaEnd: number }
  | { readonly kind: "scaled_linear"; readonly betaStart: number; readonly betaEnd: number }
  | { readonly kind: "cosine" };

const f32 = Math.fround;

/**
 * `torch.linspace(start, end, steps, dtype=torch.float32)` as PyTorch's CPU kernel computes it
 * (aten/src/ATen/native/cpu/RangeFactoriesKernel.cpp): start, end and step = (end − start)/(steps − 1)
 * in float32, the first half as start + step·i and the second half as end − step·(steps − 1 − i),
 * each product and sum rounded to float32 (no fused multiply-add assumed).
 */
export function torchLinspaceFloat32(start: number, end: number, steps: number): Float64Array {
  const out = new Float64Array(steps);
  const a = f32(start);
  const b = f32(end);
  if (steps === 1) {
    out[0] = a;
    return out;
  }
  const step = f32(f32(b - a) / (steps - 1));
  const halfway = Math.floor(steps / 2);
  for (let i = 0; i < steps; i++) {
    out[i] = i < halfway ? f32(a + f32(step * i)) : f32(b - f32(step * (steps - 1 - i)));
  }
  return out;
}

/**
 * diffusers' `betas_for_alpha_bar` with the cosine transform ("squaredcos_cap_v2", Nichol & Dhariwal
 * 2021, Eq. 17): β_i = min(1 − ᾱ((i+1)/T)/ᾱ(i/T), 0.999) with ᾱ(t) = cos²((t + 0.008)/1.008 · π/2),
 * computed in float64 and stored as float32.
 */
export function cosineBetas(T: number): Float64Array {
  const alphaBar = (t: number) => Math.cos(((t + 0.008) / 1.008) * (Math.PI / 2)) ** 2;
  const betas = new Float64Array(T);
  for (let i = 0; i < T; i++) betas[i] = f32(Math.min(1 - alphaBar((i + 1) / T) / alphaBar(i / T), 0.999));
  return betas;
}

/**
 * The betas of a schedule, float32 values as diffusers stores them.
 *
 * @example
 * ```ts
 * import { diffusersBetas } from "@klsched/discretization";
 * const betas = diffusersBetas({ kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 }, 1000);
 * betas[0]; // 0.0008499999530613422
 * betas.length; // 1000
 * ```
 */
export function diffusersBetas(schedule: BetaSchedule, T: number): Float64Array {
  switch (schedule.kind) {
    case "linear":
      return torchLinspaceFloat32(schedule.betaStart, schedule.betaEnd, T);
    case "scaled_linear":
      return torchLinspaceFloat32(Math.sqrt(schedule.betaStart), Math.sqrt(schedule.betaEnd), T).map((r) => f32(r * r));
    case "cosine":
      return cosineBetas(T);
  }
}

/**
 * ᾱ_i = Π_{j≤i} (1 − β_j), i = 0..T−1, exactly as diffusers builds `alphas_cumprod`: 1 − β in float32,
 * then `torch.cumprod`, whose CPU kernel accumulates in float64 and rounds each output to float32.
 *
 * @example
 * ```ts
 * import { diffusersAlphasCumprod } from "@klsched/discretization";
 * const alphasCumprod = diffusersAlphasCumprod({ kind: "linear", betaStart: 1e-4, betaEnd: 0.02 }, 1000);
 * alphasCumprod[999]; // 0.000040358307160204276
 * ```
 * @throws InvalidArgumentError unless T is an integer ≥ 2, or for a beta outside (0, 1).
 */
export function diffusersAlphasCumprod(schedule: BetaSchedule, T: number): Float64Array {
  if (!Number.isInteger(T) || T < 2) throw new InvalidArgumentError("T", T, "expected an integer ≥ 2");
  const betas = diffusersBetas(schedule, T);
  const out = new Float64Array(T);
  let product = 1;
  for (let i = 0; i < T; i++) {
    const beta = betas[i] as number;
    if (!(beta > 0 && beta < 1)) throw new InvalidArgumentError("beta", beta, `β_${i} must lie in (0, 1)`);
    product *= f32(1 - beta);
    out[i] = f32(product);
  }
  return out;
}
