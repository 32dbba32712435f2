import { createSpectrum, isotropicSpectrum } from "@klsched/core-linalg";
import {
  parseProcess,
  parseStrategy,
  type Schedule,
  scheduleFromSigmas,
  scheduleFromTimes,
  sigmasOf,
  strategySchedule,
  veProcess,
} from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { forwardKL, gaussianKL } from "./divergences/forward-kl.js";
import { reverseKL } from "./divergences/reverse-kl.js";
import { wasserstein2Squared } from "./divergences/wasserstein2.js";
import fixture from "./fixtures/kl.json" with { type: "json" };
import { scheduleKL } from "./schedule-kl.js";

const relativeError = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);
const scheduleOf = (process: string, strategy: string, steps: number): Schedule => {
  const spec = parseStrategy(strategy);
  return strategySchedule(parseProcess(process), spec.strategy, steps, spec.options);
};

describe("scheduleKL against a 60-digit evaluation of the direct DDIM product", () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))("%s: kl, klReverse and w2 to 1e-12 relative", (_, c) => {
    const levels = c.levels.map(Number);
    const sMax = levels[0] as number;
    const process = veProcess(Math.min(1e-3, sMax / 2), sMax);
    const schedule = scheduleFromTimes(process, levels);
    const result = scheduleKL({
      spectrum: createSpectrum([Number(c.lambda)]),
      schedule,
      prior: c.prior as "standard" | "exact",
      mean: Float64Array.from([Number(c.mean)]),
      perDirection: true,
    });
    expect(relativeError(result.perDirection?.logVarianceRatio[0] as number, Number(c.delta))).toBeLessThan(1e-12);
    expect(relativeError(result.kl, Number(c.kl))).toBeLessThan(1e-12);
    expect(relativeError(result.klReverse, Number(c.klReverse))).toBeLessThan(1e-12);
    expect(relativeError(result.w2 ** 2, Number(c.w2sq))).toBeLessThan(1e-12);
  });

  it("the fixture spans |δ| from 1e-12 to above 40", () => {
    const deltas = fixture.cases.map((c) => Math.abs(Number(c.delta)));
    expect(Math.min(...deltas)).toBeLessThan(2e-12);
    expect(Math.max(...deltas)).toBeGreaterThan(40);
  });
});

describe("invariants", () => {
  const spectrum = createSpectrum([50, 3, 1, 0.2, 1e-3, 1e-7]);

  it("KL ≥ 0 and KL of an untouched exact prior is 0", () => {
    const s = scheduleOf("edm", "karras", 12);
    for (const prior of ["standard", "exact"] as const)
      expect(scheduleKL({ spectrum, schedule: s, prior }).kl).toBeGreaterThan(0);
    const start = scheduleFromTimes(parseProcess("edm"), [80]);
    expect(scheduleKL({ spectrum, schedule: start, prior: "exact" })).toMatchObject({ kl: 0, klReverse: 0, w2: 0, steps: 0 });
  });

  it("the same s = σ/α levels give the same KL on ve and vp with the exact prior (parameterisation invariance)", () => {
    const sigmas = Array.from(sigmasOf(scheduleOf("ve:smin=0.02,smax=80", "karras", 15)));
    const ve = scheduleFromSigmas(parseProcess("ve:smin=0.02,smax=80"), sigmas);
    const vp = scheduleFromSigmas(parseProcess("vp"), sigmas);
    const flow = scheduleFromSigmas(parseProcess("flow"), sigmas);
    const a = scheduleKL({ spectrum, schedule: ve, prior: "exact" });
    for (const other of [vp, flow]) {
      const b = scheduleKL({ spectrum, schedule: other, prior: "exact" });
      expect(relativeError(b.kl, a.kl)).toBeLessThan(1e-12);
      expect(relativeError(b.klReverse, a.klReverse)).toBeLessThan(1e-12);
    }
  });

  it("a flow start at α = 0 is finite and equals the VE limit s_max → ∞", () => {
    const flow = scheduleOf("flow", "uniform", 8);
    const exact = scheduleKL({ spectrum, schedule: flow, prior: "exact" });
    const standard = scheduleKL({ spectrum, schedule: flow, prior: "standard" });
    expect(Number.isFinite(exact.kl)).toBe(true);
    expect(exact.kl).toBe(standard.kl); // at α = 0 the marginal is the prior N(0, I)
    const rest = Array.from(sigmasOf(flow)).slice(1);
    const veLimit = scheduleFromSigmas(veProcess(1e-3, 1e9), [1e9, ...rest]);
    expect(relativeError(scheduleKL({ spectrum, schedule: veLimit, prior: "exact" }).kl, exact.kl)).toBeLessThan(1e-8);
  });

  it("one step from α = 0 to the clean level gives an infinite KL (the output collapses to μ)", () => {
    expect(scheduleKL({ spectrum, schedule: scheduleOf("flow", "uniform", 1) }).kl).toBe(Number.POSITIVE_INFINITY);
  });

  it("--no-clean compares with the marginal at the last noisy level", () => {
    const s = scheduleOf("edm", "karras", 6);
    const truncated = scheduleKL({ spectrum, schedule: s, prior: "exact", clean: false });
    expect(truncated.steps).toBe(5);
    const manual = scheduleKL({ spectrum, schedule: scheduleFromTimes(s.process, s.t.subarray(0, 6)), prior: "exact" });
    expect(truncated.kl).toBe(manual.kl);
  });

  it("the standard prior's mean term is α₀²μ²/v_prior whatever the schedule", () => {
    const one = createSpectrum([0.8]);
    const mean = Float64Array.from([1.7]);
    for (const steps of [2, 9]) {
      const s = scheduleOf("vp", "uniform", steps);
      const withMean = scheduleKL({ spectrum: one, schedule: s, mean, perDirection: true });
      const without = scheduleKL({ spectrum: one, schedule: s });
      const a0 = s.alpha[0] as number;
      const meanTerm = 0.5 * (a0 * 1.7) ** 2; // v_prior = 1 on vp
      expect(Math.abs(withMean.kl - without.kl - meanTerm)).toBeLessThan(1e-15 * withMean.kl);
    }
  });

  it("extremes: eigenvalues 1e-12 and 1e12, N = 1 and N = 1000 give finite non-negative figures", () => {
    const wide = createSpectrum([1e12, 1e-12]);
    for (const process of ["edm", "vp", "ddpm", "sd15", "flow"]) {
      for (const steps of [1, 1000]) {
        if (process === "flow" && steps === 1) continue;
        const r = scheduleKL({ spectrum: wide, schedule: scheduleOf(process, "uniform", steps) });
        expect(Number.isFinite(r.kl) && r.kl >= 0 && Number.isFinite(r.klReverse) && Number.isFinite(r.w2)).toBe(true);
      }
    }
  });
});

describe("one eigenvalue: the tangent law", () => {
  const others = ["uniform", "quadratic", "logsnr", "exponential", "karras", "karras:rho=3", "karras:rho=12"];

  it.each([4, 8, 16, 32])("tangent:c=√λ beats every other strategy at N = %i, both priors", (steps) => {
    for (const lambda of [0.01, 0.5, 4]) {
      const spectrum = isotropicSpectrum(1, lambda);
      const c = Math.sqrt(lambda);
      const candidates = [...others, `tangent:c=${c * 3}`, `tangent:c=${c / 3}`, "tangent:c=1"].filter(
        (s) => lambda !== 1 || s !== "tangent:c=1",
      );
      for (const prior of ["standard", "exact"] as const) {
        const best = scheduleKL({ spectrum, schedule: scheduleOf("edm", `tangent:c=${c}`, steps), prior }).kl;
        for (const other of candidates) {
          expect(best).toBeLessThan(scheduleKL({ spectrum, schedule: scheduleOf("edm", other, steps), prior }).kl);
        }
      }
    }
  });

  it("with the exact prior N²·KL approaches A²/4 on edm, within 1 % by N = 256 (tangent law run to s = 0, theory §4 “One eigenvalue: the tangent law” and §5 “Many steps: the Euler–Maclaurin expansion”)", () => {
    // N equal angle steps from atan(80) to 0: no truncation, so Σ Δθ² = A/N exactly with A = atan(80)².
    const theta = Math.atan(80);
    const A = theta * theta;
    const toZero = (n: number) => Array.from({ length: n + 1 }, (_, k) => (k === n ? 0 : Math.tan((1 - k / n) * theta)));
    const klAt = (n: number) =>
      scheduleKL({
        spectrum: isotropicSpectrum(1, 1),
        schedule: scheduleFromSigmas(parseProcess("edm"), toZero(n)),
        prior: "exact",
      }).kl;
    const errors = [16, 64, 256, 1024].map((n) => Math.abs((n * n * klAt(n)) / ((A * A) / 4) - 1));
    expect(errors[2]).toBeLessThan(0.01);
    for (let k = 1; k < errors.length; k++) expect(errors[k]).toBeLessThan(errors[k - 1] as number);
    // and the two-term expansion A²/(4N²) + A³/(12N³) is accurate to O(N⁻²): ~1e-6 at N = 1000
    const exact = klAt(1000);
    expect(relativeError((A * A) / 4e6 + (A * A * A) / 12e9, exact)).toBeLessThan(3e-6);
  });

  it("the two-term Euler–Maclaurin expansion A²/(4M²) + A³/(12M³) over M = N − 1 equal angle steps holds to 1e-5 at N = 1000", () => {
    // The ramp has M = N − 1 intervals; the final jump from s_min to 0 adds atan(s_min)² to Σ Δθ².
    const n = 1000;
    const theta = Math.atan(80) - Math.atan(0.002);
    const a = (theta * theta) / (n - 1) + Math.atan(0.002) ** 2; // Σ Δθ² = A/M + jump²
    const predicted = (a * a) / 4 + (a * a * a) / 12;
    const exact = scheduleKL({
      spectrum: isotropicSpectrum(1, 1),
      schedule: scheduleOf("edm", "tangent:c=1", n),
      prior: "exact",
    }).kl;
    expect(relativeError(predicted, exact)).toBeLessThan(1e-5);
  });
});

describe("gaussian divergences", () => {
  it("forwardKL, reverseKL and W2 agree with the textbook formulas on plain variances", () => {
    const lambda = 2;
    const v = 0.7;
    const dm = 0.3;
    const delta = Math.log(v / lambda);
    expect(forwardKL(delta, dm, lambda)).toBeCloseTo(0.5 * (lambda / v - 1 - Math.log(lambda / v) + (dm * dm) / v), 14);
    expect(reverseKL(delta, dm, lambda)).toBeCloseTo(0.5 * (v / lambda - 1 - Math.log(v / lambda) + (dm * dm) / lambda), 14);
    expect(wasserstein2Squared(delta, dm, lambda)).toBeCloseTo((Math.sqrt(lambda) - Math.sqrt(v)) ** 2 + dm * dm, 14);
    expect(gaussianKL(1, lambda, 1 + dm, v)).toBeCloseTo(forwardKL(delta, dm, lambda), 14);
  });
});
