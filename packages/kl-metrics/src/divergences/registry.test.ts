import { describe, expect, it } from "vitest";
import type { DivergenceDescriptor } from "./descriptor.js";
import { forwardKL } from "./forward-kl.js";
import { DIVERGENCE_NAMES, DIVERGENCES } from "./registry.js";
import { reverseKL } from "./reverse-kl.js";
import { symmetricKL } from "./symmetric-kl.js";

const CASES: [delta: number, dm: number, r: number][] = [
  [0.3, 0, 1],
  [-1.2, 0.4, 2.5],
  [1e-3, -2, 0.01],
  [4, 1e-3, 50],
];

/** Central difference of f at x with a step scaled to x. */
function central(f: (x: number) => number, x: number): number {
  const h = 1e-6 * Math.max(1, Math.abs(x));
  return (f(x + h) - f(x - h)) / (2 * h);
}

describe("the divergence registry", () => {
  it.each(Object.entries(DIVERGENCES))("divergence %s: keyed by its name, labelled and documented", (name, d) => {
    expect(d.name).toBe(name);
    expect(d.label.trim()).not.toBe("");
    expect(d.summary.trim().length).toBeGreaterThan(10);
  });

  it.each(Object.entries(DIVERGENCES))("divergence %s is 0 with zero gradient at δ = 0, Δm = 0 (p = q)", (_name, d) => {
    const out = new Float64Array(2);
    expect(d.perDirection(0, 0, 3)).toBe(0);
    d.gradient(0, 0, 3, out);
    expect(Array.from(out, (x) => x + 0)).toEqual([0, 0]); // −0 counts as 0
  });

  it.each(Object.entries(DIVERGENCES))(
    "divergence %s: its gradient equals central differences to 1e-6",
    (_name, d: DivergenceDescriptor) => {
      const out = new Float64Array(2);
      for (const [delta, dm, r] of CASES) {
        d.gradient(delta, dm, r, out);
        const dDelta = central((x) => d.perDirection(x, dm, r), delta);
        const dMean = central((x) => d.perDirection(delta, x, r), dm);
        expect(Math.abs(out[0]! - dDelta)).toBeLessThan(1e-6 * Math.max(1, Math.abs(dDelta)));
        expect(Math.abs(out[1]! - dMean)).toBeLessThan(1e-6 * Math.max(1, Math.abs(dMean)));
        const sum = d.perDirection(delta, dm, r);
        expect(d.totalDerivative(sum)).toBeCloseTo(
          central((x) => d.total(x), sum),
          6,
        );
      }
    },
  );

  it("DIVERGENCE_NAMES follows the registry, starting with the CLI contract's kl, klReverse, w2", () => {
    expect(DIVERGENCE_NAMES).toEqual(Object.keys(DIVERGENCES));
    expect(DIVERGENCE_NAMES.slice(0, 3)).toEqual(["kl", "klReverse", "w2"]);
  });

  it("every divergence has its own kebab-case --objective name", () => {
    const names = Object.values(DIVERGENCES).map((d) => d.objective);
    expect(names).toEqual(["kl", "reverse-kl", "w2", "symmetric-kl"]);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("symmetricKL is forwardKL + reverseKL (the identity φ(δ) + φ(−δ) = 4 sinh²(δ/2))", () => {
    for (const [delta, dm, r] of [
      ...CASES,
      [2e-3, 0.7, 3] as [number, number, number],
      [-30, 0, 1] as [number, number, number],
    ]) {
      const sum = forwardKL(delta, dm, r) + reverseKL(delta, dm, r);
      expect(Math.abs(symmetricKL(delta, dm, r) - sum)).toBeLessThanOrEqual(1e-14 * sum);
    }
  });

  it("symmetricKL keeps its digits for tiny δ: δ²/2 + δ⁴/24 to 1e-15 relative at δ = 1e-9 … 1e-4", () => {
    for (const delta of [1e-9, -3e-7, 1e-5, -1e-4]) {
      const series = (delta * delta) / 2 + delta ** 4 / 24 + delta ** 6 / 720;
      expect(Math.abs(symmetricKL(delta, 0, 1) / series - 1)).toBeLessThan(1e-15);
    }
  });
});
