import type { Schedule } from "@klsched/discretization";
import { simdAngleKernel } from "./ddim-angle-kernel.js";
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

/**
 * The λ-independent per-step quantities of {@link ddimClosedForm} for a schedule.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { ddimGeometry } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * const geometry = ddimGeometry(schedule);
 * geometry.crossSquared.length; // 10
 * geometry.sigmaSquared[0]; // 6400
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { priorLogRatio } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * // edm's prior N(0, 80²) against the true marginal N(0, λ + 80²) at its first level
 * priorLogRatio(1, schedule, "standard"); // -0.00015623779424016676
 * priorLogRatio(1, schedule, "exact"); // 0
 * ```
 */
export function priorLogRatio(lambda: number, schedule: Schedule, prior: Prior): number {
  return prior === "exact" ? 0 : standardPriorLogRatio(lambda, schedule.alpha[0] as number, startGap(schedule));
}

/** σ₀² − v_prior (cancellation-free, from the process) and 1/v_prior, computed once for the hot loop. */
function startGap(schedule: Schedule): { gap: number; inverse: number } {
  const { process } = schedule;
  return { gap: process.priorGap(schedule.t[0] as number), inverse: 1 / process.priorVariance };
}

function standardPriorLogRatio(lambda: number, alpha0: number, { gap, inverse }: { gap: number; inverse: number }): number {
  return -Math.log1p((alpha0 * alpha0 * lambda + gap) * inverse);
}

/**
 * The closed-form output of deterministic DDIM on a Gaussian source (theory §2 “DDIM in closed form”, Sun, Poor & Zhang):
 * each step multiplies the centred state by G = (r_to/r_from)·cos Δθ, so
 * δ_i = ln(v_prior/r₀²) + Σ_k ln cos²Δθ_k.
 *
 * Both cos²Δθ = (α_kα_{k+1}λ + σ_kσ_{k+1})²/(r_k² r_{k+1}²) and sin²Δθ = λc_k²/(r_k² r_{k+1}²) are sums of
 * positive terms, so each is accurate to a few ulp. The product P = Π cos²Δθ is accumulated from the
 * cosines and its complement Q = 1 − P from the sines (Q ← Q + sin²Δθ·(1 − Q)); ln P is then ln P when
 * P < ½ and log1p(−Q) otherwise, accurate to a few ulp relative at both ends (|δ| from 1e-12 to 50).
 * The hot loop is allocation-free over Float64Arrays, O(levels × d) with one division per term, runs
 * four directions at a time so that their dependency chains overlap, and runs in WebAssembly SIMD
 * (`ddim-angle-kernel.ts`, two directions per f64x2 divide, the same bits) where that is available.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { ddimClosedForm } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * ddimClosedForm(Float64Array.of(1, 0.01), schedule, "standard").logVarianceRatio; // Float64Array [-0.5732…, -0.7885…]
 * ```
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
  // P and Q are written into the output arrays, then replaced by δ and r_end (no scratch allocation)
  angleProducts(eigenvalues, geometry, logVarianceRatio, targetVariance);
  for (let i = 0; i < d; i++) {
    const lambda = eigenvalues[i] as number;
    const p = logVarianceRatio[i] as number;
    const q = targetVariance[i] as number;
    logVarianceRatio[i] =
      prior === "exact" ? 0 + logProduct(p, q) : logVarianceRatioOf(p, q, (a0 * lambda + start.gap) * start.inverse);
    const rEnd = aEnd * lambda + sEnd;
    targetVariance[i] = rEnd;
    const mu = mean?.[i] ?? 0;
    if (mu !== 0 && prior === "standard") meanError[i] = -alpha0 * mu * Math.sqrt((rEnd / (a0 * lambda + s0)) * p);
  }
  return { logVarianceRatio, targetVariance, meanError };
}

/**
 * δ = ln(v_prior/r₀²) + ln P = −log1p(u) + ln P with one logarithm where that keeps every digit. ln P
 * is read from P when P < ½ and from Q = 1 − P otherwise (as before: Q carries 1 − P to full relative
 * precision). For u ≥ 0: ln(P/(1 + u)) when P < ½ and ln((1 − Q)/(1 + u)) when u > ½ (then |δ| > 0.4, so
 * an ulp of the argument is an ulp of δ), else log1p(−(Q + u)/(1 + u)) (argument ≤ ⅔, well conditioned).
 * For u ≤ 0 (a prior narrower than σ₀²) the two logarithms as written, since they may cancel.
 */
function logVarianceRatioOf(p: number, q: number, u: number): number {
  if (u <= 0) return -Math.log1p(u) + logProduct(p, q);
  const scale = 1 / (1 + u);
  if (p < 0.5) return Math.log(p * scale);
  return u > 0.5 ? Math.log((1 - q) * scale) : Math.log1p(-(q + u) * scale);
}

/** ln P, from P when P < ½ and from its complement Q otherwise. */
function logProduct(p: number, q: number): number {
  return p < 0.5 ? Math.log(p) : Math.log1p(-q);
}

/** P and Q of every eigenvalue: the WebAssembly SIMD kernel where available, else the scalar loop (same bits). */
function angleProducts(eigenvalues: Float64Array, geometry: DdimGeometry, p: Float64Array, q: Float64Array): void {
  if (!simdAngleKernel()?.angleProducts(eigenvalues, geometry, p, q)) scalarAngleProducts(eigenvalues, geometry, p, q);
}

/**
 * P = Π cos²Δθ_k and Q = 1 − P of every eigenvalue in plain TypeScript: the definition the SIMD kernel
 * (`ddim-angle-kernel.ts`) reproduces bit for bit, and its fallback.
 */
export function scalarAngleProducts(eigenvalues: Float64Array, geometry: DdimGeometry, p: Float64Array, q: Float64Array): void {
  const d = eigenvalues.length;
  const products = new Float64Array(2 * BLOCK); // P and Q of one block of directions
  for (let first = 0; first < d; first += BLOCK) {
    const count = Math.min(BLOCK, d - first);
    if (count === BLOCK) angleProductsOfBlock(eigenvalues, first, geometry, products);
    else for (let j = 0; j < count; j++) angleProductsOfOne(eigenvalues[first + j] as number, geometry, products, j);
    for (let j = 0; j < count; j++) {
      p[first + j] = products[j] as number;
      q[first + j] = products[BLOCK + j] as number;
    }
  }
}

/** Directions per pass of the hot loop: independent chains that keep the FPU busy (see `pnpm bench`). */
const BLOCK = 4;

/**
 * P = Π cos²Δθ_k and Q = 1 − P for one eigenvalue, written to out[slot] and out[BLOCK + slot].
 * Per step: r² = α²λ + σ², cos² = (α_kα_{k+1}λ + σ_kσ_{k+1})²/(r_k² r_{k+1}²), sin² = λc_k²/(r_k² r_{k+1}²),
 * P ← P·cos², Q ← sin² + Q·cos² (= Q + sin²·(1 − Q)).
 */
function angleProductsOfOne(lambda: number, geometry: DdimGeometry, out: Float64Array, slot: number): void {
  const { alphaProduct, sigmaProduct, crossSquared, alphaSquared, sigmaSquared } = geometry;
  let rFrom = (alphaSquared[0] as number) * lambda + (sigmaSquared[0] as number);
  let p = 1;
  let q = 0;
  for (let k = 0; k < crossSquared.length; k++) {
    const rTo = (alphaSquared[k + 1] as number) * lambda + (sigmaSquared[k + 1] as number);
    const inverse = 1 / (rFrom * rTo);
    const g = (alphaProduct[k] as number) * lambda + (sigmaProduct[k] as number);
    const cos2 = g * g * inverse;
    p *= cos2;
    q = lambda * (crossSquared[k] as number) * inverse + q * cos2;
    rFrom = rTo;
  }
  out[slot] = p;
  out[BLOCK + slot] = q;
}

/** {@link angleProductsOfOne} for BLOCK = 4 consecutive eigenvalues at once, interleaved for instruction-level parallelism. */
function angleProductsOfBlock(eigenvalues: Float64Array, first: number, geometry: DdimGeometry, out: Float64Array): void {
  const { alphaProduct, sigmaProduct, crossSquared, alphaSquared, sigmaSquared } = geometry;
  const l0 = eigenvalues[first] as number;
  const l1 = eigenvalues[first + 1] as number;
  const l2 = eigenvalues[first + 2] as number;
  const l3 = eigenvalues[first + 3] as number;
  const a = alphaSquared[0] as number;
  const s = sigmaSquared[0] as number;
  let r0 = a * l0 + s;
  let r1 = a * l1 + s;
  let r2 = a * l2 + s;
  let r3 = a * l3 + s;
  let p0 = 1;
  let p1 = 1;
  let p2 = 1;
  let p3 = 1;
  let q0 = 0;
  let q1 = 0;
  let q2 = 0;
  let q3 = 0;
  for (let k = 0; k < crossSquared.length; k++) {
    const aa = alphaSquared[k + 1] as number;
    const ss = sigmaSquared[k + 1] as number;
    const ap = alphaProduct[k] as number;
    const sp = sigmaProduct[k] as number;
    const c2 = crossSquared[k] as number;
    const t0 = aa * l0 + ss;
    const t1 = aa * l1 + ss;
    const t2 = aa * l2 + ss;
    const t3 = aa * l3 + ss;
    const i0 = 1 / (r0 * t0);
    const i1 = 1 / (r1 * t1);
    const i2 = 1 / (r2 * t2);
    const i3 = 1 / (r3 * t3);
    const g0 = ap * l0 + sp;
    const g1 = ap * l1 + sp;
    const g2 = ap * l2 + sp;
    const g3 = ap * l3 + sp;
    const k0 = g0 * g0 * i0;
    const k1 = g1 * g1 * i1;
    const k2 = g2 * g2 * i2;
    const k3 = g3 * g3 * i3;
    p0 *= k0;
    p1 *= k1;
    p2 *= k2;
    p3 *= k3;
    q0 = l0 * c2 * i0 + q0 * k0;
    q1 = l1 * c2 * i1 + q1 * k1;
    q2 = l2 * c2 * i2 + q2 * k2;
    q3 = l3 * c2 * i3 + q3 * k3;
    r0 = t0;
    r1 = t1;
    r2 = t2;
    r3 = t3;
  }
  out[0] = p0;
  out[1] = p1;
  out[2] = p2;
  out[3] = p3;
  out[BLOCK] = q0;
  out[BLOCK + 1] = q1;
  out[BLOCK + 2] = q2;
  out[BLOCK + 3] = q3;
}
