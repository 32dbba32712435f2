import { exampleSpec } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { PROCESSES, parseProcess } from "./process-spec.js";
import { defineToolStrategy } from "./reproduced/descriptor.js";
import { REPRODUCED_STRATEGIES } from "./reproduced/registry.js";
import { parseReproducedStrategy, reproducedSchedule } from "./reproduced/reproduced-schedule.js";
import { parseStrategy, strategySchedule } from "./strategy.js";
import { defineOwnStrategy } from "./strategy-descriptor.js";
import { OWN_STRATEGIES } from "./strategy-registry.js";
import { toolSchedule } from "./tool-schedule.js";

/** Every key of an entry says what it means. */
function expectDocumented(summary: string, keys: Record<string, { readonly help: string }>): void {
  expect(summary.trim().length).toBeGreaterThan(10);
  for (const [name, key] of Object.entries(keys)) expect(key.help.trim(), `key ${name}`).not.toBe("");
}

describe("the strategy registries", () => {
  it.each(Object.entries(OWN_STRATEGIES))("own strategy %s: keyed by its kind, documented, parsed and scheduled", (kind, d) => {
    expect(d.kind).toBe(kind);
    expectDocumented(d.summary, d.keys);
    const spec = parseStrategy(exampleSpec(kind, d.keys));
    expect(spec.strategy.kind).toBe(kind);
    const schedule = strategySchedule(parseProcess("sd15"), spec.strategy, 8, spec.options);
    expect(schedule.t.length).toBe(9);
  });

  it.each(Object.entries(REPRODUCED_STRATEGIES))("reproduced strategy %s: keyed by its kind, documented, parsed", (kind, d) => {
    expect(d.kind).toBe(kind);
    expectDocumented(d.summary, d.keys);
    const text = d.items ? `${kind}:900,500,100` : exampleSpec(kind, d.keys);
    expect(parseReproducedStrategy(text).strategy.kind).toBe(kind);
  });

  it("the two registries share no kind, so a spec never means two strategies", () => {
    const own = new Set(Object.keys(OWN_STRATEGIES));
    expect(Object.keys(REPRODUCED_STRATEGIES).filter((kind) => own.has(kind))).toEqual([]);
  });

  it("a strategy defined in one file works as soon as it is registered: defineOwnStrategy and defineToolStrategy", () => {
    const halving = defineToolStrategy({
      kind: "halving",
      summary: "a test tool: σ_max, σ_max/2, …, then 0",
      keys: { base: { type: "number", default: 2, rule: { min: 1.1 }, help: "the ratio between levels" } },
      make: ({ base }) => ({ kind: "halving" as const, base }),
      schedule: (process, { base }, steps) =>
        toolSchedule(
          process,
          [...Array.from({ length: steps }, (_, k) => ({ sigma: process.s(process.tStart) / base ** k })), { sigma: 0 }],
          undefined,
        ),
    });
    const value = halving.parse(
      { text: "halving:base=4", kind: "halving", params: new Map([["base", "4"]]), items: [] },
      "s",
      [],
    );
    expect(value).toEqual({ kind: "halving", base: 4 });
    const own = defineOwnStrategy({
      kind: "cubic",
      summary: "a test strategy: t uniform in u³",
      keys: {},
      make: () => ({ kind: "cubic" as const }),
      time: (process, _s, u) => process.tStart + u ** 3 * (process.tEnd - process.tStart),
    });
    const edm = parseProcess("edm");
    expect(own.time(edm, { kind: "cubic" }, 0.5)).toBeCloseTo(edm.tStart + 0.125 * (edm.tEnd - edm.tStart), 12);
  });

  it("a registry entry without its summary, its keys' help or its implementation does not compile", () => {
    // @ts-expect-error `summary` is required
    defineOwnStrategy({ kind: "a", keys: {}, make: () => ({ kind: "a" as const }), time: () => 0 });
    defineOwnStrategy({
      kind: "b",
      summary: "b",
      // @ts-expect-error every key needs its `help`
      keys: { p: { type: "number" } },
      make: () => ({ kind: "b" as const }),
      time: () => 0,
    });
    // @ts-expect-error `time` (the implementation) is required
    defineOwnStrategy({ kind: "c", summary: "c", keys: {}, make: () => ({ kind: "c" as const }) });
    // @ts-expect-error `schedule` (the implementation) is required
    defineToolStrategy({ kind: "d", summary: "d", keys: {}, make: () => ({ kind: "d" as const }) });
    expect(true).toBe(true);
  });
});

describe("the process registry", () => {
  it.each(Object.entries(PROCESSES))("process %s: keyed by its kind, documented, parsed", (kind, d) => {
    expect(d.kind).toBe(kind);
    expectDocumented(d.summary, d.keys);
    expect(parseProcess(exampleSpec(kind, d.keys)).tStart).toBeTypeOf("number");
  });
});

describe("reproducedSchedule reads each tool's flags from its descriptor", () => {
  it("a tool without a denoise or a shift refuses them; one with them takes them", () => {
    const p = parseProcess("sd15");
    const laplace = parseReproducedStrategy("laplace");
    expect(() => reproducedSchedule(p, laplace.strategy, 4, { denoise: 0.5 })).toThrow(/laplace has no denoise in its tool/);
    const comfy = parseReproducedStrategy("comfy:name=simple,denoise=0.5");
    expect(reproducedSchedule(p, comfy.strategy, 4, comfy.options).schedule.t.length).toBe(5);
    const flux = parseReproducedStrategy("diffusers-flow:pipeline=flux,shift=3");
    expect(() => reproducedSchedule(p, flux.strategy, 4, flux.options)).toThrow(/^shift=3: applies only to flow/);
  });
});
