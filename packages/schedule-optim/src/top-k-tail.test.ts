import {
  CovarianceAccumulator,
  covarianceOperator,
  createSpectrum,
  spectralDensity,
  topEigenvalues,
  withTail,
} from "@klsched/core-linalg";
import { parseProcess } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { decayingData, inMemoryData } from "../../core-linalg/src/test-support/decaying-data.js";
import { optimalSchedule } from "./optimal-schedule.js";

// Issue 15, item 3, at the scale a test affords (scripts/top-k-tail.ts runs d = 4096, k = 256): a sample
// covariance of n = 4d Gaussian rows with a power-law spectrum (mean variance 0.1, as pixels on [−1, 1]).
describe("optimal on a top-k + tail spectrum (d = 512, k = 64)", () => {
  const d = 512;
  const k = 64;
  const harmonic = Array.from({ length: d }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
  const rows = decayingData(4 * d, d, { alpha: 1, scale: (0.1 * d) / harmonic, seed: 15 });
  const exact = new CovarianceAccumulator(d).add(rows).eigenvalues();
  const operator = covarianceOperator(inMemoryData(rows, d));
  const top = topEigenvalues(operator, { k, blockSize: 32 });
  const approximate = withTail(top.values, {
    dimension: d,
    trace: operator.trace,
    model: "density",
    density: spectralDensity(operator),
  });

  it("topEigenvalues' top 64 equal the exact covariance's to 1e-6 each", () => {
    for (let i = 0; i < k; i++) expect(Math.abs((top.values[i] as number) / (exact[i] as number) - 1)).toBeLessThan(1e-6);
  });

  for (const name of ["sd15", "edm"]) {
    it(`optimalSchedule(${name}, N = 10) on top-64 + density tail has the exact spectrum's KL to 1 % and levels to 2 %`, () => {
      const process = parseProcess(name);
      const reference = optimalSchedule({ spectrum: createSpectrum(exact), process, prior: "standard" }, 10);
      const optimum = optimalSchedule({ spectrum: createSpectrum(approximate), process, prior: "standard" }, 10);
      expect(Math.abs(optimum.kl / reference.kl - 1)).toBeLessThan(0.01);
      for (let i = 0; i < reference.levels.length; i++) {
        const level = reference.levels[i] as number;
        if (level > 0) expect(Math.abs((optimum.levels[i] as number) / level - 1)).toBeLessThan(0.02);
      }
    });
  }

  it("the flat tail, by contrast, misses the KL by more than 5 % (the tail's shape matters)", () => {
    const process = parseProcess("sd15");
    const flat = withTail(top.values, { dimension: d, trace: operator.trace, model: "flat" });
    const reference = optimalSchedule({ spectrum: createSpectrum(exact), process, prior: "standard" }, 10);
    const optimum = optimalSchedule({ spectrum: createSpectrum(flat), process, prior: "standard" }, 10);
    expect(Math.abs(optimum.kl / reference.kl - 1)).toBeGreaterThan(0.05);
  });
});
