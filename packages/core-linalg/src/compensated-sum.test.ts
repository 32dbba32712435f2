import { describe, expect, it } from "vitest";
import { CompensatedAccumulator, compensatedSum } from "./compensated-sum.js";

describe("compensatedSum", () => {
  it("compensatedSum([1, 1e100, 1, −1e100]) = 2 where plain summation gives 0", () => {
    const values = [1, 1e100, 1, -1e100];
    expect(values.reduce((a, b) => a + b, 0)).toBe(0);
    expect(compensatedSum(values)).toBe(2);
  });

  it("compensatedSum of 1e6 copies of 0.1 is within 1 ulp of 1e5", () => {
    const values = new Float64Array(1_000_000).fill(0.1);
    expect(Math.abs(compensatedSum(values) - 100000)).toBeLessThanOrEqual(1.5e-11);
  });

  it("CompensatedAccumulator equals compensatedSum on the same values", () => {
    const values = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 10 ** ((i % 13) - 6));
    const acc = new CompensatedAccumulator();
    for (const v of values) acc.add(v);
    expect(acc.value).toBe(compensatedSum(values));
  });
});

describe("compensatedSum with infinities", () => {
  it("compensatedSum([1, ∞, 2]) is ∞, not NaN", () => {
    expect(compensatedSum([1, Number.POSITIVE_INFINITY, 2])).toBe(Number.POSITIVE_INFINITY);
    const acc = new CompensatedAccumulator();
    acc.add(Number.POSITIVE_INFINITY);
    acc.add(1);
    expect(acc.value).toBe(Number.POSITIVE_INFINITY);
  });
});
