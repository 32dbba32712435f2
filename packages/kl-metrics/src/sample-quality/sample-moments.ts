import { CovarianceAccumulator } from "@klsched/core-linalg";

/** The first two moments of a sample set: mean (d) and covariance (d × d, 1/(n − 1), as np.cov). */
export interface SampleMoments {
  readonly d: number;
  readonly mean: Float64Array;
  readonly covariance: Float64Array;
}

/**
 * The mean and covariance of the n rows of `data` (n × d row-major), optionally of the rows `indices`
 * picks (a bootstrap resample: repeats count as often as they appear); core-linalg's
 * CovarianceAccumulator (Chan, Golub & LeVeque's pairwise update, f64x2 rank-k kernel).
 *
 * @throws InvalidArgumentError when fewer than 2 rows or a non-finite value.
 * @example
 * ```ts
 * import { sampleMoments } from "@klsched/kl-metrics";
 * sampleMoments(Float64Array.of(1, 3), 2, 1).covariance[0]; // 2
 * ```
 */
export function sampleMoments(data: Float64Array, n: number, d: number, indices?: Int32Array): SampleMoments {
  const accumulator = new CovarianceAccumulator(d);
  if (indices === undefined) accumulator.add(data.subarray(0, n * d));
  else {
    const block = new Float64Array(256 * d);
    for (let first = 0; first < indices.length; first += 256) {
      const count = Math.min(256, indices.length - first);
      for (let s = 0; s < count; s++) {
        const row = indices[first + s] as number;
        block.set(data.subarray(row * d, (row + 1) * d), s * d);
      }
      accumulator.add(block.subarray(0, count * d));
    }
  }
  return { d, mean: accumulator.mean(), covariance: accumulator.covariance() };
}
