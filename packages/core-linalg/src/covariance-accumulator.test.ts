import { describe, expect, it } from "vitest";
import { CovarianceAccumulator } from "./covariance-accumulator.js";
import fixture from "./fixtures/covariance.json" with { type: "json" };
import { uniformArray } from "./test-support/random.js";
import { thrownArgumentError } from "./test-support/thrown.js";

/** Two-pass covariance with 1/(n − 1), the textbook definition, in plain loops. */
function twoPassCovariance(x: ArrayLike<number>, d: number): Float64Array {
  const n = x.length / d;
  const mean = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let i = 0; i < d; i++) mean[i]! += x[r * d + i]! / n;
  const out = new Float64Array(d * d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) out[i * d + j]! += ((x[r * d + i]! - mean[i]!) * (x[r * d + j]! - mean[j]!)) / (n - 1);
    }
  }
  return out;
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

/** n × d data with column i centred near 100·i: far from zero, so that centring matters. */
function offsetData(n: number, d: number, seed: number): Float64Array {
  const x = uniformArray(n * d, seed, -1, 1);
  for (let k = 0; k < x.length; k++) x[k]! += 100 * (k % d);
  return x;
}

describe("CovarianceAccumulator against numpy", () => {
  it("covariance() equals np.cov(X, rowvar=False) to 1e-13 on 50 × 6 data with means up to 1e3", () => {
    const rows = Float64Array.from(fixture.rows.flat());
    const acc = new CovarianceAccumulator(6).add(rows);
    expect(acc.count).toBe(50);
    expect(relativeError(acc.covariance(), fixture.covariance.flat())).toBeLessThan(1e-13);
  });

  it("covariance() of float32 rows equals np.cov of the same float32 array", () => {
    const rows = Float32Array.from(fixture.rowsFloat32.flat());
    const cov = new CovarianceAccumulator(6).add(rows).covariance();
    expect(relativeError(cov, fixture.covarianceFloat32.flat())).toBeLessThan(1e-13);
  });
});

describe("CovarianceAccumulator", () => {
  for (const [n, d] of [
    [2, 1],
    [3, 4],
    [300, 13],
    [1000, 37],
  ] as const) {
    it(`covariance(), mean() and varianceSum() of ${n} × ${d} data equal the two-pass definitions to 1e-12`, () => {
      const x = offsetData(n, d, n + d);
      const acc = new CovarianceAccumulator(d).add(x);
      const expected = twoPassCovariance(x, d);
      expect(relativeError(acc.covariance(), expected)).toBeLessThan(1e-12);
      let trace = 0;
      for (let i = 0; i < d; i++) trace += expected[i * d + i]!;
      expect(Math.abs(acc.varianceSum() - trace) / trace).toBeLessThan(1e-12);
      const mean = acc.mean();
      for (let i = 0; i < d; i++) expect(mean[i]).toBeCloseTo(100 * i, 0);
    });
  }

  it("add() in chunks of 1, 5, 255, 256, 257 rows and the rest equals one add() of everything to 1e-12", () => {
    const [n, d] = [2000, 29];
    const x = offsetData(n, d, 3);
    const whole = new CovarianceAccumulator(d).add(x).covariance();
    const chunked = new CovarianceAccumulator(d);
    let row = 0;
    for (const size of [1, 5, 255, 256, 257, n]) {
      const end = Math.min(n, row + size);
      chunked.add(x.subarray(row * d, end * d));
      row = end;
    }
    expect(chunked.count).toBe(n);
    expect(relativeError(chunked.covariance(), whole)).toBeLessThan(1e-12);
  });

  it("merge() of accumulators over parts of the data (one empty) equals one accumulator over all to 1e-12", () => {
    const [n, d] = [2000, 29];
    const x = offsetData(n, d, 4);
    const whole = new CovarianceAccumulator(d).add(x);
    const bounds = [0, 1, 700, 701, 1999, n];
    const parts = bounds.slice(1).map((end, k) => new CovarianceAccumulator(d).add(x.subarray(bounds[k]! * d, end * d)));
    const merged = new CovarianceAccumulator(d);
    for (const part of parts) merged.merge(part);
    merged.merge(new CovarianceAccumulator(d));
    expect(merged.count).toBe(n);
    expect(relativeError(merged.covariance(), whole.covariance())).toBeLessThan(1e-12);
    expect(relativeError(merged.mean(), whole.mean())).toBeLessThan(1e-14);
    // merging left the parts as they were
    expect(parts[1]!.count).toBe(699);
    expect(relativeError(parts[1]!.covariance(), twoPassCovariance(x.subarray(1 * d, 700 * d), d))).toBeLessThan(1e-12);
  });

  it("merge() of an accumulator with itself doubles the count and keeps the mean", () => {
    const x = offsetData(10, 3, 5);
    const acc = new CovarianceAccumulator(3).add(x);
    const mean = acc.mean();
    const cov = acc.covariance();
    acc.merge(acc);
    expect(acc.count).toBe(20);
    expect(relativeError(acc.mean(), mean)).toBeLessThan(1e-15);
    // M doubles; the normalisation goes from 1/9 to 1/19
    expect(
      relativeError(
        acc.covariance(),
        cov.map((c) => (2 * 9 * c) / 19),
      ),
    ).toBeLessThan(1e-14);
  });

  it("float32 and float64 batches holding the same values give the same covariance", () => {
    const x32 = Float32Array.from(offsetData(300, 7, 6));
    const a = new CovarianceAccumulator(7).add(x32).covariance();
    const b = new CovarianceAccumulator(7).add(Float64Array.from(x32)).covariance();
    expect(a).toEqual(b);
  });

  it("covariance() is exactly symmetric, and unchanged by adding 1e4–5e4 to the columns (up to that rounding)", () => {
    const d = 5;
    const x = uniformArray(400 * d, 8);
    const cov = new CovarianceAccumulator(d).add(x).covariance();
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) expect(cov[i * d + j]).toBe(cov[j * d + i]);
    const shifted = x.map((v, k) => v + 1e4 * (1 + (k % d)));
    expect(relativeError(new CovarianceAccumulator(d).add(shifted).covariance(), cov)).toBeLessThan(1e-9);
  });
});

describe("CovarianceAccumulator.moments / fromMoments", () => {
  it("moments() is (n, the two-pass mean, (n − 1)·the two-pass covariance)", () => {
    const [n, d] = [301, 9];
    const x = offsetData(n, d, 21);
    const { count, mean, comoment } = new CovarianceAccumulator(d).add(x).moments();
    expect(count).toBe(n);
    const expected = twoPassCovariance(x, d).map((c) => c * (n - 1));
    expect(relativeError(comoment, expected)).toBeLessThan(1e-12);
    for (let i = 0; i < d; i++) expect(mean[i]).toBeCloseTo(100 * i, 0);
  });

  it("fromMoments(part.moments()) merged with the other parts equals one accumulator over all to 1e-12", () => {
    const [n, d] = [777, 11];
    const x = offsetData(n, d, 22);
    const whole = new CovarianceAccumulator(d).add(x);
    const cut = 300 * d;
    const first = CovarianceAccumulator.fromMoments(new CovarianceAccumulator(d).add(x.subarray(0, cut)).moments());
    const second = CovarianceAccumulator.fromMoments(new CovarianceAccumulator(d).add(x.subarray(cut)).moments());
    const merged = first.merge(second);
    expect(merged.count).toBe(n);
    expect(relativeError(merged.covariance(), whole.covariance())).toBeLessThan(1e-12);
    expect(CovarianceAccumulator.fromMoments(new CovarianceAccumulator(d).moments()).count).toBe(0);
  });

  it("fromMoments refuses a fractional count, mismatched lengths and a non-finite value", () => {
    const good = new CovarianceAccumulator(2).add(Float64Array.of(1, 2, 3, 5)).moments();
    expect(thrownArgumentError(() => CovarianceAccumulator.fromMoments({ ...good, count: 1.5 })).argument).toBe("count");
    expect(thrownArgumentError(() => CovarianceAccumulator.fromMoments({ ...good, comoment: new Float64Array(3) })).message).toBe(
      'comoment="3 values": expected d × d = 4 for a mean of d=2',
    );
    expect(
      thrownArgumentError(() => CovarianceAccumulator.fromMoments({ ...good, mean: Float64Array.of(0, Number.NaN) })).argument,
    ).toBe("mean[1]");
  });
});

describe("bad input", () => {
  const thrown = thrownArgumentError;

  it("add() rejects a batch whose length is not a whole number of rows, naming its length", () => {
    expect(thrown(() => new CovarianceAccumulator(3).add(new Float64Array(7))).message).toBe(
      'batch="7 values": not a whole number of rows of d=3',
    );
  });

  it("add() names the row and column of a NaN or infinite value and leaves the accumulator unchanged", () => {
    const acc = new CovarianceAccumulator(3).add(new Float64Array([1, 2, 3, 2, 2, 2]));
    const before = acc.covariance();
    expect(thrown(() => acc.add(new Float64Array([1, 1, 1, 1, 1, Number.NaN]))).message).toBe(
      "batch[1][2]=NaN: not a finite number",
    );
    expect(thrown(() => acc.add(new Float32Array([Number.NEGATIVE_INFINITY, 0, 0]))).argument).toBe("batch[0][0]");
    expect(acc.count).toBe(2);
    expect(acc.covariance()).toEqual(before);
  });

  it("a bad dimension, merging a different dimension and a covariance of fewer than 2 rows are rejected", () => {
    expect(thrown(() => new CovarianceAccumulator(0)).argument).toBe("dimension");
    expect(thrown(() => new CovarianceAccumulator(2.5)).argument).toBe("dimension");
    expect(thrown(() => new CovarianceAccumulator(3).merge(new CovarianceAccumulator(4))).message).toBe(
      'other="d=4": cannot merge into an accumulator of d=3',
    );
    const one = new CovarianceAccumulator(2).add(new Float64Array([1, 2]));
    expect(thrown(() => one.covariance()).message).toBe("rows=1: the covariance needs at least 2 rows");
    expect(thrown(() => new CovarianceAccumulator(2).mean()).argument).toBe("rows");
  });
});

describe("CovarianceAccumulator.moments and fromMoments", () => {
  it("fromMoments(moments()) rebuilds an accumulator whose merges equal the one-pass covariance to 1e-13", () => {
    const d = 7;
    const x = offsetData(600, d, 21);
    const whole = new CovarianceAccumulator(d).add(x).covariance();
    const first = CovarianceAccumulator.fromMoments(new CovarianceAccumulator(d).add(x.subarray(0, 7 * 333)).moments());
    const second = CovarianceAccumulator.fromMoments(new CovarianceAccumulator(d).add(x.subarray(7 * 333)).moments());
    const merged = first.merge(second);
    expect(merged.count).toBe(600);
    expect(relativeError(merged.covariance(), whole)).toBeLessThan(1e-13);
    expect(relativeError(merged.covariance(), twoPassCovariance(x, d))).toBeLessThan(1e-13);
  });

  it("moments() is n, the mean and Xc.T @ Xc of the rows", () => {
    const d = 3;
    const x = offsetData(10, d, 5);
    const { count, mean, comoment } = new CovarianceAccumulator(d).add(x).moments();
    expect(count).toBe(10);
    const covariance = twoPassCovariance(x, d);
    expect(
      relativeError(
        comoment.map((v) => v / 9),
        covariance,
      ),
    ).toBeLessThan(1e-13);
    for (let i = 0; i < d; i++) expect(mean[i]).toBeCloseTo(100 * i, 0);
  });

  it("fromMoments refuses a fractional count, a co-moment of the wrong size, a non-finite value and a negative square", () => {
    const mean = Float64Array.of(0, 0);
    const comoment = Float64Array.of(1, 0, 0, 1);
    expect(thrownArgumentError(() => CovarianceAccumulator.fromMoments({ count: 2.5, mean, comoment })).argument).toBe("count");
    expect(
      thrownArgumentError(() => CovarianceAccumulator.fromMoments({ count: 2, mean, comoment: Float64Array.of(1, 0, 0) }))
        .argument,
    ).toBe("comoment");
    const nan = Float64Array.of(1, 0, Number.NaN, 1);
    expect(thrownArgumentError(() => CovarianceAccumulator.fromMoments({ count: 2, mean, comoment: nan })).argument).toBe(
      "comoment[1][0]",
    );
    const negative = Float64Array.of(1, 0, 0, -1);
    expect(thrownArgumentError(() => CovarianceAccumulator.fromMoments({ count: 2, mean, comoment: negative })).argument).toBe(
      "comoment[1][1]",
    );
  });
});
