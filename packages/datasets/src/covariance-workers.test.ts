import { CovarianceAccumulator, type DataMatrix } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { accumulateCovarianceInWorkers } from "./covariance-workers.js";

/** A seeded n × d data set with column i centred near 50·i, read in batches of `batchRows` (fresh or views). */
function offsetData(n: number, d: number, seed: number, asViews: boolean): { data: DataMatrix; rows: Float64Array } {
  let state = seed;
  const rows = new Float64Array(n * d);
  for (let k = 0; k < rows.length; k++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    rows[k] = state / 2 ** 32 - 0.5 + 50 * (k % d);
  }
  const data: DataMatrix = {
    label: "offset data",
    rows: n,
    dimension: d,
    quantizationStep: 0,
    *batches(batchRows: number) {
      for (let r = 0; r < n; r += batchRows) {
        const batch = rows.subarray(r * d, Math.min(n, r + batchRows) * d);
        yield asViews ? batch : batch.slice();
      }
    },
  };
  return { data, rows };
}

/** max |x − y| / max |y|. */
function relativeError(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let error = 0;
  let scale = 0;
  for (let i = 0; i < y.length; i++) {
    error = Math.max(error, Math.abs(x[i]! - y[i]!));
    scale = Math.max(scale, Math.abs(y[i]!));
  }
  return error / scale;
}

describe("accumulateCovarianceInWorkers", () => {
  for (const [threads, n, d, asViews] of [
    [2, 2000, 37, false],
    [3, 1000, 64, true],
  ] as const) {
    it(`accumulateCovarianceInWorkers with ${threads} workers on ${n} × ${d} (${asViews ? "views" : "fresh batches"}) equals the one-thread accumulator to 1e-12`, async () => {
      const { data, rows } = offsetData(n, d, threads, asViews);
      const progress: number[] = [];
      const merged = await accumulateCovarianceInWorkers(data, { threads, onProgress: (done) => progress.push(done) });
      const single = new CovarianceAccumulator(d).add(rows);
      expect(merged.count).toBe(n);
      expect(relativeError(merged.covariance(), single.covariance())).toBeLessThan(1e-12);
      expect(relativeError(merged.mean(), single.mean())).toBeLessThan(1e-14);
      expect(relativeError(merged.eigenvalues(), single.eigenvalues())).toBeLessThan(1e-12);
      expect(progress[0]).toBe(0);
      expect(progress.at(-1)).toBe(n);
      if (asViews) expect(rows[rows.length - 1]).toBeCloseTo(50 * (d - 1), -1); // views were copied, not detached
    });
  }

  it("accumulateCovarianceInWorkers with one thread stays on the calling thread and gives the same accumulator", async () => {
    const { data, rows } = offsetData(300, 5, 7, false);
    const result = await accumulateCovarianceInWorkers(data, { threads: 1 });
    expect(result.covariance()).toEqual(new CovarianceAccumulator(5).add(rows).covariance());
  });

  it("accumulateCovarianceInWorkers rejects with the worker's message when a worker refuses a batch, and stops", async () => {
    const { data } = offsetData(1000, 4, 9, false);
    const poisoned: DataMatrix = {
      ...data,
      *batches(batchRows: number) {
        let b = 0;
        for (const batch of data.batches(batchRows)) {
          if (b++ === 2) batch[5] = Number.NaN; // readers check values; a worker's accumulator checks again
          yield batch;
        }
      },
    };
    await expect(accumulateCovarianceInWorkers(poisoned, { threads: 2 })).rejects.toThrow("batch[1][1]=NaN: not a finite number");
  });

  it("accumulateCovarianceInWorkers refuses a bad thread count and a reader that yields too few rows", async () => {
    const { data } = offsetData(600, 3, 8, false);
    await expect(accumulateCovarianceInWorkers(data, { threads: 0 })).rejects.toThrow("threads=0: expected a positive integer");
    const short: DataMatrix = { ...data, rows: 601 };
    await expect(accumulateCovarianceInWorkers(short, { threads: 2 })).rejects.toThrow('"600 rows": expected 601 rows');
  });
});
