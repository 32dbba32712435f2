import { InvalidArgumentError } from "@klsched/core-linalg";
import { torchLinspaceFloat32 } from "../diffusers-alphas-cumprod.js";
import type { ToolLevel } from "../tool-schedule.js";
import { betaQuantile } from "../tools/beta-quantile.js";
import { f32, roundHalfEven } from "../tools/numpy-like.js";
import type { ComfyModelSampling } from "./model-sampling.js";

/** The schedulers of ComfyUI's `SCHEDULER_HANDLERS` (comfy/samplers.py). */
export const COMFY_SCHEDULERS = [
  "normal",
  "simple",
  "sgm_uniform",
  "ddim_uniform",
  "beta",
  "linear_quadratic",
  "kl_optimal",
  "karras",
  "exponential",
] as const;
/** The names of ComfyUI's schedulers that `comfy:name=…` reproduces. */
export type ComfySchedulerName = (typeof COMFY_SCHEDULERS)[number];

/**
 * ComfyUI's `calculate_sigmas(model_sampling, name, steps)`, each scheduler in its float32 arithmetic:
 * - `simple`: σ_table[T−1−⌊k·T/N⌋], k = 0..N−1;
 * - `normal`: σ(t) at float32 linspace(timestep(σ_max), timestep(σ_min), N) (quantised ends);
 *   `sgm_uniform`: the same over N+1 points, last dropped;
 * - `ddim_uniform`: σ_table[1 + j·⌊T/N⌋] while < T, reversed — ⌈(T−1)/⌊T/N⌋⌉ levels, which exceeds N for
 *   some N (7 → 8 on T = 1000), starting below σ_max;
 * - `beta`: table indices rint(ppf(1 − k/N; 0.6, 0.6)·(T−1)) (no endpoint), repeated indices dropped;
 * - `linear_quadratic` (Mochi): σ_max·(1 − x), x linear to 0.025 over ⌊N/2⌋ steps, quadratic after;
 * - `kl_optimal`: tan((1 − k/(N−1))·atan σ_max + k/(N−1)·atan σ_min) in float32 (N = 1 divides by zero
 *   in ComfyUI, so klsched refuses it);
 * - `karras`, `exponential`: k-diffusion's, in float32, between the table's ends.
 * A final 0 is appended. Levels read from a discrete table carry their index.
 */
export function comfySchedulerLevels(ms: ComfyModelSampling, name: ComfySchedulerName, steps: number): ToolLevel[] {
  const T = ms.sigmas.length;
  const table = (i: number): ToolLevel =>
    ms.kind === "discrete" ? { sigma: ms.sigmas[i] as number, index: i } : { sigma: ms.sigmas[i] as number };
  const sigmaMin = ms.sigmas[0] as number;
  const sigmaMax = ms.sigmas[T - 1] as number;
  const zero = { sigma: 0 };
  switch (name) {
    case "simple": {
      const ss = T / steps;
      return [...Array.from({ length: steps }, (_, x) => table(T - 1 - Math.trunc(x * ss))), zero];
    }
    case "normal":
    case "sgm_uniform": {
      const start = ms.timestep(sigmaMax);
      const end = ms.timestep(sigmaMin);
      const sgm = name === "sgm_uniform";
      let count = sgm ? steps + 1 : steps;
      let appendZero = true;
      if (!sgm && Math.abs(ms.sigma(end)) <= 1e-5) {
        count += 1;
        appendZero = false;
      }
      const ts = torchLinspaceFloat32(start, end, count).subarray(0, sgm ? steps : count);
      const levels: ToolLevel[] = Array.from(ts, (t) => ({ sigma: ms.sigma(t) }));
      return appendZero ? [...levels, zero] : levels;
    }
    case "ddim_uniform": {
      let n = steps;
      const levels: ToolLevel[] = [];
      const startsAtZero = Math.abs(ms.sigmas[1] as number) <= 1e-5;
      if (startsAtZero) n += 1;
      const ss = Math.max(Math.floor(T / n), 1);
      for (let x = 1; x < T; x += ss) levels.push(table(x));
      levels.reverse();
      return startsAtZero ? levels : [...levels, zero];
    }
    case "beta": {
      const levels: ToolLevel[] = [];
      let last = -1;
      for (let k = 0; k < steps; k++) {
        const t = roundHalfEven(betaQuantile(1 - k * (1 / steps), 0.6, 0.6) * (T - 1));
        if (t !== last) levels.push(table(t));
        last = t;
      }
      return [...levels, zero];
    }
    case "linear_quadratic":
      return linearQuadratic(steps).map((x) => ({ sigma: x === 0 ? 0 : f32(f32(x) * sigmaMax) }));
    case "kl_optimal": {
      if (steps < 2)
        throw new InvalidArgumentError("steps", steps, "ComfyUI's kl_optimal divides by N − 1 and returns NaN for one step");
      const aMin = f32(Math.atan(sigmaMin));
      const aMax = f32(Math.atan(sigmaMax));
      const levels = Array.from({ length: steps }, (_, i) => {
        const u = f32(i / (steps - 1));
        return { sigma: f32(Math.tan(f32(f32(u * aMin) + f32(f32(1 - u) * aMax)))) };
      });
      return [...levels, zero];
    }
    case "karras": {
      const rho = 7.0;
      const minInv = sigmaMin ** (1 / rho);
      const maxInv = sigmaMax ** (1 / rho);
      const diff = f32(minInv - maxInv);
      const ramp = torchLinspaceFloat32(0, 1, steps);
      return [...Array.from(ramp, (r) => ({ sigma: f32(f32(f32(maxInv) + f32(r * diff)) ** rho) })), zero];
    }
    case "exponential": {
      const logs = torchLinspaceFloat32(Math.log(sigmaMax), Math.log(sigmaMin), steps);
      return [...Array.from(logs, (l) => ({ sigma: f32(Math.exp(l)) })), zero];
    }
  }
}

/** Mochi's linear-quadratic schedule (genmoai/models infer.py) as ComfyUI computes it: 1 − x, N + 1 values. */
function linearQuadratic(steps: number, thresholdNoise = 0.025): number[] {
  if (steps === 1) return [1.0, 0.0];
  const linearSteps = Math.floor(steps / 2);
  const linear = Array.from({ length: linearSteps }, (_, i) => (i * thresholdNoise) / linearSteps);
  const diff = linearSteps - thresholdNoise * steps;
  const quadraticSteps = steps - linearSteps;
  const quadraticCoef = diff / (linearSteps * quadraticSteps ** 2);
  const linearCoef = thresholdNoise / linearSteps - (2 * diff) / quadraticSteps ** 2;
  const constant = quadraticCoef * linearSteps ** 2;
  const quadratic = Array.from({ length: steps - linearSteps }, (_, j) => {
    const i = linearSteps + j;
    return quadraticCoef * i ** 2 + linearCoef * i + constant;
  });
  return [...linear, ...quadratic, 1.0].map((x) => 1.0 - x);
}
