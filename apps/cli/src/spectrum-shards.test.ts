import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { CovarianceAccumulator, encodeNpy, parseNpy } from "@klsched/core-linalg";
import { afterAll, describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-spectrum-shards-"));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The shard fixtures numpy wrote (benchmarks/numpy_shard.py --fixtures), beside the datasets sources. */
const fixtures = join(dirname(createRequire(import.meta.url).resolve("@klsched/datasets/package.json")), "src/fixtures/shards");

/** A seeded uniform generator on [0, 1): mulberry32. */
function uniform(n: number, seed: number): Float64Array {
  let state = seed >>> 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return out;
}

/** `np.save` of an n × d float64 matrix. */
function saveMatrix(name: string, values: Float64Array, d: number): string {
  const path = file(name);
  writeFileSync(path, encodeNpy(values, [values.length / d, d]));
  return path;
}

/** max |x − y| / max |y|. */
function relativeError(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let error = 0;
  let scale = 0;
  for (let i = 0; i < y.length; i++) {
    error = Math.max(error, Math.abs(x[i]! - y[i]!));
    scale = Math.max(scale, Math.abs(y[i]!));
  }
  return error / scale;
}

async function json(argv: string[]): Promise<Record<string, unknown>> {
  const run = await runCaptured(argv);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

// 24 rows of d = 300, low rank plus noise, columns far from 0.
const n = 24;
const d = 300;
const wide = uniform(n * d, 1).map((v, k) => v + Math.sin(k % d) + (k % 7 === 0 ? 3 * Math.cos(Math.floor(k / d)) : 0));
const widePath = saveMatrix("wide.npy", wide, d);
const exactWide = new CovarianceAccumulator(d).add(wide).eigenvalues();

describe("klsched spectrum with n ≤ d (the Gram route)", () => {
  it("--npy of 24 × 300 data: the 23 nonzero eigenvalues of the exact covariance, the rest at the stated floor", async () => {
    const record = await json(["spectrum", "--npy", widePath, "--json"]);
    expect(record).toMatchObject({ method: "exact", route: "gram", d, n });
    const floor = record.floor as { value: number; directions: number; source: string; rank: number };
    expect(floor).toMatchObject({ directions: d - n + 1, source: "smallest-eigenvalue", rank: n - 1 });
    const eigenvalues = record.eigenvalues as number[];
    expect(relativeError(eigenvalues.slice(0, n - 1), exactWide.subarray(0, n - 1))).toBeLessThan(1e-12);
    expect(floor.value).toBeCloseTo((eigenvalues[n - 2]! * (n - 1)) / d, 15);
    expect(eigenvalues.slice(n - 1)).toEqual(new Array(d - n + 1).fill(floor.value));
  });

  it("--floor sets the unseen directions; the human summary says so; --out makes a --spectrum optimize takes", async () => {
    const out = file("wide-spectrum.npy");
    const run = await runCaptured(["spectrum", "--npy", widePath, "--floor", "1e-4", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Gram route \(n ≤ d\): 23 nonzero eigenvalues; the other 277 directions floored at 1\.000e-4 \(--floor\)/,
    );
    const written = parseNpy(readFileSync(out)).data;
    expect(written.length).toBe(d);
    expect(written[d - 1]).toBe(1e-4);
    const optimize = await runCaptured(["optimize", "--process", "edm", "--spectrum", out, "--steps", "10", "--json"]);
    expect(optimize.stderr).toBe("");
    expect(optimize.code).toBe(0);
    expect(Number.isFinite((JSON.parse(optimize.stdout) as { kl: number }).kl)).toBe(true);
  });
});

describe("klsched spectrum --partial and --merge", () => {
  const tall = uniform(700 * 5, 2).map((v, k) => v * (1 + (k % 5)) + 50 * (k % 5));
  const tallPath = saveMatrix("tall.npy", tall, 5);
  const parts = [0, 250, 252, 700]
    .slice(1)
    .map((stop, k, stops) => saveMatrix(`part-${k}.npy`, tall.slice((k === 0 ? 0 : stops[k - 1]!) * 5, stop * 5), 5));

  it("shards written by --partial merge to the one-shot eigenvalues to 1e-12, printed as spectrum prints them", async () => {
    const shards = [];
    for (const [k, part] of parts.entries()) {
      const shard = file(`part-${k}.npz`);
      const record = await json(["spectrum", "--npy", part, "--partial", shard, "--json"]);
      expect(record).toMatchObject({ d: 5, partial: shard, format: 1 });
      shards.push(shard);
    }
    const oneShot = (await json(["spectrum", "--npy", tallPath, "--json"])).eigenvalues as number[];
    const merged = await json(["spectrum", "--merge", ...shards, "--json"]);
    expect(merged).toMatchObject({ source: { merge: shards }, n: 700, d: 5, route: "covariance" });
    expect(relativeError(merged.eigenvalues as number[], oneShot)).toBeLessThan(1e-12);
    const out = file("merged.json");
    const human = await runCaptured(["spectrum", "--merge", ...shards, "--out", out]);
    expect(human.stdout).toMatch(/^--merge .*: n = 700 rows, d = 5\n/);
    expect(JSON.parse(readFileSync(out, "utf8")).eigenvalues).toEqual(merged.eigenvalues);
  });

  it("--merge of a numpy-written shard (numpy_shard.py) and a --partial one equals --npy on all rows to 1e-12", async () => {
    const all = parseNpy(readFileSync(join(fixtures, "data.npy"))).data;
    const last15 = saveMatrix("last-15.npy", all.slice(25 * 6), 6);
    const shard = file("last-15.npz");
    expect((await runCaptured(["spectrum", "--npy", last15, "--partial", shard, "--quiet"])).code).toBe(0);
    const oneShot = (await json(["spectrum", "--npy", join(fixtures, "data.npy"), "--json"])).eigenvalues as number[];
    for (const numpy of ["numpy-first-25.npz", "numpy-first-25-compressed.npz"]) {
      const merged = await json(["spectrum", "--merge", join(fixtures, numpy), shard, "--json"]);
      expect(merged.n).toBe(40);
      expect(relativeError(merged.eigenvalues as number[], oneShot)).toBeLessThan(1e-12);
    }
  });
});

describe("klsched spectrum --floor, --partial and --merge refuse bad input in one line, exit 2, writing nothing", () => {
  mkdirSync(file("out"));
  const shard6 = file("six.npz");
  const shard4 = file("four.npz");
  const tall6 = saveMatrix("tall6.npy", uniform(60 * 6, 3), 6);
  const tall4 = saveMatrix("tall4.npy", uniform(60 * 4, 4), 4);
  writeFileSync(file("corrupt.npz"), new Uint8Array(100).fill(7));
  const cases: [string, string[], string, RegExp][] = [
    ["--floor 0", ["--npy", widePath, "--floor", "0"], '--floor "0"', /expected a positive number/],
    ["--floor -1", ["--npy", widePath, "--floor", "-1"], '--floor "-1"', /expected a positive number/],
    ["--floor abc", ["--npy", widePath, "--floor", "abc"], '--floor "abc"', /expected a positive number/],
    ["--floor Infinity", ["--npy", widePath, "--floor", "Infinity"], '--floor "Infinity"', /expected a positive number/],
    ["--floor with n > d", ["--npy", tall6, "--floor", "1"], '--floor "1"', /only applies to the Gram route .*n = 60, d = 6/],
    [
      "shards of different d",
      ["--merge", shard6, shard4],
      `--merge "${shard6} ${shard4}"`,
      /four\.npz" has d 4, but .*six\.npz" has 6/,
    ],
    ["a corrupt shard", ["--merge", file("corrupt.npz")], "--merge", /not a \.npz \(ZIP\) archive/],
    ["a .npy as a shard", ["--merge", widePath], "--merge", /not a \.npz \(ZIP\) archive/],
    ["a missing shard", ["--merge", file("absent.npz")], "--merge", /ENOENT/],
    ["--merge with --npy", ["--merge", shard6, "--npy", tall6], "--merge", /cannot be combined with --npy/],
    [
      "--partial with --out",
      ["--npy", tall6, "--partial", file("out/p.npz"), "--out", file("out/p.json")],
      "--partial",
      /cannot be combined with --out/,
    ],
    [
      "--partial with --floor",
      ["--npy", widePath, "--partial", file("out/p.npz"), "--floor", "1"],
      "--partial",
      /cannot be combined with --floor/,
    ],
    ["--partial of another type", ["--npy", tall6, "--partial", file("out/p.npy")], "--partial", /expected a \.npz file name/],
    ["--partial in a missing folder", ["--npy", tall6, "--partial", file("nowhere/p.npz")], "--partial", /does not exist/],
  ];
  for (const [what, flags, start, reason] of cases) {
    it(`${what}`, async () => {
      if (!existsSync(shard6)) {
        expect((await runCaptured(["spectrum", "--npy", tall6, "--partial", shard6])).code).toBe(0);
        expect((await runCaptured(["spectrum", "--npy", tall4, "--partial", shard4])).code).toBe(0);
      }
      const before = readdirSync(file("out")).sort();
      const run = await runCaptured([
        "spectrum",
        ...flags,
        ...(flags.includes("--partial") ? [] : ["--out", file("out/x.json")]),
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.split("\n")).toHaveLength(2);
      expect(run.stderr.startsWith(`klsched: ${start}`)).toBe(true);
      expect(run.stderr).toMatch(reason);
      expect(readdirSync(file("out")).sort()).toEqual(before);
    });
  }
});
