import type { Schedule } from "@klsched/discretization";
import { euler } from "./euler.js";
import { levelAt, sameLevel } from "./level.js";
import type { Sampler, SamplerRun } from "./sampler.js";
import { defineSampler } from "./sampler-descriptor.js";
import type { VectorSpace } from "./vector-space.js";

/** One stochastic step: x' = a·x + b·D + c·z with fresh standard normal z (c = 0: no noise drawn). */
interface StochasticStep {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

type StepRule = (from: { alpha: number; sigma: number }, to: { alpha: number; sigma: number }) => StochasticStep;

/**
 * Runs a single-step stochastic sampler given its step rule. Noise comes from `run.noise`; after each
 * step the state is the only one kept, so the space may compact it (the Gaussian closed form merges the
 * independent noise into one source). A step of length zero leaves the state as it is (k-diffusion's
 * `get_ancestral_step` gives σ_up = 0, σ_down = σ there: the identity).
 */
function runStochastic<S>(rule: StepRule, x: S, run: SamplerRun<S>): S {
  const { space, denoise, schedule, onLevel, noise } = run;
  let state = x;
  onLevel?.(state, 0);
  for (let k = 0; k + 1 < schedule.t.length; k++) {
    const from = levelAt(schedule, k);
    const to = levelAt(schedule, k + 1);
    if (sameLevel(from, to)) {
      onLevel?.(state, k + 1);
      continue;
    }
    const { a, b, c } = rule(from, to);
    const denoised = denoise(state, from);
    if (c > 0) {
      if (noise === undefined) throw new Error("a stochastic sampler needs run.noise");
      state = space.combine([a, b, c], [state, denoised, noise(state, k)]);
    } else {
      state = space.combine([a, b], [state, denoised]);
    }
    state = compact(space, state);
    onLevel?.(state, k + 1);
  }
  return state;
}

function compact<S>(space: VectorSpace<S>, x: S): S {
  return space.compact === undefined ? x : space.compact(x);
}

const stochasticSampler = (name: string, rule: StepRule): Sampler =>
  Object.freeze({
    name,
    stochastic: true,
    evaluations: (schedule: Schedule) => schedule.t.length - 1,
    sample: <S>(x: S, run: SamplerRun<S>) => runStochastic(rule, x, run),
  });

/**
 * q = s'/s = σ'α/(α'σ), the ratio of σ/α levels; 0 when the step starts at α = 0 (s = ∞). At most 1: a
 * schedule's σ/α does not increase, and where rounding makes a level one ulp above the previous one (a
 * discrete table read at t = 0 and at t = 1e-150) q = 1, a step of length zero, rather than 1 − q² < 0.
 */
function levelRatio(from: { alpha: number; sigma: number }, to: { alpha: number; sigma: number }): number {
  return from.alpha === 0 ? 0 : Math.min(1, (to.sigma * from.alpha) / (to.alpha * from.sigma));
}

/**
 * DDIM with η ∈ [0, 1] (Song, Meng & Ermon 2021, Eq. 12 and 16): x' = α'·D + √(σ'² − σ_η²)·(x − α·D)/σ + σ_η·z
 * with σ_η² = η²·σ'²·(1 − s'²/s²), the forward posterior's variance scaled by η². η = 0 is `ddim`.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { closedFormOutput, ddimEta } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * const sampler = ddimEta(0.5);
 * sampler.name; // "ddim:eta=0.5"
 * closedFormOutput(sampler, { eigenvalues: Float64Array.of(1), schedule, prior: "exact" }).logVarianceRatio; // Float64Array [-0.6290…]
 * ```
 */
export function ddimEta(eta: number): Sampler {
  return stochasticSampler(`ddim:eta=${eta}`, (from, to) => {
    const q = levelRatio(from, to);
    const keep = to.sigma * Math.sqrt(1 - eta * eta * (1 - q * q)); // √(σ'² − σ_η²)
    return { a: keep / from.sigma, b: to.alpha - (from.alpha * keep) / from.sigma, c: eta * to.sigma * Math.sqrt(1 - q * q) };
  });
}

/**
 * Ancestral DDPM sampling (Ho et al. 2020, Eq. 6–7 and Alg. 2) between any two levels: a draw from the
 * forward posterior q(x_s | x_t, x₀ = D). In the variance-preserving normalisation of the paper (ᾱ, β =
 * 1 − ᾱ_t/ᾱ_s) its mean is √ᾱ_s·β/(1 − ᾱ_t)·x₀ + √(1 − β)·(1 − ᾱ_s)/(1 − ᾱ_t)·x_t and its variance
 * β̃ = (1 − ᾱ_s)/(1 − ᾱ_t)·β; with q = s_s/s_t (s = σ/α) the same posterior reads
 * x_s = q·(σ_s/σ_t)·x_t + α_s·(1 − q²)·x₀ + σ_s·√(1 − q²)·z, which is what is computed: no ratio of
 * squares that underflow at small σ, and the finite limit q = 0 at α_t = 0.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { closedFormOutput, ddpm } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * ddpm.stochastic; // true
 * // the same law as DDIM with η = 1: its output variance ratio per direction
 * closedFormOutput(ddpm, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" }).logVarianceRatio; // Float64Array [-0.9543…, -1.1756…]
 * ```
 */
export const ddpm: Sampler = /* @__PURE__ */ stochasticSampler("ddpm", (from, to) => {
  const q = levelRatio(from, to); // s_s/s_t
  const keep = 1 - q * q; // β/(1 − ᾱ_t)
  return { a: (q * to.sigma) / from.sigma, b: to.alpha * keep, c: to.sigma * Math.sqrt(keep) };
});

/**
 * Euler-ancestral (k-diffusion `sample_euler_ancestral` with `get_ancestral_step`) in the VE-normalised
 * frame x̃ = x/α, s = σ/α: s_up = min(s', η·s'·√(1 − s'²/s²)), s_down = √(s'² − s_up²), x̃' = x̃ + (x̃ − D)(s_down − s)/s
 * + s_up·z (no noise when s' = 0). Rearranged in x so that a start at α = 0 (s = ∞) is its finite limit:
 * x' = (α'·s_down/σ)·x + α'·(1 − s_down/s)·D + α'·s_up·z.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { eulerAncestral } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * eulerAncestral().name; // "euler-ancestral"
 * eulerAncestral(0.5).name; // "euler-ancestral:eta=0.5"
 * eulerAncestral(0.5).evaluations(schedule); // 10
 * ```
 */
export function eulerAncestral(eta = 1): Sampler {
  return stochasticSampler(eta === 1 ? "euler-ancestral" : `euler-ancestral:eta=${eta}`, (from, to) => {
    const q = levelRatio(from, to);
    const sNext = to.sigma / to.alpha;
    const up = Math.min(sNext, eta * sNext * Math.sqrt(1 - q * q));
    const down = Math.sqrt(Math.max(sNext * sNext - up * up, 0));
    const downOverS = from.alpha === 0 ? 0 : (down * from.alpha) / from.sigma;
    return { a: (to.alpha * down) / from.sigma, b: to.alpha * (1 - downOverS), c: to.alpha * up };
  });
}

/** `ddpm`: ancestral DDPM sampling (Ho et al. 2020). */
export const ddpmSampler = /* @__PURE__ */ defineSampler({
  name: "ddpm",
  summary: "ancestral DDPM sampling (Ho et al. 2020, Alg. 2) between any two levels",
  keys: {},
  stochastic: true,
  make: () => ddpm,
});

/** `euler-ancestral` and `euler-ancestral:eta=…` (k-diffusion `sample_euler_ancestral`); η = 0 is `euler`. */
export const eulerAncestralSampler = /* @__PURE__ */ defineSampler({
  name: "euler-ancestral",
  summary: "Euler-ancestral (k-diffusion sample_euler_ancestral); eta=0 is euler",
  keys: {
    eta: { type: "number", default: 1, rule: { min: 0, max: 1 }, help: "η, the share of fresh noise at each step (0 … 1)" },
  },
  stochastic: true,
  make: ({ eta }) => (eta === 0 ? euler : eulerAncestral(eta)),
});
