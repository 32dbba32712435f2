import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterEach, describe, expect, it } from "vitest";
import { FONT_VARIABLE, plotFontPath } from "./plot-font.js";
import { klPlotChart } from "./plot-spec.js";
import { svgToPng } from "./render-plot.js";
import { runCaptured } from "./run-captured.js";

const COMPARE = ["compare", "--process", "edm", "--spectrum", "geometric:d=16,min=1e-3,max=10", "--steps", "4,8,16"];
const STRATEGIES = ["--strategies", "uniform karras tangent:c=1"];

/** The inner SVG text of each line the chart draws (`<g class="series">`), by its label. */
function seriesGroups(svg: string): Map<string, string> {
  const groups = svg.matchAll(/<g class="series" data-label="([^"]*)">\n(.*?)\n<\/g>/gs);
  return new Map(Array.from(groups, (m) => [m[1] ?? "", m[2] ?? ""]));
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

/** The pixels of `png` whose colour is `hex` (give or take anti-aliasing). */
function pixelsOf(png: PNG, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d = Math.abs((png.data[i] ?? 0) - r) + Math.abs((png.data[i + 1] ?? 0) - g) + Math.abs((png.data[i + 2] ?? 0) - b);
    if (d < 24) n++;
  }
  return n;
}

afterEach(() => {
  delete process.env[FONT_VARIABLE];
});

describe("klsched compare --plot", () => {
  it("--plot file.svg writes an SVG that resvg parses, with one line per strategy and titles naming the inputs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-plot-"));
    const path = join(dir, "kl.svg");
    const run = await runCaptured([...COMPARE, ...STRATEGIES, "--plot", path]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(["kl.svg"]);
    const svg = readFileSync(path, "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(PNG.sync.read(Buffer.from(await svgToPng(svg, plotFontPath(path)))).width).toBeGreaterThan(0);
    const lines = seriesGroups(svg);
    expect([...lines.keys()]).toEqual(["uniform", "karras", "tangent:c=1"]);
    for (const line of lines.values()) {
      expect(count(line, "<polyline")).toBe(1);
      expect(count(line, 'class="point"')).toBe(3);
    }
    for (const label of ["uniform", "karras", "tangent:c=1", "strategy", "steps N", "KL(source ‖ output), nats"]) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toContain(">KL(source ‖ output) against N · sampler ddim · prior standard</text>");
    expect(svg).toContain(">process ve:smin=0.002,smax=80 · spectrum geometric:d=16,min=0.001,max=10</text>");
    for (const n of ["4", "8", "16"]) expect(svg).toContain(`text-anchor="middle" fill="currentColor">${n}</text>`);
  });

  it("--plot file.png writes a PNG that decodes, at twice the chart's size, with the lines and text drawn", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-plot-"));
    const path = join(dir, "kl.png");
    const run = await runCaptured([...COMPARE, ...STRATEGIES, "--plot", path, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ plot: path });
    const bytes = readFileSync(path);
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1440, 800]);
    expect(pixelsOf(png, "#ffffff")).toBeGreaterThan(png.width * png.height * 0.5);
    for (const colour of ["#4e79a7", "#f28e2b", "#e15759"]) expect(pixelsOf(png, colour)).toBeGreaterThan(200);
    expect(pixelsOf(png, "#222222")).toBeGreaterThan(1000); // the titles and labels
    expect(readdirSync(dir)).toEqual(["kl.png"]);
  });

  it("strategies whose KL is infinite at some N are left out of the plot at that N", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-plot-"));
    const path = join(dir, "flow.svg");
    const argv = ["compare", "--process", "flow", "--spectrum", "isotropic:d=2", "--steps", "1,2,4", "--strategies", "uniform"];
    const run = await runCaptured([...argv, "--plot", path, "--json"]);
    const rows = (JSON.parse(run.stdout) as { rows: { kl: number | null }[] }).rows;
    expect(rows.map((r) => r.kl === null)).toEqual([true, false, false]);
    const line = seriesGroups(readFileSync(path, "utf8")).get("uniform") ?? "";
    expect(count(line, 'class="point"')).toBe(2);
    expect(count(line, "<polyline")).toBe(1);
  });

  it("klPlotChart(rows, …) keeps only finite positive KL values, each line's points by increasing x", () => {
    const rows = [
      { strategy: "a", sampler: "ddim", steps: 4, nfe: 4, kl: 0.25, klReverse: 1, w2: 1, klSymmetric: 2 },
      { strategy: "a", sampler: "ddim", steps: 1, nfe: 1, kl: Number.POSITIVE_INFINITY, klReverse: 1, w2: 1, klSymmetric: 2 },
      { strategy: "a", sampler: "ddim", steps: 2, nfe: 2, kl: 0.5, klReverse: 1, w2: 1, klSymmetric: 2 },
      { strategy: "b", sampler: "ddim", steps: 2, nfe: 2, kl: Number.NaN, klReverse: 1, w2: 1, klSymmetric: 2 },
    ];
    const chart = klPlotChart(rows, { by: "steps", values: [4, 1, 2] }, { process: "edm", spectrum: "s", prior: "standard" });
    expect(chart.series).toEqual([
      {
        label: "a",
        points: [
          [2, 0.5],
          [4, 0.25],
        ],
      },
      { label: "b", points: [] },
    ]);
    expect(chart.xTicks).toEqual([4, 1, 2]);
  });

  it("klPlotChart names every sampler and plots against the evaluations spent under --nfe", () => {
    const rows = [
      { strategy: "a", sampler: "ddim", steps: 8, nfe: 8, kl: 0.5, klReverse: 1, w2: 1, klSymmetric: 2 },
      { strategy: "a", sampler: "heun", steps: 4, nfe: 7, kl: 0.25, klReverse: 1, w2: 1, klSymmetric: 2 },
    ];
    const chart = klPlotChart(rows, { by: "nfe", values: [8] }, { process: "vp", spectrum: "s", prior: "zero" });
    expect(chart.title).toBe("KL(source ‖ output) against NFE · samplers ddim, heun · prior zero");
    expect(chart.legendTitle).toBe("strategy · sampler");
    expect(chart.series.map((s) => [s.label, s.points])).toEqual([
      ["a · ddim", [[8, 0.5]]],
      ["a · heun", [[7, 0.25]]],
    ]);
  });

  it("a plot that cannot be written exits 1, names --plot, and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-plot-"));
    const path = join(dir, "taken.svg");
    mkdirSync(path); // the rename onto a directory fails after the temporary file was written
    const run = await runCaptured([...COMPARE, ...STRATEGIES, "--plot", path, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^klsched: --plot "[^\n]*taken\.svg": cannot write the file \([A-Z]+\)\n$/);
    expect(readdirSync(dir)).toEqual(["taken.svg"]);
    expect(readdirSync(path)).toEqual([]);
  });

  it("a PNG without a font exits 1 before computing, naming --plot and the font's path, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-plot-"));
    const font = join(dir, "missing.ttf");
    process.env[FONT_VARIABLE] = font;
    const run = await runCaptured([...COMPARE, "--strategies", "optimal", "--plot", join(dir, "kl.png"), "--json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `klsched: --plot ${JSON.stringify(join(dir, "kl.png"))}: the font file ${FONT_VARIABLE}=${JSON.stringify(font)} does not exist\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("the command modules import the plotting code only dynamically (compare-run.ts, when --plot is given)", () => {
    const commands = new URL("./commands/", import.meta.url);
    const plotting = /(plot-file|plot-spec|plot-font|render-plot|chart\/index)\.js"/;
    for (const name of readdirSync(commands).filter((n) => n.endsWith(".ts"))) {
      const text = readFileSync(new URL(name, commands), "utf8");
      const statics = text.split("\n").filter((line) => /^\s*(import|export)\b.*\bfrom\s/.test(line) && plotting.test(line));
      expect(statics, name).toEqual([]);
    }
    const compare = readFileSync(new URL("compare-run.ts", commands), "utf8");
    expect(compare).toContain('options.plot === undefined ? undefined : (await import("../plot-file.js"))');
  });
});
