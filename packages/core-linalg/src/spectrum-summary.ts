import { CompensatedAccumulator } from "./compensated-sum.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import type { Spectrum } from "./spectrum.js";

/** A few numbers that describe a covariance spectrum λ₁ ≥ … ≥ λ_d ≥ 0. */
export interface SpectrumSummary {
  /** d, the number of eigenvalues. */
  readonly dimension: number;
  /** Σλ = tr Σ, the total variance. */
  readonly trace: number;
  readonly largest: number;
  readonly smallest: number;
  /**
   * exp(H(p)) with pᵢ = λᵢ/Σλ and H the Shannon entropy (Roy & Vetterli 2007, "The effective rank: a
   * measure of effective dimensionality"). Between 1 (one direction holds all the variance) and d (all
   * equal); it counts every direction in proportion to its share, so a long tail of small eigenvalues
   * raises it noticeably.
   */
  readonly effectiveRank: number;
  /**
   * (Σλ)²/Σλ², the participation ratio (e.g. Gao et al. 2017, "A theory of multineuronal dimensionality").
   * Also between 1 and d, but weighted by λ²: it is governed by the largest eigenvalues and is at most
   * the effective rank, so for a decaying spectrum it reads lower.
   */
  readonly participationRatio: number;
  /** λ_max/λ_min; Infinity when λ_min = 0. */
  readonly conditionNumber: number;
}

/**
 * Summarises a spectrum, or raw eigenvalues in any order. Raw eigenvalues of a covariance may come out
 * slightly negative from rounding: a value above −d·ε·λ_max (a backward-stable solver's error bound)
 * counts as 0.
 *
 * @example
 * ```ts
 * import { summarizeSpectrum } from "@klsched/core-linalg";
 * summarizeSpectrum([4, 1, 1]); // { dimension: 3, trace: 6, largest: 4, smallest: 1, effectiveRank: 2.3811, participationRatio: 2, conditionNumber: 4 }
 * ```
 * @throws InvalidArgumentError for no values, a non-finite one, no positive one, or one negative beyond rounding.
 */
export function summarizeSpectrum(input: Spectrum | ArrayLike<number>): SpectrumSummary {
  const values = "eigenvalues" in input ? input.eigenvalues : input;
  const d = values.length;
  if (d === 0) throw new InvalidArgumentError("eigenvalues", "[]", "a spectrum needs at least one eigenvalue");
  let largest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < d; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) throw new InvalidArgumentError(`eigenvalues[${i}]`, v, "not a finite number");
    largest = Math.max(largest, v);
  }
  if (!(largest > 0)) throw new InvalidArgumentError("eigenvalues", `max ${largest}`, "a spectrum needs a positive eigenvalue");
  const floor = -d * Number.EPSILON * largest;
  let smallest = largest;
  const trace = new CompensatedAccumulator();
  const squares = new CompensatedAccumulator(); // Σ(λ/λ_max)², scaled so that it cannot overflow
  for (let i = 0; i < d; i++) {
    const v = values[i] as number;
    if (v < floor) throw new InvalidArgumentError(`eigenvalues[${i}]`, v, `negative beyond rounding (below ${floor})`);
    const clipped = Math.max(v, 0);
    smallest = Math.min(smallest, clipped);
    trace.add(clipped);
    squares.add((clipped / largest) ** 2);
  }
  const total = trace.value;
  const entropy = new CompensatedAccumulator();
  for (let i = 0; i < d; i++) {
    const p = Math.max(values[i] as number, 0) / total;
    if (p > 0) entropy.add(-p * Math.log(p));
  }
  return {
    dimension: d,
    trace: total,
    largest,
    smallest,
    effectiveRank: Math.exp(entropy.value),
    participationRatio: (total / largest) ** 2 / squares.value,
    conditionNumber: smallest > 0 ? largest / smallest : Number.POSITIVE_INFINITY,
  };
}
