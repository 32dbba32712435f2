import type { Schedule } from "@klsched/discretization";
import { type ClosedFormInput, linearClosedForm } from "./closed-form.js";
import { levelAt, sameLevel } from "./level.js";
import type { Sampler, SamplerRun } from "./sampler.js";
import { defineSampler } from "./sampler-descriptor.js";
import { frameScale } from "./sampler-frame.js";

/**
 * DPM-Solver++(2M) (Lu et al. 2022, Alg. 2; k-diffusion `sample_dpmpp_2m`) in the frame y = x/γ,
 * τ = σ/γ of k-diffusion (γ = α; γ = α + σ = 1 on `flow`, as flow-matching tools run it): with t = −ln τ
 * and h = t' − t, y' = (τ'/τ)·y − expm1(−h)·D̂, where D̂ = D on the first
 * step and on the step to τ' = 0, and otherwise D̂ = (1 + 1/(2r))·D − (1/(2r))·D_prev with r = h_prev/h.
 * One evaluation per step; the previous denoised output is the multistep history.
 *
 * In x: x' = (σ'/σ)·x + (α' − α·σ'/σ)·D̂ (γ·τ = σ), finite at α = 0, where τ = ∞ and the next step's
 * 1/(2r) = h/(2·h_prev) is 0 — the limit of a start at α → 0, as diffusers' 2⁻²⁴ substitute approaches it.
 * A step of length zero leaves x and the history as they are: diffusers' DPMSolverMultistepScheduler drops
 * repeated timesteps (np.unique), while k-diffusion would divide by h = 0 on the next step (r = 0: NaN).
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
  closedForm: (input: ClosedFormInput) => linearClosedForm(dpmpp2m, input),
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
      if (sameLevel(from, to)) {
        onLevel?.(state, k + 1);
        continue;
      }
      const ratio = to.sigma / from.sigma; // σ'/σ = (γ'/γ)·e^{−h}
      // h = ln(τ/τ') = ln(σ/σ') + ln(γ'/γ): +∞ from γ = 0 (α = 0 in the VE frame) and to σ' = 0
      const h = Math.log(from.sigma / to.sigma) + Math.log(frameScale(process, to) / frameScale(process, from));
      const denoised = denoise(state, from);
      let target = denoised;
      if (previous !== undefined && to.sigma > 0) {
        const w = h / (2 * previousStep); // 1/(2r)
        target = space.combine([1 + w, -w], [denoised, previous]);
      }
      state = space.combine([ratio, to.alpha - from.alpha * ratio], [state, target]);
      previous = denoised;
      previousStep = h;
      onLevel?.(state, k + 1);
    }
    return state;
  },
});

/** `dpmpp-2m`: DPM-Solver++(2M) (k-diffusion `sample_dpmpp_2m`). */
export const dpmpp2mSampler = /* @__PURE__ */ defineSampler({
  name: "dpmpp-2m",
  summary: "DPM-Solver++(2M) (Lu et al. 2022, Alg. 2; k-diffusion sample_dpmpp_2m), second-order multistep",
  keys: {},
  stochastic: false,
  make: () => dpmpp2m,
});
