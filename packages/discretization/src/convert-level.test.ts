import { describe, expect, it } from "vitest";
import { convertLevel } from "./convert-level.js";
import { compareLevels, ddimSteps, ddimStepTargets, ddimVisitedLevels } from "./diffusers/ddim-visited.js";
import { parseProcess } from "./process-spec.js";
import { parseReproducedStrategy, reproducedSchedule } from "./reproduced/reproduced-schedule.js";

describe("convertLevel", () => {
  it("convertLevel(sd15, σ_max, s, timestep) is 999 and round trips through every unit", () => {
    const p = parseProcess("sd15");
    expect(convertLevel(p, p.s(999), "s", "timestep")).toBe(999);
    for (const unit of ["time", "timestep", "sigma", "s", "logsnr", "flow-sigma", "alpha"] as const) {
      const v = convertLevel(p, 512.25, "timestep", unit);
      expect(convertLevel(p, v, unit, "timestep")).toBeCloseTo(512.25, 8);
    }
  });

  it("convertLevel on flow: timestep = 1000·t, flow-sigma = t, s = t/(1 − t)", () => {
    const p = parseProcess("flow");
    expect(convertLevel(p, 250, "timestep", "flow-sigma")).toBe(0.25);
    expect(convertLevel(p, 0.25, "flow-sigma", "s")).toBeCloseTo(1 / 3, 15);
    expect(convertLevel(p, 0.25, "sigma", "time")).toBeCloseTo(0.25, 12);
  });

  it("convertLevel refuses training timesteps on continuous processes", () => {
    expect(() => convertLevel(parseProcess("edm"), 10, "timestep", "s")).toThrow(/no training timesteps/);
  });
});

describe("DDIM's t − T/N stepping", () => {
  it("ddimStepTargets steps to t − T // N whatever the spacing; linspace then differs from its schedule", () => {
    const p = parseProcess("sd15");
    const spec = parseReproducedStrategy("diffusers-ddim:spacing=linspace");
    const intended = reproducedSchedule(p, spec.strategy, 10);
    const ts = intended.timesteps ?? new Float64Array();
    expect(Array.from(ddimStepTargets(ts, 1000, 10)).slice(0, 2)).toEqual([899, 788]);
    const visited = ddimVisitedLevels(p, ts);
    const cmp = compareLevels(intended.schedule, visited);
    expect(cmp.differing.length).toBeGreaterThan(0);
    const trailing = reproducedSchedule(p, parseReproducedStrategy("diffusers-ddim:spacing=trailing").strategy, 10);
    expect(compareLevels(trailing.schedule, ddimVisitedLevels(p, trailing.timesteps ?? [])).differing).toEqual([]);
  });

  // Expected values from a numpy transcription of DDIMScheduler.set_timesteps, the img2img pipelines'
  // get_timesteps and the index arithmetic of DDIMScheduler.step (diffusers main, scheduling_ddim.py).
  it("ddimStepTargets strides by T // N of the scheduler's N, not by the number of timesteps it is given (denoise)", () => {
    const p = parseProcess("sd15");
    const spec = parseReproducedStrategy("diffusers-ddim:spacing=linspace,denoise=0.5");
    const truncated = reproducedSchedule(p, spec.strategy, 10, spec.options);
    const ts = truncated.timesteps ?? new Float64Array();
    expect(Array.from(ts)).toEqual([444, 333, 222, 111, 0]);
    expect(Array.from(ddimStepTargets(ts, 1000, 10))).toEqual([344, 233, 122, 11, -1]);
    expect(Array.from(ddimVisitedLevels(p, ts, 10).t)).toEqual([444, 344, 233, 122, 11, -1]);
  });

  it("trailing N = 61: diffusers runs a 62nd step from timestep −1, reading alphas_cumprod[−1] = ᾱ₉₉₉, to final_alpha_cumprod", () => {
    const p = parseProcess("sd15");
    const tool = reproducedSchedule(p, parseReproducedStrategy("diffusers-ddim:spacing=trailing").strategy, 61);
    const ts = tool.timesteps ?? new Float64Array();
    const steps = ddimSteps(ts, 1000, 61);
    expect(steps.length).toBe(62);
    expect(steps.slice(0, 3)).toEqual([
      { timestep: 999, alphaIndex: 999, prevTimestep: 983, target: 983 },
      { timestep: 983, alphaIndex: 983, prevTimestep: 967, target: 967 },
      { timestep: 966, alphaIndex: 966, prevTimestep: 950, target: 950 },
    ]);
    expect(steps.slice(-2)).toEqual([
      { timestep: 15, alphaIndex: 15, prevTimestep: -1, target: -1 },
      { timestep: -1, alphaIndex: 999, prevTimestep: -17, target: -1 },
    ]);
    expect(Array.from(ddimStepTargets(ts, 1000, 61)).slice(-3)).toEqual([16, -1, -1]);
    // x reaches the clean level at step 61; step 62 maps no level of the process to another, so the
    // visited levels end there and the tool's note says what the extra step does.
    const visited = ddimVisitedLevels(p, ts);
    expect(visited.t.length).toBe(62);
    expect(Array.from(visited.t.slice(0, 4))).toEqual([999, 983, 967, 950]);
    expect(Array.from(visited.t.slice(-3))).toEqual([32, 16, -1]);
    expect(Array.from(ddimVisitedLevels(p, ts, 61).t)).toEqual(Array.from(visited.t));
    const note = tool.notes.find((n) => /timestep 61 is -1/.test(n)) ?? "";
    expect(note).toMatch(/step 62 .* alphas_cumprod\[-1\] = ᾱ_999/);
    expect(note).toMatch(/final_alpha_cumprod/);
    expect(note).toMatch(/1\/√ᾱ_999 = 14\.6/);
  });
});
