import { describe, expect, it } from "vitest";
import { CovarianceAccumulator } from "./covariance-accumulator.js";
import { covarianceOperator } from "./covariance-operator.js";
import type { DataMatrix } from "./data-matrix.js";
import { decayingData, inMemoryData } from "./test-support/decaying-data.js";
import { uniformArray } from "./test-support/random.js";
import { thrownArgumentError } from "./test-support/thrown.js";

/** C·v for each row of `vectors` with the dense covariance C (d × d) of the accumulator: the oracle. */
function denseTimes(covariance: Float64Array, vectors: Float64Array, d: number): Float64Array {
  const out = new Float64Array(vectors.length);
  for (let v = 0; v < vectors.length / d; v++) {
    for (let i = 0; i < d; i++) {
      let sum = 0;
      for (let j = 0; j < d; j++) sum += (covariance[i * d + j] as number) * (vectors[v * d + j] as number);
      out[v * d + i] = sum;
    }
  }
  return out;
}

function relativeError(x: Float64Array, y: Float64Array): number {
  let error = 0;
  let scale = 0;
  for (let i = 0; i < y.length; i++) {
    error = Math.max(error, Math.abs((x[i] as number) - (y[i] as number)));
    scale = Math.max(scale, Math.abs(y[i] as number));
  }
  return error / scale;
}

describe("covarianceOperator", () => {
  // d = 300 is not a multiple of 4 or of 256; 700 rows end in a partial block
  const d = 300;
  const rows = decayingData(700, d, { alpha: 0.8, seed: 5 });
  const covariance = new CovarianceAccumulator(d).add(rows).covariance();

  for (const count of [1, 7, 64]) {
    it(`covarianceOperator(X).apply(V) equals the dense covariance times ${count} vectors to 1e-12`, () => {
      const vectors = uniformArray(count * d, count, -1, 1);
      const image = covarianceOperator(inMemoryData(rows, d)).apply(vectors, count);
      expect(relativeError(image, denseTimes(covariance, vectors, d))).toBeLessThan(1e-12);
    });
  }

  it("covarianceOperator(X) with batches of 100 rows gives the batches-of-256 image to 1e-13", () => {
    const vectors = uniformArray(5 * d, 9, -1, 1);
    const a = covarianceOperator(inMemoryData(rows, d), { batchRows: 100 }).apply(vectors, 5);
    const b = covarianceOperator(inMemoryData(rows, d)).apply(vectors, 5);
    expect(relativeError(a, b)).toBeLessThan(1e-13);
  });

  it("covarianceOperator(X).trace equals the trace of np.cov's matrix to 1e-13, and counts its passes", () => {
    let trace = 0;
    for (let i = 0; i < d; i++) trace += covariance[i * d + i] as number;
    const operator = covarianceOperator(inMemoryData(rows, d));
    expect(Math.abs(operator.trace - trace) / trace).toBeLessThan(1e-13);
    expect(operator.rows).toBe(700);
    expect(operator.passes).toBe(1);
    operator.apply(new Float64Array(d).fill(1), 1);
    expect(operator.passes).toBe(2);
  });

  it("covarianceOperator refuses one row, a NaN, a second pass that yields fewer rows, and vectors of another size", () => {
    expect(thrownArgumentError(() => covarianceOperator(inMemoryData(Float64Array.of(1, 2), 2))).reason).toContain(
      "at least 2 rows",
    );
    expect(thrownArgumentError(() => covarianceOperator(inMemoryData(Float64Array.of(1, Number.NaN, 3, 4), 2))).argument).toBe(
      "memory[0][1]",
    );
    let pass = 0;
    const shrinking: DataMatrix = {
      label: "shrinking",
      rows: 4,
      dimension: 1,
      quantizationStep: 0,
      *batches() {
        yield pass++ === 0 ? Float64Array.of(1, 2, 3, 4) : Float64Array.of(1, 2);
      },
    };
    const operator = covarianceOperator(shrinking);
    expect(thrownArgumentError(() => operator.apply(Float64Array.of(1), 1)).argument).toBe("shrinking");
    expect(thrownArgumentError(() => operator.apply(Float64Array.of(1, 2), 1)).argument).toBe("vectors");
  });
});
