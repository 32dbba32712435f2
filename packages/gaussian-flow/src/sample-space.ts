import type { VectorSpace } from "./vector-space.js";

/**
 * A batch of n sample vectors of dimension d, row-major in one Float64Array (n·d values): the state a
 * sampler runs on in Monte Carlo and with a real (non-Gaussian) denoiser.
 */
export interface SampleBatch {
  readonly n: number;
  readonly d: number;
  readonly data: Float64Array;
}

/** Elementwise linear combinations of equally shaped {@link SampleBatch}es. */
export const sampleSpace: VectorSpace<SampleBatch> = Object.freeze({
  combine(coefficients: readonly number[], vectors: readonly SampleBatch[]): SampleBatch {
    const first = vectors[0] as SampleBatch;
    const data = new Float64Array(first.data.length);
    vectors.forEach((v, m) => {
      const c = coefficients[m] as number;
      const src = v.data;
      for (let j = 0; j < data.length; j++) data[j] = (data[j] as number) + c * (src[j] as number);
    });
    return { n: first.n, d: first.d, data };
  },
});
