import { createSpectrum, geometricSpectrum, isotropicSpectrum, powerlawSpectrum, type Spectrum } from "@klsched/core-linalg";
import { type NoiseProcess, parseProcess, scheduleFromSigmas, scheduleFromTimes } from "@klsched/discretization";
import type { Prior } from "@klsched/gaussian-flow";
import { scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { parseAnyStrategy, resolveSchedule } from "./any-strategy.js";
import { ddimKLWithGradient } from "./ddim-kl-gradient.js";
import { geodesicSchedule } from "./geodesic-schedule.js";
import { integerOptimalTimesteps } from "./integer-optimal.js";
import { levelsFromLogits, logitGradient, logitsFromLevels } from "./level-chart.js";
import { optimalSchedule } from "./optimal-schedule.js";
import { levelRange, referenceScale } from "./optimization-context.js";
import { rankingCandidates } from "./ranking-candidates.js";
import { tangentLevels } from "./tangent-fit.js";
import { nelderMead } from "./test-support/nelder-mead.js";

const klOfLevels = (spectrum: Spectrum, process: NoiseProcess, prior: Prior, levels: Float64Array) =>
  scheduleKL({ spectrum, schedule: scheduleFromSigmas(process, levels), prior }).kl;

describe("gradients", () => {
  it.each([
    ["edm", "standard"],
    ["vp", "exact"],
    ["sd15", "standard"],
    ["flow", "exact"],
  ] as const)("ddimKLWithGradient on %s (%s prior) agrees with central differences to 1e-6", (name, prior) => {
    const process = parseProcess(name);
    const spectrum = geometricSpectrum(12, 1e-3, 5);
    const { start, floor } = levelRange(process);
    const levels = tangentLevels(start, Math.max(floor, 0), referenceScale(spectrum.eigenvalues), 6);
    if (floor > 0) levels[5] = Math.max(levels[5]!, floor * 1.5);
    const gradient = new Float64Array(7);
    ddimKLWithGradient(spectrum.eigenvalues, process, prior, levels, gradient);
    for (let k = 1; k < 6; k++) {
      const h = 1e-6 * levels[k]!;
      const plus = Float64Array.from(levels);
      const minus = Float64Array.from(levels);
      plus[k]! += h;
      minus[k]! -= h;
      const fd = (klOfLevels(spectrum, process, prior, plus) - klOfLevels(spectrum, process, prior, minus)) / (2 * h);
      expect(Math.abs(gradient[k]! - fd)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(fd)));
    }
  });

  it("the logit chart gives strictly decreasing levels above the floor, round-trips, and chains the gradient", () => {
    const chart = { start: 80, floor: 0.01, scale: 0.7, steps: 5 };
    const logits = Float64Array.from([0.3, -1, 2, 0.1, -3]);
    const levels = levelsFromLogits(chart, logits);
    for (let k = 1; k < 5; k++) expect(levels[k]).toBeLessThan(levels[k - 1]!);
    expect(levels[4]).toBeGreaterThan(0.01);
    const back = levelsFromLogits(chart, logitsFromLevels(chart, levels));
    back.forEach((v, k) => {
      expect(v).toBeCloseTo(levels[k]!, 12);
    });
    // f(levels) = Σ k·s_k: ∂f/∂x by the chain rule vs central differences in x
    const f = (x: Float64Array) => levelsFromLogits(chart, x).reduce((s, v, k) => (k >= 1 && k <= 4 ? s + k * v : s), 0);
    const levelGradient = Float64Array.from([0, 1, 2, 3, 4, 0]);
    const g = logitGradient(chart, logits, levels, levelGradient);
    for (let m = 0; m < 5; m++) {
      const plus = Float64Array.from(logits);
      const minus = Float64Array.from(logits);
      plus[m]! += 1e-6;
      minus[m]! -= 1e-6;
      expect(g[m]).toBeCloseTo((f(plus) - f(minus)) / 2e-6, 5);
    }
  });
});

describe("optimal on one eigenvalue", () => {
  it.each(["edm", "vp", "flow"])(
    "on an isotropic spectrum, optimal is the equal-angle tangent law with c = √λ run to s = 0 (%s)",
    (name) => {
      const process = parseProcess(name);
      for (const lambda of [0.04, 1, 9]) {
        const spectrum = isotropicSpectrum(8, lambda);
        for (const steps of [3, 8, 20]) {
          for (const prior of ["standard", "exact"] as const) {
            const { levels } = optimalSchedule({ spectrum, process, prior }, steps);
            const want = tangentLevels(levelRange(process).start, 0, Math.sqrt(lambda), steps);
            for (let k = 1; k < steps; k++) expect(Math.abs(levels[k]! / want[k]! - 1)).toBeLessThan(1e-6);
          }
        }
      }
    },
  );
});

describe("the grid: optimal ≤ every other strategy, geodesic within 2 % for N ≥ 8", () => {
  const spectra: [string, Spectrum][] = [
    ["isotropic:d=4,lambda=0.3", isotropicSpectrum(4, 0.3)],
    ["geometric:d=64,min=1e-4,max=10", geometricSpectrum(64, 1e-4, 10)],
    ["powerlaw:d=3072,exponent=1.2,scale=10", powerlawSpectrum(3072, 1.2, 10)],
    ["geometric:d=3072,min=1e-4,max=10", geometricSpectrum(3072, 1e-4, 10)],
  ];
  const cases: [string, string, number, Prior][] = [];
  for (const process of ["edm", "vp", "ddpm", "sd15", "flow"]) {
    for (const [spectrum] of spectra) {
      const big = spectrum.includes("3072");
      for (const steps of big ? [4, 16] : [2, 8, 64]) {
        cases.push([process, spectrum, steps, cases.length % 2 === 0 ? "standard" : "exact"]);
      }
    }
  }

  it("covers at least 50 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases)("%s, %s, N = %i, %s prior", (processName, spectrumName, steps, prior) => {
    const process = parseProcess(processName);
    const spectrum = spectra.find(([name]) => name === spectrumName)![1];
    const context = { process, spectrum, prior };
    const optimal = scheduleKL({ spectrum, schedule: resolveSchedule(parseAnyStrategy("optimal"), steps, context), prior }).kl;
    for (const candidate of rankingCandidates(spectrum)) {
      if (candidate === "optimal") continue;
      let schedule: ReturnType<typeof resolveSchedule>;
      try {
        schedule = resolveSchedule(parseAnyStrategy(candidate), steps, context);
      } catch {
        continue; // e.g. karras on flow: a strategy this process cannot take
      }
      const kl = scheduleKL({ spectrum, schedule, prior }).kl;
      expect(optimal, candidate).toBeLessThanOrEqual(kl * (1 + 1e-9));
      if (candidate === "geodesic" && steps >= 8) expect(kl / optimal - 1, "geodesic").toBeLessThan(0.02);
    }
  });
});

describe("a derivative-free search from the optimum finds nothing lower", () => {
  it.each([
    ["edm", 3, "standard"],
    ["vp", 4, "exact"],
    ["flow", 4, "standard"],
    ["sd15", 3, "exact"],
  ] as const)("Nelder–Mead in ln s around optimal (%s, N = %i, %s prior)", (name, steps, prior) => {
    const process = parseProcess(name);
    const spectrum = createSpectrum([6, 1, 0.2, 0.01, 3e-4]);
    const { levels, kl } = optimalSchedule({ spectrum, process, prior }, steps);
    const { floor } = levelRange(process);
    const f = (x: number[]) => {
      const trial = Float64Array.from(levels);
      for (let k = 1; k < steps; k++) trial[k] = Math.exp(x[k - 1]!);
      for (let k = 1; k < steps; k++) if (!(trial[k]! < trial[k - 1]! && trial[k]! > floor)) return Number.POSITIVE_INFINITY;
      return klOfLevels(spectrum, process, prior, trial);
    };
    const found = nelderMead(f, Array.from(levels.subarray(1, steps), Math.log), 0.05);
    expect(found.value).toBeGreaterThanOrEqual(kl * (1 - 1e-8));
  });
});

describe("integer optimum", () => {
  it.each(["ddpm", "sd15"])("on %s: never worse than rounding a continuous strategy, and no single move improves it", (name) => {
    const process = parseProcess(name);
    const spectrum = geometricSpectrum(32, 1e-4, 10);
    for (const steps of [4, 10]) {
      const context = { process, spectrum, prior: "standard" as const };
      const best = integerOptimalTimesteps(context, steps);
      const klOfTimesteps = (t: ArrayLike<number>) =>
        scheduleKL({ spectrum, schedule: scheduleFromTimes(process, [...Array.from(t), process.tClean]) }).kl;
      expect(best.timesteps[0]).toBe(999);
      for (let k = 1; k < steps; k++) expect(best.timesteps[k]).toBeLessThan(best.timesteps[k - 1]!);
      for (const strategy of [
        "uniform",
        "quadratic",
        "exponential",
        "karras",
        "karras:rho=3",
        "tangent:c=1",
        "geodesic",
        "tangent",
      ]) {
        const rounded = resolveSchedule(parseAnyStrategy(strategy), steps, context, { round: true });
        expect(best.kl, strategy).toBeLessThanOrEqual(scheduleKL({ spectrum, schedule: rounded }).kl * (1 + 1e-12));
      }
      for (let k = 1; k < steps; k++) {
        for (const move of [-1, 1]) {
          const moved = Int32Array.from(best.timesteps);
          moved[k]! += move;
          const valid = moved[k]! >= 0 && moved[k]! < moved[k - 1]! && (k + 1 >= steps || moved[k]! > moved[k + 1]!);
          if (valid) expect(klOfTimesteps(moved)).toBeGreaterThanOrEqual(best.kl);
        }
      }
    }
  });

  it("refuses more steps than the model has timesteps", () => {
    expect(() => integerOptimalTimesteps({ process: parseProcess("ddpm:T=10"), spectrum: isotropicSpectrum(2, 1) }, 11)).toThrow(
      /at most 10/,
    );
    expect(() =>
      resolveSchedule(parseAnyStrategy("optimal"), 1001, { process: parseProcess("sd15"), spectrum: isotropicSpectrum(2, 1) }),
    ).toThrow(/only 1000/);
  });
});

describe("geodesic", () => {
  it("geodesic on one eigenvalue is the tangent law with c = √λ to s = 0", () => {
    const process = parseProcess("edm");
    const { levels } = geodesicSchedule({ process, spectrum: isotropicSpectrum(3, 0.5), prior: "exact" }, 10);
    const want = tangentLevels(80, 0, Math.sqrt(0.5), 10);
    for (let k = 1; k < 10; k++) expect(Math.abs(levels[k]! / want[k]! - 1)).toBeLessThan(1e-9);
  });
});
