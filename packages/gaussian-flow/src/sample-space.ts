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

/**
 * Elementwise linear combinations of equally shaped {@link SampleBatch}es: the space a sampler runs in
 * on real sample vectors.
 *
 * @example
 * ```ts
 * import { type SampleBatch, sampleSpace } from "@klsched/gaussian-flow";
 * const x: SampleBatch = { n: 1, d: 2, data: Float64Array.of(1, 2) };
 * const denoised: SampleBatch = { n: 1, d: 2, data: Float64Array.of(10, 20) };
 * sampleSpace.combine([2, 0.5], [x, denoised]).data; // Float64Array [7, 14]
 * ```
 */
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
