import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { klPlotSpec } from "./plot-spec.js";
import { runCaptured } from "./run-captured.js";

const COMPARE = ["compare", "--process", "edm", "--spectrum", "geometric:d=16,min=1e-3,max=10", "--steps", "4,8,16"];
const STRATEGIES = ["--strategies", "uniform karras tangent:c=1"];

/** The `<g>` groups vega renders for one role, as their inner SVG text. */
function markGroups(svg: string, mark: string): string[] {
  return Array.from(svg.matchAll(new RegExp(`<g class="mark-${mark} role-mark[^"]*"[^>]*>(.*?)</g>`, "g")), (m) => m[1] ?? "");
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("klsched compare --plot", () => {
  it("--plot file.svg writes an SVG that resvg parses, with one line path per strategy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-plot-"));
    const path = join(dir, "kl.svg");
    const run = await runCaptured([...COMPARE, ...STRATEGIES, "--plot", path]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(["kl.svg"]);
    const svg = readFileSync(path, "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(new Resvg(svg).width).toBeGreaterThan(0);
    const lines = markGroups(svg, "line");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(count(line, "<path")).toBe(1);
    for (const label of ["uniform", "karras", "tangent:c=1"]) expect(svg).toContain(`>${label}</text>`);
  });

  it("--plot file.png writes a PNG (its 8-byte signature, then an IHDR of positive size)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-plot-"));
    const path = join(dir, "kl.png");
    const run = await runCaptured([...COMPARE, ...STRATEGIES, "--plot", path, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ plot: path });
    const png = readFileSync(path);
    expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBeGreaterThan(0);
    expect(png.readUInt32BE(20)).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(["kl.png"]);
  });

  it("strategies whose KL is infinite at some N are left out of the plot at that N", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-plot-"));
    const path = join(dir, "flow.svg");
    const argv = ["compare", "--process", "flow", "--spectrum", "isotropic:d=2", "--steps", "1,2,4", "--strategies", "uniform"];
    const run = await runCaptured([...argv, "--plot", path, "--json"]);
    const rows = (JSON.parse(run.stdout) as { rows: { kl: number | null }[] }).rows;
    expect(rows.map((r) => r.kl === null)).toEqual([true, false, false]);
    const points = markGroups(readFileSync(path, "utf8"), "symbol").join("");
    expect(count(points, "<path")).toBe(2);
  });

  it("klPlotSpec(rows, …) keeps only finite positive KL values", () => {
    const rows = [
      { strategy: "a", sampler: "ddim", steps: 1, nfe: 1, kl: Number.POSITIVE_INFINITY, klReverse: 1, w2: 1 },
      { strategy: "a", sampler: "ddim", steps: 2, nfe: 2, kl: 0.5, klReverse: 1, w2: 1 },
      { strategy: "b", sampler: "ddim", steps: 2, nfe: 2, kl: Number.NaN, klReverse: 1, w2: 1 },
    ];
    const spec = klPlotSpec(rows, { by: "steps", values: [1, 2] }, "t") as { data: { values: unknown[] } };
    expect(spec.data.values).toEqual([{ line: "a", x: 2, kl: 0.5 }]);
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
});
