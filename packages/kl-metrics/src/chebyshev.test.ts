import { describe, expect, it } from "vitest";
import {
  chebyshevCoefficients,
  chebyshevDerivative,
  chebyshevEvaluate,
  chebyshevFit,
  chebyshevValues,
  clenshawCurtisWeights,
  lobattoPoints,
} from "./chebyshev.js";
import { dctI } from "./discrete-cosine.js";

/** f(u) = atan(5 tan(0.9·πu/2)): smooth on [0, 1] with a pole of tan just beyond u = 1. */
const a = 0.45 * Math.PI;
const f = (u: number) => Math.atan(5 * Math.tan(a * u));
/** f′ = 5a sec²(au)/(1 + 25 tan²(au)) = 5a/(cos² + 25 sin²). */
const df = (u: number) => (5 * a) / (Math.cos(a * u) ** 2 + 25 * Math.sin(a * u) ** 2);
/** f″ = −5a²·24 sin(2au)/(cos² + 25 sin²)². */
const d2f = (u: number) => (-5 * a * a * 24 * Math.sin(2 * a * u)) / (Math.cos(a * u) ** 2 + 25 * Math.sin(a * u) ** 2) ** 2;

const probes = Array.from({ length: 101 }, (_, k) => k / 100).concat([1e-9, 0.123456789, 1 - 1e-9]);
const maxError = (g: (u: number) => number, want: (u: number) => number) =>
  Math.max(...probes.map((u) => Math.abs(g(u) - want(u))));
const maxAbs = (want: (u: number) => number) => Math.max(...probes.map((u) => Math.abs(want(u))));

describe("dctI and lobattoPoints", () => {
  it("dctI applied twice gives n/2 times the input", () => {
    const n = 64;
    const x = Float64Array.from({ length: n + 1 }, (_, j) => Math.sin(j * 1.7) + 0.1 * j);
    const y = dctI(dctI(x));
    for (let j = 0; j <= n; j++) expect(Math.abs((2 / n) * (y[j] as number) - (x[j] as number))).toBeLessThan(1e-14 * n);
  });

  it("dctI equals the O(n²) definition to 1e-14 relative to Σ|x|", () => {
    const n = 32;
    const x = Float64Array.from({ length: n + 1 }, (_, j) => Math.cos(0.3 * j * j));
    const y = dctI(x);
    for (let k = 0; k <= n; k++) {
      let want = 0.5 * ((x[0] as number) + (k % 2 === 0 ? 1 : -1) * (x[n] as number));
      for (let j = 1; j < n; j++) want += (x[j] as number) * Math.cos((Math.PI * j * k) / n);
      expect(Math.abs((y[k] as number) - want)).toBeLessThan(1e-14 * n);
    }
  });

  it("dctI refuses a length that is not a power of two plus one", () => {
    expect(() => dctI(new Float64Array(10))).toThrow(/power of two/);
  });

  it("lobattoPoints(n) runs from exactly 1 down to exactly 0, symmetric to two ulps of 1", () => {
    const u = lobattoPoints(256);
    expect([u[0], u[256]]).toEqual([1, 0]);
    for (let j = 1; j <= 256; j++) expect(u[j] as number).toBeLessThan(u[j - 1] as number);
    for (let j = 0; j <= 256; j++) expect(Math.abs((u[j] as number) + (u[256 - j] as number) - 1)).toBeLessThanOrEqual(2 ** -52);
  });
});

describe("chebyshevFit and its derivative", () => {
  const fit = chebyshevFit(f);

  it("chebyshevFit(atan(5 tan(0.45πu))) converges and reproduces f to 1e-14", () => {
    expect(fit.converged).toBe(true);
    expect(fit.coefficients.length).toBeLessThan(4097);
    expect(maxError((u) => chebyshevEvaluate(fit.coefficients, u), f)).toBeLessThan(1e-14);
  });

  it("chebyshevDerivative gives f′ to 1e-12 and f″ to 1e-10 relative to their maxima", () => {
    const d1 = chebyshevDerivative(fit.coefficients);
    const d2 = chebyshevDerivative(d1);
    expect(maxError((u) => chebyshevEvaluate(d1, u), df) / maxAbs(df)).toBeLessThan(1e-12);
    expect(maxError((u) => chebyshevEvaluate(d2, u), d2f) / maxAbs(d2f)).toBeLessThan(1e-10);
  });

  it("chebyshevFit(exp) keeps under 20 terms, and its derivative is itself to 1e-13 relative", () => {
    const e = chebyshevFit(Math.exp);
    expect(e.converged).toBe(true);
    expect(e.coefficients.length).toBeLessThan(20);
    expect(maxError((u) => chebyshevEvaluate(chebyshevDerivative(e.coefficients), u), Math.exp) / Math.E).toBeLessThan(1e-13);
  });

  it("chebyshevFit reports a kink, |u − 0.3|, as not converged at the maximum degree", () => {
    const kink = chebyshevFit((u) => Math.abs(u - 0.3), { maxDegree: 1024 });
    expect(kink.converged).toBe(false);
    expect(kink.coefficients.length).toBe(1025);
  });

  it("chebyshevFit never calls f outside [0, 1] and stops at a non-finite value", () => {
    const seen: number[] = [];
    const r = chebyshevFit((u) => {
      seen.push(u);
      return u > 0.5 ? Number.NaN : u;
    });
    expect(r.converged).toBe(false);
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(1);
  });

  it("chebyshevValues at lobattoPoints(m) equals Clenshaw evaluation, and round-trips through chebyshevCoefficients", () => {
    const m = 512;
    const u = lobattoPoints(m);
    const v = chebyshevValues(fit.coefficients, m);
    for (let j = 0; j <= m; j += 7) {
      expect(Math.abs((v[j] as number) - chebyshevEvaluate(fit.coefficients, u[j] as number))).toBeLessThan(1e-15);
    }
    const back = chebyshevCoefficients(v);
    for (let k = 0; k < back.length; k++) {
      expect(Math.abs((back[k] as number) - (fit.coefficients[k] ?? 0))).toBeLessThan(4e-16);
    }
    expect(() => chebyshevValues(fit.coefficients, 32)).toThrow(/degree/);
  });
});

describe("clenshawCurtisWeights", () => {
  it("weights are positive, sum to 1 and integrate u^k exactly for k ≤ n", () => {
    const n = 32;
    const w = clenshawCurtisWeights(n);
    const u = lobattoPoints(n);
    expect(Math.min(...w)).toBeGreaterThan(0);
    for (const k of [0, 1, 2, 7, 20, 32]) {
      let sum = 0;
      for (let j = 0; j <= n; j++) sum += (w[j] as number) * (u[j] as number) ** k;
      expect(Math.abs(sum * (k + 1) - 1)).toBeLessThan(1e-14);
    }
  });

  it("∫₀¹ eᵘ du = e − 1 and ∫₀¹ f′ du = f(1) − f(0) to 1e-14 (f′ from the derivative series)", () => {
    const w = clenshawCurtisWeights(32);
    const exps = lobattoPoints(32).map(Math.exp);
    let sum = 0;
    for (let j = 0; j <= 32; j++) sum += (w[j] as number) * (exps[j] as number);
    expect(Math.abs(sum / (Math.E - 1) - 1)).toBeLessThan(1e-14);

    const d1 = chebyshevDerivative(chebyshevFit(f).coefficients);
    const m = 1024;
    const weights = clenshawCurtisWeights(m);
    const values = chebyshevValues(d1, m);
    let integral = 0;
    for (let j = 0; j <= m; j++) integral += (weights[j] as number) * (values[j] as number);
    expect(Math.abs(integral / f(1) - 1)).toBeLessThan(1e-14);
  });

  it("∫₀¹ f′² du by the weights equals the closed form to 1e-13", () => {
    // t = tan(au) turns ∫₀¹ 25a²/(cos² + 25 sin²)² du into 25a·∫₀^T (1 + t²)/(1 + 25t²)² dt, T = tan(0.45π).
    const T = Math.tan(a);
    const primitive = (t: number) => (12 * t) / (25 * (1 + 25 * t * t)) + (13 * Math.atan(5 * t)) / 125;
    const want = 25 * a * primitive(T);
    const m = 1024;
    const u = lobattoPoints(m);
    const w = clenshawCurtisWeights(m);
    let sum = 0;
    for (let j = 0; j <= m; j++) sum += (w[j] as number) * df(u[j] as number) ** 2;
    expect(Math.abs(sum / want - 1)).toBeLessThan(1e-13);
  });
});
