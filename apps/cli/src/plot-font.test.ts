import { describe, expect, it } from "vitest";
import { FONT_PATHS, FONT_VARIABLE, plotFontPath } from "./plot-font.js";

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe("plotFontPath", () => {
  it("takes the file KLSCHED_PLOT_FONT names, else the first usual font that exists", () => {
    expect(plotFontPath("a.png", { [FONT_VARIABLE]: "/f.ttf" }, only("/f.ttf", FONT_PATHS[0]))).toBe("/f.ttf");
    expect(plotFontPath("a.png", {}, only(FONT_PATHS[1], FONT_PATHS[2]))).toBe(FONT_PATHS[1]);
    expect(plotFontPath("a.png", { [FONT_VARIABLE]: "" }, only(FONT_PATHS[0]))).toBe(FONT_PATHS[0]);
  });

  it("names --plot, the path looked at and the ways out when no font is found", () => {
    expect(() => plotFontPath("a.png", {}, only())).toThrow(
      new RegExp(
        `^--plot "a\\.png": a PNG needs a font for its text and none was found at ${FONT_PATHS[0]} .*${FONT_VARIABLE}=/path/to/font\\.ttf, or plot to a \\.svg file$`,
      ),
    );
  });

  it("does not look elsewhere when KLSCHED_PLOT_FONT names a missing file", () => {
    expect(() => plotFontPath("a.png", { [FONT_VARIABLE]: "/no.ttf" }, only(FONT_PATHS[0]))).toThrow(
      `--plot "a.png": the font file ${FONT_VARIABLE}="/no.ttf" does not exist`,
    );
  });
});
