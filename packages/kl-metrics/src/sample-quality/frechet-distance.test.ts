import { sampleMixture } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { testMixture } from "../test-support/test-mixture.js";
import { frechetDistance } from "./frechet-distance.js";
import { sampleMoments } from "./sample-moments.js";

const moments = (mean: number[], covariance: number[]) => ({
  d: mean.length,
  mean: Float64Array.from(mean),
  covariance: Float64Array.from(covariance),
});

describe("frechetDistance", () => {
  it("frechetDistance(a, a) is 0 to 1e-12 of tr Σ for a sample covariance of d = 20", () => {
    const samples = sampleMixture(testMixture(20, 3, 4, 1), 400, 2);
    const a = sampleMoments(samples.data, 400, 20);
    let trace = 0;
    for (let i = 0; i < 20; i++) trace += a.covariance[i * 21] as number;
    expect(Math.abs(frechetDistance(a, a))).toBeLessThan(1e-12 * trace);
  });

  it("frechetDistance of 2 × 2 covariances equals |Δμ|² + tr A + tr B − 2√(tr AB + 2√(det A·det B)) to 1e-12", () => {
    const a = moments([1, 2], [2, 0.6, 0.6, 1]);
    const b = moments([0, 1], [0.5, -0.2, -0.2, 3]);
    // tr √M for a 2 × 2 M with non-negative eigenvalues is √(tr M + 2√det M); M = A·B has det A·det B
    const trAB = 2 * 0.5 + 0.6 * -0.2 + 0.6 * -0.2 + 1 * 3;
    const detA = 2 - 0.36;
    const detB = 1.5 - 0.04;
    const want = 1 + 1 + 3 + 3.5 - 2 * Math.sqrt(trAB + 2 * Math.sqrt(detA * detB));
    expect(Math.abs(frechetDistance(a, b) - want)).toBeLessThan(1e-12);
    expect(Math.abs(frechetDistance(b, a) - want)).toBeLessThan(1e-12);
  });

  it("frechetDistance of commuting (diagonal) covariances is |Δμ|² + Σ(√a − √b)²", () => {
    const a = moments([0, 0, 0], [4, 0, 0, 0, 1, 0, 0, 0, 1e-8]);
    const b = moments([0, 1, 0], [1, 0, 0, 0, 1, 0, 0, 0, 9]);
    expect(frechetDistance(a, b)).toBeCloseTo(1 + 1 + 0 + (1e-4 - 3) ** 2, 12);
  });

  it("frechetDistance between independent exact-sample sets shrinks like 1/n (4× the samples: a quarter, within 25 %, over 48 pairs)", () => {
    const mixture = testMixture(6, 3, 3, 4);
    const average = (n: number) => {
      let total = 0;
      for (let seed = 0; seed < 48; seed++) {
        const a = sampleMixture(mixture, n, 100 + seed);
        const b = sampleMixture(mixture, n, 200 + seed);
        total += frechetDistance(sampleMoments(a.data, n, 6), sampleMoments(b.data, n, 6));
      }
      return total / 48;
    };
    const ratio = average(500) / average(2000);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  });
});
