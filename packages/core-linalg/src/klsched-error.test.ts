import { describe, expect, it } from "vitest";
import { InvalidArgumentError, isInvalidArgumentError } from "./invalid-argument-error.js";
import { InvalidSpectrumError } from "./invalid-spectrum-error.js";
import { isKlschedError, KlschedError } from "./klsched-error.js";
import { createSpectrum, isotropicSpectrum, isSpectrum, SPECTRUM_BRAND, type Spectrum } from "./spectrum.js";

/** An error as a second copy of core-linalg would throw it: same shape and code, another class. */
class ForeignInvalidArgumentError extends Error {
  readonly code = "invalid-argument";
  readonly argument = "steps";
  readonly value = 0;
  readonly reason = "expected an integer ≥ 1";
}

describe("typed errors are recognised by code, across copies of the package", () => {
  it("isKlschedError accepts every klsched error and refuses other errors", () => {
    expect(isKlschedError(new InvalidArgumentError("steps", 0, "bad"))).toBe(true);
    expect(isKlschedError(new InvalidSpectrumError(3, -1))).toBe(true);
    expect(isKlschedError(new KlschedError("no-convergence", "QL"))).toBe(true);
    expect(isKlschedError(new RangeError("Invalid array length"))).toBe(false);
    expect(isKlschedError({ code: "invalid-argument" })).toBe(false);
  });

  it("isInvalidArgumentError accepts another copy's error, which instanceof misses", () => {
    const foreign = new ForeignInvalidArgumentError("steps=0: expected an integer ≥ 1");
    expect(foreign instanceof InvalidArgumentError).toBe(false);
    expect(isInvalidArgumentError(foreign)).toBe(true);
    expect(isInvalidArgumentError(new KlschedError("no-convergence", "QL"))).toBe(false);
  });
});

describe("the Spectrum brand", () => {
  it("createSpectrum brands its result; isSpectrum tells it from a look-alike", () => {
    expect(isSpectrum(isotropicSpectrum(3, 1))).toBe(true);
    expect(isSpectrum({ eigenvalues: Float64Array.of(1), label: "x" })).toBe(false);
    expect(isSpectrum(null)).toBe(false);
  });

  it("a spectrum typed by another copy of the package (same string brand) is this copy's Spectrum", () => {
    type OtherCopySpectrum = { readonly eigenvalues: Float64Array; readonly label: string; readonly __klschedSpectrum: true };
    const other: OtherCopySpectrum = createSpectrum([2, 1]);
    const here: Spectrum = other;
    expect(here[SPECTRUM_BRAND]).toBe(true);
  });
});
