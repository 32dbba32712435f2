import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { geometricSpectrum, isotropicSpectrum } from "./spectrum.js";
import { summarizeSpectrum } from "./spectrum-summary.js";

describe("summarizeSpectrum", () => {
  it("summarizeSpectrum of d equal eigenvalues: effective rank = participation ratio = d, condition number 1", () => {
    const s = summarizeSpectrum(isotropicSpectrum(50, 2));
    expect(s).toMatchObject({ dimension: 50, trace: 100, largest: 2, smallest: 2, conditionNumber: 1 });
    expect(s.effectiveRank).toBeCloseTo(50, 12);
    expect(s.participationRatio).toBeCloseTo(50, 12);
  });

  it("summarizeSpectrum of one dominant eigenvalue and zeros: both ranks 1, condition number infinite", () => {
    const s = summarizeSpectrum([0, 3, 0, 0]);
    expect(s).toMatchObject({ dimension: 4, trace: 3, largest: 3, smallest: 0, effectiveRank: 1, participationRatio: 1 });
    expect(s.conditionNumber).toBe(Number.POSITIVE_INFINITY);
  });

  it("summarizeSpectrum of [3, 1] matches the closed forms of entropy and participation ratio", () => {
    const s = summarizeSpectrum(new Float64Array([3, 1]));
    const entropy = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    expect(s.effectiveRank).toBeCloseTo(Math.exp(entropy), 14);
    expect(s.participationRatio).toBeCloseTo(16 / 10, 14);
    expect(s.conditionNumber).toBe(3);
  });

  it("summarizeSpectrum of a decaying spectrum: 1 ≤ participation ratio ≤ effective rank ≤ d", () => {
    const s = summarizeSpectrum(geometricSpectrum(784, 1e-4, 10));
    expect(s.participationRatio).toBeGreaterThanOrEqual(1);
    expect(s.participationRatio).toBeLessThan(s.effectiveRank);
    expect(s.effectiveRank).toBeLessThan(784);
    expect(s.conditionNumber).toBeCloseTo(1e5, 6);
  });

  it("summarizeSpectrum counts rounding-level negative eigenvalues (above −d·ε·λ_max) as zero", () => {
    const s = summarizeSpectrum([2, 1, -1e-16]);
    expect(s.smallest).toBe(0);
    expect(s.trace).toBe(3);
  });

  it("summarizeSpectrum rejects an empty list, a non-finite value, a clearly negative value, all zeros", () => {
    expect(() => summarizeSpectrum([])).toThrow(InvalidArgumentError);
    expect(() => summarizeSpectrum([1, Number.NaN])).toThrow("eigenvalues[1]=NaN: not a finite number");
    expect(() => summarizeSpectrum([1, -1e-6])).toThrow(/eigenvalues\[1\]=-0\.000001: negative beyond rounding/);
    expect(() => summarizeSpectrum([0, 0])).toThrow(/needs a positive eigenvalue/);
  });
});
