import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { parseNumber, parseSpec, SpecReader } from "./spec.js";

describe("parseSpec", () => {
  it("parseSpec('karras:rho=7,shift=3') gives the kind and both pairs", () => {
    const spec = parseSpec("karras:rho=7,shift=3");
    expect(spec.kind).toBe("karras");
    expect(Object.fromEntries(spec.params)).toEqual({ rho: "7", shift: "3" });
    expect(spec.items).toEqual([]);
  });

  it("parseSpec('sigmas:14.6,2,0') keeps bare items in order", () => {
    expect(parseSpec("sigmas:14.6,2,0").items).toEqual(["14.6", "2", "0"]);
  });

  it("parseSpec rejects empty kinds, empty items and repeated keys", () => {
    for (const bad of ["", ":a=1", "ve:", "ve:smin=1,,smax=2", "ve:smin=1,smin=2", "ve:=3", "ve:smin="]) {
      expect(() => parseSpec(bad, "process")).toThrow(InvalidArgumentError);
    }
  });
});

describe("SpecReader", () => {
  it("SpecReader rejects unknown keys, naming the key and the known ones", () => {
    expect(() => new SpecReader(parseSpec("ve:smni=1"), ["smin", "smax"], "process")).toThrow(/unknown key "smni".*smin, smax/);
  });

  it("SpecReader.number applies defaults and rules", () => {
    const r = new SpecReader(parseSpec("x:a=2.5,n=3"), ["a", "n", "b"]);
    expect(r.number("a", 1, { positive: true })).toBe(2.5);
    expect(r.number("b", 7)).toBe(7);
    expect(r.number("n", undefined, { integer: true })).toBe(3);
    expect(() => r.number("a", undefined, { integer: true })).toThrow(/integer/);
    expect(() => r.number("missing", undefined)).toThrow(/needs missing=/);
  });
});

describe("parseNumber", () => {
  it("parseNumber accepts decimals and exponents and rejects what Number() quietly accepts", () => {
    expect(parseNumber("1e-3")).toBe(0.001);
    expect(parseNumber("-.5")).toBe(-0.5);
    expect(parseNumber("inf")).toBe(Number.POSITIVE_INFINITY);
    for (const bad of ["", " ", "0x10", "1x", "1e", "NaN", "1,5"]) expect(parseNumber(bad)).toBeNaN();
  });
});
