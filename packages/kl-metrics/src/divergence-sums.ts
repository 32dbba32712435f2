import type { DirectionalOutput } from "@klsched/gaussian-flow";
import { DIVERGENCES, type DivergenceName } from "./divergences/registry.js";

/**
 * Σ over directions of every registered divergence's per-direction term (before `total`), in one pass
 * that evaluates the shared transcendental parts once per direction: the fast route of `scheduleKL`.
 * For |δ| < ½ both φ(±δ) come from one pair of series in z = δ² (theory §3),
 *
 *     φ(x) = x²·S(x),  S(x) = Σ_{k≥0} x^k/(k+2)! = E(z) + x·O(z),
 *     E(z) = Σ_j z^j/(2j+2)!,  O(z) = Σ_j z^j/(2j+3)!,
 *
 * so φ(δ) = z(E + δO), φ(−δ) = z(E − δO), 2 sinh²(δ/2) = cosh δ − 1 = zE, and
 * expm1(δ/2) = expm1(δ)/(1 + √(1 + expm1(δ))) with expm1(δ) = δ + φ(δ): every part a sum of terms
 * that do not cancel, each a few ulp from the registry's own formulas (`phi`, `Math.expm1`, `Math.sinh`),
 * which run unchanged for |δ| ≥ 700, ±∞ and NaN, and for every direction with a mean error; for
 * ½ ≤ |δ| < 700 all four come from one expm1 (see {@link exponentialTerms}).
 * Summed with compensation like `compensatedSum`; equal to the registry's route to ~1e-15 relative.
 */
export function divergenceSums(output: DirectionalOutput): Record<DivergenceName, number> {
  const { logVarianceRatio, meanError, targetVariance } = output;
  const terms = TERMS;
  let kl = 0;
  let klReverse = 0;
  let w2 = 0;
  let klSymmetric = 0;
  let klCarry = 0;
  let klReverseCarry = 0;
  let w2Carry = 0;
  let klSymmetricCarry = 0;
  for (let i = 0; i < logVarianceRatio.length; i++) {
    const delta = logVarianceRatio[i] as number;
    const dm = meanError[i] as number;
    const r = targetVariance[i] as number;
    const size = Math.abs(delta);
    if (dm !== 0 || !(size < 700)) registryTerms(delta, dm, r, terms);
    else if (size < 0.5) seriesTerms(delta, r, terms);
    else exponentialTerms(delta, r, terms);
    // Neumaier's compensated summation, as in `compensatedSum`
    let x = terms[0] as number;
    let t = kl + x;
    klCarry += Math.abs(kl) >= Math.abs(x) ? kl - t + x : x - t + kl;
    kl = t;
    x = terms[1] as number;
    t = klReverse + x;
    klReverseCarry += Math.abs(klReverse) >= Math.abs(x) ? klReverse - t + x : x - t + klReverse;
    klReverse = t;
    x = terms[2] as number;
    t = w2 + x;
    w2Carry += Math.abs(w2) >= Math.abs(x) ? w2 - t + x : x - t + w2;
    w2 = t;
    x = terms[3] as number;
    t = klSymmetric + x;
    klSymmetricCarry += Math.abs(klSymmetric) >= Math.abs(x) ? klSymmetric - t + x : x - t + klSymmetric;
    klSymmetric = t;
  }
  const total = (sum: number, carry: number) => (Number.isFinite(sum) ? sum + carry : sum);
  return {
    kl: total(kl, klCarry),
    klReverse: total(klReverse, klReverseCarry),
    w2: total(w2, w2Carry),
    klSymmetric: total(klSymmetric, klSymmetricCarry),
  } satisfies Record<DivergenceName, number>;
}

/** Scratch for one direction's four terms (kl, klReverse, w2, klSymmetric); the loop is synchronous. */
const TERMS = new Float64Array(4);

/** The four terms straight from the registry's descriptors (kl, klReverse, w2, klSymmetric). */
function registryTerms(delta: number, dm: number, r: number, out: Float64Array): void {
  out[0] = DIVERGENCES.kl.perDirection(delta, dm, r);
  out[1] = DIVERGENCES.klReverse.perDirection(delta, dm, r);
  out[2] = DIVERGENCES.w2.perDirection(delta, dm, r);
  out[3] = DIVERGENCES.klSymmetric.perDirection(delta, dm, r);
}

/** The four terms for |δ| < ½ and no mean error, from E(δ²) and O(δ²) (see {@link divergenceSums}). */
function seriesTerms(delta: number, r: number, out: Float64Array): void {
  const z = delta * delta;
  let even = EVEN[EVEN.length - 1] as number;
  let odd = ODD[ODD.length - 1] as number;
  for (let j = EVEN.length - 2; j >= 0; j--) {
    even = even * z + (EVEN[j] as number);
    odd = odd * z + (ODD[j] as number);
  }
  const phiPlus = z * (even + delta * odd);
  const expm1 = delta + phiPlus;
  const halfExpm1 = expm1 / (1 + Math.sqrt(1 + expm1));
  out[0] = 0.5 * z * (even - delta * odd);
  out[1] = 0.5 * phiPlus;
  out[2] = r * halfExpm1 * halfExpm1;
  out[3] = z * even;
}

/**
 * The four terms for ½ ≤ |δ| < 700 and no mean error, from one h = expm1(|δ|/2) ≥ 0:
 * e^{|δ|} − 1 = h(2 + h), e^{−|δ|} − 1 = −h(2 + h)/(1 + h)², e^{−|δ|/2} − 1 = −h/(1 + h) and
 * sinh(|δ|/2) = h(2 + h)/(2(1 + h)), each a product or quotient of positive terms; then φ(±δ) = e^{±δ} − 1 ∓ δ
 * as in `phi` (|δ| ≥ ½ keeps that difference within a factor 4.4 of its terms).
 */
function exponentialTerms(delta: number, r: number, out: Float64Array): void {
  const h = Math.expm1(0.5 * Math.abs(delta));
  const grow = h * (2 + h); // e^{|δ|} − 1
  const inverse = 1 / (1 + h); // e^{−|δ|/2}
  const shrink = -grow * inverse * inverse; // e^{−|δ|} − 1
  const up = delta > 0;
  const expm1Plus = up ? grow : shrink; // e^{δ} − 1
  const expm1Minus = up ? shrink : grow; // e^{−δ} − 1
  const halfExpm1 = up ? h : -h * inverse; // e^{δ/2} − 1
  const sinhHalf = 0.5 * grow * inverse; // |sinh(δ/2)|
  out[0] = 0.5 * (expm1Minus + delta);
  out[1] = 0.5 * (expm1Plus - delta);
  out[2] = r * halfExpm1 * halfExpm1;
  out[3] = 2 * sinhHalf * sinhHalf;
}

/** 1/(2j+2)! and 1/(2j+3)! for j = 0…8: the terms 1/2! … 1/19! of `phi`'s series, split by parity. */
const [EVEN, ODD] = (() => {
  const even: number[] = [];
  const odd: number[] = [];
  let factorial = 1;
  for (let k = 2; k <= 19; k++) {
    factorial *= k;
    (k % 2 === 0 ? even : odd).push(1 / factorial);
  }
  return [even, odd] as const;
})();
