import { builtinSpectrum, geometricSpectrum, isKlschedError, type Spectrum } from "@klsched/core-linalg";
import { type NoiseProcess, parseProcess, parseStrategy, sigmasOf, strategySchedule } from "@klsched/discretization";
import { parseSampler, type Sampler } from "@klsched/gaussian-flow";
import { DIVERGENCE_NAMES, scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { baselineLevels } from "./baseline-levels.js";
import { resolveMinGap } from "./min-gap.js";
import { guardedDivergence } from "./objective.js";
import { DEGENERATE_FACTOR, optimalSchedule } from "./optimal-schedule.js";
import { freeLevelRange } from "./optimization-context.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";

const mnist = builtinSpectrum("mnist");

function figures(spectrum: Spectrum, process: NoiseProcess, sampler: Sampler, levels: ArrayLike<number>) {
  return scheduleKL({ spectrum, schedule: scheduleFromLevels(process, levels), sampler });
}

/** The least ln-s gap between neighbouring noisy levels s₀ … s_{N−1} (the clean jump aside). */
function leastGap(levels: Float64Array): number {
  let least = Number.POSITIVE_INFINITY;
  for (let k = 1; k < levels.length - 1; k++) {
    if (levels[k - 1] !== Number.POSITIVE_INFINITY) least = Math.min(least, Math.log(levels[k - 1]! / levels[k]!));
  }
  return least;
}

describe("safe optima by default (issue 12, item 1)", () => {
  it("heun on sd15 with MNIST at N = 10: no merged levels, inside the trained range, KL and reverse KL both below karras", () => {
    const process = parseProcess("sd15");
    const heun = parseSampler("heun");
    const optimum = optimalSchedule({ spectrum: mnist, process, sampler: heun }, 10);
    const karras = figures(mnist, process, heun, sigmasOf(strategySchedule(process, { kind: "karras", rho: 7 }, 10)));
    const ours = figures(mnist, process, heun, optimum.levels);
    const range = freeLevelRange({ process });
    expect(leastGap(optimum.levels)).toBeGreaterThanOrEqual(resolveMinGap(undefined, 10, range.start, range.floor) * (1 - 1e-9));
    expect(optimum.levels[9]).toBeGreaterThanOrEqual(range.floor * (1 - 1e-12));
    expect(ours.kl).toBeLessThan(karras.kl);
    expect(ours.klReverse).toBeLessThan(karras.klReverse);
    expect(optimum.guard).toMatchObject({ divergence: "klReverse" });
  });

  it("dpmpp-2m on flow with MNIST at N = 10: no near-duplicate levels (the default gap π/20), KL and reverse KL below every baseline", () => {
    const process = parseProcess("flow");
    const dpm = parseSampler("dpmpp-2m");
    const optimum = optimalSchedule({ spectrum: mnist, process, sampler: dpm }, 10);
    expect(leastGap(optimum.levels)).toBeGreaterThanOrEqual((Math.PI / 20) * (1 - 1e-9));
    const ours = figures(mnist, process, dpm, optimum.levels);
    for (const baseline of baselineLevels(process, 10)) {
      const theirs = figures(mnist, process, dpm, baseline.levels);
      expect(ours.kl, baseline.label).toBeLessThan(theirs.kl);
      expect(ours.klReverse, baseline.label).toBeLessThan(theirs.klReverse);
    }
  });

  it("dpmpp-2m on edm stays inside the trained range (its last noisy level at least s_min = 0.002)", () => {
    const optimum = optimalSchedule({ spectrum: mnist, process: parseProcess("edm"), sampler: parseSampler("dpmpp-2m") }, 8);
    expect(optimum.levels[7]).toBeGreaterThanOrEqual(0.002 * (1 - 1e-12));
  });

  it("the opt-out (no guard, no gap, the whole range) reproduces the first version's heun optimum: merged levels, KL ≤ 3287.58", () => {
    const process = parseProcess("sd15");
    const context = { spectrum: mnist, process, sampler: parseSampler("heun"), guard: false, minGap: 0, keepInRange: false };
    const optimum = optimalSchedule(context, 10);
    expect(leastGap(optimum.levels)).toBeLessThan(1e-3);
    expect(optimum.kl).toBeLessThanOrEqual(3287.58 * (1 + 1e-4));
    expect(optimum.guard).toBeUndefined();
  });

  it("a minimum gap that leaves no room for N levels is refused, naming min-gap", () => {
    const context = { spectrum: mnist, process: parseProcess("sd15") };
    expect(() => optimalSchedule({ ...context, minGap: 1 }, 10)).toThrow(/min-gap=1: 10 levels cannot be 1 apart/);
  });
});

describe("optimiser failures are failures (issue 14, item 2)", () => {
  it("small-T DDPM works: ddpm:T=100 with MNIST at N = 10, and T = 5, 10, 20 for N = 2 … 5", () => {
    const hundred = optimalSchedule({ spectrum: mnist, process: parseProcess("ddpm:T=100") }, 10);
    expect(Number.isFinite(hundred.kl)).toBe(true);
    for (const T of [5, 10, 20]) {
      for (let steps = 2; steps <= 5; steps++) {
        const optimum = optimalSchedule(
          { spectrum: geometricSpectrum(16, 1e-3, 10), process: parseProcess(`ddpm:T=${T}`) },
          steps,
        );
        expect(Number.isFinite(optimum.kl), `T=${T} N=${steps}`).toBe(true);
      }
    }
  });

  it("on an extreme spectrum (edm, ddpm sampler, N = 16, eigenvalues 1e-60 … 1e60) optimal is never above uniform", () => {
    const process = parseProcess("edm");
    const spectrum = geometricSpectrum(64, 1e-60, 1e60);
    const ddpm = parseSampler("ddpm");
    const optimum = optimalSchedule({ spectrum, process, sampler: ddpm }, 16);
    const uniform = figures(spectrum, process, ddpm, sigmasOf(strategySchedule(process, parseStrategy("uniform").strategy, 16)));
    expect(optimum.kl).toBeLessThanOrEqual(uniform.kl);
  });

  it("no finite start is an optimization-failed error, not an invalid argument", () => {
    // one DDIM step from α = 0 to the clean level collapses every direction: KL = ∞ whatever the levels
    try {
      optimalSchedule({ spectrum: geometricSpectrum(4, 0.1, 1), process: parseProcess("flow") }, 1);
      expect.unreachable();
    } catch (error) {
      expect(isKlschedError(error) && error.code).toBe("optimization-failed");
    }
  });
});

describe("every objective's optimum is ≤ every baseline it must match (all of them unless the guard binds)", () => {
  const cases = ["ddim", "heun", "ddpm"].flatMap((sampler) => ["edm", "sd15"].map((process) => [sampler, process] as const));
  it.each(cases)("under %s on %s at N = 8, for kl, reverse KL, W2 and the symmetric KL", (samplerName, processName) => {
    const process = parseProcess(processName);
    const spectrum = geometricSpectrum(32, 1e-4, 10);
    const sampler = parseSampler(samplerName);
    for (const objective of DIVERGENCE_NAMES) {
      const optimum = optimalSchedule({ spectrum, process, sampler, objective }, 8);
      const ours = figures(spectrum, process, sampler, optimum.levels);
      expect(ours[objective]).toBeCloseTo(optimum.value, 8);
      const baselines = baselineLevels(process, 8).map((b) => ({
        label: b.label,
        ...figures(spectrum, process, sampler, b.levels),
      }));
      const guarded = guardedDivergence(objective);
      const least = guarded === undefined ? Number.POSITIVE_INFINITY : Math.min(...baselines.map((b) => b[guarded]));
      if (optimum.guard === undefined) {
        // unguarded: never worse than any baseline, and not degenerate in the other direction
        for (const b of baselines)
          expect(ours[objective], `${objective} vs ${b.label}`).toBeLessThanOrEqual(b[objective] * (1 + 1e-9));
        if (guarded !== undefined) expect(ours[guarded]).toBeLessThanOrEqual(DEGENERATE_FACTOR * least);
      } else {
        // guarded: the other direction at most the least a baseline has, and no worse than the baselines under that bound
        expect(ours[optimum.guard.divergence]).toBeLessThanOrEqual(least);
        for (const b of baselines) {
          if (b[optimum.guard.divergence] <= least) expect(ours[objective]).toBeLessThanOrEqual(b[objective] * (1 + 1e-9));
        }
      }
    }
  });
});
