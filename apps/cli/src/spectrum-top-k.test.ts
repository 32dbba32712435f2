import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decayingData } from "../../../packages/core-linalg/src/test-support/decaying-data.js";
import { npyBytes } from "../../../packages/datasets/src/test-support/npy-writer.js";
import { runCaptured } from "./run-captured.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-top-k-"));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  writeFileSync(file("x.npy"), npyBytes(decayingData(600, 120, { alpha: 1.1, seed: 4 }), [600, 120]));
  // d = 8200 is above the d × d covariance's limit (8192); 24 rows keep the passes cheap
  writeFileSync(file("wide.npy"), npyBytes(decayingData(24, 8200, { seed: 6, reflections: 1 }), [24, 8200]));
});

interface SpectrumJson {
  d: number;
  method: string;
  trace: number;
  topK?: { k: number; tail: string; passes: number; basisSize: number; converged: boolean; topTrace: number; tailTrace: number };
  eigenvalues: number[];
}

async function spectrumJson(...flags: string[]): Promise<SpectrumJson> {
  const run = await runCaptured(["spectrum", ...flags, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as SpectrumJson;
}

describe("klsched spectrum --top-k", () => {
  it("spectrum --npy x.npy --top-k 12 has the exact route's top 12 to 1e-8 and its trace, and says it is top-k + tail", async () => {
    const exact = await spectrumJson("--npy", file("x.npy"));
    const top = await spectrumJson("--npy", file("x.npy"), "--top-k", "12");
    expect(top.method).toBe("top-k");
    expect(top.topK).toMatchObject({ k: 12, tail: "density", converged: true });
    expect(top.eigenvalues).toHaveLength(120);
    for (let i = 0; i < 12; i++)
      expect(Math.abs((top.eigenvalues[i] as number) / (exact.eigenvalues[i] as number) - 1)).toBeLessThan(1e-8);
    expect(Math.abs(top.trace / exact.trace - 1)).toBeLessThan(1e-13);
    const sum = top.eigenvalues.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum / top.trace - 1)).toBeLessThan(1e-13);
    expect(Math.abs(((top.topK?.topTrace ?? 0) + (top.topK?.tailTrace ?? 0)) / top.trace - 1)).toBeLessThan(1e-15);
  });

  it("spectrum --top-k 12 --tail flat gives the 108 others equal shares; the summary names the tail", async () => {
    const top = await spectrumJson("--npy", file("x.npy"), "--top-k", "12", "--tail", "flat");
    const share = (top.topK?.tailTrace ?? 0) / 108;
    for (let i = 12; i < 120; i++) expect(top.eigenvalues[i]).toBeCloseTo(share, 14);
    const human = await runCaptured(["spectrum", "--npy", file("x.npy"), "--top-k", "12", "--tail", "flat"]);
    expect(human.stdout).toMatch(/top 12 eigenvalues \(block Krylov, \d+ passes\) \+ flat tail of 108/);
  });

  it("spectrum --top-k runs above the exact covariance's d (8200; without it, 24 rows take the Gram route), and its --out is a --spectrum", async () => {
    const gram = (await spectrumJson("--npy", file("wide.npy"))) as SpectrumJson & { route?: string };
    expect(gram.route).toBe("gram");
    const out = file("wide-top.npy");
    // n = 24 < d: the density tail would be 0 beyond rank 23 (a singular spectrum); the power law is not
    const run = await runCaptured([
      "spectrum",
      "--npy",
      file("wide.npy"),
      "--top-k",
      "4",
      "--tail",
      "powerlaw",
      "--out",
      out,
      "--quiet",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const kl = await runCaptured([
      "kl",
      "--process",
      "edm",
      "--spectrum",
      out,
      "--strategy",
      "karras",
      "--steps",
      "10",
      "--json",
    ]);
    expect(kl.code).toBe(0);
    expect(Number.isFinite((JSON.parse(kl.stdout) as { kl: number }).kl)).toBe(true);
  });

  const bad: [string[], RegExp][] = [
    [["--top-k", "0"], /^klsched: --top-k "0": expected a positive integer below d/],
    [["--top-k", "2.5"], /^klsched: --top-k "2\.5": expected a positive integer/],
    [["--top-k", "120"], /^klsched: --top-k "120": expected an integer below d = 120/],
    [["--top-k", "500"], /^klsched: --top-k "500": expected an integer below d = 120/],
    [
      ["--top-k", "5", "--tail", "cubic"],
      /^klsched: --tail "cubic": unknown tail model \(expected one of density, powerlaw, flat\)/,
    ],
    [["--tail", "flat"], /^klsched: --tail "flat": only applies with --top-k/],
  ];
  for (const [flags, message] of bad) {
    it(`spectrum --npy x.npy ${flags.join(" ")} is a one-line usage error, exit 2, and writes no --out`, async () => {
      const out = file(`bad-${flags.join("_")}.json`);
      const run = await runCaptured(["spectrum", "--npy", file("x.npy"), ...flags, "--out", out]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    });
  }

  it("spectrum --dataset mnist --stationary --top-k 5 is refused: one method", async () => {
    const run = await runCaptured(["spectrum", "--dataset", "mnist", "--stationary", "--top-k", "5"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--top-k "5": cannot be combined with --stationary/);
  });
});
