import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

interface CompareJson {
  steps: number[];
  strategies: string[];
  rows: { strategy: string; steps: number; kl: number | null; klReverse: number | null }[];
  best: { steps: number; strategies: string[] }[];
}

const BASE = ["compare", "--process", "edm", "--spectrum", "geometric:d=32,min=1e-3,max=10", "--steps", "4,8,16"];

async function compareJson(...args: string[]): Promise<CompareJson> {
  const run = await runCaptured([...BASE, ...args, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as CompareJson;
}

async function klOf(strategy: string, steps: number): Promise<number> {
  const run = await runCaptured([
    ...["kl", "--process", "edm", "--spectrum", "geometric:d=32,min=1e-3,max=10"],
    ...["--strategy", strategy, "--steps", String(steps), "--json"],
  ]);
  return (JSON.parse(run.stdout) as { kl: number }).kl;
}

describe("klsched compare --json", () => {
  it("compare has one row per strategy and N, each equal to `kl` for the same inputs", async () => {
    const json = await compareJson("--strategies", "uniform karras tangent:c=1");
    expect(json.steps).toEqual([4, 8, 16]);
    expect(json.rows).toHaveLength(9);
    expect(json.rows.map((r) => Object.keys(r))).toEqual(
      Array(9).fill(["strategy", "sampler", "steps", "nfe", "kl", "klReverse", "w2", "klSymmetric"]),
    );
    for (const row of json.rows) expect(row.kl).toBe(await klOf(row.strategy, row.steps));
  });

  it("compare takes --strategy (repeatable) and --strategies together, --strategy first", async () => {
    const json = await compareJson("--strategies", "exponential", "--strategy", "uniform", "--strategy", "karras:rho=5");
    expect(json.strategies).toEqual(["uniform", "karras:rho=5", "exponential"]);
  });

  it("compare's best per N is the strategy with the lowest KL at that N, ties included", async () => {
    const json = await compareJson("--strategies", "uniform exponential logsnr");
    for (const { steps, strategies } of json.best) {
      const cells = json.rows.filter((r) => r.steps === steps);
      const lowest = Math.min(...cells.map((r) => r.kl ?? Number.POSITIVE_INFINITY));
      expect(strategies).toEqual(cells.filter((r) => r.kl === lowest).map((r) => r.strategy));
    }
    // exponential and logsnr are the same levels (logSNR = −2 ln s), so they tie.
    expect(json.best[0]?.strategies).toEqual(["exponential", "logsnr"]);
  });
});

describe("klsched compare (table)", () => {
  it("compare prints a strategy × N table with `*` on the lowest KL of each column", async () => {
    const json = await compareJson("--strategies", "uniform karras tangent:c=1");
    const run = await runCaptured([...BASE, "--strategies", "uniform karras tangent:c=1"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[1]?.split(/\s+/)).toEqual(["strategy", "N=4", "N=8", "N=16"]);
    const body = lines.slice(3);
    expect(body).toHaveLength(3);
    json.steps.forEach((_, column) => {
      const winner = json.best[column]?.strategies[0];
      for (const line of body) {
        const cells = line.split(/\s{2,}/);
        const marked = (cells[column + 1] ?? "").endsWith("*");
        expect(marked).toBe(cells[0] === winner);
      }
    });
  });
});
