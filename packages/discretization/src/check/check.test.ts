import { describe, expect, it } from "vitest";
import { scheduleFromTimesteps } from "../custom-levels.js";
import { diffusersFlowMatch } from "../diffusers/flow-match.js";
import { parseProcess } from "../process-spec.js";
import { parseReproducedStrategy, reproducedSchedule } from "../reproduced/reproduced-schedule.js";
import { sigmasOf } from "../schedule.js";
import { strategySchedule } from "../strategy.js";
import { identifySchedule } from "./identify-schedule.js";
import { checkLevels, DPM_WEIGHT_LIMIT } from "./level-problems.js";

const sd15 = parseProcess("sd15");
const toolSigmas = (spec: string, steps: number, process = sd15) => {
  const parsed = parseReproducedStrategy(spec);
  return Array.from(reproducedSchedule(process, parsed.strategy, steps, parsed.options).sigmas);
};

describe("identifySchedule names the lists users paste", () => {
  it("identifySchedule(sd15, Karras ρ = 7 at N = 10) is karras:rho=7, which diffusers' and ComfyUI's Karras equal", () => {
    const id = identifySchedule(sd15, Array.from(sigmasOf(strategySchedule(sd15, { kind: "karras", rho: 7 }, 10))));
    expect(id).toMatchObject({ strategy: "karras:rho=7", verdict: "matches" });
    expect(id.equivalents).toContain("comfy:name=karras");
  });

  it("identifySchedule fits Karras' ρ and the tangent law's c to lists of other parameters", () => {
    expect(identifySchedule(sd15, Array.from(sigmasOf(strategySchedule(sd15, { kind: "karras", rho: 3.5 }, 12)))).strategy).toBe(
      "karras:rho=3.5",
    );
    const edm = parseProcess("edm");
    expect(identifySchedule(edm, Array.from(sigmasOf(strategySchedule(edm, { kind: "tangent", c: 0.25 }, 9)))).strategy).toBe(
      "tangent:c=0.25",
    );
  });

  it("AYS SD1.5 given as its timesteps (diffusers' AysSchedules) or as ComfyUI's sigmas is ays:model=sd1", () => {
    const timesteps = Array.from(sigmasOf(scheduleFromTimesteps(sd15, [999, 850, 736, 645, 545, 455, 343, 233, 124, 24])));
    expect(identifySchedule(sd15, timesteps)).toMatchObject({ strategy: "ays:model=sd1", verdict: "matches" });
    expect(identifySchedule(sd15, toolSigmas("ays:model=sd1", 10))).toMatchObject({
      strategy: "ays:model=sd1",
      verdict: "matches",
    });
  });

  it("ComfyUI's kl_optimal list is comfy:name=kl_optimal, the same levels as tangent:c=1", () => {
    const id = identifySchedule(sd15, toolSigmas("comfy:name=kl_optimal", 10));
    expect(id).toMatchObject({ strategy: "comfy:name=kl_optimal", verdict: "matches" });
    expect(id.equivalents).toContain("tangent:c=1");
  });

  it("SDXL-Lightning's 4-step list (999, 749, 499, 249) is the training levels of sdxl-lightning, among others", () => {
    const sdxl = parseProcess("sdxl");
    const id = identifySchedule(sdxl, Array.from(sigmasOf(scheduleFromTimesteps(sdxl, [999, 749, 499, 249]))));
    expect(id.verdict).toBe("matches");
    expect(id.distilled.map((m) => m.name)).toContain("sdxl-lightning");
  });

  it("SD3's own schedule on the sd3 preset is its pipeline default", () => {
    const sd3 = parseProcess("sd3");
    const levels = Array.from(diffusersFlowMatch(sd3, 8, "sd3", { kind: "static", shift: 3 }).schedule.t, (t) => sd3.s(t));
    expect(identifySchedule(sd3, levels)).toMatchObject({ strategy: "diffusers-flow:pipeline=sd3,shift=3", verdict: "matches" });
  });

  it("a list far from every family is 'nearest', with how far", () => {
    const id = identifySchedule(sd15, [14.6, 14.5, 0.03, 0]);
    expect(id.verdict).toBe("nearest");
    expect(id.maxRelativeDifference).toBeGreaterThan(0.02);
  });
});

describe("checkLevels flags each class of problem, and float32 rounding is none", () => {
  const kinds = (values: number[], unit: "s" | "timestep" | "flow-t" = "s", process = sd15) =>
    checkLevels(process, values, unit).problems.map((p) => [p.kind, p.index]);

  it("a level above the one before it is non-monotone", () => {
    expect(kinds([14.6, 3, 5, 1, 0])).toEqual([["non-monotone", 2]]);
  });

  it("a level equal to the one before it is repeated", () => {
    expect(kinds([14.6, 3, 3, 1])).toEqual([["repeated", 2]]);
    expect(kinds([999, 500, 500, 100], "timestep")).toEqual([["repeated", 2]]);
  });

  it("levels beyond the trained range are outside-range, in σ/α, timesteps and flow t", () => {
    expect(kinds([20, 3, 0.02])).toEqual([
      ["outside-range", 0],
      ["outside-range", 2],
    ]);
    expect(kinds([1200, 500], "timestep")).toEqual([["outside-range", 0]]);
    expect(kinds([1.5, 0.5, 0], "flow-t", parseProcess("flow"))).toEqual([["outside-range", 0]]);
    expect(kinds([100, 1, 0.001], "s", parseProcess("edm"))).toEqual([
      ["outside-range", 0],
      ["outside-range", 2],
    ]);
  });

  it("a tool's float32 σ_max and σ_min, and its float32 arithmetic (2⁻¹⁹ relative), are not outside the range", () => {
    expect(kinds([Math.fround(14.614646624923658), 3, Math.fround(0.02916753316555422), 0])).toEqual([]);
    expect(kinds(toolSigmas("comfy:name=karras", 10))).toEqual([]);
  });

  it(`near-duplicate levels are a dpm-ratio problem where DPM-Solver++(2M)'s weight exceeds ${DPM_WEIGHT_LIMIT}`, () => {
    const near = checkLevels(sd15, [14.6, 3, 1, 0.999, 0.3, 0], "s").problems;
    expect(near.map((p) => [p.kind, p.index])).toEqual([["dpm-ratio", 3]]);
    expect(near[0]?.message).toMatch(/weights the previous denoiser output by/);
    expect(checkLevels(sd15, toolSigmas("comfy:name=karras", 20), "s").problems).toEqual([]);
  });

  it("checkLevels places levels outside the range at its ends and appends the clean level", () => {
    const { times } = checkLevels(sd15, [20, 3, 0.02], "s");
    expect([times[0], times[2], times[3]]).toEqual([999, 0, -1]);
  });
});
