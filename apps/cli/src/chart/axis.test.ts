import { describe, expect, it } from "vitest";
import { fitAxis, isDrawable, logTicks, niceStep } from "./axis.js";

const labelSize = (label: string) => label.length * 7;

describe("fitAxis", () => {
  it("a log axis maps its values inside [from, to], in order, evenly per decade", () => {
    const axis = fitAxis({ scale: "log", values: [1e-3, 1e-2, 1e-1], from: 300, to: 0, labelSize });
    const [a, b, c] = [1e-3, 1e-2, 1e-1].map(axis.map) as [number, number, number];
    expect(a).toBeLessThan(300);
    expect(c).toBeGreaterThan(0);
    expect(a).toBeGreaterThan(b);
    expect(a - b).toBeCloseTo(b - c, 9);
  });

  it("labels every tick of an axis in one notation", () => {
    const axis = fitAxis({ scale: "log", values: [3e-5, 0.4], from: 300, to: 0, labelSize: () => 12 });
    const labels = axis.ticks.map((t) => t.label).filter((l) => l !== "");
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(label).toMatch(/^(\d×)?10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
  });

  it("ticks at exactly the values given, and ignores those the scale cannot show", () => {
    const axis = fitAxis({ scale: "log", values: [4, 16], ticks: [16, 4, 8, 0], from: 0, to: 400, labelSize });
    expect(axis.ticks).toEqual([
      { value: 4, label: "4" },
      { value: 8, label: "8" },
      { value: 16, label: "16" },
    ]);
  });

  it("blanks labels that would overlap, keeping their grid lines", () => {
    const ticks = Array.from({ length: 64 }, (_, i) => i + 1);
    const axis = fitAxis({ scale: "log", values: ticks, ticks, from: 0, to: 400, labelSize });
    expect(axis.ticks).toHaveLength(64);
    const shown = axis.ticks.filter((t) => t.label !== "");
    expect(shown[0]?.label).toBe("1");
    expect(shown.length).toBeLessThan(30);
    const at = shown.map((t) => axis.map(t.value));
    for (let i = 1; i < at.length; i++) expect((at[i] as number) - (at[i - 1] as number)).toBeGreaterThanOrEqual(13);
  });

  it("a linear axis has round ticks covering its values", () => {
    const axis = fitAxis({ scale: "linear", values: [0.3, 19.2], from: 0, to: 100, labelSize });
    expect(axis.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20]);
    expect(axis.map(0)).toBe(0);
    expect(axis.map(20)).toBe(100);
  });

  it("an axis with no drawable value still has a domain and ticks", () => {
    for (const scale of ["log", "linear"] as const) {
      const axis = fitAxis({ scale, values: [Number.NaN, Number.POSITIVE_INFINITY], from: 0, to: 100, labelSize });
      expect(axis.ticks.length).toBeGreaterThan(0);
      expect(Number.isFinite(axis.map(1))).toBe(true);
    }
  });
});

describe("logTicks, niceStep and isDrawable", () => {
  it("logTicks puts 1, 2, 3, 5 in a short span, 1, 2, 5 in a middle one, decades in a long one", () => {
    expect(logTicks(0, 1).ticks).toEqual([1, 2, 3, 5, 10]);
    expect(logTicks(-2, 0).ticks).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
    const long = logTicks(-20, 0);
    expect(long.ticks).toHaveLength(21);
    expect(long.ticks.filter((v) => long.labelled?.(v)).length).toBeLessThanOrEqual(11);
  });

  it("niceStep rounds up to 1, 2 or 5 times a power of ten", () => {
    expect([0.7, 1.5, 3, 7, 0.012].map(niceStep)).toEqual([1, 2, 5, 10, 0.02]);
  });

  it("isDrawable refuses ∞ and NaN, and 0 and negatives on a log scale", () => {
    expect([1, 0, -1, Number.POSITIVE_INFINITY, Number.NaN].map((v) => isDrawable(v, "log"))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(isDrawable(0, "linear")).toBe(true);
  });
});
