import { describe, expect, it } from "vitest";
import { convertLevel } from "./convert-level.js";
import { compareLevels, ddimStepTargets, ddimVisitedLevels } from "./diffusers/ddim-visited.js";
import { parseProcess } from "./process-spec.js";
import { parseStrategy, reproducedStrategySchedule } from "./strategy.js";
import type { ToolStrategy } from "./tool-strategy.js";

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
    const spec = parseStrategy("diffusers-ddim:spacing=linspace");
    const intended = reproducedStrategySchedule(p, spec.strategy as ToolStrategy, 10);
    const ts = intended.timesteps ?? new Float64Array();
    expect(Array.from(ddimStepTargets(ts, 1000)).slice(0, 2)).toEqual([899, 788]);
    const visited = ddimVisitedLevels(p, ts);
    const cmp = compareLevels(intended.schedule, visited);
    expect(cmp.differing.length).toBeGreaterThan(0);
    const trailing = reproducedStrategySchedule(p, parseStrategy("diffusers-ddim:spacing=trailing").strategy as ToolStrategy, 10);
    expect(compareLevels(trailing.schedule, ddimVisitedLevels(p, trailing.timesteps ?? [])).differing).toEqual([]);
  });
});
