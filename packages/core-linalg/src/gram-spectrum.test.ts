import { describe, expect, it } from "vitest";
import { CovarianceAccumulator } from "./covariance-accumulator.js";
import type { DataMatrix } from "./data-matrix.js";
import { gramSpectrum, MAX_GRAM_ROWS } from "./gram-spectrum.js";
import { uniformArray } from "./test-support/random.js";
import { thrownArgumentError } from "./test-support/thrown.js";

/** An in-memory n × d data matrix yielding batches of the size asked for. */
function matrix(values: Float64Array | Float32Array, d: number): DataMatrix {
  return {
    label: "test",
    rows: values.length / d,
    dimension: d,
    quantizationStep: 0,
    *batches(batchRows) {
      for (let start = 0; start < values.length; start += batchRows * d) yield values.slice(start, start + batchRows * d);
    },
  };
}

/** n × d data with column j near 10·j: far from zero, so that centring matters. */
function offsetData(n: number, d: number, seed: number): Float64Array {
  const x = uniformArray(n * d, seed, -1, 1);
  for (let k = 0; k < x.length; k++) x[k]! += 10 * (k % d);
  return x;
}

/** The exact covariance route: the d × d covariance's eigenvalues, descending. */
function covarianceEigenvalues(values: Float64Array, d: number): Float64Array {
  return new CovarianceAccumulator(d).add(values).eigenvalues();
}

describe("gramSpectrum", () => {
  // n not a multiple of 4 (padding rows), d not a multiple of 256 (a short last chunk) nor of 4.
  for (const [n, d] of [
    [2, 5],
    [7, 7],
    [13, 300],
    [64, 512],
    [130, 511],
  ] as const) {
    it(`gramSpectrum of ${n} × ${d} data equals the n largest covariance eigenvalues to 1e-12 of the largest`, () => {
      const x = offsetData(n, d, n * 1000 + d);
      const gram = gramSpectrum(matrix(x, d));
      const exact = covarianceEigenvalues(x, d);
      const scale = exact[0]!;
      expect(gram.eigenvalues.length).toBe(n);
      for (let k = 0; k < n; k++) expect(Math.abs(gram.eigenvalues[k]! - exact[k]!) / scale).toBeLessThan(1e-12);
      expect(Math.abs(gram.eigenvalues[n - 1]!) / scale).toBeLessThan(1e-12); // centring removes a direction
      const accumulator = new CovarianceAccumulator(d).add(x);
      expect(gram.varianceSum).toBeCloseTo(accumulator.varianceSum(), 10);
    });
  }

  it("gramSpectrum reads float32 batches and equals the route over the same values in float64", () => {
    const x32 = Float32Array.from(offsetData(9, 40, 3));
    const fromFloat32 = gramSpectrum(matrix(x32, 40)).eigenvalues;
    const fromFloat64 = gramSpectrum(matrix(Float64Array.from(x32), 40)).eigenvalues;
    expect(fromFloat32).toEqual(fromFloat64);
  });

  it("gramSpectrum of data of rank 2 has two nonzero eigenvalues", () => {
    const n = 6;
    const d = 20;
    const x = new Float64Array(n * d);
    const u = uniformArray(d, 1, -1, 1);
    const v = uniformArray(d, 2, -1, 1);
    const a = uniformArray(n, 3, -1, 1);
    const b = uniformArray(n, 4, -1, 1);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) x[i * d + j] = 5 + a[i]! * u[j]! + b[i]! * v[j]!;
    const { eigenvalues } = gramSpectrum(matrix(x, d));
    expect(eigenvalues[1]! / eigenvalues[0]!).toBeGreaterThan(1e-6);
    for (let k = 2; k < n; k++) expect(Math.abs(eigenvalues[k]!) / eigenvalues[0]!).toBeLessThan(1e-13);
  });

  it("gramSpectrum refuses 1 row, a short reader, a non-finite value and n above MAX_GRAM_ROWS", () => {
    expect(thrownArgumentError(() => gramSpectrum(matrix(Float64Array.of(1, 2), 2))).reason).toMatch(/at least 2 rows/);
    const short = { ...matrix(Float64Array.of(1, 2, 3, 4), 2), rows: 3 };
    expect(thrownArgumentError(() => gramSpectrum(short)).reason).toBe("expected 3 rows");
    expect(thrownArgumentError(() => gramSpectrum(matrix(Float64Array.of(1, 2, Number.NaN, 4), 2))).argument).toBe("batch[1][0]");
    const many = { ...matrix(Float64Array.of(1, 2), 2), rows: MAX_GRAM_ROWS + 1, dimension: 2 * MAX_GRAM_ROWS };
    expect(() => gramSpectrum(many)).toThrow(/rows=8193: exceeds the limit 8192/);
    const wide = { ...matrix(Float64Array.of(1, 2), 2), rows: 4096, dimension: 2 ** 24 };
    expect(() => gramSpectrum(wide)).toThrow(/rows × dimension=.*exceeds the limit/);
  });
});
