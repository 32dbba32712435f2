import { geometricSpectrum, powerlawSpectrum } from "@klsched/core-linalg";
import { parseProcess, scheduleFromSigmas } from "@klsched/discretization";
import { ddim, parseSampler } from "@klsched/gaussian-flow";
import { scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { parseAnyStrategy, resolveSchedule } from "./any-strategy.js";
import { ddimKLWithGradient } from "./ddim-kl-gradient.js";
import { levelsFromLogits, logitGradient } from "./level-chart.js";
import { optimalSchedule } from "./optimal-schedule.js";
import { levelRange, referenceScale } from "./optimization-context.js";
import { rankingCandidates } from "./ranking-candidates.js";
import { samplerKLWithGradient } from "./sampler-kl-gradient.js";

describe("optimisation for every sampler", () => {
  it("samplerKLWithGradient (central differences) agrees with DDIM's analytic gradient to 1e-6", () => {
    const process = parseProcess("vp");
    const spectrum = geometricSpectrum(10, 1e-3, 5);
    const { start, floor } = levelRange(process);
    const chart = { start, floor, scale: referenceScale(spectrum.eigenvalues), steps: 6 };
    const logits = Float64Array.from([0.2, -0.4, 0.1, 0.5, -0.2, 0.3]);
    const numeric = new Float64Array(6);
    const value = samplerKLWithGradient({ spectrum, process, sampler: ddim, prior: "standard" }, chart, logits, numeric);
    const levels = levelsFromLogits(chart, logits);
    const levelGradient = new Float64Array(7);
    expect(ddimKLWithGradient(spectrum.eigenvalues, process, "standard", levels, levelGradient)).toBeCloseTo(value, 12);
    const analytic = logitGradient(chart, logits, levels, levelGradient);
    for (let m = 0; m < 6; m++)
      expect(Math.abs(numeric[m]! - analytic[m]!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(analytic[m]!)));
  });

  it.each([
    ["edm", "geometric"],
    ["flow", "powerlaw"],
    ["sd15", "geometric"],
  ])("on %s with a %s spectrum the dpmpp-2m optimum differs from DDIM's and beats it under dpmpp-2m", (name, kind) => {
    const process = parseProcess(name);
    const spectrum = kind === "geometric" ? geometricSpectrum(32, 1e-4, 10) : powerlawSpectrum(64, 1, 10);
    const dpm = parseSampler("dpmpp-2m");
    const steps = 8;
    const forDdim = optimalSchedule({ spectrum, process, prior: "standard" }, steps).levels;
    const forDpm = optimalSchedule({ spectrum, process, prior: "standard", sampler: dpm }, steps);
    const klUnderDpm = (levels: Float64Array) =>
      scheduleKL({ spectrum, schedule: scheduleFromSigmas(process, levels), sampler: dpm }).kl;
    let largest = 0;
    for (let k = 1; k < steps; k++) largest = Math.max(largest, Math.abs(forDpm.levels[k]! / forDdim[k]! - 1));
    expect(largest).toBeGreaterThan(1e-3);
    expect(forDpm.kl).toBeLessThan(klUnderDpm(forDdim));
    expect(forDpm.kl).toBeCloseTo(klUnderDpm(forDpm.levels), 12);
  });

  it.each(["heun", "euler-ancestral", "ddim:eta=0.5"])(
    "optimal under %s is ≤ every ranking candidate under it (edm, N = 6)",
    (name) => {
      const process = parseProcess("edm");
      const spectrum = geometricSpectrum(16, 1e-4, 10);
      const sampler = parseSampler(name);
      const context = { spectrum, process, sampler, prior: "exact" as const };
      const optimal = scheduleKL({
        spectrum,
        schedule: resolveSchedule(parseAnyStrategy("optimal"), 6, context),
        sampler,
        prior: "exact",
      }).kl;
      for (const candidate of rankingCandidates(spectrum)) {
        if (candidate === "optimal") continue;
        const kl = scheduleKL({
          spectrum,
          schedule: resolveSchedule(parseAnyStrategy(candidate), 6, context),
          sampler,
          prior: "exact",
        }).kl;
        expect(optimal, candidate).toBeLessThanOrEqual(kl * (1 + 1e-7));
      }
    },
  );
});
