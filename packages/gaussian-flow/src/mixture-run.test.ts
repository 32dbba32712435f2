import { parseProcess, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { eulerAncestral } from "./ancestral.js";
import { ddim } from "./ddim.js";
import { runMixtureSampler } from "./mixture-run.js";
import { testMixture } from "./test-support/mixtures.js";

describe("runMixtureSampler", () => {
  const mixture = testMixture(3, 2, 2, 4);
  const process = parseProcess("vp");
  const a = strategySchedule(process, { kind: "uniform" }, 6);
  const b = strategySchedule(process, { kind: "karras", rho: 7 }, 6);

  it("runMixtureSampler with the same seed repeats exactly, and another seed differs", () => {
    const x = runMixtureSampler(ddim, a, mixture, { n: 5, seed: 3 }).data;
    expect(Array.from(runMixtureSampler(ddim, a, mixture, { n: 5, seed: 3 }).data)).toEqual(Array.from(x));
    expect(Array.from(runMixtureSampler(ddim, a, mixture, { n: 5, seed: 4 }).data)).not.toEqual(Array.from(x));
  });

  it("runMixtureSampler shares the step noise across schedules (common random numbers): euler-ancestral on one schedule twice is identical, on two schedules close", () => {
    const sampler = eulerAncestral(1);
    const one = runMixtureSampler(sampler, a, mixture, { n: 200, seed: 9 }).data;
    const again = runMixtureSampler(sampler, a, mixture, { n: 200, seed: 9, prior: "standard" }).data;
    expect(Array.from(again)).toEqual(Array.from(one));
    const other = runMixtureSampler(sampler, b, mixture, { n: 200, seed: 9 }).data;
    const unpaired = runMixtureSampler(sampler, b, mixture, { n: 200, seed: 10 }).data;
    const distance = (u: Float64Array, v: Float64Array) => u.reduce((t, x, i) => t + (x - (v[i] as number)) ** 2, 0);
    expect(distance(one, other)).toBeLessThan(distance(one, unpaired));
  });
});
