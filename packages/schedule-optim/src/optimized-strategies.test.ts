import { exampleSpec, parseSpec } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { parseAnyStrategy } from "./any-strategy.js";
import { OPTIMIZED_STRATEGIES } from "./optimized-strategies.js";

describe("the optimised-strategy registry", () => {
  it.each(Object.entries(OPTIMIZED_STRATEGIES))(
    "optimised strategy %s: keyed by its value's kind, documented, parsed",
    (kind, d) => {
      expect(d.summary.trim().length).toBeGreaterThan(10);
      for (const key of Object.values(d.keys)) expect(key.help.trim()).not.toBe("");
      const text = exampleSpec(d.spec, d.keys);
      expect(d.accepts(parseSpec(text))).toBe(true);
      expect(parseAnyStrategy(text).kind).toBe(kind);
    },
  );

  it("tangent with c is klsched's own fixed tangent law, without c the fitted one", () => {
    expect(parseAnyStrategy("tangent:c=1").kind).toBe("standard");
    expect(parseAnyStrategy("tangent:fit=asymptotic")).toMatchObject({ kind: "tangent-fit", fit: "asymptotic" });
  });

  it("an unknown kind is refused with every registry's kinds in the message", () => {
    expect(() => parseAnyStrategy("kerras")).toThrow(
      /expected uniform, .*karras.*, diffusers-ddim, .*sigmas, or the optimised tangent, geodesic, optimal/,
    );
  });
});
