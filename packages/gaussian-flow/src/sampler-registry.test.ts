import { exampleSpec, parseSpec } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { closedFormOutput } from "./closed-form.js";
import { euler } from "./euler.js";
import { defineSampler } from "./sampler-descriptor.js";
import { SAMPLER_NAMES, SAMPLERS } from "./sampler-registry.js";
import { parseSampler } from "./sampler-spec.js";

describe("the sampler registry", () => {
  it.each(Object.entries(SAMPLERS))("sampler %s: keyed by its name, documented, parsed, and runs its closed form", (name, d) => {
    expect(d.name).toBe(name);
    expect(d.summary.trim().length).toBeGreaterThan(10);
    for (const key of Object.values(d.keys)) expect(key.help.trim()).not.toBe("");
    const sampler = parseSampler(exampleSpec(name, d.keys));
    expect(sampler.name).toBe(name);
    expect(sampler.stochastic).toBe(d.stochastic);
    const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, 6);
    const out = closedFormOutput(sampler, { eigenvalues: Float64Array.of(2, 0.5), schedule, prior: "standard" });
    expect(Array.from(out.logVarianceRatio).every(Number.isFinite)).toBe(true);
  });

  it("SAMPLER_NAMES lists the registry in order, and parseSampler's error names them all", () => {
    expect(SAMPLER_NAMES).toEqual(Object.keys(SAMPLERS));
    expect(() => parseSampler("heun3")).toThrow(`expected ${SAMPLER_NAMES.join(", ")}`);
  });

  it("a sampler descriptor works from its one file, and one without summary or implementation does not compile", () => {
    const again = defineSampler({
      name: "euler-again",
      summary: "Euler again (a test)",
      keys: {},
      stochastic: false,
      make: () => euler,
    });
    expect(again.parse(parseSpec("euler-again"), "sampler")).toBe(euler);
    // @ts-expect-error `summary` is required
    defineSampler({ name: "x", keys: {}, stochastic: false, make: () => euler });
    // @ts-expect-error `make` (the implementation) is required
    defineSampler({ name: "y", summary: "y", keys: {}, stochastic: false });
  });
});
