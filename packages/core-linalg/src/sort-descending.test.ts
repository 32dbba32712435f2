import { describe, expect, it } from "vitest";
import { sortDescending } from "./sort-descending.js";
import { uniformGenerator } from "./test-support/random.js";

/** n doubles of every kind: signs, magnitudes from subnormal to 1e300, repeats, ±0, ±Infinity. */
function mixedValues(n: number, seed: number): Float64Array {
  const next = uniformGenerator(seed);
  const special = [0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 5e-324, -5e-324, 1e300, -1e-300, 1, 1];
  return Float64Array.from({ length: n }, (_, i) => {
    if (i % 97 === 0) return special[(i / 97) % special.length] as number;
    const magnitude = 10 ** (600 * next() - 300);
    return (next() < 0.3 ? -1 : 1) * (i % 5 === 0 ? Math.round(next() * 20) : magnitude);
  });
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

describe("sortDescending", () => {
  for (const n of [0, 1, 100, 4095, 4096, 70001]) {
    it(`sortDescending of ${n} mixed doubles equals sort().reverse(), bit for bit (−0 after +0)`, () => {
      const values = mixedValues(n, n + 1);
      const expected = values.slice().sort().reverse();
      const sorted = sortDescending(values);
      expect(sorted).toBe(values); // in place
      expect(sameBits(sorted, expected)).toBe(true);
    });
  }

  it("sortDescending of a subarray view sorts only that view", () => {
    const values = mixedValues(20000, 3);
    const copy = values.slice();
    sortDescending(values.subarray(1000, 19000));
    expect(sameBits(values.subarray(0, 1000), copy.subarray(0, 1000))).toBe(true);
    expect(sameBits(values.subarray(19000), copy.subarray(19000))).toBe(true);
    expect(sameBits(values.subarray(1000, 19000), copy.subarray(1000, 19000).sort().reverse())).toBe(true);
  });

  it("sortDescending of equal values, or of values that differ only in their last bits, keeps them all in order", () => {
    const equal = new Float64Array(9000).fill(2.5);
    expect(sameBits(sortDescending(equal), new Float64Array(9000).fill(2.5))).toBe(true);
    const close = Float64Array.from({ length: 9000 }, (_, i) => 1 + ((i * 7919) % 9000) * Number.EPSILON);
    expect(sameBits(sortDescending(close.slice()), close.slice().sort().reverse())).toBe(true);
  });
});
