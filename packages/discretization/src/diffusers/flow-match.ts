import { InvalidArgumentError } from "@klsched/core-linalg";
import { FLOW_TIMESTEPS } from "../convert-level.js";
import { exponentialTimeShift } from "../flow-process.js";
import type { NoiseProcess } from "../noise-process.js";
import { type ToolSchedule, toolSchedule } from "../tool-schedule.js";
import { f32, numpyLinspace } from "../tools/numpy-like.js";

/** How a flow pipeline shifts its sigmas: SD3's static `shift`, or Flux's dynamic exponential shift by μ. */
export type FlowShift = { readonly kind: "static"; readonly shift: number } | { readonly kind: "dynamic"; readonly mu: number };

/**
 * FlowMatchEulerDiscreteScheduler (schedulers/scheduling_flow_match_euler_discrete.py).
 * - `sd3` (no custom sigmas, as StableDiffusion3Pipeline calls it): the constructor shifts its float32 table
 *   t_i = i/T statically and keeps σ_max, σ_min; `set_timesteps(N)` takes linspace(σ_max·T, σ_min·T, N)/T
 *   and shifts again — so with a static shift ≠ 1 the last level is shift applied twice to 1/T (diffusers
 *   issue #13243; klsched reproduces it). With a dynamic shift the table is unshifted and μ applies once.
 * - `flux` (FluxPipeline's custom sigmas linspace(1, 1/N, N), cast to float32, then the shift in float32).
 * - `wan` (UniPCMultistepScheduler with `use_flow_sigmas`, as WanPipeline calls it, scheduling_unipc_multistep.py):
 *   linspace(1, 1/T, N + 1) without its last point, shifted by `flow_shift` (or μ) in float64, the first
 *   level moved to 1 − 10⁻⁶ where it is within 10⁻⁶ of 1, then float32; timesteps are ⌊σ·T⌋ (int64).
 * The final 0 is appended; timesteps are σ·T in float32 (`wan`: truncated to integers).
 */
export function diffusersFlowMatch(
  process: NoiseProcess,
  steps: number,
  pipeline: "sd3" | "flux" | "wan",
  shift: FlowShift,
): ToolSchedule {
  if (process.kind !== "flow") {
    throw new InvalidArgumentError("strategy", "diffusers-flow", `applies to flow processes, not ${process.label}`);
  }
  const T = FLOW_TIMESTEPS;
  let sigmas: Float64Array;
  if (pipeline === "sd3") {
    const table = (i: number) => {
      const s = f32(f32(i) / T);
      return shift.kind === "static" ? float32Shift(s, shift.shift) : s;
    };
    const sigmaMax = table(T);
    const sigmaMin = table(1);
    sigmas = numpyLinspace(sigmaMax * T, sigmaMin * T, steps).map((t) => {
      const s = t / T;
      return f32(shift.kind === "static" ? (shift.shift * s) / (1 + (shift.shift - 1) * s) : exponentialTimeShift(s, shift.mu));
    });
  } else if (pipeline === "wan") {
    sigmas = numpyLinspace(1, 1 / T, steps + 1)
      .subarray(0, steps)
      .map((s) =>
        shift.kind === "static" ? (shift.shift * s) / (1 + (shift.shift - 1) * s) : exponentialTimeShift(s, shift.mu),
      );
    if (Math.abs((sigmas[0] as number) - 1) < 1e-6) sigmas[0] = (sigmas[0] as number) - 1e-6;
    sigmas = sigmas.map(f32);
    const levels = [...Array.from(sigmas, (sigma) => ({ sigma })), { sigma: 0 }];
    return toolSchedule(
      process,
      levels,
      sigmas.map((s) => Math.trunc(s * T)),
    );
  } else {
    sigmas = numpyLinspace(1.0, 1 / steps, steps).map((s0) => {
      const s = f32(s0);
      if (shift.kind === "static") return float32Shift(s, shift.shift);
      const e = f32(Math.exp(shift.mu));
      return f32(e / f32(e + f32(f32(1 / s) - 1)));
    });
  }
  const timesteps = sigmas.map((s) => f32(s * T));
  const levels = [...Array.from(sigmas, (sigma) => ({ sigma })), { sigma: 0 }];
  return toolSchedule(process, levels, timesteps);
}

/** shift·s / (1 + (shift − 1)·s) in float32 tensor arithmetic (the scalars rounded to float32). */
function float32Shift(s: number, shift: number): number {
  return f32(f32(f32(shift) * s) / f32(1 + f32(f32(shift - 1) * s)));
}
