import { parseProcess } from "@klsched/discretization";
import { parseSampler } from "@klsched/gaussian-flow";
import { parseAnyStrategy } from "@klsched/schedule-optim";
import { describe, expect, it } from "vitest";
import { PROCESS_PRESETS, SAMPLER_PRESETS, STRATEGY_CHOICES } from "../src/playground/view-model";

describe("the playground's menus come from the registries", () => {
  it("every process preset parses, one per registry entry, labelled with its summary", () => {
    for (const { spec, label } of PROCESS_PRESETS) {
      expect(() => parseProcess(spec)).not.toThrow();
      expect(label.startsWith(`${spec.split(":")[0]} — `)).toBe(true);
    }
    expect(PROCESS_PRESETS.map((p) => p.spec)).toContain("sd15");
  });

  it("every sampler preset and every strategy choice parses", () => {
    for (const sampler of SAMPLER_PRESETS)
      expect(parseSampler(sampler).name).toBe(sampler.split(":")[0] === "ddim" && sampler.includes("eta") ? sampler : sampler);
    for (const strategy of STRATEGY_CHOICES) expect(parseAnyStrategy(strategy).label).toBe(strategy);
    expect(STRATEGY_CHOICES).toEqual(expect.arrayContaining(["karras", "tangent:c=1", "tangent", "geodesic", "optimal"]));
  });
});
