import { createGaussianMixture, type GaussianMixture, mixtureComponent, seededRandom } from "@klsched/core-linalg";

/** K random components of rank r in d dimensions (covariances G·Gᵀ/d + 0.01·I), means spread by `spread`. */
export function testMixture(d: number, K: number, r: number, seed: number, spread = 2): GaussianMixture {
  const { normal } = seededRandom(seed);
  const total = (K * (K + 1)) / 2;
  return createGaussianMixture(
    Array.from({ length: K }, (_, k) => {
      const g = Float64Array.from({ length: d * d }, normal);
      const covariance = new Float64Array(d * d);
      for (let i = 0; i < d; i++)
        for (let j = 0; j < d; j++) {
          let s = 0;
          for (let q = 0; q < d; q++) s += (g[i * d + q] as number) * (g[j * d + q] as number);
          covariance[i * d + j] = ((1 + k) * s) / d / 4 + (i === j ? 0.01 : 0);
        }
      const mean = Float64Array.from({ length: d }, () => spread * normal());
      return mixtureComponent((k + 1) / total, mean, covariance, r, 0);
    }),
    `test d=${d} K=${K} r=${r}`,
  );
}
