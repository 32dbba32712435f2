import { createSpectrum } from "@klsched/core-linalg";
import { parseProcess, parseStrategy, type Schedule, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { closedFormOutput, gaussianTrajectory, sampledClosedForm } from "./closed-form.js";
import { ddim } from "./ddim.js";
import { ddimClosedForm } from "./ddim-closed-form.js";
import type { Prior } from "./prior.js";
import { normalGenerator } from "./random.js";
import { type SampleBatch, sampleSpace } from "./sample-space.js";
import { cholesky, fromEigen, randomOrthogonal, solve } from "./test-support/dense.js";

const scheduleOf = (process: string, strategy: string, steps: number): Schedule => {
  const spec = parseStrategy(strategy);
  return strategySchedule(parseProcess(process), spec.strategy, steps, spec.options);
};

/**
 * Runs the same `ddim.sample` code on n seeded samples in a randomly rotated d-dimensional space with the
 * full-matrix posterior mean D(x) = μ + αΣ(α²Σ + σ²I)⁻¹(x − αμ), and projects the output on each
 * eigenvector: the Monte Carlo route to the closed form.
 */
function monteCarlo(eigenvalues: number[], mean: number[], schedule: Schedule, prior: Prior, n: number, seed: number) {
  const d = eigenvalues.length;
  const normal = normalGenerator(seed);
  const u = randomOrthogonal(d, normal);
  const sigmaMatrix = fromEigen(u, eigenvalues, d);
  const mu = new Float64Array(d); // μ in the original coordinates: U·mean
  for (let i = 0; i < d; i++)
    for (let k = 0; k < d; k++) mu[i] = (mu[i] as number) + (u[i * d + k] as number) * (mean[k] as number);

  const a0 = schedule.alpha[0] as number;
  const s0 = schedule.sigma[0] as number;
  const startCovariance =
    prior === "exact"
      ? fromEigen(
          u,
          eigenvalues.map((l) => a0 * a0 * l + s0 * s0),
          d,
        )
      : fromEigen(u, new Array(d).fill(schedule.process.priorVariance), d);
  const chol = cholesky(startCovariance, d);
  const data = new Float64Array(n * d);
  const z = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) z[i] = normal();
    for (let i = 0; i < d; i++) {
      let v = prior === "exact" ? a0 * (mu[i] as number) : 0;
      for (let k = 0; k <= i; k++) v += (chol[i * d + k] as number) * (z[k] as number);
      data[r * d + i] = v;
    }
  }

  const denoise = (x: SampleBatch, { alpha, sigma }: { alpha: number; sigma: number }): SampleBatch => {
    const a = sigmaMatrix.map((v, idx) => alpha * alpha * v + (idx % (d + 1) === 0 ? sigma * sigma : 0));
    const k = solve(
      a,
      sigmaMatrix.map((v) => alpha * v),
      d,
    );
    const out = new Float64Array(x.data.length);
    for (let r = 0; r < x.n; r++) {
      for (let i = 0; i < d; i++) {
        let v = mu[i] as number;
        for (let j = 0; j < d; j++) v += (k[i * d + j] as number) * ((x.data[r * d + j] as number) - alpha * (mu[j] as number));
        out[r * d + i] = v;
      }
    }
    return { n: x.n, d, data: out };
  };

  const final = ddim.sample({ n, d, data }, { space: sampleSpace, denoise, schedule });
  const projectedMean = new Float64Array(d);
  const projectedVariance = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = 0;
    let ss = 0;
    for (let r = 0; r < n; r++) {
      let y = 0;
      for (let j = 0; j < d; j++) y += (u[j * d + i] as number) * (final.data[r * d + j] as number);
      s += y;
      ss += y * y;
    }
    projectedMean[i] = s / n;
    projectedVariance[i] = (ss - (s * s) / n) / (n - 1);
  }
  return { projectedMean, projectedVariance };
}

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
      const mc = monteCarlo(eigenvalues, mean, schedule, prior, n, 1234 + steps);
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
