import { InvalidArgumentError } from "@klsched/core-linalg";
import { exponentialLevel, karrasLevel, tangentLevel } from "../level-maps.js";
import type { NoiseProcess } from "../noise-process.js";
import { defineOwnStrategy } from "../strategy-descriptor.js";

/** The two ends of the range in s = σ/α, both finite and positive, or an error naming the strategy. */
function finiteEnds(process: NoiseProcess, kind: string): [start: number, end: number] {
  const sStart = process.s(process.tStart);
  const sEnd = process.s(process.tEnd);
  if (!(sEnd > 0 && Number.isFinite(sStart))) {
    throw new InvalidArgumentError(
      "strategy",
      kind,
      `needs finite positive σ/α at both ends of the range; ${process.label} spans σ/α from ${sStart} to ${sEnd}`,
    );
  }
  return [sStart, sEnd];
}

/** Uniform in ln s, hence in logSNR = −2 ln s (k-diffusion's `get_sigmas_exponential`). */
export const exponentialStrategy = /* @__PURE__ */ defineOwnStrategy({
  kind: "exponential",
  summary: "uniform in ln σ/α (k-diffusion's get_sigmas_exponential)",
  keys: {},
  make: () => ({ kind: "exponential" }),
  time: (process, strategy, u) => process.tFromS(exponentialLevel(u, ...finiteEnds(process, strategy.kind))),
});

/** Uniform in logSNR: the same levels as `exponential` (logSNR = −2 ln s), under its other name. */
export const logsnrStrategy = /* @__PURE__ */ defineOwnStrategy({
  kind: "logsnr",
  summary: "uniform in logSNR = −2 ln σ/α (the same levels as exponential)",
  keys: {},
  make: () => ({ kind: "logsnr" }),
  time: (process, strategy, u) => process.tFromS(exponentialLevel(u, ...finiteEnds(process, strategy.kind))),
});

/** Karras et al. (2022), Eq. 5: uniform in s^(1/ρ). */
export const karrasStrategy = /* @__PURE__ */ defineOwnStrategy({
  kind: "karras",
  summary: "Karras et al. (2022), Eq. 5: uniform in (σ/α)^(1/ρ)",
  keys: { rho: { type: "number", default: 7, rule: { positive: true, max: 1e6 }, help: "ρ, the ramp's exponent" } },
  make: ({ rho }) => ({ kind: "karras", rho }),
  time: (process, strategy, u) => {
    const [sStart, sEnd] = finiteEnds(process, strategy.kind);
    return process.tFromS(karrasLevel(u, sStart, sEnd, strategy.rho));
  },
});

/**
 * The tangent law of theory §4: uniform in the angle atan(s/c). c = 1 is ComfyUI's `kl_optimal`; without
 * `c`, schedule-optim fits c to the spectrum.
 */
export const tangentStrategy = /* @__PURE__ */ defineOwnStrategy({
  kind: "tangent",
  summary: "the tangent law of theory §4: uniform in atan(σ/α / c) (c = 1 is ComfyUI's kl_optimal)",
  keys: { c: { type: "number", rule: { positive: true }, help: "the coefficient c (√λ is optimal for one eigenvalue λ)" } },
  make: ({ c }) => ({ kind: "tangent", c }),
  time: (process, { c }, u) => process.tFromS(tangentLevel(u, process.s(process.tStart), process.s(process.tEnd), c)),
});
