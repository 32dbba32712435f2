import type { Schedule } from "@klsched/discretization";
import type { DirectionalOutput } from "./directional-output.js";
import type { Prior } from "./prior.js";

/**
 * Per-step quantities of DDIM's polar form that do not depend on the eigenvalue: the squared cross
 * terms c_k² = (σ_k α_{k+1} − α_k σ_{k+1})², and α², σ² at every level. c_k is formed as
 * α_k α_{k+1}(s_k − s_{k+1}) when both α > 0 so that close levels do not cancel.
 */
export interface DdimGeometry {
  readonly crossSquared: Float64Array;
  readonly alphaSquared: Float64Array;
  readonly sigmaSquared: Float64Array;
}

export function ddimGeometry(schedule: Schedule): DdimGeometry {
  const { alpha, sigma } = schedule;
  const n = alpha.length;
  const alphaSquared = alpha.map((a) => a * a);
  const sigmaSquared = sigma.map((s) => s * s);
  const crossSquared = new Float64Array(Math.max(n - 1, 0));
  for (let k = 0; k + 1 < n; k++) {
    const a0 = alpha[k] as number;
    const a1 = alpha[k + 1] as number;
    const s0 = sigma[k] as number;
    const s1 = sigma[k + 1] as number;
    const c = a0 > 0 && a1 > 0 ? a0 * a1 * (s0 / a0 - s1 / a1) : s0 * a1 - a0 * s1;
    crossSquared[k] = c * c;
  }
  return { crossSquared, alphaSquared, sigmaSquared };
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
 * δ_i = ln(v_prior/r₀²) + Σ_k ln cos²Δθ_k with sin²Δθ_k = λ c_k² / (r_k² r_{k+1}²).
 *
 * The product P = Π cos²Δθ is accumulated together with its complement Q = 1 − P (Q ← Q + x(1 − Q)),
 * so ln P is exact to a few ulp both when P is tiny (ln P) and when P ≈ 1 (log1p(−Q)); the loop is
 * allocation-free over Float64Arrays: O(levels × d) with one division per term.
 */
export function ddimClosedForm(
  eigenvalues: Float64Array,
  schedule: Schedule,
  prior: Prior,
  mean?: Float64Array,
  geometry: DdimGeometry = ddimGeometry(schedule),
): DirectionalOutput {
  const d = eigenvalues.length;
  const { crossSquared, alphaSquared, sigmaSquared } = geometry;
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
      let x = (lambda * (crossSquared[k] as number)) / (rFrom * rTo);
      if (x > 1) x = 1;
      p *= 1 - x;
      q += x * (1 - q);
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
