import { isKlschedError, phi } from "@klsched/core-linalg";
import {
  discreteProcess,
  parseProcess,
  parseStrategy,
  type Schedule,
  scheduleFromTimes,
  strategySchedule,
} from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { closedFormOutput } from "./closed-form.js";
import { parseSampler } from "./sampler-spec.js";

const EIGENVALUES = Float64Array.of(4, 1, 0.25, 0.01);

/** KL(source ‖ output) summed over directions, from the closed form (theory §3: ½Σ[φ(−δ) + Δm²/v]). */
function kl(samplerText: string, schedule: Schedule): number {
  const { logVarianceRatio } = closedFormOutput(parseSampler(samplerText), {
    eigenvalues: EIGENVALUES,
    schedule,
    prior: "standard",
  });
  let sum = 0;
  for (const delta of logVarianceRatio) sum += 0.5 * phi(-delta);
  return sum;
}

const uniformOn = (process: ReturnType<typeof parseProcess>, steps: number) =>
  strategySchedule(process, parseStrategy("uniform").strategy, steps);

describe("samplers at α = 0 (zero terminal SNR: sd15:zsnr=zero starts at σ/α = ∞)", () => {
  const zero = parseProcess("sd15:zsnr=zero");

  it.each(["euler", "dpmpp-2m", "ddim", "ddpm", "euler-ancestral"])(
    "%s on sd15:zsnr=zero, uniform, N = 10 is finite",
    (sampler) => {
      expect(Number.isFinite(kl(sampler, uniformOn(zero, 10)))).toBe(true);
    },
  );

  it("euler on sd15:zsnr=zero equals ddim (x' = (σ'/σ)·x + (α' − α·σ'/σ)·D, finite at α = 0)", () => {
    const schedule = uniformOn(zero, 10);
    expect(kl("euler", schedule)).toBeCloseTo(kl("ddim", schedule), 12);
  });

  it("dpmpp-2m from α = 0 is the limit of starts at ᾱ_{T−1} = ε → 0: the gap shrinks as ε does", () => {
    const table = zero.discrete?.alphasCumprod as Float64Array;
    const withEnd = (end: number) => {
      const alphas = Float64Array.from(table);
      alphas[alphas.length - 1] = end;
      return discreteProcess(alphas, `end=${end}`);
    };
    const limit = kl("dpmpp-2m", uniformOn(zero, 10));
    const gaps = [1e-8, 1e-16, 1e-32].map((end) => Math.abs(kl("dpmpp-2m", uniformOn(withEnd(end), 10)) - limit));
    expect(gaps[1]).toBeLessThan(gaps[0] as number);
    expect(gaps[2]).toBeLessThan(gaps[1] as number);
    expect(gaps[2]).toBeLessThan(0.05 * limit);
  });

  it("dpmpp-2m from α = 0 with three noisy levels equals ddim: the second step's history weight h/(2·h_prev) is 0", () => {
    const schedule = uniformOn(zero, 3);
    expect(kl("dpmpp-2m", schedule)).toBeCloseTo(kl("ddim", schedule), 12);
  });

  it("heun from α = 0 is refused with a typed error naming the sampler (its correction diverges as α → 0)", () => {
    let caught: unknown;
    try {
      kl("heun", uniformOn(zero, 10));
    } catch (error) {
      caught = error;
    }
    expect(isKlschedError(caught) && caught.code).toBe("invalid-argument");
    expect((caught as Error).message).toMatch(/^sampler="heun": a Heun step from α = 0/);
  });
});

describe("steps of length zero (repeated levels) leave the state as it is", () => {
  const edm = parseProcess("edm");
  const times = [80, 40, 40, 10, 10, 10, 1, 0.5, 0.5, 0.002, 0];
  const unique = [...new Set(times)];

  it.each(["dpmpp-2m", "euler-ancestral", "ddpm", "euler", "heun", "ddim", "ddim:eta=0.5"])(
    "%s on levels with repeats equals it on the levels without them (diffusers' np.unique)",
    (sampler) => {
      const repeated = kl(sampler, scheduleFromTimes(edm, times));
      expect(Number.isFinite(repeated)).toBe(true);
      expect(repeated).toBeCloseTo(kl(sampler, scheduleFromTimes(edm, unique)), 12);
    },
  );

  it("dpmpp-2m on edm polynomial:p=100, N = 200 (the last levels coincide) is finite", () => {
    const spec = parseStrategy("polynomial:p=100");
    expect(Number.isFinite(kl("dpmpp-2m", strategySchedule(edm, spec.strategy, 200)))).toBe(true);
  });
});
