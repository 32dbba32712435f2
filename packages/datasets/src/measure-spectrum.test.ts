import { CovarianceAccumulator, type DataMatrix, symmetricEigenvalues } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { MAX_EXACT_DIMENSION, measureSpectrum } from "./measure-spectrum.js";
import { uniformArray } from "./test-support/random.js";

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
    const huge = { ...matrix(values, d), dimension: MAX_EXACT_DIMENSION + 1 };
    expect(() => measureSpectrum(huge)).toThrow(/dimension=8193: the exact covariance stops at d=8192/);
    const images = matrix(values, d, { image: { height: 3, width: 4, channels: 1 } });
    expect(measureSpectrum(images, { method: "stationary" }).eigenvalues.length).toBe(d);
  });
});
