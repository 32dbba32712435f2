import { describe, expect, it } from "vitest";
import { PALETTE, seriesStyle } from "./series-style.js";

const key = (index: number) => {
  const style = seriesStyle(index);
  return `${style.color} ${style.dash} ${style.marker}`;
};

describe("seriesStyle", () => {
  it("gives the first ten lines the ten palette colours, solid with round markers", () => {
    const styles = Array.from({ length: 10 }, (_, i) => seriesStyle(i));
    expect(styles.map((s) => s.color)).toEqual([...PALETTE]);
    for (const s of styles) expect(s).toMatchObject({ dash: "", marker: "circle" });
  });

  it("keeps up to forty lines distinguishable: past the palette, another dash and marker shape", () => {
    const keys = Array.from({ length: 40 }, (_, i) => key(i));
    expect(new Set(keys).size).toBe(40);
    expect(seriesStyle(10)).toMatchObject({ color: PALETTE[0], marker: "square" });
    expect(seriesStyle(10).dash).not.toBe("");
    expect(seriesStyle(11).color).toBe(PALETTE[1]);
  });

  it("lets a line choose its colour, a dash, or no markers", () => {
    expect(seriesStyle(0, { color: "red", dashed: true, markers: false })).toEqual({
      color: "red",
      dash: "6 4",
      marker: undefined,
    });
    expect(seriesStyle(12, { dashed: true }).dash).toBe(seriesStyle(12).dash);
  });
});
