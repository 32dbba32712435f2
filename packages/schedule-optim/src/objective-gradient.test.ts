import { createSpectrum, geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess } from "@klsched/discretization";
import { parseSampler, SAMPLERS } from "@klsched/gaussian-flow";
import { DIVERGENCE_NAMES, DIVERGENCES } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { ddimObjectiveWithGradient } from "./ddim-kl-gradient.js";
import { minimizeLbfgs } from "./lbfgs.js";
import { type LevelChart, levelsFromLogits, logitGradient, logitsFromLevels } from "./level-chart.js";
import { objectiveInLogits } from "./objective-gradient.js";
import { freeLevelRange, referenceScale } from "./optimization-context.js";
import { samplerKLWithGradient } from "./sampler-kl-gradient.js";

const spectrum = createSpectrum(Array.from({ length: 24 }, (_, i) => 8 * 0.7 ** i));
const mean = Float64Array.from({ length: 24 }, (_, i) => Math.sin(i + 1));
const SAMPLER_SPECS = [...Object.keys(SAMPLERS), "ddim:eta=0.5", "euler-ancestral:eta=0.3"];

/** (−f(x + 2h) + 8f(x + h) − 8f(x − h) + f(x − 2h))/(12h) along coordinate m of x, h = 10⁻⁴. */
function centralDifference(f: (x: Float64Array) => number, x: Float64Array, m: number): number {
  const h = 1e-4;
  const at = (t: number) => {
    const y = Float64Array.from(x);
    y[m]! += t;
    return f(y);
  };
  return (-at(2 * h) + 8 * at(h) - 8 * at(-h) + at(-2 * h)) / (12 * h);
}

function chartFor(processName: string, steps: number, minGap = 0): LevelChart {
  const range = freeLevelRange({ process: parseProcess(processName) });
  return { ...range, scale: referenceScale(spectrum.eigenvalues), steps, minGap };
}

describe("objectiveInLogits: exact gradients for every sampler and objective", () => {
  it.each(SAMPLER_SPECS)(
    "objectiveInLogits under %s equals central differences to 1e-6 relative, for every divergence (edm and sd15, a mean, a gap)",
    (name) => {
      for (const processName of ["edm", "sd15"]) {
        const chart = chartFor(processName, 6, 0.05);
        const logits = Float64Array.from([0.3, -0.2, 0.1, 0.4, -0.5, 0.2]);
        for (const objective of DIVERGENCE_NAMES) {
          const context = { spectrum, process: parseProcess(processName), sampler: parseSampler(name), objective, mean };
          const f = objectiveInLogits(context, chart);
          const gradient = new Float64Array(6);
          f(logits, gradient);
          const value = (x: Float64Array) => f(x, new Float64Array(6));
          for (let m = 0; m < 6; m++) {
            const fd = centralDifference(value, logits, m);
            expect(Math.abs(gradient[m]! - fd), `${name} ${processName} ${objective} logit ${m}`).toBeLessThanOrEqual(
              1e-6 * Math.max(Math.abs(fd), 1e-6 * Math.abs(value(logits))),
            );
          }
        }
      }
    },
  );

  it.each(["heun", "ddpm"])(
    "objectiveInLogits under %s with a bound on the reverse KL (the augmented Lagrangian's term) equals central differences",
    (name) => {
      const chart = chartFor("vp", 5);
      const context = { spectrum, process: parseProcess("vp"), sampler: parseSampler(name) };
      const logits = Float64Array.from([0.1, 0.2, -0.3, 0.4, 0]);
      const reverse = objectiveInLogits({ ...context, objective: "klReverse" }, chart)(logits, new Float64Array(5));
      for (const bound of [reverse * 0.5, reverse * 2]) {
        // active (λ + ρc > 0) and inactive constraints
        const penalty = { divergence: DIVERGENCES.klReverse, bound, multiplier: 3, rho: 40 };
        const f = objectiveInLogits(context, chart, penalty);
        const gradient = new Float64Array(5);
        f(logits, gradient);
        for (let m = 0; m < 5; m++) {
          const fd = centralDifference((x) => f(x, new Float64Array(5)), logits, m);
          expect(Math.abs(gradient[m]! - fd)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(fd)));
        }
      }
    },
  );

  it.each(DIVERGENCE_NAMES)(
    "the tape's reverse mode under ddim equals DDIM's analytic gradient (objective %s) to 1e-9 relative",
    (objective) => {
      const process = parseProcess("vp");
      const chart = chartFor("vp", 7);
      const logits = Float64Array.from([0.2, -0.1, 0.3, 0.05, -0.4, 0.1, 0.3]);
      const levels = levelsFromLogits(chart, logits);
      const levelGradient = new Float64Array(8);
      const divergence = DIVERGENCES[objective];
      const sum = ddimObjectiveWithGradient(
        spectrum.eigenvalues,
        process,
        "standard",
        levels,
        levelGradient,
        divergence,
        mean,
      ).sum;
      for (let k = 0; k < 8; k++) levelGradient[k]! *= divergence.totalDerivative(sum);
      const analytic = logitGradient(chart, logits, levels, levelGradient);
      // euler is DDIM in another frame: the same output, through the tape
      const viaTape = new Float64Array(7);
      objectiveInLogits({ spectrum, process, sampler: parseSampler("euler"), objective, mean }, chart)(logits, viaTape);
      for (let m = 0; m < 7; m++) {
        expect(Math.abs(viaTape[m]! - analytic[m]!)).toBeLessThanOrEqual(1e-9 * Math.max(...analytic.map(Math.abs)));
      }
    },
  );
});

describe("optima with exact gradients equal those with central differences", () => {
  it.each(["heun", "dpmpp-2m", "ddpm"])(
    "L-BFGS under %s from one start reaches the same KL with the exact gradient as with central differences, to 1e-8",
    (name) => {
      const process = parseProcess("edm");
      const small = geometricSpectrum(16, 1e-3, 10);
      const context = { spectrum: small, process, sampler: parseSampler(name) };
      const chart: LevelChart = { start: 80, floor: 0, scale: referenceScale(small.eigenvalues), steps: 6 };
      const start = logitsFromLevels(chart, [80, 10, 2, 0.5, 0.1, 0.02, 0]);
      const options = { maxIterations: 500, relativeTolerance: 1e-13 };
      const exact = minimizeLbfgs(objectiveInLogits(context, chart), start, options);
      const numeric = minimizeLbfgs((x, g) => samplerKLWithGradient(context, chart, x, g), start, options);
      expect(Math.abs(exact.value / numeric.value - 1)).toBeLessThan(1e-8);
    },
  );
});
