import { createGaussianMixture, sampleMixture } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { heun, mixtureDenoiser, normalGenerator, sampleSpace } from "@klsched/gaussian-flow";
import { describe, expect, it } from "vitest";
import { testMixture } from "../test-support/test-mixture.js";
import { gapFromBaseline, ranks, spearman, withinErrorOfBest } from "./paired-comparison.js";
import { QUALITY_METRICS, qualityReference } from "./sample-quality.js";
import { slicedWassersteinReference } from "./sliced-wasserstein.js";

describe("qualityReference", () => {
  const mixture = testMixture(4, 3, 2, 8, 1.5);
  const n = 2000;
  const reference = qualityReference(mixture, sampleMixture(mixture, n, 1).data, n, { pcaDimensions: 2, bootstrap: 8 });

  it("measure(the reference itself) gives FD 0 in pixels and PCA, sliced W₂ 0", () => {
    const q = reference.measure(sampleMixture(mixture, n, 1).data);
    expect(Math.abs(q.fdPixel.value)).toBeLessThan(1e-10);
    expect(Math.abs(q.fdPca.value)).toBeLessThan(1e-10);
    expect(q.slicedW2.value).toBe(0);
  });

  it("measure: the NLL of exact samples of one Gaussian is ½ ln det(2πeΣ) within 4 standard errors", () => {
    const one = createGaussianMixture(
      [
        {
          weight: 1,
          mean: Float64Array.of(1, 2),
          rank: 2,
          basis: Float64Array.of(1, 0, 0, 1),
          eigenvalues: Float64Array.of(4, 0.25),
          remainder: 0,
        },
      ],
      "one",
    );
    const q = qualityReference(one, sampleMixture(one, n, 3).data, n, { pcaDimensions: 1 }).measure(
      sampleMixture(one, n, 4).data,
    );
    const entropy = 0.5 * Math.log((2 * Math.PI * Math.E) ** 2 * 4 * 0.25);
    expect(Math.abs(q.nll.value - entropy)).toBeLessThan(4 * q.nll.error);
  });

  it("heun with N = 256 steps and the exact mixture denoiser reaches exact-sample quality: every metric within 4 errors of an independent exact set", () => {
    const process = parseProcess("edm");
    const schedule = strategySchedule(process, { kind: "karras", rho: 7 }, 256);
    const normal = normalGenerator(5);
    const sd = Math.sqrt(process.priorVariance);
    const start = Float64Array.from({ length: n * 4 }, () => sd * normal());
    const out = heun.sample({ n, d: 4, data: start }, { space: sampleSpace, denoise: mixtureDenoiser(mixture), schedule });
    const sampled = reference.measure(out.data);
    const exact = reference.measure(sampleMixture(mixture, n, 77).data);
    for (const metric of QUALITY_METRICS) {
      const a = sampled[metric];
      const b = exact[metric];
      expect(Math.abs(a.value - b.value)).toBeLessThan(4 * Math.hypot(a.error, b.error));
    }
    // and a 2-step run is measurably worse on the pixel FD
    const coarse = heun.sample(
      { n, d: 4, data: start },
      {
        space: sampleSpace,
        denoise: mixtureDenoiser(mixture),
        schedule: strategySchedule(process, { kind: "karras", rho: 7 }, 2),
      },
    );
    const worse = reference.measure(coarse.data);
    expect(worse.fdPixel.value - exact.fdPixel.value).toBeGreaterThan(4 * Math.hypot(worse.fdPixel.error, exact.fdPixel.error));
    expect(withinErrorOfBest(worse.fdPixel, sampled.fdPixel)).toBe(false);
  });

  it("qualityReference refuses k = 0 and a single bootstrap resample", () => {
    const data = sampleMixture(mixture, 10, 1).data;
    expect(() => qualityReference(mixture, data, 10, { pcaDimensions: 0 })).toThrow(/^pcaDimensions=0/);
    expect(() => qualityReference(mixture, data, 10, { pcaDimensions: 2, bootstrap: 1 })).toThrow(/^bootstrap=1/);
  });
});

describe("slicedWassersteinReference", () => {
  it("slicedWassersteinReference of a set shifted by c is the mean of (θᵀc)², |c|²/d on average over many directions", () => {
    const d = 3;
    const n = 50;
    const normal = normalGenerator(2);
    const a = Float64Array.from({ length: n * d }, normal);
    const c = [1, -2, 0.5];
    const b = a.map((v, i) => v + (c[i % d] as number));
    const distance = slicedWassersteinReference(a, n, d, 4000, 3)(b);
    expect(distance).toBeCloseTo((1 + 4 + 0.25) / d, 1);
  });
});

describe("spearman and ranks", () => {
  it("spearman is 1 for the same order, −1 for the reverse and NaN for a constant list", () => {
    expect(spearman([1, 2, 3], [5, 6, 9])).toBeCloseTo(1, 14);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 14);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it("ranks gives ties their mean rank and NaN the last", () => {
    expect(ranks([3, 1, 3, Number.NaN])).toEqual([2.5, 1, 2.5, 4]);
  });
});

describe("gapFromBaseline", () => {
  it("gapFromBaseline pairs replicates: |v − b| per resample, value |m − b|", () => {
    const baseline = { value: 10, error: 1, replicates: Float64Array.of(9, 11, 10) };
    const gap = gapFromBaseline({ value: 7, error: 1, replicates: Float64Array.of(6, 8, 8) }, baseline);
    expect(gap.value).toBe(3);
    expect(Array.from(gap.replicates)).toEqual([3, 3, 2]);
    expect(gap.error).toBeCloseTo(Math.sqrt(1 / 3), 14);
  });
});
