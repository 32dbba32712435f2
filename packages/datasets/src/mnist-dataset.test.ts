import { accumulateCovariance, symmetricEigenvalues } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import fixture from "./fixtures/mnist-eigen.json" with { type: "json" };
import { measureSpectrum } from "./measure-spectrum.js";
import { loadDataset } from "./mnist-dataset.js";

const mnist = loadDataset("mnist");
const covariance = accumulateCovariance(mnist);

describe("loadDataset", () => {
  it('loadDataset("mnist") holds 10,000 digits of 28 × 28 grey pixels on the 2/255 grid of [−1, 1]', () => {
    expect([mnist.rows, mnist.dimension, mnist.image]).toEqual([10000, 784, { height: 28, width: 28, channels: 1 }]);
    expect(mnist.source).toMatchObject({ package: "mnist", version: "1.1.0" });
    let constant = 0;
    const mean = covariance.mean();
    const [first] = mnist.batches(1);
    for (const x of first!) {
      const k = ((x + 1) * 255) / 2;
      expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
      expect(Math.abs(x)).toBeLessThanOrEqual(1);
    }
    const cov = covariance.covariance();
    for (let i = 0; i < 784; i++) if (cov[i * 785] === 0) constant++;
    expect(constant).toBe(fixture.constantPixels);
    expect(mean.every((m) => m >= -1 && m <= 1)).toBe(true);
  });

  it("its covariance eigenvalues equal numpy's eigvalsh of np.cov to 1e-10 of the largest, and its trace to 1e-12", () => {
    const eigenvalues = symmetricEigenvalues(covariance.covariance(), 784);
    const largest = fixture.top[0]!;
    fixture.top.forEach((want, k) => {
      expect(Math.abs(eigenvalues[k]! - want) / largest).toBeLessThan(1e-10);
    });
    expect(Math.abs(eigenvalues[783]! - fixture.smallest) / largest).toBeLessThan(1e-10);
    expect(Math.abs(covariance.varianceSum() - fixture.trace) / fixture.trace).toBeLessThan(1e-12);
  });

  it("reads the digits in the same order every time, in any batch size", () => {
    const a = accumulateCovariance(loadDataset("mnist"), { batchRows: 1000 }).mean();
    expect(a).toEqual(covariance.mean());
  });

  it("reports its progress file by file", () => {
    const seen: number[] = [];
    loadDataset("mnist", { onProgress: (done, total) => seen.push(done / total) });
    expect(seen).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it("refuses an unknown dataset by name", () => {
    expect(() => loadDataset("cifar10")).toThrow('dataset="cifar10": unknown dataset (expected mnist)');
  });
});

describe("the stationary estimate on MNIST", () => {
  it("has the exact trace but spreads the variance: top eigenvalues 72 % low, the 100th 2.5× too high", () => {
    const exact = measureSpectrum(mnist);
    const stationary = measureSpectrum(mnist, { method: "stationary" });
    expect(Math.abs(stationary.trace - exact.trace) / exact.trace).toBeLessThan(1e-12);
    const error = (k: number) => stationary.eigenvalues[k - 1]! / exact.eigenvalues[k - 1]! - 1;
    expect(error(1)).toBeCloseTo(-0.722, 3);
    expect(error(10)).toBeCloseTo(-0.365, 3);
    expect(error(100)).toBeCloseTo(1.487, 3);
  });
});
