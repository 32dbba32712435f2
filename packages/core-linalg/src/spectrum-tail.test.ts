import { describe, expect, it } from "vitest";
import { compensatedSum } from "./compensated-sum.js";
import { junctionExponent, withTail } from "./spectrum-tail.js";
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

  it("withTail(…, powerlaw) is continuous at rank k and never above λₖ when R ≤ (d − k)·λₖ", () => {
    const top = Float64Array.of(9, 5, 3);
    const spectrum = withTail(top, { dimension: 50, trace: 17 + 20, model: "powerlaw" });
    expect(spectrum[3] as number).toBeLessThanOrEqual(3);
    expect(spectrum[3] as number).toBeGreaterThan(3 * (4 / 3) ** -3);
    expect(Array.from(spectrum.subarray(0, 3))).toEqual([9, 5, 3]);
  });

  it("withTail(…, powerlaw) on the top 100 of an exact power law reproduces the other 900 to 1e-12", () => {
    const full = powerLaw(1000, 1.7);
    const spectrum = withTail(full.slice(0, 100), { dimension: 1000, trace: compensatedSum(full), model: "powerlaw" });
    for (let i = 100; i < 1000; i++) expect(Math.abs((spectrum[i] as number) / (full[i] as number) - 1)).toBeLessThan(1e-12);
  });

  it("withTail leaves a zero tail when the top already hold the whole trace (rounding), and sorts a tail above λₖ up", () => {
    expect(Array.from(withTail(Float64Array.of(2, 1), { dimension: 3, trace: 3 - 1e-16, model: "flat" }))).toEqual([2, 1, 0]);
    expect(Array.from(withTail(Float64Array.of(2, 1), { dimension: 3, trace: 4.5, model: "flat" }))).toEqual([2, 1.5, 1]);
    expect(Array.from(withTail(Float64Array.of(2, 1), { dimension: 3, trace: 4.5, model: "powerlaw" }))).toEqual([2, 1.5, 1]);
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

describe("junctionExponent", () => {
  it("junctionExponent solves Σ (i/k)^(−β) = target for the β that made the target, to 1e-12", () => {
    const logRatio = Float64Array.from({ length: 500 }, (_, i) => Math.log((11 + i) / 10));
    for (const beta of [0.3, 1, 2.5]) {
      const target = logRatio.reduce((sum, x) => sum + Math.exp(-beta * x), 0);
      expect(junctionExponent(logRatio, target)).toBeCloseTo(beta, 12);
    }
  });

  it("junctionExponent is 0 when the target is the number of terms or more (the flat tail)", () => {
    expect(junctionExponent(Float64Array.of(0.1, 0.2), 2)).toBe(0);
    expect(junctionExponent(Float64Array.of(0.1, 0.2), 3)).toBe(0);
  });
});

describe("withTail(…, density)", () => {
  it("withTail with a density puts its quantiles, scaled to the remaining trace, below the top", () => {
    const density = { dimension: 6, nodes: Float64Array.of(8, 2, 1), weights: Float64Array.of(1, 2.5, 2.5) };
    const spectrum = withTail(Float64Array.of(8), { dimension: 6, trace: 8 + 6, model: "density", density });
    expect(spectrum[0]).toBe(8);
    expect(Math.abs(compensatedSum(spectrum) - 14)).toBeLessThan(1e-14);
    for (let i = 2; i < 6; i++) expect(spectrum[i] as number).toBeLessThanOrEqual(spectrum[i - 1] as number);
  });

  it("withTail(…, density) caps a quantile that would rise above λₖ at λₖ and raises the rest, keeping the trace", () => {
    const density = { dimension: 6, nodes: Float64Array.of(4, 1), weights: Float64Array.of(3, 3) };
    const spectrum = withTail(Float64Array.of(8, 2), { dimension: 6, trace: 16, model: "density", density });
    expect(Array.from(spectrum.subarray(0, 3))).toEqual([8, 2, 2]);
    expect(Math.abs(compensatedSum(spectrum) - 16)).toBeLessThan(1e-14);
    expect(spectrum[4] as number).toBeCloseTo(spectrum[5] as number, 14);
    expect((spectrum[3] as number) / (spectrum[4] as number)).toBeCloseTo(4 ** (1 / 3), 12);
  });

  it("withTail(…, density) without a density, or of another dimension, throws InvalidArgumentError (density)", () => {
    const options = { dimension: 4, trace: 3, model: "density" } as const;
    expect(thrownArgumentError(() => withTail(Float64Array.of(1), options)).argument).toBe("density");
    const density = { dimension: 5, nodes: Float64Array.of(1), weights: Float64Array.of(5) };
    expect(thrownArgumentError(() => withTail(Float64Array.of(1), { ...options, density })).argument).toBe("density");
  });
});
