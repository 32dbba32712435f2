import { describe, expect, it } from "vitest";
import { matrixProduct, rightMultiplier } from "./matrix-product.js";
import { uniformArray } from "./test-support/random.js";

function naive(a: Float64Array, b: Float64Array, n: number, k: number, m: number): Float64Array {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += (a[i * k + t] as number) * (b[t * m + j] as number);
      out[i * m + j] = s;
    }
  return out;
}

describe("rightMultiplier", () => {
  // shapes that are not multiples of 4 or of the 256-row block, and one that spans two blocks
  for (const [n, k, m] of [
    [1, 1, 1],
    [3, 5, 7],
    [261, 13, 6],
    [600, 33, 17],
  ] as const) {
    for (const simd of [true, false]) {
      it(`rightMultiplier(B, ${k}, ${m}, simd ${simd}).multiply(A, ${n}) equals the triple loop to 1e-13`, () => {
        const a = uniformArray(n * k, 1, -1, 1);
        const b = uniformArray(k * m, 2, -1, 1);
        const got = rightMultiplier(b, k, m, { simd }).multiply(a, n);
        const want = naive(a, b, n, k, m);
        for (let i = 0; i < want.length; i++) expect(Math.abs((got[i] as number) - (want[i] as number))).toBeLessThan(1e-13);
      });
    }
  }

  it("rightMultiplier(…).multiply reuses the packed B: two products with different A are both right", () => {
    const b = uniformArray(10 * 9, 3);
    const times = rightMultiplier(b, 10, 9);
    const a1 = uniformArray(50, 4);
    const a2 = uniformArray(70, 5);
    expect(Array.from(times.multiply(a1, 5))).toEqual(Array.from(times.multiply(a1, 5)));
    const got = times.multiply(a2, 7);
    const want = naive(a2, b, 7, 10, 9);
    for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i] as number, 13);
  });

  it("matrixProduct of an identity returns the other factor exactly", () => {
    const a = uniformArray(12, 6);
    expect(Array.from(matrixProduct(a, Float64Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1), 4, 3, 3))).toEqual(Array.from(a));
  });

  it("rightMultiplier refuses a zero dimension and a short B, naming the argument", () => {
    expect(() => rightMultiplier(new Float64Array(4), 0, 4)).toThrow(/k=0/);
    expect(() => rightMultiplier(new Float64Array(3), 2, 2)).toThrow(/^b=/);
    expect(() => rightMultiplier(new Float64Array(4), 2, 2).multiply(new Float64Array(3), 2)).toThrow(/^a=/);
  });
});
