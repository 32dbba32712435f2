import { describe, expect, it } from "vitest";
import { gaussLegendre } from "./gauss-legendre.js";
import { minimizeLbfgs } from "./lbfgs.js";
import { minimizeScalar } from "./minimize-scalar.js";

describe("minimizeLbfgs", () => {
  it("minimizeLbfgs finds the minimum of the 10-D Rosenbrock function at (1, …, 1)", () => {
    const n = 10;
    const rosenbrock = (x: Float64Array, g: Float64Array) => {
      g.fill(0);
      let f = 0;
      for (let i = 0; i + 1 < n; i++) {
        const a = x[i + 1]! - x[i]! * x[i]!;
        const b = 1 - x[i]!;
        f += 100 * a * a + b * b;
        g[i]! += -400 * a * x[i]! - 2 * b;
        g[i + 1]! += 200 * a;
      }
      return f;
    };
    const result = minimizeLbfgs(rosenbrock, new Float64Array(n).fill(-1.2), { maxIterations: 2000 });
    expect(result.value).toBeLessThan(1e-20);
    for (const v of result.x) expect(v).toBeCloseTo(1, 8);
  });

  it("minimizeLbfgs solves an ill-conditioned quadratic (condition 1e8) to its exact minimiser", () => {
    const scales = Float64Array.from({ length: 8 }, (_, i) => 10 ** i);
    const quadratic = (x: Float64Array, g: Float64Array) => {
      let f = 0;
      for (let i = 0; i < x.length; i++) {
        const r = x[i]! - i;
        f += 0.5 * scales[i]! * r * r;
        g[i] = scales[i]! * r;
      }
      return f;
    };
    const result = minimizeLbfgs(quadratic, new Float64Array(8), { gradientTolerance: 1e-9 });
    for (let i = 0; i < 8; i++) expect(result.x[i]).toBeCloseTo(i, 6);
  });
});

describe("minimizeScalar", () => {
  it("minimizeScalar finds the minimum of (x − 0.3)² + 1 to 1e-8", () => {
    const r = minimizeScalar((x) => (x - 0.3) ** 2 + 1, -5, 5);
    expect(r.x).toBeCloseTo(0.3, 8);
    expect(r.value).toBeCloseTo(1, 14);
  });

  it("minimizeScalar scans before refining, so a multimodal function gives its global minimum", () => {
    const f = (x: number) => Math.cos(3 * x) + 0.1 * x;
    const r = minimizeScalar(f, -4, 4, 65);
    for (let x = -4; x <= 4; x += 1e-3) expect(r.value).toBeLessThanOrEqual(f(x) + 1e-12);
  });
});

describe("gaussLegendre", () => {
  it("gaussLegendre(n) integrates x^k exactly for k ≤ 2n − 1 and its weights sum to 2", () => {
    const { nodes, weights } = gaussLegendre(7);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 14);
    for (let k = 0; k <= 13; k++) {
      let s = 0;
      for (let i = 0; i < 7; i++) s += weights[i]! * nodes[i]! ** k;
      expect(s).toBeCloseTo(k % 2 === 1 ? 0 : 2 / (k + 1), 14);
    }
  });
});
