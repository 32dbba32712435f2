import { InvalidArgumentError } from "@klsched/core-linalg";
import { f32, numpyArange, numpyLinspace, roundHalfEven } from "../tools/numpy-like.js";

/** diffusers' `timestep_spacing` (Lin et al. 2024, Table 2). */
export type Spacing = "linspace" | "leading" | "trailing";
/** diffusers' `timestep_spacing` values. */
export const SPACINGS: readonly Spacing[] = ["linspace", "leading", "trailing"];

/**
 * `DDIMScheduler.set_timesteps` (schedulers/scheduling_ddim.py): integer timesteps, noisiest first.
 * linspace: round(linspace(0, T−1, N)) reversed (numpy rounds half to even); leading:
 * k·(T // N) + steps_offset, k = N−1..0; trailing: round(arange(T, 0, −T/N)) − 1. N > T is refused as
 * diffusers refuses it. `trailing` has N + 1 entries, the last −1, for N = 61, 103, … (numpy's arange
 * length rounds up); klsched keeps them.
 */
export function ddimTimesteps(T: number, N: number, spacing: Spacing, offset: number): Float64Array {
  if (N > T) throw new InvalidArgumentError("steps", N, `DDIMScheduler refuses more steps than its ${T} training timesteps`);
  switch (spacing) {
    case "linspace":
      return numpyLinspace(0, T - 1, N)
        .map(roundHalfEven)
        .reverse();
    case "leading": {
      const ratio = Math.floor(T / N);
      return Float64Array.from({ length: N }, (_, k) => (N - 1 - k) * ratio + offset);
    }
    case "trailing":
      return numpyArange(T, 0, -T / N).map((t) => roundHalfEven(t) - 1);
  }
}

/**
 * `EulerDiscreteScheduler.set_timesteps` (schedulers/scheduling_euler_discrete.py): float32 timesteps.
 * linspace: float32(linspace(0, T−1, N)) reversed (fractional); leading and trailing as DDIM's, in float32.
 */
export function eulerTimesteps(T: number, N: number, spacing: Spacing, offset: number): Float64Array {
  switch (spacing) {
    case "linspace":
      return numpyLinspace(0, T - 1, N)
        .map(f32)
        .reverse();
    case "leading": {
      const ratio = Math.floor(T / N);
      return Float64Array.from({ length: N }, (_, k) => f32(f32((N - 1 - k) * ratio) + offset));
    }
    case "trailing":
      return numpyArange(T, 0, -T / N).map((t) => f32(f32(roundHalfEven(t)) - 1));
  }
}

/**
 * `DPMSolverMultistepScheduler.set_timesteps` (schedulers/scheduling_dpmsolver_multistep.py): integer
 * timesteps from a grid of N + 1 points whose last (clean) point is dropped. linspace:
 * round(linspace(0, T−1, N+1)) reversed, last dropped; leading: k·(T // (N+1)) + steps_offset, k = N..1;
 * trailing: round(arange(T, 0, −T/N)) − 1 (the same as DDIM's). `lambda_min_clipped` is −∞ (its default).
 */
export function dpmTimesteps(T: number, N: number, spacing: Spacing, offset: number): Float64Array {
  switch (spacing) {
    case "linspace":
      return numpyLinspace(0, T - 1, N + 1)
        .map(roundHalfEven)
        .reverse()
        .subarray(0, N)
        .slice();
    case "leading": {
      const ratio = Math.floor(T / (N + 1));
      return Float64Array.from({ length: N }, (_, k) => (N - k) * ratio + offset);
    }
    case "trailing":
      return numpyArange(T, 0, -T / N).map((t) => roundHalfEven(t) - 1);
  }
}
