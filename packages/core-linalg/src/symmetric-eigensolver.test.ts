import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fixture from "./fixtures/eigen.json" with { type: "json" };
import { parseNpy } from "./npy.js";
import { withScratchKernels } from "./simd-kernels.js";
import { symmetricEigendecomposition } from "./symmetric-eigensolver.js";
import { symmetricEigenvalues } from "./symmetric-eigenvalues.js";
import { mlMatrixEigenvalues } from "./test-support/ml-matrix-eigenvalues.js";
import { uniformArray } from "./test-support/random.js";
import { thrownArgumentError } from "./test-support/thrown.js";

/** A = G·Gᵀ/k + diag(ridge), the recipe of scripts/generate-eigen-fixtures.py. */
function fixtureMatrix(d: number): { a: Float64Array; expected: number[] } {
  const entry = fixture.cases.find((c) => c.d === d)!;
  const { shape, data: g } = parseNpy(new Uint8Array(readFileSync(new URL(`./fixtures/${entry.factor}`, import.meta.url))));
  const k = shape[1]!;
  const a = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let c = 0; c < k; c++) sum += g[i * k + c]! * g[j * k + c]!;
      a[i * d + j] = a[j * d + i] = sum / k + (i === j ? entry.ridge[i]! : 0);
    }
  }
  return { a, expected: entry.eigenvalues };
}

/** max |x − y| / max |y|. */
function relativeError(x: ArrayLike<number>, y: ArrayLike<number>): number {
  expect(x.length).toBe(y.length);
  let error = 0;
  let scale = 0;
  for (let i = 0; i < y.length; i++) {
    error = Math.max(error, Math.abs(x[i]! - y[i]!));
    scale = Math.max(scale, Math.abs(y[i]!));
  }
  return error / scale;
}

/** Q·diag(λ)·Qᵀ with Q a product of three Householder reflectors from seeded random vectors. */
function matrixWithSpectrum(lambda: readonly number[], seed: number): Float64Array {
  const n = lambda.length;
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let r = 0; r < 3; r++) {
    const v = uniformArray(n, seed + r, -1, 1);
    const norm2 = v.reduce((s, x) => s + x * x, 0);
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let k = 0; k < n; k++) dot += q[i * n + k]! * v[k]!;
      for (let k = 0; k < n; k++) q[i * n + k]! -= (2 * dot * v[k]!) / norm2; // Q ← Q·H
    }
  }
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += q[i * n + k]! * lambda[k]! * q[j * n + k]!;
      a[i * n + j] = a[j * n + i] = sum;
    }
  }
  return a;
}

/** 3 (×3), 1 (×4), 13 values from 0.1 down to 1e-6, 1e-15 (×10), 0 (×10): already descending. */
const CLUSTERED = [
  ...[3, 3, 3, 1, 1, 1, 1],
  ...Array.from({ length: 13 }, (_, k) => 0.1 * 1e-5 ** (k / 12)),
  ...new Array<number>(10).fill(1e-15),
  ...new Array<number>(10).fill(0),
];

describe("symmetricEigenvalues against numpy", () => {
  for (const d of [10, 100, 784]) {
    it(`symmetricEigenvalues of a random SPD matrix with d = ${d} equals numpy's eigvalsh to 1e-10 of λ_max`, () => {
      const { a, expected } = fixtureMatrix(d);
      const values = symmetricEigenvalues(a, d);
      expect(relativeError(values, expected)).toBeLessThan(1e-10);
    });
  }
});

describe("symmetricEigenvalues against ml-matrix", () => {
  for (const d of [10, 100]) {
    it(`symmetricEigenvalues equals ml-matrix's tql2 to 1e-12 of λ_max for d = ${d}`, () => {
      const { a } = fixtureMatrix(d);
      expect(relativeError(symmetricEigenvalues(a, d), mlMatrixEigenvalues(a, d))).toBeLessThan(1e-12);
    });
  }

  it("symmetricEigenvalues equals ml-matrix on indefinite random symmetric matrices of every order 1–9", () => {
    for (let n = 1; n <= 9; n++) {
      const a = uniformArray(n * n, 100 + n, -1, 1);
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[j * n + i] = a[i * n + j]!;
      expect(relativeError(symmetricEigenvalues(a, n), mlMatrixEigenvalues(a, n))).toBeLessThan(1e-13);
    }
  });

  it("symmetricEigenvalues of a block-diagonal matrix with a zero row and column is the union of the blocks' spectra", () => {
    // rows 0–3 and 5–8 hold two random blocks, row 4 is zero: some Householder steps have nothing to reflect
    const n = 9;
    const a = new Float64Array(n * n);
    const r = uniformArray(n * n, 9, -1, 1);
    for (const [from, to] of [
      [0, 4],
      [5, 9],
    ] as const) {
      for (let i = from; i < to; i++) for (let j = from; j <= i; j++) a[i * n + j] = a[j * n + i] = r[i * n + j]!;
    }
    const values = symmetricEigenvalues(a, n);
    expect(relativeError(values, mlMatrixEigenvalues(a, n))).toBeLessThan(1e-13);
    const block = (from: number, to: number) =>
      a.filter((_, k) => Math.floor(k / n) >= from && Math.floor(k / n) < to && k % n >= from && k % n < to);
    const union = Float64Array.from([...symmetricEigenvalues(block(0, 4), 4), 0, ...symmetricEigenvalues(block(5, 9), 4)]);
    expect(relativeError(values, union.sort().reverse())).toBeLessThan(1e-13);
  });

  it("symmetricEigenvalues equals ml-matrix on a matrix with repeated and near-zero eigenvalues", () => {
    const a = matrixWithSpectrum(CLUSTERED, 7);
    expect(relativeError(symmetricEigenvalues(a, CLUSTERED.length), mlMatrixEigenvalues(a, CLUSTERED.length))).toBeLessThan(
      1e-12,
    );
  });
});

describe("symmetricEigenvalues invariants", () => {
  it("symmetricEigenvalues of a random SPD matrix preserves the trace (Σλ) and the Frobenius norm (Σλ²)", () => {
    const d = 100;
    const { a } = fixtureMatrix(d);
    const values = symmetricEigenvalues(a, d);
    let trace = 0;
    let frobenius2 = 0;
    for (let i = 0; i < d; i++) trace += a[i * d + i]!;
    for (const x of a) frobenius2 += x * x;
    expect(Math.abs(values.reduce((s, x) => s + x, 0) - trace) / trace).toBeLessThan(1e-13);
    expect(Math.abs(values.reduce((s, x) => s + x * x, 0) - frobenius2) / frobenius2).toBeLessThan(1e-13);
  });

  it("symmetricEigenvalues recovers repeated (×3, ×4), tiny (1e-15) and zero eigenvalues to 1e-13 of λ_max", () => {
    const a = matrixWithSpectrum(CLUSTERED, 11);
    const values = symmetricEigenvalues(a, CLUSTERED.length);
    expect(relativeError(values, CLUSTERED)).toBeLessThan(1e-13);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]!);
  });

  it("symmetricEigenvalues of a 1×1 matrix is its entry, of a 2×2 the closed form", () => {
    expect(Array.from(symmetricEigenvalues(new Float64Array([-2.5]), 1))).toEqual([-2.5]);
    const [p, q, r] = [2, 0.75, -1];
    const mid = (p + r) / 2;
    const radius = Math.hypot((p - r) / 2, q);
    const values = symmetricEigenvalues(new Float64Array([p, q, q, r]), 2);
    expect(values[0]).toBeCloseTo(mid + radius, 15);
    expect(values[1]).toBeCloseTo(mid - radius, 15);
    expect(Array.from(symmetricEigenvalues(new Float64Array([4, 0, 0, 4]), 2))).toEqual([4, 4]);
  });

  it("symmetricEigenvalues of the zero matrix and of a diagonal matrix are exact", () => {
    expect(Array.from(symmetricEigenvalues(new Float64Array(9), 3))).toEqual([0, 0, 0]);
    expect(Array.from(symmetricEigenvalues(new Float64Array([1, 0, 0, 0, 3, 0, 0, 0, 2]), 3))).toEqual([3, 2, 1]);
  });
});

describe("symmetricEigendecomposition", () => {
  /** max |A·V − V·diag(λ)| / λ_max and max |VᵀV − I|. */
  function residuals(a: Float64Array, n: number, values: Float64Array, vectors: Float64Array) {
    let residual = 0;
    let orthogonality = 0;
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < n; k++) {
        let av = 0;
        let vv = 0;
        for (let j = 0; j < n; j++) {
          av += a[i * n + j]! * vectors[j * n + k]!;
          vv += vectors[j * n + i]! * vectors[j * n + k]!;
        }
        residual = Math.max(residual, Math.abs(av - vectors[i * n + k]! * values[k]!));
        orthogonality = Math.max(orthogonality, Math.abs(vv - (i === k ? 1 : 0)));
      }
    }
    return { residual: residual / Math.abs(values[0]!), orthogonality };
  }

  it("symmetricEigendecomposition of a random SPD matrix gives A·V = V·D and VᵀV = I to 1e-13, and numpy's eigenvalues", () => {
    const d = 100;
    const { a, expected } = fixtureMatrix(d);
    const { values, vectors } = symmetricEigendecomposition(a, d);
    expect(relativeError(values, expected)).toBeLessThan(1e-10);
    expect(relativeError(values, symmetricEigenvalues(a, d))).toBeLessThan(1e-13);
    const { residual, orthogonality } = residuals(a, d, values, vectors);
    expect(residual).toBeLessThan(1e-13);
    expect(orthogonality).toBeLessThan(1e-13);
  });

  it("symmetricEigendecomposition keeps eigenvectors orthonormal within repeated eigenvalues", () => {
    const n = CLUSTERED.length;
    const a = matrixWithSpectrum(CLUSTERED, 5);
    const { values, vectors } = symmetricEigendecomposition(a, n);
    expect(relativeError(values, CLUSTERED)).toBeLessThan(1e-13);
    const { residual, orthogonality } = residuals(a, n, values, vectors);
    expect(residual).toBeLessThan(1e-13);
    expect(orthogonality).toBeLessThan(1e-13);
  });

  it("symmetricEigendecomposition of a 1×1 and a 2×2 matrix", () => {
    expect(symmetricEigendecomposition(new Float64Array([5]), 1)).toEqual({
      values: new Float64Array([5]),
      vectors: new Float64Array([1]),
    });
    const { values, vectors } = symmetricEigendecomposition(new Float64Array([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 15);
    expect(values[1]).toBeCloseTo(1, 15);
    expect(Math.abs(vectors[0]!)).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[0]! * vectors[2]!).toBeCloseTo(0.5, 15); // (1, 1)/√2 up to sign
  });
});

describe("one reused WebAssembly instance", () => {
  /** A random symmetric (indefinite) n × n matrix. */
  function symmetric(n: number, seed: number): Float64Array {
    const u = uniformArray(n * n, seed, -1, 1);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = u[i * n + j]!;
    return a;
  }
  /** The same call on a fresh memory and instance: inside withScratchKernels, the solver cannot reuse them. */
  const onFreshInstance = <T>(f: () => T): T => withScratchKernels(1, () => f());

  it("symmetricEigenvalues over interleaved orders (growing, shrinking, past the retained 8 MiB) equals a fresh instance bit for bit and ml-matrix to 1e-12", () => {
    // 1500 needs 9 MiB (not retained), 300 grows the retained memory past its first size
    const orders = [3, 40, 1, 300, 2, 17, 1500, 5, 300, 64, 9, 40];
    const matrices = orders.map((n, i) => symmetric(n, 100 + i));
    const fresh = matrices.map((a, i) => onFreshInstance(() => symmetricEigenvalues(a, orders[i]!)));
    const reused = matrices.map((a, i) => symmetricEigenvalues(a, orders[i]!));
    for (let i = 0; i < orders.length; i++) {
      expect(reused[i]).toEqual(fresh[i]);
      if (orders[i]! <= 300) expect(relativeError(reused[i]!, mlMatrixEigenvalues(matrices[i]!, orders[i]!))).toBeLessThan(1e-12);
    }
  });

  it("symmetricEigendecomposition interleaved with symmetricEigenvalues gives A·V = V·D on every call, as a fresh instance does", () => {
    for (const [i, n] of [7, 120, 4, 60, 120].entries()) {
      const a = symmetric(n, 200 + i);
      const values = symmetricEigenvalues(a, n);
      const reused = symmetricEigendecomposition(a, n);
      expect(reused).toEqual(onFreshInstance(() => symmetricEigendecomposition(a, n)));
      expect(relativeError(reused.values, values)).toBeLessThan(1e-13);
      for (let k = 0; k < n; k += 13) {
        // column k: ‖A·v − λ·v‖ ≤ 1e-13 max|λ|
        for (let r = 0; r < n; r++) {
          let av = 0;
          for (let j = 0; j < n; j++) av += a[r * n + j]! * reused.vectors[j * n + k]!;
          expect(Math.abs(av - reused.values[k]! * reused.vectors[r * n + k]!)).toBeLessThan(1e-13 * Math.abs(values[0]!) * n);
        }
      }
    }
  });
});

describe("bad input", () => {
  const thrown = thrownArgumentError;

  it("symmetricEigenvalues names a NaN or infinite entry with its indices", () => {
    expect(thrown(() => symmetricEigenvalues(new Float64Array([1, Number.NaN, Number.NaN, 1]), 2)).message).toBe(
      "matrix[0][1]=NaN: not a finite number",
    );
    expect(thrown(() => symmetricEigendecomposition(new Float64Array([1, 0, 0, Number.POSITIVE_INFINITY]), 2)).argument).toBe(
      "matrix[1][1]",
    );
  });

  it("symmetricEigenvalues rejects a wrong length, a bad order and an asymmetric matrix", () => {
    expect(thrown(() => symmetricEigenvalues(new Float64Array(5), 2)).message).toBe('matrix="5 entries": expected 2×2');
    expect(thrown(() => symmetricEigenvalues(new Float64Array(0), 0)).argument).toBe("n");
    expect(thrown(() => symmetricEigenvalues(new Float64Array([1, 2, 2.001, 1]), 2)).message).toMatch(/not symmetric/);
  });
});
