import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random.js";

describe("seededRandom", () => {
  it("seededRandom(s) repeats its stream for the same seed and differs for another", () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const c = seededRandom(4);
    const xs = Array.from({ length: 5 }, () => a.normal());
    expect(Array.from({ length: 5 }, () => b.normal())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.normal())).not.toEqual(xs);
  });

  it("seededRandom(1).normal() has mean 0 and variance 1 within 4 standard errors over 200000 draws", () => {
    const { normal } = seededRandom(1);
    const n = 200000;
    let s = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const x = normal();
      s += x;
      ss += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(ss / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });

  it("seededRandom(2).uniform() stays inside (0, 1) with mean 1/2 within 4 standard errors", () => {
    const { uniform } = seededRandom(2);
    const n = 100000;
    let s = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = uniform();
      if (!(u > 0 && u < 1)) outside++;
      s += u;
    }
    expect(outside).toBe(0);
    expect(Math.abs(s / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
  });
});
