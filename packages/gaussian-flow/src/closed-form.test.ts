import { createSpectrum } from "@klsched/core-linalg";
import { parseProcess, parseStrategy, type Schedule, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { closedFormOutput, gaussianTrajectory, sampledClosedForm } from "./closed-form.js";
import { ddim } from "./ddim.js";
import { ddimClosedForm } from "./ddim-closed-form.js";
import { monteCarlo } from "./test-support/monte-carlo.js";

const scheduleOf = (process: string, strategy: string, steps: number): Schedule => {
  const spec = parseStrategy(strategy);
  return strategySchedule(parseProcess(process), spec.strategy, steps, spec.options);
};

describe("closed form = Monte Carlo with the same DDIM code", () => {
  const eigenvalues = [9, 2.5, 1, 0.3, 0.04, 0.002];
  const mean = [1.5, -0.5, 0.25, 0, 2, -1];
  const n = 200_000;

  it.each([
    ["edm", "karras", 8, "standard"],
    ["edm", "tangent:c=0.5", 5, "exact"],
    ["sd15", "uniform", 6, "standard"],
    ["vp", "logsnr", 4, "exact"],
    ["flow", "uniform", 6, "standard"],
    ["flow", "tangent:c=1", 3, "exact"],
  ] as const)(
    "%s %s N=%i %s prior: every direction's variance and mean within 4 standard errors (d = 6, 2e5 samples)",
    (process, strategy, steps, prior) => {
      const schedule = scheduleOf(process, strategy, steps);
      const spectrum = createSpectrum(eigenvalues);
      const closed = closedFormOutput(ddim, {
        eigenvalues: spectrum.eigenvalues,
        schedule,
        prior,
        mean: Float64Array.from(mean),
      });
      const mc = monteCarlo(ddim, eigenvalues, mean, schedule, prior, n, 1234 + steps);
      const alphaEnd = schedule.alpha[schedule.alpha.length - 1] as number;
      for (let i = 0; i < eigenvalues.length; i++) {
        const v = (closed.targetVariance[i] as number) * Math.exp(closed.logVarianceRatio[i] as number);
        const m = alphaEnd * (mean[i] as number) + (closed.meanError[i] as number);
        const varianceSE = v * Math.sqrt(2 / (n - 1));
        const meanSE = Math.sqrt(v / n);
        expect(Math.abs((mc.projectedVariance[i] as number) - v)).toBeLessThan(4 * varianceSE);
        expect(Math.abs((mc.projectedMean[i] as number) - m)).toBeLessThan(4 * meanSE);
      }
    },
  );
});

describe("the polar DDIM kernel", () => {
  const spectrum = createSpectrum([1e4, 30, 1, 0.01, 1e-6]);
  const mean = Float64Array.from([1, 2, 3, 4, 5]);

  it.each([
    ["edm", "karras", 10],
    ["vp", "uniform", 7],
    ["ddpm", "quadratic", 12],
    ["sd15", "tangent:c=2", 20],
    ["flow", "uniform", 9],
  ])("ddimClosedForm equals the DDIM sampler run on Gaussian state (%s %s N=%i) to 1e-10", (process, strategy, steps) => {
    const schedule = scheduleOf(process, strategy, steps);
    for (const prior of ["standard", "exact"] as const) {
      const polar = ddimClosedForm(spectrum.eigenvalues, schedule, prior, mean);
      const generic = sampledClosedForm(ddim, { eigenvalues: spectrum.eigenvalues, schedule, prior, mean });
      for (let i = 0; i < 5; i++) {
        const dp = polar.logVarianceRatio[i] as number;
        const dg = generic.logVarianceRatio[i] as number;
        expect(Math.abs(dp - dg)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(dp)));
        const scale = Math.sqrt(polar.targetVariance[i] as number) * 10;
        expect(Math.abs((polar.meanError[i] as number) - (generic.meanError[i] as number))).toBeLessThanOrEqual(1e-11 * scale);
        expect(polar.targetVariance[i]).toBeCloseTo(generic.targetVariance[i] as number, 12);
      }
    }
  });

  it("one DDIM step from α = 0 straight to the clean level collapses the output: δ = −∞", () => {
    const out = ddimClosedForm(spectrum.eigenvalues, scheduleOf("flow", "uniform", 1), "standard");
    expect(Array.from(out.logVarianceRatio).every((d) => d === Number.NEGATIVE_INFINITY)).toBe(true);
  });

  it("the exact prior with no step leaves the marginal untouched: δ = 0", () => {
    const schedule = scheduleOf("edm", "karras", 3);
    const truncated = {
      ...schedule,
      t: schedule.t.subarray(0, 1),
      alpha: schedule.alpha.subarray(0, 1),
      sigma: schedule.sigma.subarray(0, 1),
    };
    expect(Array.from(ddimClosedForm(spectrum.eigenvalues, truncated, "exact").logVarianceRatio)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("gaussianTrajectory", () => {
  it("gives mean and variance at every level, starting at the prior and ending at the closed-form output", () => {
    const spectrum = createSpectrum([4, 1, 0.25]);
    const schedule = scheduleOf("vp", "karras", 5);
    const mean = Float64Array.from([1, 0, -1]);
    const tr = gaussianTrajectory(ddim, { eigenvalues: spectrum.eigenvalues, schedule, prior: "standard", mean });
    expect(tr.levels).toBe(6);
    expect(Array.from(tr.variance.subarray(0, 3))).toEqual([1, 1, 1]);
    const out = closedFormOutput(ddim, { eigenvalues: spectrum.eigenvalues, schedule, prior: "standard", mean });
    for (let i = 0; i < 3; i++) {
      expect(tr.variance[15 + i]).toBeCloseTo(
        (spectrum.eigenvalues[i] as number) * Math.exp(out.logVarianceRatio[i] as number),
        12,
      );
      expect(tr.mean[15 + i]).toBeCloseTo((mean[i] as number) + (out.meanError[i] as number), 12);
      expect(tr.gain[15 + i] as number).toBeGreaterThan(0);
    }
  });
});
