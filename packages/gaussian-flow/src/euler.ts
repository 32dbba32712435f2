import type { Schedule } from "@klsched/discretization";
import { levelAt } from "./level.js";
import type { Sampler, SamplerRun } from "./sampler.js";
import { defineSampler } from "./sampler-descriptor.js";
import { frameScale, frameTime } from "./sampler-frame.js";

/**
 * Euler's method on the probability-flow ODE dy/dτ = (y − D)/τ (Karras et al. 2022, Alg. 1 without the
 * correction; k-diffusion `sample_euler`): d = (y − D)/τ, y' = y + d·(τ' − τ), in the frame y = x/γ,
 * τ = σ/γ (γ = α; γ = α + σ = 1 on `flow`). In x it is x' = (γ'/γ)·(τ'/τ)·x + γ'·(1 − τ'/τ)·D, which
 * equals DDIM (η = 0).
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { euler, type Level, type SampleBatch, sampleSpace } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * // the exact denoiser of N(0, 1), D(x) = α·x/(α² + σ²), run from one sample x = 80 (z = 1 at σ_max)
 * const denoise = (x: SampleBatch, { alpha, sigma }: Level) => ({ ...x, data: x.data.map((v) => (alpha * v) / (alpha * alpha + sigma * sigma)) });
 * euler.sample({ n: 1, d: 1, data: Float64Array.of(80) }, { space: sampleSpace, schedule, denoise }).data; // Float64Array [0.7507…]
 * ```
 */
export const euler: Sampler = Object.freeze({
  name: "euler",
  stochastic: false,
  evaluations: (schedule: Schedule) => schedule.t.length - 1,
  sample<S>(x: S, run: SamplerRun<S>): S {
    const { space, denoise, schedule, onLevel } = run;
    const { process } = schedule;
    let state = x;
    onLevel?.(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      const to = levelAt(schedule, k + 1);
      const denoised = denoise(state, from);
      const ratio = frameTime(process, to) / frameTime(process, from); // τ'/τ
      const scale = frameScale(process, to);
      // y' = y + (y − D)(τ'/τ − 1) = (τ'/τ)·y + (1 − τ'/τ)·D, then x' = γ'·y'
      state = space.combine([(scale / frameScale(process, from)) * ratio, scale * (1 - ratio)], [state, denoised]);
      onLevel?.(state, k + 1);
    }
    return state;
  },
});

/** `euler`: Euler's method on the probability-flow ODE (k-diffusion `sample_euler`). */
export const eulerSampler = defineSampler({
  name: "euler",
  summary: "Euler on the probability-flow ODE (Karras et al. 2022, Alg. 1; k-diffusion sample_euler); equals DDIM",
  keys: {},
  stochastic: false,
  make: () => euler,
});
