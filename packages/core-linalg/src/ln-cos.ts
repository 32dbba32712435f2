/**
 * ln cos x computed as log1p(−2 sin²(x/2)) (theory §2 “DDIM in closed form”), accurate to a few ulp relative even when
 * x is tiny and ln cos x ≈ −x²/2; the naive Math.log(Math.cos(x)) returns 0 below |x| ≈ 1e-8.
 * Defined for |x| < π/2, NaN beyond. Close to ±π/2 the form cancels instead: 1 − 2 sin²(x/2) carries an
 * absolute error of about 1e-16, so cos x is good to 1e-16/cos x relative (at π/2 − 1e-8 the result is
 * off by 5e-9), and at the double nearest π/2, `Math.PI / 2`, it returns −36.04 where ln cos is −37.33.
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
