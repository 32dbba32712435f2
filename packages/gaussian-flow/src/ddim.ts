import type { Schedule } from "@klsched/discretization";
import { ddimEta } from "./ancestral.js";
import type { ClosedFormInput } from "./closed-form.js";
import { ddimClosedForm } from "./ddim-closed-form.js";
import { type Level, levelAt } from "./level.js";
import type { Sampler, SamplerRun } from "./sampler.js";
import { defineSampler } from "./sampler-descriptor.js";
import type { VectorSpace } from "./vector-space.js";

/**
 * One deterministic DDIM step (Song, Meng & Ermon 2021, Eq. 12 with η = 0) from level `from` to `to`:
 * x_to = α_to·D + σ_to·(x − α_from·D)/σ_from = (σ_to/σ_from)·x + (α_to − α_from·σ_to/σ_from)·D.
 * Valid when α_from = 0 (flow matching's start) and when σ_to = 0 (the final step to the clean level).
 */
export function ddimStep<S>(space: VectorSpace<S>, x: S, denoised: S, from: Level, to: Level): S {
  const ratio = to.sigma / from.sigma;
  return space.combine([ratio, to.alpha - from.alpha * ratio], [x, denoised]);
}

/**
 * DDIM with η = 0: one denoiser evaluation per step, no added noise.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { closedFormOutput, ddim } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * ddim.evaluations(schedule); // 10
 * closedFormOutput(ddim, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" }).logVarianceRatio; // Float64Array [-0.5730…, -0.7884…]
 * ```
 */
export const ddim: Sampler = Object.freeze({
  closedForm: (input: ClosedFormInput) => ddimClosedForm(input.eigenvalues, input.schedule, input.prior, input.mean),
  name: "ddim",
  stochastic: false,
  evaluations: (schedule: Schedule) => schedule.t.length - 1,
  sample<S>(x: S, run: SamplerRun<S>): S {
    const { space, denoise, schedule, onLevel } = run;
    let state = x;
    onLevel?.(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      state = ddimStep(space, state, denoise(state, from), from, levelAt(schedule, k + 1));
      onLevel?.(state, k + 1);
    }
    return state;
  },
});

/** `ddim` and `ddim:eta=…`: DDIM (Song, Meng & Ermon 2021); η = 0 is deterministic, η = 1 is DDPM's posterior step. */
export const ddimSampler = /* @__PURE__ */ defineSampler({
  name: "ddim",
  summary: "DDIM (Song, Meng & Ermon 2021, Eq. 12); eta=0 deterministic, eta>0 adds the scaled posterior noise",
  keys: { eta: { type: "number", default: 0, rule: { min: 0, max: 1 }, help: "η, the share of the posterior noise (0 … 1)" } },
  stochastic: false,
  make: ({ eta }) => (eta === 0 ? ddim : ddimEta(eta)),
});
