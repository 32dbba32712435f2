import { describe, expect, it } from "vitest";
import { SmallHermitianEigensolver } from "./small-hermitian-eigenvalues.js";
import { symmetricEigenvalues } from "./symmetric-eigenvalues.js";
import { uniformArray } from "./test-support/random.js";

/** A random n × n Hermitian matrix, interleaved complex, row-major (both triangles filled). */
function randomHermitian(n: number, seed: number): Float64Array {
  const values = uniformArray(2 * n * n, seed, -1, 1);
  const a = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const re = values[2 * (i * n + j)]!;
      const im = i === j ? 0 : values[2 * (i * n + j) + 1]!;
      a[2 * (i * n + j)] = re;
      a[2 * (i * n + j) + 1] = im;
      a[2 * (j * n + i)] = re;
      a[2 * (j * n + i) + 1] = -im;
    }
  }
  return a;
}

/** The real symmetric 2n × 2n embedding [[A, −B], [B, A]] of A + iB: each eigenvalue twice. */
function realEmbedding(h: Float64Array, n: number): Float64Array {
  const m = 2 * n;
  const out = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const re = h[2 * (i * n + j)]!;
      const im = h[2 * (i * n + j) + 1]!;
      out[i * m + j] = re;
      out[(n + i) * m + n + j] = re;
      out[(n + i) * m + j] = im;
      out[i * m + n + j] = -im;
    }
  }
  return out;
}

function solve(h: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  new SmallHermitianEigensolver(n).eigenvalues(h, out);
  return out;
}

/** Σₖ λₖ·qₖqₖᴴ, the qₖ orthonormal (Gram–Schmidt on seeded random complex vectors): a matrix with eigenvalues λ. */
function withEigenvalues(lambda: readonly number[], seed: number): Float64Array {
  const n = lambda.length;
  const q = new Float64Array(2 * n * n); // rows of a unitary, by Gram–Schmidt on random complex vectors
  const raw = uniformArray(2 * n * n, seed, -1, 1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 2 * n; j++) q[2 * i * n + j] = raw[2 * i * n + j]!;
    for (let k = 0; k < i; k++) {
      let dr = 0;
      let di = 0; // <q_k, q_i> = Σ conj(q_k) q_i
      for (let j = 0; j < n; j++) {
        const ar = q[2 * (k * n + j)]!;
        const ai = q[2 * (k * n + j) + 1]!;
        const br = q[2 * (i * n + j)]!;
        const bi = q[2 * (i * n + j) + 1]!;
        dr += ar * br + ai * bi;
        di += ar * bi - ai * br;
      }
      for (let j = 0; j < n; j++) {
        const ar = q[2 * (k * n + j)]!;
        const ai = q[2 * (k * n + j) + 1]!;
        q[2 * (i * n + j)]! -= dr * ar - di * ai;
        q[2 * (i * n + j) + 1]! -= dr * ai + di * ar;
      }
    }
    let norm = 0;
    for (let j = 0; j < 2 * n; j++) norm += q[2 * i * n + j]! ** 2;
    for (let j = 0; j < 2 * n; j++) q[2 * i * n + j]! /= Math.sqrt(norm);
  }
  // H = Σ_k λ_k q_k q_kᴴ
  const h = new Float64Array(2 * n * n);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const ar = q[2 * (k * n + i)]!;
        const ai = q[2 * (k * n + i) + 1]!;
        const br = q[2 * (k * n + j)]!;
        const bi = q[2 * (k * n + j) + 1]!;
        h[2 * (i * n + j)]! += lambda[k]! * (ar * br + ai * bi);
        h[2 * (i * n + j) + 1]! += lambda[k]! * (ai * br - ar * bi);
      }
    }
  }
  return h;
}

describe("SmallHermitianEigensolver", () => {
  for (const n of [1, 2, 3, 4, 7, 16]) {
    it(`eigenvalues of a random ${n} × ${n} Hermitian matrix equal symmetricEigenvalues of its real embedding (each twice) to 1e-13`, () => {
      const h = randomHermitian(n, 100 + n);
      const ours = solve(h, n);
      const embedded = symmetricEigenvalues(realEmbedding(h, n), 2 * n); // descending, in pairs
      const largest = Math.max(Math.abs(embedded[0]!), Math.abs(embedded[2 * n - 1]!));
      for (let i = 0; i < n; i++) {
        expect(Math.abs(ours[i]! - embedded[2 * (n - 1 - i)]!) / largest).toBeLessThan(1e-13);
        expect(Math.abs(ours[i]! - embedded[2 * (n - 1 - i) + 1]!) / largest).toBeLessThan(1e-13);
      }
    });
  }

  it("eigenvalues of a real symmetric matrix equal symmetricEigenvalues (ascending) to 1e-13", () => {
    const n = 9;
    const h = randomHermitian(n, 7).map((x, i) => (i % 2 === 1 ? 0 : x));
    const real = new Float64Array(n * n).map((_, i) => h[2 * i]!);
    const ours = solve(h, n);
    const reference = symmetricEigenvalues(real, n).reverse();
    ours.forEach((x, i) => {
      expect(Math.abs(x - reference[i]!) / Math.abs(reference[n - 1]!)).toBeLessThan(1e-13);
    });
  });

  it("eigenvalues keep the trace and the Frobenius norm (Σλ = tr H, Σλ² = ‖H‖²_F) to 1e-13", () => {
    for (const n of [3, 5, 12]) {
      const h = randomHermitian(n, 40 + n);
      const ours = solve(h, n);
      let trace = 0;
      let frobenius = 0;
      for (let i = 0; i < n; i++) trace += h[2 * (i * n + i)]!;
      for (const x of h) frobenius += x * x;
      const sum = ours.reduce((a, b) => a + b, 0);
      const squares = ours.reduce((a, b) => a + b * b, 0);
      expect(Math.abs(sum - trace) / Math.sqrt(frobenius)).toBeLessThan(1e-13);
      expect(Math.abs(squares - frobenius) / frobenius).toBeLessThan(1e-13);
    }
  });

  it("a matrix built as Q·diag(λ)·Qᴴ with repeated eigenvalues gives back λ to 1e-13", () => {
    const lambda = [3, 3, 3, -1, 0.5, 0.5, 2];
    const ours = solve(withEigenvalues(lambda, 3), lambda.length);
    const sorted = [...lambda].sort((a, b) => a - b);
    ours.forEach((x, i) => {
      expect(Math.abs(x - sorted[i]!) / 3).toBeLessThan(1e-13);
    });
  });

  it("the zero matrix gives zeros, a diagonal one its diagonal sorted, a 1 × 1 its entry", () => {
    expect(Array.from(solve(new Float64Array(2 * 16), 4))).toEqual([0, 0, 0, 0]);
    const diagonal = new Float64Array(2 * 9);
    diagonal[0] = 5;
    diagonal[2 * 4] = -2;
    diagonal[2 * 8] = 1;
    expect(Array.from(solve(diagonal, 3))).toEqual([-2, 1, 5]);
    expect(Array.from(solve(Float64Array.of(-7.5, 0), 1))).toEqual([-7.5]);
  });

  it("scaling by 1e-300 or 1e300 scales the eigenvalues exactly as much (to 1e-13), with no underflow or overflow", () => {
    const n = 6;
    const h = randomHermitian(n, 11);
    const base = solve(h, n);
    for (const factor of [1e-300, 1e300, 1e-310]) {
      const scaled = solve(
        h.map((x) => x * factor),
        n,
      );
      const largest = Math.max(...base.map(Math.abs));
      scaled.forEach((x, i) => {
        expect(Number.isFinite(x)).toBe(true);
        expect(Math.abs(x / factor - base[i]!) / largest).toBeLessThan(1e-12);
      });
    }
  });

  it("reads only the lower triangle and writes only out[at … at + n), reading the matrix from `from`", () => {
    const n = 4;
    const h = randomHermitian(n, 2);
    const garbage = h.slice();
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) garbage[2 * (i * n + j)] = 99;
    const shifted = new Float64Array(3 + h.length);
    shifted.set(garbage, 3);
    const out = new Float64Array(n + 2).fill(-1);
    new SmallHermitianEigensolver(n).eigenvalues(shifted, out, 1, 3);
    expect(out[0]).toBe(-1);
    expect(out[n + 1]).toBe(-1);
    expect(Array.from(out.subarray(1, n + 1))).toEqual(Array.from(solve(h, n)));
  });

  it("a NaN entry gives NaN eigenvalues; a size that is not a positive integer is refused", () => {
    const h = randomHermitian(3, 1);
    h[2 * 3] = Number.NaN;
    expect(Array.from(solve(h, 3)).every(Number.isNaN)).toBe(true);
    expect(() => new SmallHermitianEigensolver(0)).toThrow(/size=0/);
  });
});
