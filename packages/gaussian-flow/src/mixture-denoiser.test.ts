import { createGaussianMixture } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { closedFormOutput } from "./closed-form.js";
import { ddim } from "./ddim.js";
import { gaussianDenoiser } from "./gaussian-state.js";
import { mixtureDenoiser } from "./mixture-denoiser.js";
import { normalGenerator } from "./random.js";
import { sampleSpace } from "./sample-space.js";
import { randomOrthogonal } from "./test-support/dense.js";
import { densePosteriorMean, testMixture } from "./test-support/mixtures.js";

const LEVELS = [
  { t: 0, alpha: 1, sigma: 1e-3 },
  { t: 0, alpha: 0.9, sigma: 0.4 },
  { t: 0, alpha: 0.3, sigma: 0.95 },
  { t: 0, alpha: 1, sigma: 80 },
  { t: 1, alpha: 0, sigma: 1 },
];

describe("mixtureDenoiser", () => {
  for (const [d, K, r] of [
    [5, 3, 2],
    [6, 4, 6],
    [3, 1, 1],
  ] as const) {
    const mixture = testMixture(d, K, r, 10 * d + K);
    const denoise = mixtureDenoiser(mixture);
    const normal = normalGenerator(d + K + r);
    const n = 300; // more than one block of 256
    const data = Float64Array.from({ length: n * d }, () => 3 * normal());
    for (const level of LEVELS) {
      it(`mixtureDenoiser(d=${d}, K=${K}, r=${r}) at α=${level.alpha}, σ=${level.sigma} equals the dense posterior mean to 1e-10`, () => {
        const out = denoise({ n, d, data }, level).data;
        for (const s of [0, 1, 128, 255, 256, 299]) {
          const want = densePosteriorMean(mixture, data.subarray(s * d, (s + 1) * d), level.alpha, level.sigma);
          for (let i = 0; i < d; i++) expect(Math.abs((out[s * d + i] as number) - (want[i] as number))).toBeLessThan(1e-10);
        }
      });
    }
  }

  it("mixtureDenoiser with one full-rank component equals gaussianDenoiser in its eigenbasis to 1e-12", () => {
    const d = 6;
    const normal = normalGenerator(3);
    const u = randomOrthogonal(d, normal);
    const eigenvalues = Float64Array.from({ length: d }, (_, i) => 4 * 0.3 ** i);
    const eigenMean = Float64Array.from({ length: d }, normal); // μ in eigen-coordinates
    const mean = new Float64Array(d);
    for (let i = 0; i < d; i++)
      for (let j = 0; j < d; j++) mean[i] = (mean[i] as number) + (u[i * d + j] as number) * (eigenMean[j] as number);
    const mixture = createGaussianMixture([{ weight: 1, mean, rank: d, basis: u, eigenvalues, remainder: 0 }], "one");
    const reference = gaussianDenoiser(eigenvalues, eigenMean);
    const x = Float64Array.from({ length: d }, () => 2 * normal());
    const xEigen = new Float64Array(d);
    for (let j = 0; j < d; j++)
      for (let i = 0; i < d; i++) xEigen[j] = (xEigen[j] as number) + (u[i * d + j] as number) * (x[i] as number);
    for (const level of LEVELS) {
      const got = mixtureDenoiser(mixture)({ n: 1, d, data: x }, level).data;
      const inEigen = reference({ mean: xEigen, gains: [] }, level).mean as Float64Array;
      for (let i = 0; i < d; i++) {
        let want = 0;
        for (let j = 0; j < d; j++) want += (u[i * d + j] as number) * (inEigen[j] as number);
        expect(Math.abs((got[i] as number) - want)).toBeLessThan(1e-12);
      }
    }
  });

  it("ddim with the mixture denoiser and K = 1 reproduces the closed form's output variance and KL within Monte Carlo error", () => {
    const d = 4;
    const eigenvalues = Float64Array.of(2, 0.5, 0.05, 0.005);
    const normal = normalGenerator(17);
    const u = randomOrthogonal(d, normal);
    const mixture = createGaussianMixture(
      [{ weight: 1, mean: new Float64Array(d), rank: d, basis: u, eigenvalues, remainder: 0 }],
      "one",
    );
    const process = parseProcess("edm");
    const schedule = strategySchedule(process, { kind: "karras", rho: 7 }, 6);
    const n = 20000;
    const sd = Math.sqrt(process.priorVariance);
    const start = Float64Array.from({ length: n * d }, () => sd * normal());
    const out = ddim.sample({ n, d, data: start }, { space: sampleSpace, denoise: mixtureDenoiser(mixture), schedule });
    const closed = closedFormOutput(ddim, { eigenvalues, schedule, prior: "standard" });
    // per eigen-direction: the sample variance of uᵢᵀx against the closed form's, and the KL they give
    let klMonteCarlo = 0;
    let klClosed = 0;
    let klVariance = 0;
    for (let j = 0; j < d; j++) {
      let s = 0;
      let ss = 0;
      for (let row = 0; row < n; row++) {
        let y = 0;
        for (let i = 0; i < d; i++) y += (u[i * d + j] as number) * (out.data[row * d + i] as number);
        s += y;
        ss += y * y;
      }
      const variance = (ss - (s * s) / n) / (n - 1);
      const target = closed.targetVariance[j] as number;
      const expected = target * Math.exp(closed.logVarianceRatio[j] as number);
      expect(Math.abs(Math.log(variance / expected))).toBeLessThan(4 * Math.sqrt(2 / (n - 1)));
      // KL(N(0, target) ‖ N(0, v)) = ½(target/v − 1 − ln(target/v)); its standard error by the delta method
      const kl = (v: number) => 0.5 * (target / v - 1 - Math.log(target / v));
      klMonteCarlo += kl(variance);
      klClosed += kl(expected);
      const slope = 0.5 * (-target / expected ** 2 + 1 / expected);
      klVariance += slope ** 2 * ((2 * expected ** 2) / (n - 1));
    }
    expect(Math.abs(klMonteCarlo - klClosed)).toBeLessThan(4 * Math.sqrt(klVariance) + 2 / n);
  });

  it("mixtureDenoiser refuses a batch of another dimension", () => {
    const denoise = mixtureDenoiser(testMixture(3, 2, 1, 1));
    expect(() => denoise({ n: 1, d: 2, data: new Float64Array(2) }, { t: 0, alpha: 1, sigma: 1 })).toThrow(/^x\.d=2/);
  });
});
