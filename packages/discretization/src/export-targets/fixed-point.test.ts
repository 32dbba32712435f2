import { describe, expect, it } from "vitest";
import { manualSigmas } from "../test-support/comfy-manual-sigmas.js";
import { fixedPointText } from "./fixed-point.js";

/** A seeded stream of doubles spread over many decades (xorshift32). */
function doubles(n: number, seed = 12345): number[] {
  let s = seed;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  return Array.from({ length: n }, () => (next() + 1e-3) * 10 ** Math.floor(next() * 60 - 30));
}

describe("fixedPointText", () => {
  it("fixedPointText(x) is String(x) where that has no exponent", () => {
    for (const x of [0, 1, 0.5, 14.614646291831562, 0.0291675, 80, 123456.789]) expect(fixedPointText(x)).toBe(String(x));
  });

  it("fixedPointText moves the point instead of writing an exponent", () => {
    expect(fixedPointText(1.5e-8)).toBe("0.000000015");
    expect(fixedPointText(1e-7)).toBe("0.0000001");
    expect(fixedPointText(-2.5e-7)).toBe("-0.00000025");
    expect(fixedPointText(1e21)).toBe("1000000000000000000000");
    expect(fixedPointText(1.2345e22)).toBe("12345000000000000000000");
  });

  it("fixedPointText reads back to the same double for 2000 seeded values over 60 decades, never with an exponent", () => {
    for (const x of doubles(2000)) {
      const text = fixedPointText(x);
      expect(text).not.toMatch(/e/i);
      expect(Number(text)).toBe(x);
    }
  });

  it("ManualSigmas' own regex reads a fixed-point list to the same numbers, and splits exponent notation", () => {
    const values = [14.614646291831562, 0.5, 3.2e-7, 1.5e-8, 0];
    expect(Array.from(manualSigmas(values.map(fixedPointText).join(", ")))).toEqual(values.map(Math.fround));
    expect(manualSigmas(values.map(String).join(", ")).length).toBeGreaterThan(values.length);
  });

  it("fixedPointText refuses ±∞ and NaN", () => {
    expect(() => fixedPointText(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => fixedPointText(Number.NaN)).toThrow(RangeError);
  });
});
