import { createGaussianMixture, type DataMatrix, mixtureCovariance, mixtureMean, sampleMixture } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { fitMixture } from "./fit-mixture.js";
import { parseMixtureFit } from "./mixture-spec.js";
import { loadDataset } from "./mnist-dataset.js";

/** An in-memory data set, with labels when given. */
function matrix(rows: Float64Array, d: number, labels?: Uint8Array, step = 0): DataMatrix & { labels?: Uint8Array } {
  return {
    label: "test",
    rows: rows.length / d,
    dimension: d,
    quantizationStep: step,
    ...(labels === undefined ? {} : { labels }),
    *batches(batchRows: number) {
      for (let s = 0; s < rows.length; s += batchRows * d) yield rows.slice(s, s + batchRows * d);
    },
  };
}

/** Three well-separated clusters in d = 4, drawn from a known mixture. */
const truth = createGaussianMixture(
  [0, 1, 2].map((k) => ({
    weight: [0.2, 0.3, 0.5][k] as number,
    mean: Float64Array.from({ length: 4 }, (_, i) => (i === k ? 20 : 0)),
    rank: 4,
    basis: Float64Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1),
    eigenvalues: Float64Array.of(4, 2, 1, 0.5).map((v) => v * (1 + k)),
    remainder: 0,
  })),
  "truth",
);
const drawn = sampleMixture(truth, 6000, 4);

describe("fitMixture", () => {
  it("fitMixture(class:rank=d) gives each class its exact mean and covariance (1/(n−1)) plus the floor step²/12", () => {
    const labels = Uint8Array.from(drawn.components);
    const step = 0.1;
    const mixture = fitMixture(matrix(drawn.data, 4, labels, step), parseMixtureFit("class:rank=4"));
    expect(mixture.components).toHaveLength(3);
    mixture.components.forEach((c, k) => {
      const rows = [...labels.keys()].filter((s) => labels[s] === k);
      expect(c.weight).toBeCloseTo(rows.length / 6000, 14);
      for (let i = 0; i < 4; i++) {
        const mean = rows.reduce((t, s) => t + (drawn.data[s * 4 + i] as number), 0) / rows.length;
        expect(c.mean[i]).toBeCloseTo(mean, 11);
        for (let j = 0; j < 4; j++) {
          const meanJ = rows.reduce((t, s) => t + (drawn.data[s * 4 + j] as number), 0) / rows.length;
          const cov =
            rows.reduce(
              (t, s) => t + ((drawn.data[s * 4 + i] as number) - mean) * ((drawn.data[s * 4 + j] as number) - meanJ),
              0,
            ) /
            (rows.length - 1);
          let rebuilt = 0;
          for (let q = 0; q < 4; q++)
            rebuilt += (c.basis[i * 4 + q] as number) * (c.eigenvalues[q] as number) * (c.basis[j * 4 + q] as number);
          expect(rebuilt).toBeCloseTo(cov + (i === j ? step ** 2 / 12 : 0), 10);
        }
      }
    });
  });

  it("fitMixture(kmeans:k=3) recovers three separated clusters: weights, means and covariances near the truth", () => {
    const mixture = fitMixture(matrix(drawn.data, 4), parseMixtureFit("kmeans:k=3,rank=2,iterations=2,seed=5"));
    const order = mixture.components.map((c) => c.mean.indexOf(Math.max(...c.mean)));
    expect([...order].sort()).toEqual([0, 1, 2]);
    mixture.components.forEach((c, k) => {
      const t = truth.components[order[k] as number] as (typeof truth.components)[number];
      expect(Math.abs(c.weight - t.weight)).toBeLessThan(0.03);
      for (let i = 0; i < 4; i++) expect(Math.abs((c.mean[i] as number) - (t.mean[i] as number))).toBeLessThan(0.3);
      expect(Math.abs((c.eigenvalues[0] as number) / (t.eigenvalues[0] as number) - 1)).toBeLessThan(0.15);
    });
    // the fitted total covariance is the data's to sampling error
    const fittedMean = mixtureMean(mixture);
    const trueMean = mixtureMean(truth);
    for (let i = 0; i < 4; i++) expect(Math.abs((fittedMean[i] as number) - (trueMean[i] as number))).toBeLessThan(0.5);
    expect(mixtureCovariance(mixture)[0]).toBeCloseTo(mixtureCovariance(truth)[0] as number, -1);
  });

  it("fitMixture names --mixture for data without labels, too few points, and a rank above d", () => {
    const unlabelled = matrix(drawn.data.subarray(0, 40), 4);
    const options = { argument: "--mixture" };
    expect(() => fitMixture(unlabelled, parseMixtureFit("class"), options)).toThrow(
      /--mixture="class:rank=32".*rank 32 is above/,
    );
    expect(() => fitMixture(unlabelled, parseMixtureFit("class:rank=2"), options)).toThrow(/has no labels/);
    expect(() => fitMixture(unlabelled, parseMixtureFit("kmeans:k=11,rank=2"), options)).toThrow(
      /10 points, fewer than the k=11/,
    );
    expect(() => parseMixtureFit("kmeans:k=0")).toThrow(/k/);
    expect(() => parseMixtureFit("gmm")).toThrow(/unknown mixture fit/);
  });

  it("loadDataset('mnist').labels are the digits in file order, 0 … 9", () => {
    const mnist = loadDataset("mnist");
    expect(mnist.labels).toHaveLength(mnist.rows);
    expect(mnist.labels[0]).toBe(0);
    expect(mnist.labels[mnist.rows - 1]).toBe(9);
    for (let s = 1; s < mnist.rows; s++) expect((mnist.labels[s] as number) >= (mnist.labels[s - 1] as number)).toBe(true);
    expect(new Set(mnist.labels).size).toBe(10);
  });
});
