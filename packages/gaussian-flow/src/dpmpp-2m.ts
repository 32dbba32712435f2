import type { Schedule } from "@klsched/discretization";
import { levelAt } from "./level.js";
import type { Sampler, SamplerRun } from "./sampler.js";
import { defineSampler } from "./sampler-descriptor.js";
import { frameScale, frameTime } from "./sampler-frame.js";

/**
 * DPM-Solver++(2M) (Lu et al. 2022, Alg. 2; k-diffusion `sample_dpmpp_2m`) in the frame y = x/γ,
 * τ = σ/γ of k-diffusion (γ = α; γ = α + σ = 1 on `flow`, as flow-matching tools run it): with t = −ln τ
 * and h = t' − t, y' = (τ'/τ)·y − expm1(−h)·D̂, where D̂ = D on the first
 * step and on the step to τ' = 0, and otherwise D̂ = (1 + 1/(2r))·D − (1/(2r))·D_prev with r = h_prev/h.
 * One evaluation per step; the previous denoised output is the multistep history.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { closedFormOutput, dpmpp2m } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * dpmpp2m.evaluations(schedule); // 10
 * closedFormOutput(dpmpp2m, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" }).logVarianceRatio; // Float64Array [0.2937…, 0.1613…]
 * ```
 */
export const dpmpp2m: Sampler = Object.freeze({
  name: "dpmpp-2m",
  stochastic: false,
  evaluations: (schedule: Schedule) => schedule.t.length - 1,
  sample<S>(x: S, run: SamplerRun<S>): S {
    const { space, denoise, schedule, onLevel } = run;
    const { process } = schedule;
    let state = x;
    let previous: S | undefined;
    let previousStep = 0; // h of the previous step
    onLevel?.(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      const to = levelAt(schedule, k + 1);
      const tau = frameTime(process, from);
      const tauNext = frameTime(process, to);
      const ratio = tauNext / tau; // e^{−h}
      const h = Math.log(tau / tauNext);
      const denoised = denoise(state, from);
      let target = denoised;
      if (previous !== undefined && tauNext > 0) {
        const r = previousStep / h;
        target = space.combine([1 + 1 / (2 * r), -1 / (2 * r)], [denoised, previous]);
      }
      const gammaNext = frameScale(process, to);
      state = space.combine([(gammaNext / frameScale(process, from)) * ratio, gammaNext * (1 - ratio)], [state, target]);
      previous = denoised;
      previousStep = h;
      onLevel?.(state, k + 1);
    }
    return state;
  },
});

/** `dpmpp-2m`: DPM-Solver++(2M) (k-diffusion `sample_dpmpp_2m`). */
export const dpmpp2mSampler = defineSampler({
  name: "dpmpp-2m",
  summary: "DPM-Solver++(2M) (Lu et al. 2022, Alg. 2; k-diffusion sample_dpmpp_2m), second-order multistep",
  keys: {},
  stochastic: false,
  make: () => dpmpp2m,
});
