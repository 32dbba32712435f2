import { describe, expect, it } from "vitest";
import { mixtureCovariance, mixtureMean } from "./mixture-covariance.js";
import { sampleMixture } from "./mixture-sampling.js";
import { randomMixture } from "./test-support/random-mixture.js";

describe("sampleMixture", () => {
  const d = 5;
  for (const r of [2, 5]) {
    const mixture = randomMixture(d, 3, r, 21 + r);
    const n = 40000;
    const samples = sampleMixture(mixture, n, 9);

    it(`sampleMixture(…, ${n}) reproduces the mixture's mean and covariance within 4 standard errors (r=${r})`, () => {
      const mean = mixtureMean(mixture);
      const cov = mixtureCovariance(mixture);
      const m = new Float64Array(d);
      for (let s = 0; s < n; s++) for (let i = 0; i < d; i++) m[i] = (m[i] as number) + (samples.data[s * d + i] as number) / n;
      for (let i = 0; i < d; i++)
        expect(Math.abs((m[i] as number) - (mean[i] as number))).toBeLessThan(4 * Math.sqrt((cov[i * d + i] as number) / n));
      for (let i = 0; i < d; i++)
        for (let j = 0; j <= i; j++) {
          // the standard error of a sample covariance entry: √(var((x_i − μ_i)(x_j − μ_j))/n), estimated from the samples
          let s1 = 0;
          let s2 = 0;
          for (let s = 0; s < n; s++) {
            const p =
              ((samples.data[s * d + i] as number) - (mean[i] as number)) *
              ((samples.data[s * d + j] as number) - (mean[j] as number));
            s1 += p;
            s2 += p * p;
          }
          const c = s1 / n;
          const se = Math.sqrt((s2 / n - c * c) / n);
          expect(Math.abs(c - (cov[i * d + j] as number))).toBeLessThan(4 * se);
        }
    });

    it(`sampleMixture picks each component with frequency π_k within 4 standard errors (r=${r})`, () => {
      mixture.components.forEach((c, k) => {
        const count = samples.components.reduce((t, v) => t + (v === k ? 1 : 0), 0);
        expect(Math.abs(count / n - c.weight)).toBeLessThan(4 * Math.sqrt((c.weight * (1 - c.weight)) / n));
      });
    });
  }

  it("sampleMixture(…, seed) repeats for a seed and refuses n = 0", () => {
    const mixture = randomMixture(3, 2, 1, 1);
    expect(Array.from(sampleMixture(mixture, 4, 2).data)).toEqual(Array.from(sampleMixture(mixture, 4, 2).data));
    expect(() => sampleMixture(mixture, 0, 1)).toThrow(/^n=0/);
  });
});
