import { describe, expect, it } from "vitest";
import { parseSpec } from "./spec.js";
import { assertNever, describeKeys, exampleSpec, type KeySpecs, readKeys } from "./spec-keys.js";

const KEYS = {
  rho: { type: "number", default: 7, rule: { positive: true }, help: "ρ" },
  c: { type: "number", rule: { positive: true }, help: "c" },
  shift: { type: "number", optional: true, help: "shift" },
  spacing: { type: "choice", choices: ["linspace", "leading"], default: "leading", help: "spacing" },
  file: { type: "text", help: "a path" },
} as const satisfies KeySpecs;

describe("readKeys", () => {
  it("readKeys reads numbers, defaults, optional numbers, choices and text by their specs", () => {
    const values = readKeys(parseSpec("k:c=2,spacing=linspace,file=a.npy"), KEYS);
    expect(values).toEqual({ rho: 7, c: 2, shift: undefined, spacing: "linspace", file: "a.npy" });
  });

  it("readKeys refuses an unknown key, a missing required key, a bad choice and a number out of its rule", () => {
    expect(() => readKeys(parseSpec("k:c=1,sigma=2"), KEYS, "strategy")).toThrow(/unknown key "sigma" for k/);
    expect(() => readKeys(parseSpec("k"), KEYS, "strategy")).toThrow(/k needs c=…/);
    expect(() => readKeys(parseSpec("k:c=1,spacing=trailing"), KEYS, "strategy")).toThrow(/expected one of linspace\|leading/);
    expect(() => readKeys(parseSpec("k:c=-1"), KEYS, "strategy")).toThrow(/strategy k\.c.*positive/);
  });

  it("readKeys lets the keys a caller reads itself through", () => {
    expect(readKeys(parseSpec("k:c=1,shift=3,mu=1"), KEYS, "strategy", ["mu"]).shift).toBe(3);
  });
});

describe("describeKeys and exampleSpec", () => {
  it("describeKeys gives one line per key with its value form, default and help", () => {
    expect(describeKeys(KEYS)).toEqual([
      "rho=<number> (default 7): ρ",
      "c=<number> (required): c",
      "shift=<number>: shift",
      "spacing=<linspace|leading> (default leading): spacing",
      "file=<text>: a path",
    ]);
  });

  it("exampleSpec fills the required keys only, and its result reads back", () => {
    expect(exampleSpec("k", KEYS)).toBe("k:c=1");
    expect(readKeys(parseSpec(exampleSpec("k", KEYS)), KEYS).c).toBe(1);
    expect(exampleSpec("plain", {})).toBe("plain");
  });
});

describe("assertNever", () => {
  it("assertNever throws a typed error when a value outside the union arrives at run time", () => {
    expect(() => assertNever("hexagon" as never, "shape")).toThrow(/shape="hexagon": is not one of the known kinds/);
  });

  it("a key spec without its help does not compile", () => {
    // @ts-expect-error `help` is required on every key spec
    const keys: KeySpecs = { rho: { type: "number", default: 7 } };
    expect(Object.keys(keys)).toEqual(["rho"]);
  });
});
