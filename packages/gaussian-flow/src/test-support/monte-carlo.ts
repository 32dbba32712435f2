import type { Schedule } from "@klsched/discretization";
import type { Prior } from "../prior.js";
import { normalGenerator } from "../random.js";
import { type SampleBatch, sampleSpace } from "../sample-space.js";
import type { Sampler } from "../sampler.js";
import { cholesky, fromEigen, randomOrthogonal, solve } from "./dense.js";

/**
 * Runs `sampler.sample` (the same code as the closed form) on n seeded samples in a randomly rotated d-dimensional space with the
 * full-matrix posterior mean D(x) = μ + αΣ(α²Σ + σ²I)⁻¹(x − αμ), and projects the output on each
 * eigenvector: the Monte Carlo route to the closed form.
 */
export function monteCarlo(
  sampler: Sampler,
  eigenvalues: number[],
  mean: number[],
  schedule: Schedule,
  prior: Prior,
  n: number,
  seed: number,
) {
  const d = eigenvalues.length;
  const normal = normalGenerator(seed);
  const u = randomOrthogonal(d, normal);
  const sigmaMatrix = fromEigen(u, eigenvalues, d);
  const mu = new Float64Array(d); // μ in the original coordinates: U·mean
  for (let i = 0; i < d; i++)
    for (let k = 0; k < d; k++) mu[i] = (mu[i] as number) + (u[i * d + k] as number) * (mean[k] as number);

  const a0 = schedule.alpha[0] as number;
  const s0 = schedule.sigma[0] as number;
  const startCovariance =
    prior === "exact"
      ? fromEigen(
          u,
          eigenvalues.map((l) => a0 * a0 * l + s0 * s0),
          d,
        )
      : fromEigen(u, new Array(d).fill(schedule.process.priorVariance), d);
  const chol = cholesky(startCovariance, d);
  const data = new Float64Array(n * d);
  const z = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) z[i] = normal();
    for (let i = 0; i < d; i++) {
      let v = prior === "exact" ? a0 * (mu[i] as number) : 0;
      for (let k = 0; k <= i; k++) v += (chol[i * d + k] as number) * (z[k] as number);
      data[r * d + i] = v;
    }
  }

  const denoise = (x: SampleBatch, { alpha, sigma }: { alpha: number; sigma: number }): SampleBatch => {
    const a = sigmaMatrix.map((v, idx) => alpha * alpha * v + (idx % (d + 1) === 0 ? sigma * sigma : 0));
    const k = solve(
      a,
      sigmaMatrix.map((v) => alpha * v),
      d,
    );
    const out = new Float64Array(x.data.length);
    for (let r = 0; r < x.n; r++) {
      for (let i = 0; i < d; i++) {
        let v = mu[i] as number;
        for (let j = 0; j < d; j++) v += (k[i * d + j] as number) * ((x.data[r * d + j] as number) - alpha * (mu[j] as number));
        out[r * d + i] = v;
      }
    }
    return { n: x.n, d, data: out };
  };

  const noise = (like: SampleBatch): SampleBatch => ({
    n: like.n,
    d,
    data: Float64Array.from({ length: like.data.length }, normal),
  });
  const final = sampler.sample({ n, d, data }, { space: sampleSpace, denoise, schedule, noise });
  const projectedMean = new Float64Array(d);
  const projectedVariance = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = 0;
    let ss = 0;
    for (let r = 0; r < n; r++) {
      let y = 0;
      for (let j = 0; j < d; j++) y += (u[j * d + i] as number) * (final.data[r * d + j] as number);
      s += y;
      ss += y * y;
    }
    projectedMean[i] = s / n;
    projectedVariance[i] = (ss - (s * s) / n) / (n - 1);
  }
  return { projectedMean, projectedVariance };
}
