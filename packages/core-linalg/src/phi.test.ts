import { describe, expect, it } from "vitest";
import fixture from "./fixtures/phi.json" with { type: "json" };
import { lnCos } from "./ln-cos.js";
import { phi } from "./phi.js";

const relativeError = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe("phi", () => {
  it("phi(x) matches a 50-digit mpmath evaluation to 1e-14 relative for |x| from 1e-12 to 50", () => {
    let worst = 0;
    for (const row of fixture.phi) {
      const got = phi(Number(row.x));
      worst = Math.max(worst, relativeError(got, Number(row.phi)));
    }
    expect(fixture.phi.length).toBeGreaterThan(40);
    expect(worst).toBeLessThan(1e-14);
  });

  it("phi is continuous across the series/expm1 switch at |x| = 1/2", () => {
    for (const x of [0.5, -0.5]) {
      const below = phi(x * (1 - 1e-15));
      const above = phi(x);
      expect(relativeError(below, above)).toBeLessThan(1e-14);
    }
  });

  it("phi(0) = 0, phi ≥ 0, phi(+∞) = +∞ and phi(NaN) is NaN", () => {
    expect(phi(0)).toBe(0);
    for (let x = -60; x <= 60; x += 0.37) expect(phi(x)).toBeGreaterThanOrEqual(0);
    expect(phi(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(phi(Number.NEGATIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(phi(Number.NaN)).toBeNaN();
  });

  it("naive expm1(x) − x would fail the same fixture (the series is needed)", () => {
    const naive = (x: number) => Math.expm1(x) - x;
    const row = fixture.phi.find((r) => Number(r.x) === 1e-9);
    expect(row).toBeDefined();
    expect(relativeError(naive(1e-9), Number(row?.phi))).toBeGreaterThan(1e-9);
  });
});

describe("lnCos", () => {
  it("lnCos(x) matches mpmath to 1e-14 relative from x = 1e-12 to 1.57", () => {
    for (const row of fixture.lnCos) {
      expect(relativeError(lnCos(Number(row.x)), Number(row.lnCos))).toBeLessThan(1e-14);
    }
  });

  it("lnCos(±π/2) = −∞ and lnCos is even", () => {
    expect(lnCos(Math.PI / 2)).toBeLessThan(-30);
    expect(lnCos(-0.3)).toBe(lnCos(0.3));
  });
});
