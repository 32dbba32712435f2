import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "@klsched/core-linalg";
import { encodeImageGrid } from "@klsched/datasets";
import { afterAll, describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A version-1 float64 C-order `.npy` matrix, as np.save writes it. */
function npyMatrix(values: Float64Array, rows: number, columns: number): Uint8Array {
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': (${rows}, ${columns}), }`;
  header += `${" ".repeat((64 - ((10 + header.length + 1) % 64)) % 64)}\n`;
  const out = new Uint8Array(10 + header.length + values.length * 8);
  out.set([0x93, ...Array.from("NUMPY", (c) => c.charCodeAt(0)), 1, 0, header.length & 0xff, header.length >> 8]);
  out.set(
    Array.from(header, (c) => c.charCodeAt(0)),
    10,
  );
  const view = new DataView(out.buffer, 10 + header.length);
  values.forEach((v, i) => {
    view.setFloat64(8 * i, v, true);
  });
  return out;
}

/** 300 points in d = 4 around three centres, as an n × d float64 .npy file. */
function clusters(name: string, poison = false): string {
  const { normal } = seededRandom(3);
  const values = Float64Array.from({ length: 300 * 4 }, (_, i) => 0.5 * normal() + (Math.floor(i / 4) % 3 === i % 4 ? 3 : 0));
  if (poison) values[17] = Number.NaN;
  const path = join(dir, name);
  writeFileSync(path, npyMatrix(values, 300, 4));
  return path;
}
const data = clusters("clusters.npy");
const small = ["--samples", "200", "--bootstrap", "3", "--pca", "2", "--directions", "8", "--quiet"];

describe("klsched validate", () => {
  it("--json gives every (sampler, N, strategy) its Gaussian figures, measured metrics with errors and ranks, and per (sampler, N) the Spearman ρ", async () => {
    const run = await runCaptured([
      "validate",
      "--process",
      "edm",
      "--data",
      data,
      "--mixture",
      "kmeans:k=3,rank=2,iterations=1",
      "--samplers",
      "ddim euler-ancestral",
      "--strategies",
      "uniform karras optimal",
      "--steps",
      "3,6",
      ...small,
      "--json",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ process: "ve:smin=0.002,smax=80", components: 3, dimension: 4, samples: 200, steps: [3, 6] });
    expect(json.rows).toHaveLength(2 * 2 * 3);
    for (const row of json.rows) {
      for (const field of ["kl", "klReverse", "w2", "klTop"]) expect(row[field]).toBeGreaterThanOrEqual(0);
      for (const metric of ["fdPixel", "fdPca", "nll", "slicedW2", "nllGap"]) {
        expect(Number.isFinite(row[metric].value)).toBe(true);
        expect(row[metric].error).toBeGreaterThanOrEqual(0);
      }
      expect(row.rank.kl).toBeGreaterThanOrEqual(1);
      expect(row.rank.kl).toBeLessThanOrEqual(3);
    }
    expect(json.groups).toHaveLength(4);
    for (const group of json.groups) {
      for (const f of ["kl", "klReverse", "w2", "klTop"])
        for (const m of ["fdPixel", "fdPca", "nllGap", "slicedW2"]) {
          const rho = group.spearman[f][m];
          expect(rho === null || (rho >= -1 && rho <= 1)).toBe(true);
        }
      expect(group.withinError.fdPixel).toContain(group.best.fdPixel);
    }
    // at N = 3 the optimised schedule has the least KL, as the optimiser promises
    const n3 = json.rows.filter((r: { sampler: string; steps: number }) => r.sampler === "ddim" && r.steps === 3);
    const optimal = n3.find((r: { strategy: string }) => r.strategy === "optimal");
    for (const r of n3) expect(optimal.kl).toBeLessThanOrEqual(r.kl * (1 + 1e-9));
    expect(json.throughput).toBeGreaterThan(0);
  });

  it("the same seed gives the same measured figures (common random numbers are seeded, not timed)", async () => {
    const args = ["validate", "--process", "vp", "--data", data, "--mixture", "kmeans:k=2,rank=1", "--samplers", "ddim"];
    const flags = [...args, "--strategies", "uniform", "--steps", "4", ...small, "--json"];
    const a = JSON.parse((await runCaptured(flags)).stdout);
    const b = JSON.parse((await runCaptured(flags)).stdout);
    expect(a.rows).toEqual(b.rows);
    // one strategy ranks nothing: ρ is undefined, so it is absent (null would read as +∞)
    expect(a.groups[0].spearman.kl).toEqual({});
  });

  const refused: [string, string[], RegExp][] = [
    [
      "fewer points than components",
      ["--mixture", "kmeans:k=301,rank=2"],
      /^klsched: --mixture "kmeans:k=301,rank=2": .*300 points, fewer than the k=301 components/,
    ],
    ["k out of range", ["--mixture", "kmeans:k=0"], /^klsched: --mixture "kmeans:k=0": .*k/],
    [
      "rank out of range",
      ["--mixture", "kmeans:k=2,rank=5"],
      /^klsched: --mixture "kmeans:k=2,rank=5": .*rank 5 is above the data's dimension d=4/,
    ],
    ["labels asked of data without labels", ["--mixture", "class:rank=2"], /^klsched: --mixture "class:rank=2": .*has no labels/],
    ["--pca above d", ["--pca", "5"], /^klsched: --pca "5": above the data's dimension d=4/],
    ["--samples 1", ["--samples", "1"], /^klsched: --samples "1": expected an integer from 2/],
    ["--grid on a .npy matrix", ["--grid", join(dir, "grid.png")], /^klsched: --grid .*is not images/],
  ];
  for (const [what, flags, message] of refused) {
    it(`refuses ${what} in one line, exit code 2, no output and no file`, async () => {
      const run = await runCaptured([
        "validate",
        "--process",
        "edm",
        "--data",
        data,
        "--strategies",
        "uniform",
        "--steps",
        "2",
        "--samplers",
        "ddim",
        "--plot",
        join(dir, "never.svg"),
        ...small,
        ...flags,
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(join(dir, "never.svg"))).toBe(false);
      expect(existsSync(join(dir, "grid.png"))).toBe(false);
    });
  }

  it("refuses a data file with NaN in one line naming --data, exit code 2", async () => {
    const run = await runCaptured([
      "validate",
      "--process",
      "edm",
      "--data",
      clusters("nan.npy", true),
      "--mixture",
      "kmeans:k=2,rank=1",
      ...small,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^klsched: --data ".*nan\.npy": row 4, column 1 is NaN/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--plot and --grid on a folder of images write an SVG and a PNG of one row per strategy plus exact samples", async () => {
    const folder = join(dir, "images");
    mkdirSync(folder);
    const { uniform } = seededRandom(8);
    for (let i = 0; i < 40; i++) {
      const level = i % 2 === 0 ? -0.8 : 0.8;
      const pixels = Float64Array.from({ length: 9 }, () => level + 0.2 * (uniform() - 0.5));
      writeFileSync(
        join(folder, `${String(i).padStart(2, "0")}.png`),
        encodeImageGrid([{ images: pixels, count: 1 }], { height: 3, width: 3, channels: 1 }, 0),
      );
    }
    const plot = join(dir, "fd.svg");
    const grid = join(dir, "digits.png");
    const run = await runCaptured([
      "validate",
      "--process",
      "flow",
      "--data",
      folder,
      "--mixture",
      "kmeans:k=2,rank=2",
      "--samplers",
      "ddim",
      "--strategies",
      "uniform optimal",
      "--steps",
      "2,4",
      "--samples",
      "20",
      "--bootstrap",
      "2",
      "--pca",
      "2",
      "--directions",
      "4",
      "--quiet",
      "--plot",
      plot,
      "--grid",
      grid,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ddim, N=2/);
    expect(readFileSync(plot, "utf8")).toMatch(/^<svg/);
    const png = readFileSync(grid);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // three rows (uniform, optimal, exact) of 3 × 3 images with 2-pixel gaps: 3·3 + 4·2 = 17 pixels high
    expect(png.readUInt32BE(20)).toBe(17);
  });
});
