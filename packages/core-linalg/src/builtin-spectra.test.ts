import { describe, expect, it } from "vitest";
import { BUILTIN_SPECTRA, builtinSpectrum } from "./builtin-spectra.js";
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

  it('syntheticSpectrum("mnist") returns it; keys are refused', () => {
    expect(syntheticSpectrum("mnist").eigenvalues).toEqual(spectrum.eigenvalues);
    expect(() => syntheticSpectrum("mnist:d=10")).toThrow(/unknown key "d" for mnist \(it takes no keys\)/);
    expect(() => syntheticSpectrum("cifar")).toThrow(/expected isotropic, geometric, powerlaw, mnist or a/);
  });
});
