import {
  type GaussianMixture,
  InvalidArgumentError,
  mixtureLogDensities,
  mixtureProjector,
  rightMultiplier,
  seededRandom,
  symmetricEigendecomposition,
} from "@klsched/core-linalg";
import { frechetReference } from "./frechet-distance.js";
import { sampleMoments } from "./sample-moments.js";
import { slicedWassersteinReference } from "./sliced-wasserstein.js";

/** The sample-quality metrics, by the field name their values get. */
export const QUALITY_METRICS = ["fdPixel", "fdPca", "nll", "slicedW2"] as const;
/** One of {@link QUALITY_METRICS}. */
export type QualityMetric = (typeof QUALITY_METRICS)[number];

/** A measured value: the estimate on all samples, its bootstrap error bar and the replicates. */
export interface MeasuredValue {
  readonly value: number;
  /** The standard deviation of the bootstrap replicates (for `nll`, the standard error of the mean). */
  readonly error: number;
  /** The metric on each bootstrap resample; the resamples are shared by every set measured (common random numbers). */
  readonly replicates: Float64Array;
}

/** Every metric of one sample set. */
export type SampleQuality = { readonly [M in QualityMetric]: MeasuredValue };

/** Options of {@link qualityReference}. */
export interface QualityOptions {
  /** k, the principal components the PCA Fréchet distance keeps. Default 32. */
  readonly pcaDimensions?: number;
  /** L, the directions of the sliced W₂. Default 64. */
  readonly directions?: number;
  /** B, the bootstrap resamples. Default 8. */
  readonly bootstrap?: number;
  /** Seed of the directions and the resamples. Default 1. */
  readonly seed?: number;
}

/** Measures sample sets against one reference: see {@link qualityReference}. */
export interface QualityReference {
  /** Samples per set (the reference's count). */
  readonly n: number;
  /** Their dimension. */
  readonly d: number;
  /** The four metrics of the first n rows of `samples` (n × d, row-major), each with its bootstrap error. */
  measure(samples: Float64Array): SampleQuality;
}

/**
 * Sample quality against exact samples of a mixture, with common random numbers: n reference samples
 * fix the Fréchet references (pixel space, and the top-k principal components of the reference
 * covariance) and the sliced-W₂ projections; L directions and B bootstrap resamples of n indices are
 * drawn once from `seed`, so every set measured sees the same ones and differences between sets are
 * not resampling noise. Per set:
 *
 * - `fdPixel`: the Fréchet distance of the set's moments to the reference's, in ℝ^d;
 * - `fdPca`: the same in the top-k principal components of the reference (the data's main modes);
 * - `nll`: the mean of −ln p(x) under the true mixture, in nats per sample (error: standard error of the mean);
 * - `slicedW2`: the sliced squared 2-Wasserstein distance to the reference samples.
 *
 * The replicates resample the measured set only (the reference is held fixed).
 *
 * @throws InvalidArgumentError when n < 2, k is not in 1 … d, or a set has fewer than n rows.
 * @example
 * ```ts
 * import { createGaussianMixture, sampleMixture } from "@klsched/core-linalg";
 * import { qualityReference } from "@klsched/kl-metrics";
 * const mixture = createGaussianMixture(
 *   [{ weight: 1, mean: Float64Array.of(0, 0), rank: 2, basis: Float64Array.of(1, 0, 0, 1), eigenvalues: Float64Array.of(1, 1), remainder: 0 }],
 *   "standard normal",
 * );
 * const reference = qualityReference(mixture, sampleMixture(mixture, 500, 1).data, 500, { pcaDimensions: 1 });
 * Math.abs(reference.measure(sampleMixture(mixture, 500, 1).data).fdPixel.value) < 1e-9; // true
 * ```
 */
export function qualityReference(
  mixture: GaussianMixture,
  reference: Float64Array,
  n: number,
  options: QualityOptions = {},
): QualityReference {
  const { pcaDimensions = 32, directions = 64, bootstrap = 8, seed = 1 } = options;
  const d = mixture.dimension;
  if (!(Number.isInteger(n) && n >= 2)) throw new InvalidArgumentError("n", n, "expected at least 2 samples");
  if (!(Number.isInteger(pcaDimensions) && pcaDimensions >= 1 && pcaDimensions <= d))
    throw new InvalidArgumentError("pcaDimensions", pcaDimensions, `expected an integer in 1 … d=${d}`);
  if (!(Number.isInteger(bootstrap) && bootstrap >= 2))
    throw new InvalidArgumentError("bootstrap", bootstrap, "expected at least 2 resamples");
  const moments = sampleMoments(reference, n, d);
  const eigen = symmetricEigendecomposition(moments.covariance, d);
  const fdPixel = frechetReference(moments, eigen);
  const k = pcaDimensions;
  const basis = new Float64Array(d * k);
  for (let i = 0; i < d; i++) for (let j = 0; j < k; j++) basis[i * k + j] = eigen.vectors[i * d + j] as number;
  const toPca = rightMultiplier(basis, d, k);
  const fdPca = frechetReference(sampleMoments(toPca.multiply(reference, n), n, k));
  const sliced = slicedWassersteinReference(reference, n, d, directions, seed);
  const projector = mixtureProjector(mixture);
  const random = seededRandom(seed + 1);
  const resamples = Array.from({ length: bootstrap }, () =>
    Int32Array.from({ length: n }, () => Math.min(n - 1, Math.floor(random.uniform() * n))),
  );
  const measure = (samples: Float64Array): SampleQuality => {
    if (samples.length < n * d)
      throw new InvalidArgumentError("samples", `${Math.floor(samples.length / d)} rows`, `expected n=${n}`);
    const pca = toPca.multiply(samples, n);
    const nll = mixtureLogDensities(projector, samples, n).map((v) => -v);
    const measured = (one: (indices?: Int32Array) => number, error?: (replicates: Float64Array) => number): MeasuredValue => {
      const replicates = Float64Array.from(resamples, (indices) => one(indices));
      return { value: one(), error: error === undefined ? standardDeviation(replicates) : error(replicates), replicates };
    };
    return {
      fdPixel: measured((indices) => fdPixel(sampleMoments(samples, n, d, indices))),
      fdPca: measured((indices) => fdPca(sampleMoments(pca, n, k, indices))),
      nll: measured(
        (indices) => mean(nll, indices),
        () => standardDeviation(nll) / Math.sqrt(n),
      ),
      slicedW2: measured((indices) => sliced(samples, indices)),
    };
  };
  return Object.freeze({ n, d, measure });
}

function mean(values: Float64Array, indices?: Int32Array): number {
  let s = 0;
  if (indices === undefined) for (const v of values) s += v;
  else for (const i of indices) s += values[i] as number;
  return s / (indices?.length ?? values.length);
}

function standardDeviation(values: Float64Array): number {
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}
