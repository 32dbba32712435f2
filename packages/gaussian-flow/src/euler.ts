import type { Schedule } from "@klsched/discretization";
import { type ClosedFormInput, linearClosedForm } from "./closed-form.js";
import { levelAt, sameLevel } from "./level.js";
import type { Sampler, SamplerRun } from "./sampler.js";
import { defineSampler } from "./sampler-descriptor.js";

/**
 * Euler's method on the probability-flow ODE dy/dτ = (y − D)/τ (Karras et al. 2022, Alg. 1 without the
 * correction; k-diffusion `sample_euler`): d = (y − D)/τ, y' = y + d·(τ' − τ), in the frame of
 * `frameScale` (sampler-frame.ts). In x it is x' = (γ'/γ)·(τ'/τ)·x + γ'·(1 − τ'/τ)·D, and since γ·τ = σ in either frame
 * this is x' = (σ'/σ)·x + (α' − α·σ'/σ)·D: DDIM (η = 0), written so, which stays finite where the frame
 * does not (α = 0 under zero terminal SNR: γ = 0, τ = ∞). A step of length zero leaves x as it is.
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
  closedForm: (input: ClosedFormInput) => linearClosedForm(euler, input),
  name: "euler",
  stochastic: false,
  evaluations: (schedule: Schedule) => schedule.t.length - 1,
  sample<S>(x: S, run: SamplerRun<S>): S {
    const { space, denoise, schedule, onLevel } = run;
    let state = x;
    onLevel?.(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      const to = levelAt(schedule, k + 1);
      if (!sameLevel(from, to)) {
        const denoised = denoise(state, from);
        const ratio = to.sigma / from.sigma; // σ'/σ = (γ'/γ)·(τ'/τ)
        // y' = (τ'/τ)·y + (1 − τ'/τ)·D, x' = γ'·y'
        state = space.combine([ratio, to.alpha - from.alpha * ratio], [state, denoised]);
      }
      onLevel?.(state, k + 1);
    }
    return state;
  },
});

/** `euler`: Euler's method on the probability-flow ODE (k-diffusion `sample_euler`). */
export const eulerSampler = /* @__PURE__ */ defineSampler({
  name: "euler",
  summary: "Euler on the probability-flow ODE (Karras et al. 2022, Alg. 1; k-diffusion sample_euler); equals DDIM",
  keys: {},
  stochastic: false,
  make: () => euler,
});
