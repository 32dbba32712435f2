/**
 * φ(x) = eˣ − 1 − x, the function behind every Gaussian KL in klsched (theory §3 “Divergences”: the variance
 * part of KL(N(0,λ) ‖ N(0,v)) is ½ φ(−δ) with δ = ln(v/λ)).
 *
 * `expm1(x) − x` cancels for small |x| (it loses log₂(2/|x|) bits), so for |x| < 1/2 the Taylor series
 * Σ_{k≥2} xᵏ/k! is summed by Horner's rule; 18 terms keep the truncation below 1e-17 relative there.
 * Accurate to a few ulp for all finite x; φ(±∞) = +∞; NaN in, NaN out.
 *
 * @example
 * ```ts
 * import { phi } from "@klsched/core-linalg";
 * phi(1e-9); // 5.000000001666667e-19
 * Math.expm1(1e-9) - 1e-9; // 5.000000746e-19
 * phi(1); // 0.7182818284590451
 * ```
 */
export function phi(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return x;
  if (Math.abs(x) >= 0.5) return Math.expm1(x) - x;
  // Horner on x²·(1/2! + x/3! + x²/4! + …), innermost term first.
  let acc = INV_FACTORIALS[INV_FACTORIALS.length - 1] as number;
  for (let k = INV_FACTORIALS.length - 2; k >= 0; k--) acc = acc * x + (INV_FACTORIALS[k] as number);
  return x * x * acc;
}

/** 1/k! for k = 2..19, the coefficients of φ's Taylor series. */
const INV_FACTORIALS: readonly number[] = (() => {
  const out: number[] = [];
  let f = 1;
  for (let k = 2; k <= 19; k++) {
    f *= k;
    out.push(1 / f);
  }
  return out;
})();
