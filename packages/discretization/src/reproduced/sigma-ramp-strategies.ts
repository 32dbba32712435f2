import { diffusersBeta } from "../diffusers/sigma-families.js";
import { laplaceSigmas, polyexponentialSigmas, vpSigmas } from "../kdiffusion/sigma-schedules.js";
import { type ToolLevel, toolSchedule } from "../tool-schedule.js";
import { f32 } from "../tools/numpy-like.js";
import { defineToolStrategy } from "./descriptor.js";
import { finiteRange } from "./finite-range.js";

/** The levels of a σ ramp, then the clean level. */
const withClean = (sigmas: Float64Array): ToolLevel[] => [...Array.from(sigmas, (sigma) => ({ sigma })), { sigma: 0 }];

/** diffusers' `_convert_to_beta` (Lee et al. 2024, "Beta sampling is all you need"), on the model's range. */
export const betaStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "beta",
  summary: "beta-distribution sigmas (Lee et al. 2024), diffusers' _convert_to_beta on the model's σ range",
  keys: {
    a: { type: "number", default: 0.6, rule: { positive: true, max: 1e3 }, help: "the beta distribution's α" },
    b: { type: "number", default: 0.6, rule: { positive: true, max: 1e3 }, help: "the beta distribution's β" },
  },
  make: ({ a, b }) => ({ kind: "beta", a, b }),
  schedule: (process, strategy, steps) => {
    const [sMax, sMin] = finiteRange(process, strategy.kind);
    return toolSchedule(process, withClean(diffusersBeta(sMin, sMax, steps, strategy.a, strategy.b).map(f32)), undefined);
  },
});

/** k-diffusion's `get_sigmas_polyexponential` (k_diffusion/sampling.py). */
export const polyexponentialStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "polyexponential",
  summary: "k-diffusion's get_sigmas_polyexponential: ln σ polynomial in the ramp (ρ = 1 is exponential)",
  keys: { rho: { type: "number", default: 1, rule: { positive: true, max: 1e3 }, help: "the ramp's power ρ" } },
  make: ({ rho }) => ({ kind: "polyexponential", rho }),
  schedule: (process, strategy, steps) => {
    const [sMax, sMin] = finiteRange(process, strategy.kind);
    return toolSchedule(process, withClean(polyexponentialSigmas(steps, sMin, sMax, strategy.rho)), undefined);
  },
});

/** k-diffusion's `get_sigmas_vp` (k_diffusion/sampling.py): the VP-SDE's continuous σ at a uniform t. */
export const kdiffusionVpStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "kdiffusion-vp",
  summary: "k-diffusion's get_sigmas_vp: the VP-SDE's σ at t = linspace(1, ε_s, N)",
  keys: {
    bd: { type: "number", default: 19.9, rule: { positive: true }, help: "β_d" },
    bmin: { type: "number", default: 0.1, rule: { nonNegative: true }, help: "β_min" },
    eps: { type: "number", default: 1e-3, rule: { positive: true, max: 0.999 }, help: "ε_s, the last time" },
  },
  make: ({ bd, bmin, eps }) => ({ kind: "kdiffusion-vp", betaD: bd, betaMin: bmin, epsS: eps }),
  schedule: (process, strategy, steps) => {
    finiteRange(process, strategy.kind);
    return toolSchedule(process, withClean(vpSigmas(steps, strategy.betaD, strategy.betaMin, strategy.epsS)), undefined);
  },
});

/** ComfyUI's `get_sigmas_laplace` (comfy/k_diffusion/sampling.py; Tiankai et al. 2024); it appends no 0. */
export const laplaceStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "laplace",
  summary: "ComfyUI's Laplace schedule (Tiankai et al. 2024): ends at σ_min, not at the clean level",
  keys: {
    mu: { type: "number", default: 0, rule: { min: -10, max: 10 }, help: "the Laplace location μ (not the flow μ)" },
    beta: { type: "number", default: 0.5, rule: { positive: true, max: 10 }, help: "the Laplace scale β" },
  },
  make: ({ mu, beta }) => ({ kind: "laplace", mu, beta }),
  schedule: (process, strategy, steps) => {
    const [sMax, sMin] = finiteRange(process, strategy.kind);
    const sigmas = laplaceSigmas(steps, sMin, sMax, strategy.mu, strategy.beta);
    return toolSchedule(
      process,
      Array.from(sigmas, (sigma) => ({ sigma })),
      undefined,
      ["ComfyUI's Laplace schedule appends no 0: it ends at σ_min, not at the clean level"],
    );
  },
});
