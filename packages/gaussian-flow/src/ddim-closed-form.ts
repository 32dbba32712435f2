import type { Schedule } from "@klsched/discretization";
import type { DirectionalOutput } from "./directional-output.js";
import type { Prior } from "./prior.js";

/**
 * Per-step quantities of DDIM's polar form that do not depend on the eigenvalue, for steps k → k+1:
 * α_kα_{k+1}, σ_kσ_{k+1} and the squared cross term c_k² = (σ_k α_{k+1} − α_k σ_{k+1})², plus α² and σ²
 * at every level. c_k is formed as α_k α_{k+1}(s_k − s_{k+1}) when both α > 0 so that close levels do
 * not cancel.
 */
export interface DdimGeometry {
  readonly alphaProduct: Float64Array;
  readonly sigmaProduct: Float64Array;
  readonly crossSquared: Float64Array;
  readonly alphaSquared: Float64Array;
  readonly sigmaSquared: Float64Array;
}

export function ddimGeometry(schedule: Schedule): DdimGeometry {
  const { alpha, sigma } = schedule;
  const n = alpha.length;
  const steps = Math.max(n - 1, 0);
  const alphaSquared = alpha.map((a) => a * a);
  const sigmaSquared = sigma.map((s) => s * s);
  const alphaProduct = new Float64Array(steps);
  const sigmaProduct = new Float64Array(steps);
  const crossSquared = new Float64Array(steps);
  for (let k = 0; k < steps; k++) {
    const a0 = alpha[k] as number;
    const a1 = alpha[k + 1] as number;
    const s0 = sigma[k] as number;
    const s1 = sigma[k + 1] as number;
    const c = a0 > 0 && a1 > 0 ? a0 * a1 * (s0 / a0 - s1 / a1) : s0 * a1 - a0 * s1;
    alphaProduct[k] = a0 * a1;
    sigmaProduct[k] = s0 * s1;
    crossSquared[k] = c * c;
  }
  return { alphaProduct, sigmaProduct, crossSquared, alphaSquared, sigmaSquared };
}

/**
 * ln of the start variance ratio v_prior / r₀² for the standard prior, −log1p((α₀²λ + σ₀² − v)/v),
 * with σ₀² − v taken from the process without cancellation; 0 for the exact prior.
 */
export function priorLogRatio(lambda: number, schedule: Schedule, prior: Prior): number {
  return prior === "exact" ? 0 : standardPriorLogRatio(lambda, schedule.alpha[0] as number, startGap(schedule));
}

/** (σ₀² − v_prior)/v_prior and 1/v_prior packed for the hot loop. */
function startGap(schedule: Schedule): { gap: number; inverse: number } {
  const { process } = schedule;
  return { gap: process.priorGap(schedule.t[0] as number), inverse: 1 / process.priorVariance };
}

function standardPriorLogRatio(lambda: number, alpha0: number, { gap, inverse }: { gap: number; inverse: number }): number {
  return -Math.log1p((alpha0 * alpha0 * lambda + gap) * inverse);
}

/**
 * The closed-form output of deterministic DDIM on a Gaussian source (THEORY.md §2, Sun, Poor & Zhang):
 * each step multiplies the centred state by G = (r_to/r_from)·cos Δθ, so
 * δ_i = ln(v_prior/r₀²) + Σ_k ln cos²Δθ_k.
 *
 * Both cos²Δθ = (α_kα_{k+1}λ + σ_kσ_{k+1})²/(r_k² r_{k+1}²) and sin²Δθ = λc_k²/(r_k² r_{k+1}²) are sums of
 * positive terms, so each is accurate to a few ulp. The product P = Π cos²Δθ is accumulated from the
 * cosines and its complement Q = 1 − P from the sines (Q ← Q + sin²Δθ·(1 − Q)); ln P is then ln P when
 * P < ½ and log1p(−Q) otherwise, accurate to a few ulp relative at both ends (|δ| from 1e-12 to 50).
 * The loop is allocation-free over Float64Arrays: O(levels × d), one division per term.
 */
export function ddimClosedForm(
  eigenvalues: Float64Array,
  schedule: Schedule,
  prior: Prior,
  mean?: Float64Array,
  geometry: DdimGeometry = ddimGeometry(schedule),
): DirectionalOutput {
  const d = eigenvalues.length;
  const { alphaProduct, sigmaProduct, crossSquared, alphaSquared, sigmaSquared } = geometry;
  const steps = crossSquared.length;
  const last = steps;
  const alpha0 = schedule.alpha[0] as number;
  const logVarianceRatio = new Float64Array(d);
  const targetVariance = new Float64Array(d);
  const meanError = new Float64Array(d);
  const a0 = alphaSquared[0] as number;
  const s0 = sigmaSquared[0] as number;
  const aEnd = alphaSquared[last] as number;
  const sEnd = sigmaSquared[last] as number;
  const start = startGap(schedule);
  for (let i = 0; i < d; i++) {
    const lambda = eigenvalues[i] as number;
    let rFrom = a0 * lambda + s0;
    const rStart = rFrom;
    let p = 1;
    let q = 0;
    for (let k = 0; k < steps; k++) {
      const rTo = (alphaSquared[k + 1] as number) * lambda + (sigmaSquared[k + 1] as number);
      const inverse = 1 / (rFrom * rTo);
      const g = (alphaProduct[k] as number) * lambda + (sigmaProduct[k] as number);
      p *= g * g * inverse;
      q += lambda * (crossSquared[k] as number) * inverse * (1 - q);
      rFrom = rTo;
    }
    const logP = p < 0.5 ? Math.log(p) : Math.log1p(-q);
    const deltaPrior = prior === "exact" ? 0 : standardPriorLogRatio(lambda, alpha0, start);
    logVarianceRatio[i] = deltaPrior + logP;
    const rEnd = aEnd * lambda + sEnd;
    targetVariance[i] = rEnd;
    const mu = mean?.[i] ?? 0;
    if (mu !== 0 && prior === "standard") meanError[i] = -alpha0 * mu * Math.sqrt((rEnd / rStart) * p);
  }
  return { logVarianceRatio, targetVariance, meanError };
}
