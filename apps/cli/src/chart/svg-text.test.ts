import { describe, expect, it } from "vitest";
import { escapeXml, fitText, fixed, textWidth } from "./svg-text.js";

describe("svg-text", () => {
  it("escapeXml escapes the five XML specials and nothing else", () => {
    expect(escapeXml(`a<b>&"c"'d' · ‖`)).toBe("a&#60;b&#62;&#38;&#34;c&#34;&#39;d&#39; · ‖");
  });

  it("fixed writes one decimal", () => {
    expect([fixed(1), fixed(2.25), fixed(-0.04)]).toEqual(["1.0", "2.3", "-0.0"]);
  });

  it("textWidth grows with the text and counts narrow and wide characters apart", () => {
    expect(textWidth("", 12)).toBe(0);
    expect(textWidth("ab", 12)).toBeGreaterThan(textWidth("a", 12));
    expect(textWidth("iiii", 12)).toBeLessThan(textWidth("mmmm", 12));
    expect(textWidth("abc", 24)).toBeCloseTo(2 * textWidth("abc", 12), 9);
  });

  it("fitText keeps text that fits and cuts the rest with … within the width", () => {
    expect(fitText("karras", 100, 12)).toBe("karras");
    const cut = fitText("x".repeat(100), 100, 12);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
    expect(textWidth(`${cut.slice(0, -1)}x…`, 12)).toBeGreaterThan(100);
  });
});
