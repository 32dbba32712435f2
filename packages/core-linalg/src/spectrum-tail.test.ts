import { describe, expect, it } from "vitest";
import { compensatedSum } from "./compensated-sum.js";
import { decayExponent, withTail } from "./spectrum-tail.js";
import { thrownArgumentError } from "./test-support/thrown.js";

/** λᵢ = c·i^(−α), i = 1 … d: a spectrum whose tail the power-law model must reproduce. */
function powerLaw(d: number, alpha: number, c = 2): Float64Array {
  return Float64Array.from({ length: d }, (_, i) => c * (i + 1) ** -alpha);
}

describe("withTail", () => {
  for (const model of ["flat", "powerlaw"] as const) {
    it(`withTail(top 64 of 4096, ${model}) sums to the trace to 1e-14 and descends`, () => {
      const full = powerLaw(4096, 1.3);
      const trace = compensatedSum(full);
      const spectrum = withTail(full.slice(0, 64), { dimension: 4096, trace, model });
      expect(spectrum).toHaveLength(4096);
      expect(Math.abs(compensatedSum(spectrum) - trace) / trace).toBeLessThan(1e-14);
      for (let i = 1; i < spectrum.length; i++) expect(spectrum[i] as number).toBeLessThanOrEqual(spectrum[i - 1] as number);
      expect(Array.from(spectrum.subarray(0, 64))).toEqual(Array.from(full.subarray(0, 64)));
    });
  }

  it("withTail(…, flat) gives every one of the d − k directions (tr − Σ top)/(d − k)", () => {
    const spectrum = withTail(Float64Array.of(10, 5, 3), { dimension: 8, trace: 23, model: "flat" });
    expect(Array.from(spectrum.subarray(3))).toEqual([1, 1, 1, 1, 1]);
  });

  it("withTail(…, powerlaw) on the top 100 of an exact power law reproduces the other 900 to 1e-12", () => {
    const full = powerLaw(1000, 1.7);
    const spectrum = withTail(full.slice(0, 100), { dimension: 1000, trace: compensatedSum(full), model: "powerlaw" });
    for (let i = 100; i < 1000; i++) expect(Math.abs((spectrum[i] as number) / (full[i] as number) - 1)).toBeLessThan(1e-12);
  });

  it("withTail leaves a zero tail when the top already hold the whole trace (rounding), and sorts a tail above λₖ up", () => {
    expect(Array.from(withTail(Float64Array.of(2, 1), { dimension: 3, trace: 3 - 1e-16, model: "flat" }))).toEqual([2, 1, 0]);
    expect(Array.from(withTail(Float64Array.of(2, 1), { dimension: 3, trace: 4.5, model: "flat" }))).toEqual([2, 1.5, 1]);
  });

  it("withTail refuses an empty top, d ≤ k, a rising top, a non-finite value or trace (InvalidArgumentError)", () => {
    const options = { dimension: 4, trace: 3, model: "flat" } as const;
    expect(thrownArgumentError(() => withTail(new Float64Array(0), options)).argument).toBe("top");
    expect(thrownArgumentError(() => withTail(Float64Array.of(2, 1), { ...options, dimension: 2 })).argument).toBe("dimension");
    expect(thrownArgumentError(() => withTail(Float64Array.of(1, 2), options)).argument).toBe("top[1]");
    expect(thrownArgumentError(() => withTail(Float64Array.of(Number.NaN), options)).argument).toBe("top[0]");
    expect(thrownArgumentError(() => withTail(Float64Array.of(1), { ...options, trace: Infinity })).argument).toBe("trace");
  });
});

describe("decayExponent", () => {
  it("decayExponent of c·i^(−α) is α to 1e-12, for α = 0.5, 1, 2.5", () => {
    for (const alpha of [0.5, 1, 2.5]) expect(decayExponent(powerLaw(64, alpha, 7))).toBeCloseTo(alpha, 12);
  });

  it("decayExponent of a rising or single-valued top is 0 (the flat model)", () => {
    expect(decayExponent(Float64Array.of(1))).toBe(0);
    expect(decayExponent(Float64Array.of(1, 1, 1, 1))).toBe(0);
  });
});
