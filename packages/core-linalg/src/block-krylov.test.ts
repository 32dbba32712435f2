import { describe, expect, it } from "vitest";
import { MAX_KRYLOV_ENTRIES, type SymmetricOperator, topEigenvalues } from "./block-krylov.js";
import { CovarianceAccumulator } from "./covariance-accumulator.js";
import { covarianceOperator } from "./covariance-operator.js";
import { LimitExceededError } from "./limit-exceeded-error.js";
import { decayingData, inMemoryData } from "./test-support/decaying-data.js";
import { thrownArgumentError } from "./test-support/thrown.js";

/** A diagonal operator: its eigenvalues are the entries, an oracle needing no solver. */
function diagonalOperator(diagonal: Float64Array): SymmetricOperator {
  const d = diagonal.length;
  return { dimension: d, apply: (v, count) => v.map((x, i) => x * (diagonal[i % d] as number)).subarray(0, count * d) };
}

/** max over the first k of |x − y| / y (each eigenvalue relative to itself). */
function worstRelative(x: Float64Array, y: Float64Array, k: number): number {
  let worst = 0;
  for (let i = 0; i < k; i++) worst = Math.max(worst, Math.abs((x[i] as number) - (y[i] as number)) / (y[i] as number));
  return worst;
}

describe("topEigenvalues on a sample covariance (d = 512, k = 64)", () => {
  const d = 512;
  const k = 64;
  const rows = decayingData(2048, d, { alpha: 1 });
  // the independent route: the exact covariance (Chan et al. blocks, rank-k kernel) and its eigenvalues
  const exact = new CovarianceAccumulator(d).add(rows).eigenvalues();

  it("topEigenvalues(covarianceOperator(X), { k: 64 }) equals the exact covariance's top 64 to 1e-6 each", () => {
    const top = topEigenvalues(covarianceOperator(inMemoryData(rows, d)), { k });
    expect(top.converged).toBe(true);
    expect(top.values).toHaveLength(k);
    expect(worstRelative(top.values, exact, k)).toBeLessThan(1e-6);
  });

  it("topEigenvalues with blocks of 16 (basis below d) still reaches 1e-6 each, in more passes than blocks of 64", () => {
    const small = topEigenvalues(covarianceOperator(inMemoryData(rows, d)), { k, blockSize: 16, maxPasses: 40 });
    const large = topEigenvalues(covarianceOperator(inMemoryData(rows, d)), { k });
    expect(small.basisSize).toBeLessThan(d);
    expect(small.converged).toBe(true);
    expect(small.passes).toBeGreaterThan(large.passes);
    expect(worstRelative(small.values, exact, k)).toBeLessThan(1e-6);
  });

  it("topEigenvalues' Ritz values never exceed the eigenvalue of their rank (Cauchy interlacing), after any pass", () => {
    for (const maxPasses of [1, 2, 3]) {
      const top = topEigenvalues(covarianceOperator(inMemoryData(rows, d)), { k: 16, maxPasses });
      expect(top.passes).toBe(maxPasses);
      for (let i = 0; i < 16; i++) expect(top.values[i] as number).toBeLessThanOrEqual((exact[i] as number) * (1 + 1e-12));
    }
  });

  it("topEigenvalues with the same seed gives the same values; another seed agrees to 1e-6", () => {
    const operator = covarianceOperator(inMemoryData(rows.subarray(0, 512 * d), d));
    const options = { k: 16, blockSize: 16, maxPasses: 12 };
    const a = topEigenvalues(operator, { ...options, seed: 3 });
    const b = topEigenvalues(operator, { ...options, seed: 3 });
    const c = topEigenvalues(operator, { ...options, seed: 4 });
    expect(b.values).toEqual(a.values);
    expect(c.values).not.toEqual(a.values);
    expect(worstRelative(c.values, a.values, 16)).toBeLessThan(1e-6);
  });
});

describe("topEigenvalues on operators with a known spectrum", () => {
  it("topEigenvalues of a diagonal operator returns its largest entries, converged", () => {
    const diagonal = Float64Array.from({ length: 40 }, (_, i) => 1 / (1 + ((i * 7) % 40)));
    const top = topEigenvalues(diagonalOperator(diagonal), { k: 5, blockSize: 5, maxPasses: 20 });
    const expected = Float64Array.from(diagonal).sort().reverse().subarray(0, 5);
    for (let i = 0; i < 5; i++) expect(top.values[i]).toBeCloseTo(expected[i] as number, 12);
    expect(top.converged).toBe(true);
  });

  it("topEigenvalues of a rank-3 operator finds its 3 eigenvalues and zeros, replacing lost directions", () => {
    const diagonal = new Float64Array(30);
    diagonal.set([9, 4, 1]);
    const top = topEigenvalues(diagonalOperator(diagonal), { k: 5, blockSize: 4 });
    expect(Array.from(top.values, (x) => Math.round(x * 1e9) / 1e9)).toEqual([9, 4, 1, 0, 0]);
  });

  it("topEigenvalues with a basis reaching d gives every eigenvalue exactly (k = d)", () => {
    const diagonal = Float64Array.of(3, 1, 2, 5);
    const top = topEigenvalues(diagonalOperator(diagonal), { k: 4, blockSize: 2 });
    for (const [i, value] of [5, 3, 2, 1].entries()) expect(top.values[i]).toBeCloseTo(value, 13);
    expect(top.basisSize).toBe(4);
  });
});

describe("topEigenvalues refuses what it cannot do", () => {
  const operator = diagonalOperator(Float64Array.of(1, 2, 3));
  it("topEigenvalues with k = 0, k > d, blockSize 0, maxPasses 0 or tolerance 1 throws InvalidArgumentError naming it", () => {
    expect(thrownArgumentError(() => topEigenvalues(operator, { k: 0 })).argument).toBe("k");
    expect(thrownArgumentError(() => topEigenvalues(operator, { k: 4 })).argument).toBe("k");
    expect(thrownArgumentError(() => topEigenvalues(operator, { k: 1, blockSize: 0 })).argument).toBe("blockSize");
    expect(thrownArgumentError(() => topEigenvalues(operator, { k: 1, maxPasses: 0 })).argument).toBe("maxPasses");
    expect(thrownArgumentError(() => topEigenvalues(operator, { k: 1, tolerance: 1 })).argument).toBe("tolerance");
  });

  it("topEigenvalues of an operator returning NaN or the wrong size throws InvalidArgumentError (operator)", () => {
    const nan: SymmetricOperator = { dimension: 3, apply: (v) => v.map(() => Number.NaN) };
    const short: SymmetricOperator = { dimension: 3, apply: () => new Float64Array(1) };
    expect(thrownArgumentError(() => topEigenvalues(nan, { k: 1 })).argument).toBe("operator");
    expect(thrownArgumentError(() => topEigenvalues(short, { k: 1 })).argument).toBe("operator");
  });

  it("topEigenvalues stops, unconverged, where the memory budget caps the basis (400 vectors of d = 1000: 4 passes)", () => {
    const d = 1000;
    const diagonal = Float64Array.from({ length: d }, (_, i) => 1 / (1 + i) ** 0.3);
    const top = topEigenvalues(diagonalOperator(diagonal), { k: 50, blockSize: 100, maxBasisEntries: 400 * d + 999 });
    expect([top.basisSize, top.passes, top.converged]).toEqual([400, 4, false]);
    for (let i = 0; i < 50; i++) expect(top.values[i] as number).toBeLessThanOrEqual((diagonal[i] as number) * (1 + 1e-12));
    expect(() => topEigenvalues(diagonalOperator(diagonal), { k: 50, blockSize: 100, maxBasisEntries: 149 * d })).toThrow(
      LimitExceededError,
    );
  });

  it("topEigenvalues whose basis cannot hold k + blockSize vectors throws LimitExceededError before any pass", () => {
    let calls = 0;
    const huge: SymmetricOperator = {
      dimension: 2 ** 20,
      apply: (v) => {
        calls++;
        return v;
      },
    };
    expect(() => topEigenvalues(huge, { k: 256 })).toThrow(LimitExceededError);
    expect(MAX_KRYLOV_ENTRIES).toBeLessThan(256 * 24 * 2 ** 20);
    expect(calls).toBe(0);
  });
});
