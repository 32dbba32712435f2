import { createGaussianMixture, type GaussianMixture, mixtureComponent } from "../gaussian-mixture.js";
import { seededRandom } from "../seeded-random.js";

/** A random symmetric positive-definite d × d matrix G·Gᵀ/d + 0.05·I from a seeded generator. */
export function randomCovariance(d: number, normal: () => number, scale = 1): Float64Array {
  const g = Float64Array.from({ length: d * d }, normal);
  const out = new Float64Array(d * d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += (g[i * d + k] as number) * (g[j * d + k] as number);
      out[i * d + j] = (scale * s) / d + (i === j ? 0.05 : 0);
    }
  return out;
}

/** K components of rank r in d dimensions, random means, covariances and unequal weights. */
export function randomMixture(d: number, K: number, r: number, seed: number): GaussianMixture {
  const random = seededRandom(seed);
  const raw = Array.from({ length: K }, (_, k) => 1 + k);
  const total = raw.reduce((a, b) => a + b, 0);
  return createGaussianMixture(
    raw.map((w, k) =>
      mixtureComponent(
        w / total,
        Float64Array.from({ length: d }, () => 2 * random.normal()),
        randomCovariance(d, random.normal, 0.5 + k),
        r,
        0,
      ),
    ),
    `random d=${d} K=${K} r=${r}`,
  );
}

/** ln N(x; m, C) by a dense Cholesky factorisation (d small): the independent route for tests. */
export function denseLogNormal(x: ArrayLike<number>, m: ArrayLike<number>, c: Float64Array, d: number): number {
  const l = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    let diag = c[j * d + j] as number;
    for (let k = 0; k < j; k++) diag -= (l[j * d + k] as number) ** 2;
    l[j * d + j] = Math.sqrt(diag);
    for (let i = j + 1; i < d; i++) {
      let s = c[i * d + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * d + k] as number) * (l[j * d + k] as number);
      l[i * d + j] = s / (l[j * d + j] as number);
    }
  }
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

/** A component's covariance U·diag(λ)·Uᵀ + ρ(I − U·Uᵀ), dense. */
export function componentCovariance(c: GaussianMixture["components"][number], d: number): Float64Array {
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
