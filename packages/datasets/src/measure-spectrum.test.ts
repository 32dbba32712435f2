import { CovarianceAccumulator, type DataMatrix, symmetricEigenvalues } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { MAX_EXACT_DIMENSION, measureSpectrum } from "./measure-spectrum.js";
import { uniformArray } from "./test-support/random.js";
import { thrownArgumentError } from "./test-support/thrown.js";

/** An in-memory data matrix of n rows of d values. */
function matrix(values: Float64Array, d: number, extra: Partial<DataMatrix> = {}): DataMatrix {
  return {
    label: "test",
    rows: values.length / d,
    dimension: d,
    quantizationStep: 0,
    *batches(batchRows) {
      for (let start = 0; start < values.length; start += batchRows * d) yield values.slice(start, start + batchRows * d);
    },
    ...extra,
  };
}

describe("measureSpectrum", () => {
  const d = 12;
  const values = uniformArray(300 * d, 4, -1, 1);
  const exact = symmetricEigenvalues(new CovarianceAccumulator(d).add(values).covariance(), d);

  it("measureSpectrum of continuous data is the covariance's eigenvalues, descending, summing to the trace", () => {
    const measured = measureSpectrum(matrix(values, d));
    expect(measured).toMatchObject({ label: "test", method: "exact", rows: 300, dimension: d, dequantization: 0 });
    expect(measured.eigenvalues).toEqual(exact);
    expect(measured.trace).toBeCloseTo(
      exact.reduce((a, b) => a + b, 0),
      12,
    );
  });

  it("quantised data get step²/12 added to every eigenvalue and to the trace's every term", () => {
    const step = 2 / 255;
    const measured = measureSpectrum(matrix(values, d, { quantizationStep: step }));
    expect(measured.dequantization).toBe(step ** 2 / 12);
    measured.eigenvalues.forEach((v, k) => {
      expect(v).toBe(exact[k]! + step ** 2 / 12);
    });
    const plain = measureSpectrum(matrix(values, d));
    expect(measured.trace - plain.trace).toBeCloseTo((d * step ** 2) / 12, 15);
  });

  it("reports reading progress, then the eigenvalue stage", () => {
    const stages: string[] = [];
    measureSpectrum(matrix(values, d), { onProgress: (stage, done, total) => stages.push(`${stage} ${done}/${total}`) });
    expect(stages).toEqual(["reading 0/300", "reading 256/300", "reading 300/300", "eigenvalues 0/1", "eigenvalues 1/1"]);
  });

  it("the stationary method needs images, and the exact one refuses d above MAX_EXACT_DIMENSION", () => {
    expect(() => measureSpectrum(matrix(values, d), { method: "stationary" })).toThrow(/needs images/);
    const huge = { ...matrix(values, d), rows: 9000, dimension: MAX_EXACT_DIMENSION + 1 };
    expect(() => measureSpectrum(huge)).toThrow(/dimension=8193: the exact covariance stops at d=8192 .* when n > d/);
    const images = matrix(values, d, { image: { height: 3, width: 4, channels: 1 } });
    expect(measureSpectrum(images, { method: "stationary" }).eigenvalues.length).toBe(d);
  });
});

describe("measureSpectrum with n ≤ d (the Gram route)", () => {
  const n = 20;
  const d = 90;
  const values = uniformArray(n * d, 7, -1, 1);
  for (let k = 0; k < values.length; k++) values[k]! += 3 * Math.sin(k % d); // column means far from 0
  const exact = new CovarianceAccumulator(d).add(values).eigenvalues();

  it("measureSpectrum of quantised data equals the exact covariance route + step²/12 in every direction", () => {
    const step = 2 / 255;
    const measured = measureSpectrum(matrix(values, d, { quantizationStep: step }));
    expect(measured).toMatchObject({ method: "exact", route: "gram", rows: n, dimension: d });
    expect(measured.floor).toEqual({ value: step ** 2 / 12, directions: d - (n - 1), source: "dequantization", rank: n - 1 });
    for (let k = 0; k < d; k++) {
      expect(Math.abs(measured.eigenvalues[k]! - (Math.max(exact[k]!, 0) + step ** 2 / 12)) / exact[0]!).toBeLessThan(1e-12);
    }
    const sum = measured.eigenvalues.reduce((a, b) => a + b, 0);
    expect(measured.trace).toBeCloseTo(sum, 12);
  });

  it("measureSpectrum of continuous data keeps the n − 1 exact eigenvalues and floors the rest at λ_min·(n − 1)/d", () => {
    const measured = measureSpectrum(matrix(values, d));
    for (let k = 0; k < n - 1; k++) expect(Math.abs(measured.eigenvalues[k]! - exact[k]!) / exact[0]!).toBeLessThan(1e-12);
    const floor = (measured.eigenvalues[n - 2]! * (n - 1)) / d;
    expect(measured.floor).toMatchObject({ source: "smallest-eigenvalue", directions: d - n + 1, rank: n - 1 });
    expect(measured.floor!.value).toBeCloseTo(floor, 15);
    for (let k = n - 1; k < d; k++) expect(measured.eigenvalues[k]).toBe(measured.floor!.value);
  });

  it("measureSpectrum with floor sets every unseen direction to it, sorted in where it falls", () => {
    const floor = exact[3]! * 1.0000001; // above the 4th eigenvalue: the spectrum stays descending
    const measured = measureSpectrum(matrix(values, d), { floor });
    expect(measured.floor).toMatchObject({ value: floor, source: "flag", directions: d - n + 1 });
    expect(measured.eigenvalues.filter((v) => v === floor).length).toBe(d - n + 1);
    for (let k = 1; k < d; k++) expect(measured.eigenvalues[k]!).toBeLessThanOrEqual(measured.eigenvalues[k - 1]!);
    expect(measured.eigenvalues[3]).toBe(floor);
  });

  it("the default floor of low-rank-plus-noise data lies within 30 % below the noise variance", () => {
    const rows = 32;
    const dim = 4096;
    const sigma = 0.1;
    const noise = uniformArray(rows * dim, 11, -1, 1); // variance 1/3 each
    const factors = uniformArray(rows * 5, 12, -1, 1);
    const basis = uniformArray(5 * dim, 13, -1, 1);
    const x = new Float64Array(rows * dim);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < dim; j++) {
        let signal = 0;
        for (let r = 0; r < 5; r++) signal += 10 * factors[i * 5 + r]! * basis[r * dim + j]!;
        x[i * dim + j] = signal + sigma * Math.sqrt(3) * noise[i * dim + j]!;
      }
    }
    const { floor } = measureSpectrum(matrix(x, dim));
    expect(floor!.value / sigma ** 2).toBeGreaterThan(0.7);
    expect(floor!.value / sigma ** 2).toBeLessThan(1);
  });

  it("measureSpectrum refuses a floor ≤ 0, NaN, and a floor on the covariance route or the stationary method", () => {
    for (const floor of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(thrownArgumentError(() => measureSpectrum(matrix(values, d), { floor })).argument).toBe("floor");
    }
    const tall = matrix(uniformArray(40 * 3, 2), 3);
    expect(thrownArgumentError(() => measureSpectrum(tall, { floor: 1 })).reason).toMatch(
      /only applies to the Gram route.*n = 40, d = 3/,
    );
    const images = matrix(values, d, { image: { height: 9, width: 10, channels: 1 } });
    expect(thrownArgumentError(() => measureSpectrum(images, { method: "stationary", floor: 1 })).reason).toMatch(/stationary/);
  });

  it("measureSpectrum of 3 rows of d = 9000 > MAX_EXACT_DIMENSION runs by the Gram route; d above 2²⁴ is refused", () => {
    const x = uniformArray(3 * 9000, 21, -1, 1);
    const measured = measureSpectrum(matrix(x, 9000));
    expect(measured).toMatchObject({ route: "gram", dimension: 9000, floor: { rank: 2, directions: 8998 } });
    // the two nonzero eigenvalues of 3 centred rows: those of their 3 × 3 Gram matrix, by hand
    const mean = new Float64Array(9000);
    for (let j = 0; j < 9000; j++) mean[j] = (x[j]! + x[9000 + j]! + x[18000 + j]!) / 3;
    const g = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        for (let j = 0; j < 9000; j++) g[a * 3 + b]! += ((x[a * 9000 + j]! - mean[j]!) * (x[b * 9000 + j]! - mean[j]!)) / 2;
      }
    }
    const trace = g[0]! + g[4]! + g[8]!;
    const second = g[0]! * g[4]! - g[1]! ** 2 + g[0]! * g[8]! - g[2]! ** 2 + g[4]! * g[8]! - g[5]! ** 2; // λ₁λ₂ (λ₃ = 0)
    const root = Math.sqrt(trace ** 2 / 4 - second);
    expect(measured.eigenvalues[0]! / (trace / 2 + root)).toBeCloseTo(1, 12);
    expect(measured.eigenvalues[1]! / (trace / 2 - root)).toBeCloseTo(1, 12);
    const huge = { ...matrix(x, 9000), rows: 2, dimension: 2 ** 24 + 1 };
    expect(() => measureSpectrum(huge)).toThrow(/dimension=16777217: exceeds the limit 16777216/);
  });

  it("continuous data without variance need an explicit floor", () => {
    const constant = matrix(new Float64Array(3 * 5).fill(2), 5);
    expect(thrownArgumentError(() => measureSpectrum(constant)).reason).toMatch(/no variance/);
    expect(measureSpectrum(constant, { floor: 0.5 }).eigenvalues).toEqual(new Float64Array(5).fill(0.5));
  });
});
