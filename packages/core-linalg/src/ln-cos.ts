/**
 * ln cos x computed as log1p(−2 sin²(x/2)) (theory §2 “DDIM in closed form”), accurate to a few ulp relative even when
 * x is tiny and ln cos x ≈ −x²/2; the naive Math.log(Math.cos(x)) returns 0 below |x| ≈ 1e-8.
 * Defined for |x| < π/2; returns −Infinity at ±π/2 and NaN beyond.
 *
 * @example
 * ```ts
 * import { lnCos } from "@klsched/core-linalg";
 * lnCos(1e-9); // -5e-19
 * Math.log(Math.cos(1e-9)); // 0
 * lnCos(Math.PI / 3); // -0.6931471805599454
 * ```
 */
export function lnCos(x: number): number {
  const h = Math.sin(0.5 * x);
  return Math.log1p(-2 * h * h);
}
