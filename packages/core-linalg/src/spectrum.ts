import { InvalidArgumentError } from "./invalid-argument-error.js";
import { InvalidSpectrumError } from "./invalid-spectrum-error.js";
import { checkLimit } from "./limit-exceeded-error.js";

/**
 * The brand every {@link Spectrum} carries: a plain string key, so that two copies of this package in one
 * dependency tree make the same type (a `unique symbol` would make them two), set only by {@link createSpectrum}.
 */
export const SPECTRUM_BRAND = "__klschedSpectrum";

/**
 * The eigenvalues λ₁ ≥ … ≥ λ_d > 0 of a source covariance Σ. Every direction of the Gaussian problem is
 * independent (theory §1 “Model”), so this is all of Σ that the KL depends on. Only {@link createSpectrum}
 * makes one, so holding a `Spectrum` means the values were checked: finite, positive, descending.
 */
export interface Spectrum {
  readonly eigenvalues: Float64Array;
  /** A short human name: `isotropic:d=4,lambda=1`, a file name, `mnist`, … */
  readonly label: string;
  readonly [SPECTRUM_BRAND]: true;
}

/**
 * True for a value {@link createSpectrum} made, by any copy of this package.
 *
 * @example
 * ```ts
 * import { isSpectrum, isotropicSpectrum } from "@klsched/core-linalg";
 * isSpectrum(isotropicSpectrum(2, 1)); // true
 * isSpectrum({ eigenvalues: Float64Array.of(1), label: "forged" }); // false
 * ```
 */
export function isSpectrum(value: unknown): value is Spectrum {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[SPECTRUM_BRAND] === true;
}

/**
 * The eigenvalues klsched accepts: positive, finite, and within [1e-60, 1e60], so that λ², λ·s² and the
 * products of a thousand-step closed form stay far from float64 overflow and underflow.
 */
export const EIGENVALUE_RANGE = { min: 1e-60, max: 1e60 } as const;

/**
 * The most eigenvalues a spectrum may have: 2²⁴ = 16 777 216 (a 4096 × 4096 grey image's stationary
 * estimate). A spectrum is one Float64Array of d values (128 MiB here), and a KL evaluation holds about
 * ten such arrays (per-direction δ, target variance, mean error and each divergence).
 */
export const MAX_DIMENSION = 2 ** 24;

/**
 * Validates and copies `values` into a descending Spectrum. Throws InvalidSpectrumError on the first bad
 * value, LimitExceededError for more than {@link MAX_DIMENSION} values.
 *
 * @example
 * ```ts
 * import { createSpectrum } from "@klsched/core-linalg";
 * const spectrum = createSpectrum([1, 3, 2], "my model");
 * spectrum.eigenvalues; // Float64Array [3, 2, 1]
 * spectrum.label; // "my model"
 * ```
 * @throws InvalidArgumentError when `values` is empty.
 * @throws InvalidSpectrumError on the first value outside {@link EIGENVALUE_RANGE} (zero, negative, NaN, ±∞ included).
 */
export function createSpectrum(values: ArrayLike<number>, label = "custom"): Spectrum {
  if (values.length === 0) throw new InvalidArgumentError("eigenvalues", "[]", "a spectrum needs at least one eigenvalue");
  checkLimit("d", values.length, MAX_DIMENSION, "a spectrum and the per-direction arrays of a KL are held in memory");
  const eigenvalues = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v >= EIGENVALUE_RANGE.min && v <= EIGENVALUE_RANGE.max)) throw new InvalidSpectrumError(i, v);
    eigenvalues[i] = v;
  }
  eigenvalues.sort().reverse();
  return Object.freeze({ eigenvalues, label, [SPECTRUM_BRAND]: true as const });
}

/**
 * d equal eigenvalues λ: Σ = λI.
 *
 * @example
 * ```ts
 * import { isotropicSpectrum } from "@klsched/core-linalg";
 * const spectrum = isotropicSpectrum(3, 2);
 * spectrum.eigenvalues; // Float64Array [2, 2, 2]
 * spectrum.label; // "isotropic:d=3,lambda=2"
 * ```
 * @throws InvalidArgumentError when `d` is not a positive integer.
 * @throws InvalidSpectrumError when `lambda` is outside {@link EIGENVALUE_RANGE}.
 */
export function isotropicSpectrum(d: number, lambda: number): Spectrum {
  checkDimension(d);
  return createSpectrum(new Float64Array(d).fill(lambda), `isotropic:d=${d},lambda=${lambda}`);
}

/**
 * d eigenvalues log-spaced from `max` down to `min`, both endpoints included exactly.
 *
 * @example
 * ```ts
 * import { geometricSpectrum } from "@klsched/core-linalg";
 * geometricSpectrum(3, 0.01, 1).eigenvalues; // Float64Array [1, 0.1, 0.01]
 * ```
 * @throws InvalidArgumentError when `d` is not a positive integer, unless 0 < min ≤ max, or when d = 1
 * and min ≠ max.
 * @throws InvalidSpectrumError when an end is outside {@link EIGENVALUE_RANGE}.
 */
export function geometricSpectrum(d: number, min: number, max: number): Spectrum {
  checkDimension(d);
  if (!(min > 0 && max >= min)) throw new InvalidArgumentError("min", min, `need 0 < min ≤ max (max=${max})`);
  if (d === 1 && min !== max) throw new InvalidArgumentError("d", d, "d=1 needs min = max");
  const values = new Float64Array(d);
  const logMax = Math.log(max);
  const logRatio = Math.log(min / max);
  for (let k = 0; k < d; k++) values[k] = Math.exp(logMax + (k / Math.max(d - 1, 1)) * logRatio);
  values[0] = max;
  values[d - 1] = min;
  return createSpectrum(values, `geometric:d=${d},min=${min},max=${max}`);
}

/**
 * λ_k = scale · k^(−exponent), k = 1..d: the decay seen in natural-image covariances.
 *
 * @example
 * ```ts
 * import { powerlawSpectrum } from "@klsched/core-linalg";
 * powerlawSpectrum(3, 2, 1).eigenvalues; // Float64Array [1, 0.25, 0.1111…]
 * ```
 * @throws InvalidArgumentError when `d` is not a positive integer.
 * @throws InvalidSpectrumError when a value leaves {@link EIGENVALUE_RANGE} (a non-positive scale, a huge exponent).
 */
export function powerlawSpectrum(d: number, exponent: number, scale: number): Spectrum {
  checkDimension(d);
  const values = new Float64Array(d);
  for (let k = 1; k <= d; k++) values[k - 1] = scale * k ** -exponent;
  return createSpectrum(values, `powerlaw:d=${d},exponent=${exponent},scale=${scale}`);
}

function checkDimension(d: number): void {
  if (!Number.isInteger(d) || d < 1) throw new InvalidArgumentError("d", d, "expected a positive integer");
  checkLimit("d", d, MAX_DIMENSION, "a spectrum and the per-direction arrays of a KL are held in memory");
}
