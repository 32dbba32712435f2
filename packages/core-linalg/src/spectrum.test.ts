import { describe, expect, it } from "vitest";
import { InvalidSpectrumError } from "./invalid-spectrum-error.js";
import { createSpectrum, geometricSpectrum, isotropicSpectrum, powerlawSpectrum } from "./spectrum.js";
import { syntheticSpectrum } from "./spectrum-spec.js";

describe("createSpectrum", () => {
  it("createSpectrum sorts descending and copies its input", () => {
    const input = [0.5, 2, 1];
    const s = createSpectrum(input);
    expect(Array.from(s.eigenvalues)).toEqual([2, 1, 0.5]);
    input[0] = 99;
    expect(s.eigenvalues[2]).toBe(0.5);
  });

  it("createSpectrum names the first bad eigenvalue: zero, negative, NaN, Infinity", () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e-300, 1e300]) {
      const error = (() => {
        try {
          createSpectrum([1, bad, 2]);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InvalidSpectrumError);
      expect((error as InvalidSpectrumError).index).toBe(1);
      expect((error as Error).message).toContain(String(bad));
    }
    expect(() => createSpectrum([])).toThrow(/at least one/);
  });
});

describe("built-in spectra", () => {
  it("geometricSpectrum(5, 1e-4, 10) is log-spaced with exact endpoints", () => {
    const { eigenvalues } = geometricSpectrum(5, 1e-4, 10);
    expect(eigenvalues[0]).toBe(10);
    expect(eigenvalues[4]).toBe(1e-4);
    for (let k = 1; k < 5; k++) {
      expect(Math.log((eigenvalues[k - 1] as number) / (eigenvalues[k] as number))).toBeCloseTo(Math.log(1e5) / 4, 12);
    }
  });

  it("powerlawSpectrum(4, 2, 3) is 3·k^−2", () => {
    expect(Array.from(powerlawSpectrum(4, 2, 3).eigenvalues)).toEqual([3, 3 / 4, 3 / 9, 3 / 16]);
  });

  it("syntheticSpectrum parses every built-in kind and rejects bad ones", () => {
    expect(syntheticSpectrum("isotropic:d=3,lambda=2").eigenvalues).toEqual(isotropicSpectrum(3, 2).eigenvalues);
    expect(syntheticSpectrum("geometric:d=3,min=0.1,max=10").eigenvalues[1]).toBeCloseTo(1, 14);
    expect(syntheticSpectrum("powerlaw:d=2,exponent=1,scale=1").eigenvalues).toEqual(new Float64Array([1, 0.5]));
    for (const bad of [
      "isotropic:d=0",
      "isotropic:d=2.5",
      "isotropic:d=3,lambda=-1",
      "isotropic:lambda=1",
      "geometric:d=3,min=2,max=1",
      "gaussian:d=3",
      "isotropic:d=3,lamda=1",
    ]) {
      expect(() => syntheticSpectrum(bad)).toThrow(/spectrum/);
    }
  });
});
