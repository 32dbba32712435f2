import { createSpectrum, geometricSpectrum, InvalidArgumentError, isotropicSpectrum, type Spectrum } from "@klsched/core-linalg";
import { parseProcess, parseStrategy, strategySchedule } from "@klsched/discretization";
import type { Prior } from "@klsched/gaussian-flow";
import { describe, expect, it } from "vitest";
import { fittedOrder } from "./fitted-order.js";
import { angleExpansion, klAsymptotics, predictKL } from "./kl-asymptotics.js";
import { scheduleKL } from "./schedule-kl.js";

const relativeError = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

interface Case {
  readonly process: string;
  readonly strategy: string;
  readonly spectrum: Spectrum;
  readonly prior: Prior;
  readonly mean?: Float64Array;
}

const inputOf = (c: Case) => {
  const spec = parseStrategy(c.strategy);
  return {
    spectrum: c.spectrum,
    process: parseProcess(c.process),
    strategy: spec.strategy,
    options: spec.options,
    prior: c.prior,
    ...(c.mean === undefined ? {} : { mean: c.mean }),
  };
};

const exactKL = (c: Case, steps: number) => {
  const input = inputOf(c);
  const schedule = strategySchedule(input.process, input.strategy, steps, input.options);
  return scheduleKL({ spectrum: c.spectrum, schedule, prior: c.prior, ...(c.mean === undefined ? {} : { mean: c.mean }) }).kl;
};

/** Relative error of the four-term expansion against the exact closed-form KL at each N. */
const expansionErrors = (c: Case, steps: readonly number[]) => {
  const { coefficients } = klAsymptotics(inputOf(c));
  return steps.map((n) => [n, relativeError(predictKL(coefficients, n), exactKL(c, n))] as const);
};

/** a₀..a₃ of the expansion in h from D, A, B (the doc comment of klAsymptotics), and the c_j in 1/N. */
const coefficientsFrom = (D: number, A: number, B: number, jump: boolean) => {
  const x0 = -D;
  const a0 = 0.5 * (Math.expm1(x0) - x0);
  const a1 = 0.5 * Math.expm1(x0) * A;
  const a2 = 0.25 * Math.exp(x0) * A * A;
  const a3 = 0.5 * (-Math.expm1(x0) * B + (Math.exp(x0) * A ** 3) / 6);
  return jump ? [a0, a1, a1 + a2, a1 + 2 * a2 + a3] : [a0, a1, a2, a3];
};

describe("klAsymptotics against the exact KL", () => {
  it("klAsymptotics(edm, tangent:c=1, λ = 1, exact prior) matches scheduleKL to 1e-5 relative at N = 1000", () => {
    const c: Case = { process: "edm", strategy: "tangent:c=1", spectrum: isotropicSpectrum(1, 1), prior: "exact" };
    const [[, error]] = expansionErrors(c, [1000]) as [[number, number]];
    expect(error).toBeLessThan(1e-5);
    // The residual is the O(N⁻⁴) tail over a KL of order N⁻²: it falls like N⁻².
    expect(fittedOrder(expansionErrors(c, [100, 200, 400, 800]))).toBeGreaterThan(1.95);
  });

  const strategies = ["uniform", "quadratic", "logsnr", "exponential", "karras", "karras:rho=3", "tangent:c=0.5"];
  const spectrum = geometricSpectrum(16, 1e-4, 10);
  const DEFAULT_STEPS = [30, 60, 120, 250, 500, 1000];
  /**
   * Where the asymptotic regime starts later. edm uniform: the last ramp step, 80/(N − 1) in s, must be
   * small against √λ_min = 0.01, so the expansion is off by O(1) up to N ≈ 4000 (c₂ ≈ 1.2e7). edm
   * tangent:c=0.5: the error changes sign near N = 35, which bends a fit that starts at 30.
   */
  const LATE: Record<string, readonly number[]> = {
    "edm uniform": [16000, 32000, 64000],
    "edm tangent:c=0.5": [120, 250, 500, 1000],
  };
  const cases = ["edm", "vp"].flatMap((process) =>
    strategies.flatMap((strategy) => (["exact", "standard"] as const).map((prior) => [process, strategy, prior] as const)),
  );

  it.each(cases)(
    "klAsymptotics(%s, %s, %s prior, geometric d=16): relative error falls at least like N⁻²",
    (process, strategy, prior) => {
      const steps = LATE[`${process} ${strategy}`] ?? DEFAULT_STEPS;
      const errors = expansionErrors({ process, strategy, spectrum, prior }, steps);
      const last = errors[errors.length - 1]?.[1] as number;
      expect(last).toBeLessThan(1e-3);
      if (last > 1e-12) expect(fittedOrder(errors)).toBeGreaterThan(1.9);
    },
  );

  it("on flow the shift is part of the map: tangent:c=1,shift=3 converges like N⁻² from N ≈ 2000", () => {
    const errors = expansionErrors(
      { process: "flow", strategy: "tangent:c=1,shift=3", spectrum, prior: "exact" },
      [2000, 4000, 8000, 16000],
    );
    expect(fittedOrder(errors)).toBeGreaterThan(1.9);
    expect(errors[3]?.[1]).toBeLessThan(2e-4);
  });

  it("on ddpm and sd15 a σ-defined map (karras) is smooth and converges like the continuous processes", () => {
    for (const process of ["ddpm", "sd15"]) {
      const c: Case = { process, strategy: "karras", spectrum, prior: "standard" };
      expect(klAsymptotics(inputOf(c)).converged).toBe(true);
      expect(fittedOrder(expansionErrors(c, [30, 120, 500]))).toBeGreaterThan(1.9);
    }
  });

  it("on ddpm a time-uniform map has kinks in ln s: converged is false after 4097 terms, and the leading order still holds", () => {
    const c: Case = { process: "ddpm", strategy: "uniform", spectrum, prior: "standard" };
    const r = klAsymptotics(inputOf(c));
    expect(r).toMatchObject({ converged: false, chebyshevTerms: 4097 });
    expect(relativeError(predictKL(r.coefficients, 1000), exactKL(c, 1000))).toBeLessThan(0.1);
  });
});

describe("closed forms: θ linear in u (tangent law with c = √λ)", () => {
  it("on flow (no jump), angleExpansion gives D = 0, A = (π/2)², B = −(π/2)⁴/6 and c = (0, 0, A²/4, A³/12) to 1e-10, both priors", () => {
    for (const lambda of [1, 0.25]) {
      for (const prior of ["exact", "standard"] as const) {
        const c: Case = {
          process: "flow",
          strategy: `tangent:c=${Math.sqrt(lambda)}`,
          spectrum: isotropicSpectrum(1, lambda),
          prior,
        };
        const e = angleExpansion(inputOf(c));
        const A = (Math.PI / 2) ** 2;
        expect(e.jump).toBe(false);
        expect(Math.abs(e.offset[0] as number)).toBe(0);
        expect(relativeError(e.speed[0] as number, A)).toBeLessThan(1e-10);
        expect(relativeError(e.curvature[0] as number, -(A * A) / 6)).toBeLessThan(1e-10);
        const [c0, c1, c2, c3] = klAsymptotics(inputOf(c)).coefficients;
        expect([Math.abs(c0), Math.abs(c1)]).toEqual([0, 0]);
        expect(relativeError(c2, (A * A) / 4)).toBeLessThan(1e-10);
        expect(relativeError(c3, (A * A * A) / 12)).toBeLessThan(1e-10);
      }
    }
  });

  it("on edm (jump to the clean level), the coefficients equal the closed-form a_j re-expanded in 1/N to 1e-10, both priors", () => {
    const lambda = 2;
    const root = Math.sqrt(lambda);
    const theta0 = Math.atan(80 / root);
    const theta1 = Math.atan(0.002 / root);
    const A = (theta0 - theta1) ** 2;
    const B = -(A * A) / 6;
    for (const prior of ["exact", "standard"] as const) {
      const delta0 = prior === "exact" ? 0 : Math.log(6400 / (lambda + 6400));
      const D = delta0 + 2 * Math.log(Math.cos(theta1));
      const want = coefficientsFrom(D, A, B, true);
      const got = klAsymptotics(
        inputOf({ process: "edm", strategy: `tangent:c=${root}`, spectrum: isotropicSpectrum(1, lambda), prior }),
      );
      for (let j = 0; j < 4; j++) expect(relativeError(got.coefficients[j] as number, want[j] as number)).toBeLessThan(1e-10);
    }
  });
});

describe("the expansion of δ per direction", () => {
  it.each([
    ["edm", "karras"],
    ["vp", "logsnr"],
    ["edm", "quadratic"],
    ["flow", "quadratic"],
  ])("%s %s: δ − (D − hA + h³B) is O(h⁵), so B = (1/12)∫θ″² − (1/6)∫θ′⁴", (process, strategy) => {
    const c: Case = { process, strategy, spectrum: isotropicSpectrum(1, 0.3), prior: "exact" };
    const e = angleExpansion(inputOf(c));
    const [D, A, B] = [e.offset[0], e.speed[0], e.curvature[0]] as [number, number, number];
    const residual = (n: number) => {
      const h = e.jump ? 1 / (n - 1) : 1 / n;
      const input = inputOf(c);
      const schedule = strategySchedule(input.process, input.strategy, n);
      const out = scheduleKL({ spectrum: c.spectrum, schedule, prior: "exact", perDirection: true });
      return (out.perDirection?.logVarianceRatio[0] as number) - (D - h * A + h ** 3 * B);
    };
    const points = [100, 200, 400].map((n) => [n, Math.abs(residual(n))] as const);
    expect(fittedOrder(points)).toBeGreaterThan(4.7);
  });

  it("the angle integrals do not depend on c_ref: λ = 0.01 alone (κ = 1) and beside λ = 100 (κ = 10): A to 1e-13, B to 1e-9", () => {
    // B comes from g″, the interpolant's second derivative, and is a difference of two integrals.
    const alone = angleExpansion(
      inputOf({ process: "vp", strategy: "karras", spectrum: isotropicSpectrum(1, 0.01), prior: "exact" }),
    );
    const pair = angleExpansion(
      inputOf({ process: "vp", strategy: "karras", spectrum: createSpectrum([100, 0.01]), prior: "exact" }),
    );
    expect(relativeError(pair.speed[1] as number, alone.speed[0] as number)).toBeLessThan(1e-13);
    expect(relativeError(pair.curvature[1] as number, alone.curvature[0] as number)).toBeLessThan(1e-9);
    expect(pair.offset[1]).toBe(alone.offset[0]);
  });
});

describe("the constant term", () => {
  it("standard prior, edm karras: c₀ is the N → ∞ limit, N·(KL(N) − c₀) → c₁ with an O(1/N) gap", () => {
    // c₀ alone is far from KL(20000) here (3 %): the 1/N term c₁/(c₀N) ≈ 2A/(x₀N) is not small while the
    // prior mismatch x₀ ≈ λ/6400 is. So test the limit through the next term.
    const c: Case = { process: "edm", strategy: "karras", spectrum: geometricSpectrum(16, 1e-4, 10), prior: "standard" };
    const [c0, c1] = klAsymptotics(inputOf(c)).coefficients;
    const gap = (n: number) => Math.abs((n * (exactKL(c, n) - c0)) / c1 - 1);
    expect(gap(20000)).toBeLessThan(0.05);
    expect(gap(100000)).toBeLessThan(gap(20000) / 4);
    expect(relativeError(predictKL(klAsymptotics(inputOf(c)).coefficients, 20000), exactKL(c, 20000))).toBeLessThan(1e-9);
  });

  it("standard prior, edm karras, λ = 1e8 (prior mismatch dominates): c₀ is within 1e-6 of KL(20000)", () => {
    const c: Case = { process: "edm", strategy: "karras", spectrum: createSpectrum([1e8]), prior: "standard" };
    expect(relativeError(klAsymptotics(inputOf(c)).coefficients[0], exactKL(c, 20000))).toBeLessThan(1e-6);
  });

  it("a source mean adds ½α₀²μ²/v_prior to c₀ under the standard prior and nothing under the exact prior", () => {
    const spectrum = geometricSpectrum(4, 0.01, 3);
    const mean = Float64Array.from([0.5, -1, 2, 0.1]);
    for (const prior of ["standard", "exact"] as const) {
      const base: Case = { process: "vp", strategy: "logsnr", spectrum, prior };
      const withMean: Case = { ...base, mean };
      const shift = klAsymptotics(inputOf(withMean)).coefficients[0] - klAsymptotics(inputOf(base)).coefficients[0];
      const exactShift = exactKL(withMean, 500) - exactKL(base, 500);
      expect(Math.abs(shift - exactShift)).toBeLessThan(1e-15);
      if (prior === "exact") expect(shift).toBe(0);
      else expect(shift).toBeGreaterThan(0);
    }
  });
});

describe("inputs", () => {
  const base = inputOf({ process: "edm", strategy: "karras", spectrum: isotropicSpectrum(2, 1), prior: "standard" });

  it("klAsymptotics refuses rounded levels, a shift off flow, a mean of the wrong length and karras on flow", () => {
    expect(() => klAsymptotics({ ...base, options: { round: true } })).toThrow(InvalidArgumentError);
    expect(() => klAsymptotics({ ...base, options: { shift: 3 } })).toThrow(/only to flow/);
    expect(() => klAsymptotics({ ...base, mean: new Float64Array(3) })).toThrow(/2 entries/);
    expect(() => klAsymptotics({ ...base, process: parseProcess("flow") })).toThrow(/finite positive/);
  });

  it("predictKL is c₀ + c₁/N + c₂/N² + c₃/N³ and refuses N ≤ 0", () => {
    expect(predictKL([1, 2, 3, 4], 2)).toBe(1 + 1 + 0.75 + 0.5);
    expect(() => predictKL([1, 2, 3, 4], 0)).toThrow(InvalidArgumentError);
  });

  it("fittedOrder recovers p from exact power laws and refuses fewer than two points or a zero error", () => {
    expect(fittedOrder([10, 20, 40].map((n) => [n, 3 * n ** -2.5] as const))).toBeCloseTo(2.5, 12);
    expect(() => fittedOrder([[10, 1]])).toThrow(InvalidArgumentError);
    expect(() =>
      fittedOrder([
        [10, 1],
        [20, 0],
      ]),
    ).toThrow(InvalidArgumentError);
  });
});

describe("klAsymptotics at tiny eigenvalues", () => {
  it("predictKL matches scheduleKL to 1e-6 relative at λ = 1e-40 (the final jump's angle is within 1e-20 of π/2)", () => {
    const spectrum = createSpectrum([1e-40]);
    const process = parseProcess("edm");
    const strategy = { kind: "karras", rho: 7 } as const;
    const asymptotics = klAsymptotics({ process, spectrum, strategy, prior: "standard" });
    const exact = scheduleKL({ spectrum, schedule: strategySchedule(process, strategy, 1000) }).kl;
    expect(Math.abs(predictKL(asymptotics.coefficients, 1000) / exact - 1)).toBeLessThan(1e-6);
  });
});
