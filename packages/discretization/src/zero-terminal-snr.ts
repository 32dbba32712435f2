import { InvalidArgumentError } from "@klsched/core-linalg";
import { f32 } from "./tools/numpy-like.js";

/** ᾱ_{T−1} that diffusers' EulerDiscrete and DPMSolverMultistep substitute for 0 after a zero-SNR rescale: 2⁻²⁴. */
export const DIFFUSERS_TINY_ALPHA_CUMPROD = 2 ** -24;
/** ᾱ_{T−1} that ComfyUI's `rescale_zero_terminal_snr_sigmas` substitutes for 0 (comfy/model_sampling.py). */
export const COMFY_TINY_ALPHA_CUMPROD = 4.8973451890853435e-8;

/**
 * diffusers' `rescale_zero_terminal_snr` (schedulers/scheduling_ddim.py; Lin et al. 2024, Algorithm 1) in
 * the float32 torch arithmetic it runs in: √ᾱ is shifted so that its last entry is 0 and scaled so that its
 * first is unchanged, then betas are recovered from the squared ratios. The last beta is exactly 1, so
 * ᾱ_{T−1} = 0 (α = 0 at the first level of a trailing schedule).
 * @param betas float32 betas (as `diffusersBetas` returns them).
 *
 * @example
 * ```ts
 * import { diffusersBetas, rescaleZeroTerminalSnr } from "@klsched/discretization";
 * const betas = rescaleZeroTerminalSnr(diffusersBetas({ kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 }, 1000));
 * betas[999]; // 1
 * betas[0]; // 0.00085…
 * ```
 */
export function rescaleZeroTerminalSnr(betas: ArrayLike<number>): Float64Array {
  const T = betas.length;
  const root = new Float64Array(T);
  let product = 1;
  for (let i = 0; i < T; i++) {
    product *= f32(1 - (betas[i] as number));
    root[i] = f32(Math.sqrt(f32(product)));
  }
  const first = root[0] as number;
  const last = root[T - 1] as number;
  const scale = f32(first / f32(first - last));
  const alphaBar = root.map((r) => {
    const shifted = f32(f32(r - last) * scale);
    return f32(shifted * shifted);
  });
  const out = new Float64Array(T);
  out[0] = f32(1 - (alphaBar[0] as number));
  for (let i = 1; i < T; i++) out[i] = f32(1 - f32((alphaBar[i] as number) / (alphaBar[i - 1] as number)));
  return out;
}

/**
 * ComfyUI's `rescale_zero_terminal_snr_sigmas` (comfy/model_sampling.py), in float64: the same rescale done
 * on √ᾱ = 1/√(σ² + 1), with ᾱ_{T−1} then set to {@link COMFY_TINY_ALPHA_CUMPROD} so that σ_max stays finite.
 * @returns ᾱ (float64).
 */
export function comfyRescaleZeroTerminalSnr(alphasCumprod: ArrayLike<number>): Float64Array {
  const T = alphasCumprod.length;
  const root = Float64Array.from(alphasCumprod, (a) => {
    const s = Math.sqrt((1 - a) / a);
    return Math.sqrt(1 / (s * s + 1));
  });
  const first = root[0] as number;
  const last = root[T - 1] as number;
  const scale = first / (first - last);
  const out = root.map((r) => {
    const shifted = (r - last) * scale;
    return shifted * shifted;
  });
  out[T - 1] = COMFY_TINY_ALPHA_CUMPROD;
  return out;
}

/**
 * Whether a tool's tiny substitute for ᾱ_{T−1} = 0 keeps ᾱ decreasing: it does not when the rescaled
 * ᾱ_{T−2} is smaller still (diffusers' linear betas 1e-4 … 0.02: ᾱ_998 = 4.2e-9 < 2⁻²⁴). The tool then runs
 * on a σ table that rises to σ_{T−2} and falls back at T−1 (15406 then 4096); klsched places levels on a
 * monotonic table and cannot. A description of the problem, or undefined when there is none.
 * @param alphasCumprod the rescaled table, its last entry 0 or already the substitute.
 */
export function tinyTerminalProblem(alphasCumprod: ArrayLike<number>, tiny: number, tool: string): string | undefined {
  const T = alphasCumprod.length;
  const before = alphasCumprod[T - 2] as number;
  if (before > tiny) return undefined;
  const sigma = (a: number) => Math.sqrt((1 - a) / a).toPrecision(4);
  const value = tiny === DIFFUSERS_TINY_ALPHA_CUMPROD ? "2⁻²⁴" : tiny.toPrecision(4);
  return (
    `${tool} substitutes ᾱ_${T - 1} = ${value} for 0, above the rescaled ᾱ_${T - 2} = ${before.toPrecision(3)} of these betas, ` +
    `so its σ table is not monotonic (σ_${T - 2} = ${sigma(before)}, σ_${T - 1} = ${sigma(tiny)})`
  );
}

/** Refuses a tiny-ᾱ zero-SNR table that {@link tinyTerminalProblem} finds not decreasing, in one line. */
export function checkTinyTerminal(
  alphasCumprod: ArrayLike<number>,
  tiny: number,
  tool: string,
  argument: string,
  value: unknown,
  instead: string,
): void {
  const problem = tinyTerminalProblem(alphasCumprod, tiny, tool);
  if (problem !== undefined) {
    throw new InvalidArgumentError(argument, value, `${problem}; klsched needs ᾱ to decrease: ${instead}`);
  }
}
