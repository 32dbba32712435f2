import { createGaussianMixture, type GaussianMixture, mixtureComponent } from "@klsched/core-linalg";
import { normalGenerator } from "../random.js";
import { cholesky, fromEigen, randomOrthogonal, solve } from "./dense.js";

/** A component's dense covariance U·diag(λ)·Uᵀ + ρ(I − U·Uᵀ). */
export function denseCovariance(c: GaussianMixture["components"][number], d: number): Float64Array {
  const out = new Float64Array(d * d);
  const r = c.rank;
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) {
      let s = i === j ? c.remainder : 0;
      for (let k = 0; k < r; k++)
        s += (c.basis[i * r + k] as number) * ((c.eigenvalues[k] as number) - c.remainder) * (c.basis[j * r + k] as number);
      out[i * d + j] = s;
    }
  return out;
}

/** K random components of rank r in d dimensions: rotated spectra spread over two decades, unequal weights. */
export function testMixture(d: number, K: number, r: number, seed: number, spread = 2): GaussianMixture {
  const normal = normalGenerator(seed);
  const total = (K * (K + 1)) / 2;
  return createGaussianMixture(
    Array.from({ length: K }, (_, k) => {
      const u = randomOrthogonal(d, normal);
      const values = Array.from({ length: d }, (_, i) => 0.01 * 100 ** (i / Math.max(d - 1, 1)) * (1 + k));
      const mean = Float64Array.from({ length: d }, () => spread * normal());
      return mixtureComponent((k + 1) / total, mean, fromEigen(u, values, d), r, 0);
    }),
    `test d=${d} K=${K} r=${r}`,
  );
}

/** ln N(x; m, C) by Cholesky. */
export function logNormal(x: ArrayLike<number>, m: ArrayLike<number>, c: Float64Array, d: number): number {
  const l = cholesky(c, d);
  const z = new Float64Array(d);
  let logDet = 0;
  for (let i = 0; i < d; i++) {
    let s = (x[i] as number) - (m[i] as number);
    for (let k = 0; k < i; k++) s -= (l[i * d + k] as number) * (z[k] as number);
    z[i] = s / (l[i * d + i] as number);
    logDet += 2 * Math.log(l[i * d + i] as number);
  }
  let q = 0;
  for (const v of z) q += v * v;
  return -0.5 * (q + logDet + d * Math.log(2 * Math.PI));
}

/**
 * The brute-force posterior mean of a mixture at (α, σ): dense covariances, weights from dense log
 * densities, each component's D_k = μ_k + αΣ_k(α²Σ_k + σ²I)⁻¹(x − αμ_k) by Gaussian elimination.
 */
export function densePosteriorMean(mixture: GaussianMixture, x: Float64Array, alpha: number, sigma: number): Float64Array {
  const d = mixture.dimension;
  const parts = mixture.components.map((c) => {
    const cov = denseCovariance(c, d);
    const marginal = cov.map((v, i) => alpha * alpha * v + (i % (d + 1) === 0 ? sigma * sigma : 0));
    const shifted = c.mean.map((v) => alpha * v);
    const logWeight = Math.log(c.weight) + logNormal(x, shifted, marginal, d);
    const gain = solve(
      marginal,
      cov.map((v) => alpha * v),
      d,
    ); // (α²Σ + σ²I)⁻¹·αΣ, symmetric matrices commute here
    const mean = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      let v = c.mean[i] as number;
      for (let j = 0; j < d; j++) v += (gain[j * d + i] as number) * ((x[j] as number) - (shifted[j] as number));
      mean[i] = v;
    }
    return { logWeight, mean };
  });
  const top = Math.max(...parts.map((p) => p.logWeight));
  const w = parts.map((p) => Math.exp(p.logWeight - top));
  const total = w.reduce((a, b) => a + b, 0);
  const out = new Float64Array(d);
  parts.forEach((p, k) => {
    for (let i = 0; i < d; i++) out[i] = (out[i] as number) + ((w[k] as number) / total) * (p.mean[i] as number);
  });
  return out;
}
