import { InvalidArgumentError } from "@klsched/core-linalg";

/** Where the variance of the directions the rows do not span came from. */
export type FloorSource = "flag" | "dequantization" | "smallest-eigenvalue";

/** The variance given to each covariance direction the samples leave at 0. */
export interface SpectrumFloor {
  /** The variance of each such direction. */
  readonly value: number;
  /** How many directions have it: d minus the estimated rank. */
  readonly directions: number;
  /** `flag` (`--floor`), `dequantization` (step²/12 of quantised data) or `smallest-eigenvalue` (float data). */
  readonly source: FloorSource;
}

/** A full spectrum of d values: the estimated (nonzero) eigenvalues, the floored rest. */
export interface FlooredSpectrum {
  /** d values, descending. */
  readonly eigenvalues: Float64Array;
  /** The estimated rank r: eigenvalues above r·ε·λ_max, the eigensolver's error bound. */
  readonly rank: number;
  readonly floor: SpectrumFloor;
}

/**
 * The default floor of continuous data: λ_min·(n − 1)/d, λ_min the smallest nonzero eigenvalue. Isotropic
 * noise of variance σ² in d dimensions gives n − 1 nonzero sample eigenvalues whose mean is σ²·d/(n − 1)
 * (their sum is the trace, d·σ²), spread over the Marchenko–Pastur bulk σ²·d/(n − 1)·(1 ± √((n − 1)/d))²;
 * so the noise level that the smallest estimated eigenvalue points to is λ_min·(n − 1)/d, from slightly
 * below σ² (by the factor (1 − √((n − 1)/d))², 0.88 at 64 × 16 384) when the tail is noise. It is below
 * every estimated eigenvalue: the unseen directions are taken as the least varied, never as signal.
 */
export function noiseFloor(smallest: number, rows: number, dimension: number): number {
  return (smallest * (rows - 1)) / dimension;
}

/**
 * The d-value spectrum of n ≤ d rows from its estimated top eigenvalues (descending, e.g. the Gram
 * route's n): the r above r·ε·λ_max get the dequantisation variance added (as every exact eigenvalue
 * does, `measureSpectrum`); each of the other d − r directions, which the rows do not span, gets the floor:
 * `floor` when given, else the dequantisation step²/12 for quantised data (exactly what the exact
 * covariance route gives them) or {@link noiseFloor} of the smallest estimated one for continuous data.
 * @throws InvalidArgumentError (`floor`) when `floor` is given and not a positive finite number, or when
 * continuous data have no nonzero eigenvalue to derive a floor from and none is given.
 */
export function withFloor(
  estimated: Float64Array,
  {
    rows,
    dimension,
    dequantization,
    floor,
  }: { rows: number; dimension: number; dequantization: number; floor?: number | undefined },
): FlooredSpectrum {
  if (floor !== undefined && !(Number.isFinite(floor) && floor > 0)) {
    throw new InvalidArgumentError("floor", floor, "expected a positive number (the variance of each unseen direction)");
  }
  const largest = Math.max(estimated[0] ?? 0, 0);
  const bound = estimated.length * Number.EPSILON * largest;
  let rank = 0;
  while (rank < estimated.length && rank < dimension && (estimated[rank] as number) > bound) rank++;
  let value: number;
  let source: FloorSource;
  if (floor !== undefined) [value, source] = [floor, "flag"];
  else if (dequantization > 0) [value, source] = [dequantization, "dequantization"];
  else if (rank > 0) [value, source] = [noiseFloor(estimated[rank - 1] as number, rows, dimension), "smallest-eigenvalue"];
  else throw new InvalidArgumentError("floor", undefined, "the data have no variance to derive a floor from; give one");
  const eigenvalues = new Float64Array(dimension).fill(value);
  for (let k = 0; k < rank; k++) eigenvalues[k] = (estimated[k] as number) + dequantization;
  if (rank > 0 && value > (eigenvalues[rank - 1] as number)) eigenvalues.sort().reverse();
  return { eigenvalues, rank, floor: { value, directions: dimension - rank, source } };
}
