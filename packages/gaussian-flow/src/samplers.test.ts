import { createSpectrum, phi } from "@klsched/core-linalg";
import { parseProcess, parseStrategy, type Schedule, strategySchedule, withoutCleanLevel } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { closedFormOutput, sampledClosedForm } from "./closed-form.js";
import { ddim } from "./ddim.js";
import { stepsForBudget } from "./evaluation-budget.js";
import type { Level } from "./level.js";
import { normalGenerator } from "./random.js";
import { type SampleBatch, sampleSpace } from "./sample-space.js";
import type { Sampler } from "./sampler.js";
import { parseSampler } from "./sampler-spec.js";
import { monteCarlo } from "./test-support/monte-carlo.js";
import {
  ddimEpsilon,
  ddpmEpsilon,
  kDpmpp2m,
  kEuler,
  kEulerAncestral,
  kHeun,
  type Model,
} from "./test-support/reference-samplers.js";

const scheduleOf = (process: string, strategy: string, steps: number): Schedule => {
  const spec = parseStrategy(strategy);
  return strategySchedule(parseProcess(process), spec.strategy, steps, spec.options);
};

/** A nonlinear denoiser: the samplers must not care what the model is. */
const denoiseValue = (v: number, { alpha, sigma }: Level) =>
  (alpha / (alpha * alpha + sigma * sigma)) * 0.8 * v + 0.3 * Math.sin(v);
const denoiseBatch = (x: SampleBatch, level: Level): SampleBatch => ({ ...x, data: x.data.map((v) => denoiseValue(v, level)) });

/** Runs a klsched sampler on a batch with the nonlinear denoiser and seeded noise. */
function runOurs(sampler: Sampler, schedule: Schedule, start: Float64Array, seed: number): Float64Array {
  const normal = normalGenerator(seed);
  const noise = (like: SampleBatch): SampleBatch => ({ ...like, data: Float64Array.from({ length: like.data.length }, normal) });
  return sampler.sample({ n: start.length, d: 1, data: start }, { space: sampleSpace, denoise: denoiseBatch, schedule, noise })
    .data;
}

function expectClose(got: Float64Array, want: Float64Array, tolerance = 1e-11) {
  expect(got.length).toBe(want.length);
  for (let j = 0; j < got.length; j++)
    expect(Math.abs(got[j]! - want[j]!)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want[j]!)));
}

describe("klsched's samplers equal independent transcriptions of the published loops (nonlinear denoiser, samples)", () => {
  const start = Float64Array.from({ length: 64 }, (_, j) => 3 * Math.sin(j * 1.7));

  /** k-diffusion's variables: x̃ = x/α and sigma = σ/α (or, on flow, ComfyUI's CONST frame x and sigma = t). */
  function kFrame(schedule: Schedule) {
    const flow = schedule.process.kind === "flow";
    const scale = (k: number) => (flow ? 1 : schedule.alpha[k]!);
    const sigmas = Array.from(schedule.sigma, (s, k) => s / scale(k));
    const level = (k: number): Level => ({ t: schedule.t[k]!, alpha: schedule.alpha[k]!, sigma: schedule.sigma[k]! });
    const model: Model = (x, k) => x.map((v) => denoiseValue(v * scale(k), level(k)));
    const toFrame = (x: Float64Array) => x.map((v) => v / scale(0));
    const fromFrame = (x: Float64Array) => x.map((v) => v * scale(schedule.t.length - 1));
    return { sigmas, model, toFrame, fromFrame };
  }

  it.each([
    ["edm", "karras", 7],
    ["vp", "uniform", 6],
    ["sd15", "exponential", 5],
    ["flow", "uniform", 6],
  ])("euler, heun and dpmpp-2m on %s %s N=%i", (process, strategy, steps) => {
    const schedule = scheduleOf(process, strategy, steps);
    const { sigmas, model, toFrame, fromFrame } = kFrame(schedule);
    expectClose(runOurs(parseSampler("euler"), schedule, start, 1), fromFrame(kEuler(model, toFrame(start), sigmas)));
    expectClose(runOurs(parseSampler("heun"), schedule, start, 1), fromFrame(kHeun(model, toFrame(start), sigmas)));
    expectClose(runOurs(parseSampler("dpmpp-2m"), schedule, start, 1), fromFrame(kDpmpp2m(model, toFrame(start), sigmas)));
  });

  it.each([
    ["edm", "karras", 7],
    ["vp", "uniform", 6],
  ])("euler-ancestral (η = 1 and 0.5) on %s %s N=%i, with the same noise", (process, strategy, steps) => {
    const schedule = scheduleOf(process, strategy, steps);
    const alpha = (k: number) => schedule.alpha[k]!;
    const sigmas = Array.from(schedule.sigma, (s, k) => s / alpha(k));
    const model: Model = (x, k) => x.map((v) => denoiseValue(v * alpha(k), { t: 0, alpha: alpha(k), sigma: schedule.sigma[k]! }));
    for (const eta of [1, 0.5]) {
      const want = kEulerAncestral(
        model,
        start.map((v) => v / alpha(0)),
        sigmas,
        normalGenerator(9),
        eta,
      ).map((v) => v * alpha(steps));
      expectClose(runOurs(parseSampler(`euler-ancestral:eta=${eta}`), schedule, start, 9), want);
    }
  });

  it.each([
    ["vp", "uniform", 6],
    ["sd15", "karras", 8],
  ])("ddpm and ddim:eta=0.3 on %s %s N=%i equal the papers' ε-form loops", (process, strategy, steps) => {
    const schedule = scheduleOf(process, strategy, steps);
    const alphaBar = Array.from(schedule.alpha, (a) => a * a);
    const model: Model = (x, k) => x.map((v) => denoiseValue(v, { t: 0, alpha: schedule.alpha[k]!, sigma: schedule.sigma[k]! }));
    expectClose(runOurs(parseSampler("ddpm"), schedule, start, 4), ddpmEpsilon(model, start, alphaBar, normalGenerator(4)), 1e-9);
    expectClose(
      runOurs(parseSampler("ddim:eta=0.3"), schedule, start, 4),
      ddimEpsilon(model, start, alphaBar, normalGenerator(4), 0.3),
      1e-9,
    );
  });
});

describe("closed form = Monte Carlo for every sampler (rotated d = 6, 2e5 samples, 4 standard errors)", () => {
  const eigenvalues = [9, 2.5, 1, 0.3, 0.04, 0.002];
  const mean = [1.5, -0.5, 0.25, 0, 2, -1];
  const n = 200_000;
  it.each([
    ["euler", "edm", "karras", 6, "standard"],
    ["heun", "edm", "karras", 5, "exact"],
    ["heun", "flow", "uniform", 4, "standard"],
    ["dpmpp-2m", "vp", "logsnr", 6, "standard"],
    ["dpmpp-2m", "flow", "tangent:c=1", 5, "exact"],
    ["ddim:eta=0.5", "sd15", "uniform", 6, "standard"],
    ["ddpm", "vp", "karras", 6, "exact"],
    ["euler-ancestral", "edm", "karras", 6, "standard"],
    ["euler-ancestral", "flow", "uniform", 5, "standard"],
  ] as const)("%s on %s %s N=%i, %s prior", (samplerName, process, strategy, steps, prior) => {
    const sampler = parseSampler(samplerName);
    const schedule = scheduleOf(process, strategy, steps);
    const closed = closedFormOutput(sampler, {
      eigenvalues: createSpectrum(eigenvalues).eigenvalues,
      schedule,
      prior,
      mean: Float64Array.from(mean),
    });
    const mc = monteCarlo(sampler, eigenvalues, mean, schedule, prior, n, 77 + steps);
    const alphaEnd = schedule.alpha[schedule.alpha.length - 1]!;
    for (let i = 0; i < eigenvalues.length; i++) {
      const v = closed.targetVariance[i]! * Math.exp(closed.logVarianceRatio[i]!);
      const m = alphaEnd * mean[i]! + closed.meanError[i]!;
      expect(Math.abs(mc.projectedVariance[i]! - v)).toBeLessThan(4 * v * Math.sqrt(2 / (n - 1)));
      expect(Math.abs(mc.projectedMean[i]! - m)).toBeLessThan(4 * Math.sqrt(v / n));
    }
  });
});

describe("the samplers that theory says coincide do", () => {
  const eigenvalues = createSpectrum([20, 3, 1, 0.1, 1e-3]).eigenvalues;
  const mean = Float64Array.from([1, -2, 0.5, 0, 3]);
  const closed = (name: string, schedule: Schedule) =>
    closedFormOutput(parseSampler(name), { eigenvalues, schedule, prior: "standard", mean });
  const same = (a: ReturnType<typeof closed>, b: ReturnType<typeof closed>, tolerance: number) => {
    for (let i = 0; i < eigenvalues.length; i++) {
      expect(Math.abs(a.logVarianceRatio[i]! - b.logVarianceRatio[i]!)).toBeLessThanOrEqual(
        tolerance * Math.max(1, Math.abs(b.logVarianceRatio[i]!)),
      );
      expect(Math.abs(a.meanError[i]! - b.meanError[i]!)).toBeLessThanOrEqual(tolerance * 10);
    }
  };

  it.each(["edm", "vp", "ddpm", "sd15", "flow"])(
    "euler equals ddim on %s (Euler on the probability-flow ODE is DDIM)",
    (process) => {
      const schedule = scheduleOf(process, process === "flow" ? "uniform" : "karras", 12);
      same(closed("euler", schedule), closed("ddim", schedule), 1e-10);
      same(
        sampledClosedForm(parseSampler("ddim:eta=0"), { eigenvalues, schedule, prior: "standard", mean }),
        closed("ddim", schedule),
        1e-10,
      );
    },
  );

  it.each(["edm", "vp", "sd15", "flow"])("ddim:eta=1, ddpm and euler-ancestral are one map on %s", (process) => {
    const schedule = scheduleOf(process, process === "flow" ? "uniform" : "karras", 10);
    same(closed("ddim:eta=1", schedule), closed("ddpm", schedule), 1e-10);
    same(closed("euler-ancestral", schedule), closed("ddpm", schedule), 1e-10);
  });

  it("stepsForBudget gives the most steps within an NFE budget", () => {
    const edm = parseProcess("edm");
    expect(stepsForBudget(parseSampler("ddim"), edm, 10)).toBe(10);
    expect(stepsForBudget(parseSampler("heun"), edm, 10)).toBe(5); // 2·5 − 1 = 9 ≤ 10 < 11
    expect(stepsForBudget(parseSampler("heun"), edm, 9)).toBe(5);
    expect(stepsForBudget(parseSampler("heun"), edm, 1)).toBe(1);
    expect(stepsForBudget(parseSampler("dpmpp-2m"), parseProcess("flow"), 7)).toBe(7);
    expect(() => stepsForBudget(ddim, edm, 0)).toThrow(/nfe/);
    // without the clean level the last step is dropped, so one more level fits the budget
    expect(stepsForBudget(parseSampler("ddim"), edm, 10, false)).toBe(11);
    expect(stepsForBudget(parseSampler("heun"), edm, 10, false)).toBe(6); // 2·(6 − 1) = 10
  });

  it("heun and dpmpp-2m differ from ddim, and heun spends 2N − 1 evaluations", () => {
    const schedule = scheduleOf("edm", "karras", 10);
    expect(closed("heun", schedule).logVarianceRatio[2]).not.toBeCloseTo(closed("ddim", schedule).logVarianceRatio[2]!, 6);
    expect(parseSampler("heun").evaluations(schedule)).toBe(19);
    expect(parseSampler("heun").evaluations(withoutCleanLevel(schedule))).toBe(18);
    expect(parseSampler("dpmpp-2m").evaluations(schedule)).toBe(10);
    expect(ddim.evaluations(schedule)).toBe(10);
  });
});

describe("orders of accuracy show in the KL (exact prior, karras, no clean level)", () => {
  const eigenvalues = createSpectrum([4, 1, 0.25, 0.05]).eigenvalues;
  const klAt = (sampler: string, steps: number) => {
    const schedule = withoutCleanLevel(scheduleOf("edm", "karras", steps + 1));
    const out = closedFormOutput(parseSampler(sampler), { eigenvalues, schedule, prior: "exact" });
    return out.logVarianceRatio.reduce((s, d) => s + 0.5 * phi(-d), 0);
  };
  const slope = (sampler: string) => {
    const ns = [50, 100, 200, 400, 800];
    const xs = ns.map(Math.log);
    const ys = ns.map((n) => Math.log(klAt(sampler, n)));
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  };
  it.each([
    ["ddim", -2],
    ["euler", -2],
    ["heun", -4],
    ["dpmpp-2m", -4],
  ] as const)("%s: fitted log-log slope of KL over N = 50…800 is %i ± 0.2", (sampler, want) => {
    expect(Math.abs(slope(sampler) - want)).toBeLessThan(0.2);
  });
});
