import { describe, expect, it } from "vitest";
import { type LineChart, lineChartSvg, type Series } from "./line-chart.js";

/** The inner SVG text of each `<g class="series">`, by its label. */
function seriesGroups(svg: string): Map<string, string> {
  const groups = svg.matchAll(/<g class="series" data-label="([^"]*)">\n(.*?)\n<\/g>/gs);
  return new Map(Array.from(groups, (m) => [m[1] ?? "", m[2] ?? ""]));
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

const line = (label: string, ys: readonly number[]): Series => ({ label, points: ys.map((y, i) => [i + 1, y] as const) });

const chart = (series: readonly Series[], extra: Partial<LineChart> = {}): LineChart => ({
  title: "KL against N",
  subtitle: "edm · isotropic:d=4",
  xLabel: "steps N",
  yLabel: "KL, nats",
  xScale: "log",
  yScale: "log",
  series,
  ...extra,
});

describe("lineChartSvg", () => {
  it("draws a standalone SVG with the titles, one line per series and a legend entry for each", () => {
    const svg = lineChartSvg(chart([line("uniform", [1, 0.5, 0.25]), line("karras", [0.5, 0.1, 0.01])]));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    for (const text of ["KL against N", "edm · isotropic:d=4", "steps N", "KL, nats", "uniform", "karras"]) {
      expect(svg).toContain(`>${text}</text>`);
    }
    const groups = seriesGroups(svg);
    expect([...groups.keys()]).toEqual(["uniform", "karras"]);
    for (const group of groups.values()) {
      expect(count(group, "<polyline")).toBe(1);
      expect(count(group, 'class="point"')).toBe(3);
    }
  });

  it("breaks a line at points the axes cannot show, and draws no marker for them", () => {
    const svg = lineChartSvg(chart([line("a", [1, Number.POSITIVE_INFINITY, 0.5, 0.25, 0, 0.1, 0.05])]));
    const group = seriesGroups(svg).get("a") ?? "";
    expect(count(group, "<polyline")).toBe(2);
    expect(count(group, 'class="point"')).toBe(5);
  });

  it("keeps twelve lines apart: every line has its own colour, dash and marker combination", () => {
    const series = Array.from({ length: 12 }, (_, i) => line(`s${i}`, [1 + i, 2 + i]));
    const groups = [...seriesGroups(lineChartSvg(chart(series))).values()];
    const looks = groups.map((g) => {
      const stroke = /stroke="([^"]+)"/.exec(g)?.[1];
      const dash = /stroke-dasharray="([^"]+)"/.exec(g)?.[1] ?? "";
      const marker = /<(circle|rect|path) class="point"/.exec(g)?.[1];
      return `${stroke} ${dash} ${marker}`;
    });
    expect(new Set(looks).size).toBe(12);
  });

  it("grows taller when the legend needs the room", () => {
    const series = Array.from({ length: 30 }, (_, i) => line(`s${i}`, [1, 2]));
    const height = Number(/height="(\d+)"/.exec(lineChartSvg(chart(series)))?.[1]);
    expect(height).toBeGreaterThanOrEqual(30 * 18);
  });

  it("escapes text, and cuts titles and legend labels that would not fit", () => {
    const long = `a<b & "c" ${"x".repeat(200)}`;
    const svg = lineChartSvg(chart([line(long, [1, 2])], { title: long }));
    expect(svg).not.toContain("a<b");
    expect(svg).toContain("a&#60;b &#38; &#34;c&#34;");
    const texts = Array.from(svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g), (m) => m[1] ?? "");
    const cut = texts.filter((text) => text.includes("xxxx"));
    expect(cut).toHaveLength(2); // the title and the legend label
    for (const text of cut) {
      expect(text.endsWith("…")).toBe(true);
      expect(text.length).toBeLessThan(100);
    }
  });

  it("follows the page's colours by default, or draws the colours it is given", () => {
    const themed = lineChartSvg(chart([line("a", [1, 2])]));
    expect(themed).not.toMatch(/<svg[^>]* color=/);
    expect(themed).toContain('fill="currentColor"');
    const fixedColours = lineChartSvg(chart([line("a", [1, 2])], { background: "white", foreground: "#222" }));
    expect(fixedColours).toMatch(/<svg[^>]* color="#222"/);
    expect(fixedColours).toContain('<rect width="720" height="380" fill="white"/>');
  });

  it("ticks the x axis at the values given, and says so when nothing can be drawn", () => {
    const svg = lineChartSvg(chart([line("a", [1, 0.5, 0.2, 0.1])], { xTicks: [1, 2, 3, 4] }));
    for (const n of ["1", "2", "3", "4"]) expect(svg).toMatch(new RegExp(`text-anchor="middle" fill="currentColor">${n}</text>`));
    expect(svg).not.toContain("no point can be drawn");
    const empty = lineChartSvg(chart([line("a", [Number.POSITIVE_INFINITY, 0])]));
    expect(empty).toContain(">no point can be drawn on these axes</text>");
  });

  it("draws the guide line at markX", () => {
    expect(lineChartSvg(chart([line("a", [1, 2])], { markX: 2 }))).toContain('class="guide"');
    expect(lineChartSvg(chart([line("a", [1, 2])], { markX: 0 }))).not.toContain('class="guide"');
  });
});
