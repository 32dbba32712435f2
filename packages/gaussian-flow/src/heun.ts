import { InvalidArgumentError } from "@klsched/core-linalg";
import type { Schedule } from "@klsched/discretization";
import { type ClosedFormInput, linearClosedForm } from "./closed-form.js";
import { levelAt, sameLevel } from "./level.js";
import type { Sampler, SamplerRun } from "./sampler.js";
import { defineSampler } from "./sampler-descriptor.js";
import { frameScale, frameTime } from "./sampler-frame.js";

/**
 * Heun's second-order method on dy/dτ = (y − D)/τ (Karras et al. 2022, Alg. 1; k-diffusion
 * `sample_heun` with s_churn = 0): an Euler predictor y_e = y + h·d, then the trapezoidal corrector
 * y' = y + h·(d + d')/2 with d' = (y_e − D(y_e))/τ'; the last step to τ' = 0 is a plain Euler step.
 * Two evaluations per step except the final one. A step of length zero leaves x as it is.
 *
 * The predictor is written as x_e = (σ'/σ)·x + (α' − α·σ'/σ)·D₁ (γ·τ = σ). A corrected step from α = 0
 * in the VE-normalised frame (zero terminal SNR: γ = 0, τ = ∞) has h = −∞ and a correction h·(d' − d)/2
 * that diverges as α → 0, so it is refused; flow's frame (γ = α + σ = 1) has no such level.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { closedFormOutput, heun } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * heun.evaluations(schedule); // 19
 * closedFormOutput(heun, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" }).logVarianceRatio; // Float64Array [0.3234…, 0.6111…]
 * ```
 * @throws InvalidArgumentError("sampler", "heun", …) for that step.
 */
export const heun: Sampler = Object.freeze({
  closedForm: (input: ClosedFormInput) => linearClosedForm(heun, input),
  name: "heun",
  stochastic: false,
  evaluations: (schedule: Schedule) => {
    const steps = schedule.t.length - 1;
    return steps === 0 ? 0 : 2 * steps - (schedule.sigma[steps] === 0 ? 1 : 0);
  },
  sample<S>(x: S, run: SamplerRun<S>): S {
    const { space, denoise, schedule, onLevel } = run;
    const { process } = schedule;
    let state = x;
    onLevel?.(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      const to = levelAt(schedule, k + 1);
      if (sameLevel(from, to)) {
        onLevel?.(state, k + 1);
        continue;
      }
      const gamma = frameScale(process, from);
      const gammaNext = frameScale(process, to);
      const tau = frameTime(process, from);
      const tauNext = frameTime(process, to);
      const d1 = denoise(state, from);
      // predictor: x_e = γ'·[(τ'/τ)·y + (1 − τ'/τ)·D₁] = (σ'/σ)·x + (α' − α·σ'/σ)·D₁
      const ratio = to.sigma / from.sigma;
      const predicted = space.combine([ratio, to.alpha - from.alpha * ratio], [state, d1]);
      if (tauNext === 0) {
        state = predicted;
      } else {
        if (gamma === 0) {
          throw new InvalidArgumentError(
            "sampler",
            "heun",
            `a Heun step from α = 0 (σ/α = ∞: zero terminal SNR, ${process.label}) diverges; use euler, dpmpp-2m or ddim, or zsnr=tiny`,
          );
        }
        const d2 = denoise(predicted, to);
        const h = tauNext - tau;
        // y' = y + h/2·[(y − D₁)/τ + (y_e − D₂)/τ'], x' = γ'·y'
        state = space.combine(
          [
            (gammaNext / gamma) * (1 + h / (2 * tau)),
            (-gammaNext * h) / (2 * tau),
            h / (2 * tauNext),
            (-gammaNext * h) / (2 * tauNext),
          ],
          [state, d1, predicted, d2],
        );
      }
      onLevel?.(state, k + 1);
    }
    return state;
  },
});

/** `heun`: Heun's second-order method (k-diffusion `sample_heun`). */
export const heunSampler = /* @__PURE__ */ defineSampler({
  name: "heun",
  summary: "Heun's second-order method (Karras et al. 2022, Alg. 1; k-diffusion sample_heun), 2 evaluations a step",
  keys: {},
  stochastic: false,
  make: () => heun,
});
