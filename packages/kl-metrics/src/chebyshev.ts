import { InvalidArgumentError } from "@klsched/core-linalg";
import { dctI } from "./discrete-cosine.js";

/**
 * Chebyshev series on [0, 1]: f(u) = Σ_k c_k T_k(2u − 1), held as the Float64Array (c₀, …, c_n).
 * Values live on the Chebyshev–Lobatto points, coefficients come from one DCT-I (Trefethen,
 * "Approximation Theory and Approximation Practice", ch. 3, 11 and 19), and every routine is O(n log n).
 */

/**
 * The n + 1 Chebyshev–Lobatto points of [0, 1], u_j = (1 + cos(πj/n))/2, j = 0..n, from 1 down to 0.
 * Formed as cos²(πj/2n) or 1 − sin²…, whichever keeps the point to an ulp; both ends are exact.
 */
export function lobattoPoints(n: number): Float64Array {
  checkPowerOfTwo("n", n);
  const u = new Float64Array(n + 1);
  for (let j = 0; j <= n; j++) {
    const angle = (Math.PI * (2 * j <= n ? j : n - j)) / (2 * n);
    u[j] = 2 * j <= n ? Math.cos(angle) ** 2 : Math.sin(angle) ** 2;
  }
  u[0] = 1;
  u[n] = 0;
  return u;
}

/** The coefficients of the degree-n interpolant of `values` given at {@link lobattoPoints}(n). */
export function chebyshevCoefficients(values: Float64Array): Float64Array {
  const n = values.length - 1;
  const c = dctI(values);
  for (let k = 0; k <= n; k++) c[k] = ((k === 0 || k === n ? 1 : 2) / n) * (c[k] as number);
  return c;
}

/** The series' values at {@link lobattoPoints}(n), for any power of two n ≥ its degree (zero padding). */
export function chebyshevValues(coefficients: Float64Array, n: number): Float64Array {
  checkPowerOfTwo("n", n);
  const degree = coefficients.length - 1;
  if (degree > n) throw new InvalidArgumentError("n", n, `below the series' degree ${degree}`);
  const x = new Float64Array(n + 1);
  for (let k = 0; k <= degree; k++) x[k] = (k === 0 || k === n ? 2 : 1) * (coefficients[k] as number);
  return dctI(x);
}

/**
 * The coefficients of df/du (one degree lower) by the recurrence c'_{k−1} = c'_{k+1} + 2k·c_k
 * (Mason & Handscomb, Eq. 2.49), times 2 for the map u = (1 + x)/2.
 */
export function chebyshevDerivative(coefficients: Float64Array): Float64Array {
  const n = coefficients.length - 1;
  if (n === 0) return new Float64Array(1);
  const d = new Float64Array(n);
  let next = 0; // c'_{k+1}
  let current = 0; // c'_k
  for (let k = n; k >= 1; k--) {
    const previous = next + 2 * k * (coefficients[k] as number);
    d[k - 1] = previous;
    next = current;
    current = previous;
  }
  d[0] = 0.5 * (d[0] as number);
  for (let k = 0; k < n; k++) d[k] = 2 * (d[k] as number);
  return d;
}

/** f(u) by Clenshaw's recurrence; any u, though the series only approximates f on [0, 1]. */
export function chebyshevEvaluate(coefficients: Float64Array, u: number): number {
  const x = 2 * u - 1;
  let b1 = 0;
  let b2 = 0;
  for (let k = coefficients.length - 1; k >= 1; k--) {
    const b = (coefficients[k] as number) + 2 * x * b1 - b2;
    b2 = b1;
    b1 = b;
  }
  return (coefficients[0] as number) + x * b1 - b2;
}

/**
 * Clenshaw–Curtis weights for ∫₀¹ f du at {@link lobattoPoints}(n): the weights that integrate the
 * degree-n interpolant exactly, w = DCT-I of the moments ∫₋₁¹ T_k = 2/(1 − k²) (k even), scaled. They
 * are positive, and the rule converges geometrically for functions analytic near [0, 1].
 */
export function clenshawCurtisWeights(n: number): Float64Array {
  checkPowerOfTwo("n", n);
  const moments = new Float64Array(n + 1);
  for (let k = 0; k <= n; k += 2) moments[k] = 2 / (1 - k * k);
  const w = dctI(moments);
  for (let j = 0; j <= n; j++) w[j] = ((j === 0 || j === n ? 0.5 : 1) / n) * (w[j] as number);
  return w;
}

/** A Chebyshev interpolant chosen by {@link chebyshevFit}. */
export interface ChebyshevFit {
  /** The coefficients, with the negligible tail chopped off. */
  readonly coefficients: Float64Array;
  /** True when the tail fell below the tolerance before the maximum degree. */
  readonly converged: boolean;
}

/** Degrees and tolerance of {@link chebyshevFit}. */
export interface ChebyshevFitOptions {
  /** First degree tried, a power of two (default 64). */
  readonly minDegree?: number;
  /** Last degree tried (default 4096). */
  readonly maxDegree?: number;
  /** Relative size of the coefficients treated as zero (default 1e-15). */
  readonly tolerance?: number;
}

/**
 * How far above the tolerance a flat tail may sit and still count as f's own rounding noise: a level
 * map like s = 80 − 79.998u cancels near u = 1 and leaves g = atan(s/c) noisy at ~2e-15 relative.
 */
const NOISE_ALLOWANCE = 100;

/**
 * Interpolates f on [0, 1] at Lobatto points, doubling the degree until the last quarter of the
 * coefficients lies below tolerance·max|c_k|, or has stopped falling (the preceding quarter is at most
 * twice as large) below 100× that level: a plain form of Chebfun's chopping rule, whose plateau is the
 * rounding noise of f itself. It then drops the trailing coefficients below twice that quarter's
 * largest. f is called only on [0, 1], both ends included. If f
 * returns a non-finite value, or the maximum degree is reached, the last interpolant is returned with
 * `converged: false`.
 */
export function chebyshevFit(f: (u: number) => number, options: ChebyshevFitOptions = {}): ChebyshevFit {
  const { minDegree = 64, maxDegree = 4096, tolerance = 1e-15 } = options;
  checkPowerOfTwo("minDegree", minDegree);
  let coefficients: Float64Array = new Float64Array(0);
  for (let n = minDegree; n <= Math.max(maxDegree, minDegree); n *= 2) {
    const u = lobattoPoints(n);
    const values = new Float64Array(n + 1);
    let finite = true;
    for (let j = 0; j <= n; j++) {
      const v = f(u[j] as number);
      values[j] = v;
      if (!Number.isFinite(v)) finite = false;
    }
    coefficients = chebyshevCoefficients(values);
    if (!finite) return { coefficients, converged: false };
    let largest = 0;
    for (let k = 0; k <= n; k++) largest = Math.max(largest, Math.abs(coefficients[k] as number));
    let tail = 0;
    for (let k = n - (n >> 2); k <= n; k++) tail = Math.max(tail, Math.abs(coefficients[k] as number));
    let before = 0;
    for (let k = n >> 1; k < n - (n >> 2); k++) before = Math.max(before, Math.abs(coefficients[k] as number));
    const plateau = tail <= NOISE_ALLOWANCE * tolerance * largest && tail >= 0.5 * before;
    if (tail <= tolerance * largest || plateau) {
      // The tail is now rounding noise; drop what does not stand above it. Cutting at the tolerance
      // itself would drop true coefficients whose k²-weighted sum spoils the derivatives.
      const noise = 2 * tail;
      let last = n;
      while (last > 0 && Math.abs(coefficients[last] as number) <= noise) last--;
      return { coefficients: coefficients.slice(0, last + 1), converged: true };
    }
  }
  return { coefficients, converged: false };
}

function checkPowerOfTwo(argument: string, n: number): void {
  if (!(Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0)) {
    throw new InvalidArgumentError(argument, n, "expected a power of two ≥ 1");
  }
}
