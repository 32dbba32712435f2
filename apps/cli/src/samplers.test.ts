import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess, scheduleFromSigmas } from "@klsched/discretization";
import { parseSampler } from "@klsched/gaussian-flow";
import { scheduleKL } from "@klsched/kl-metrics";
import { parseAnyStrategy, resolveSchedule } from "@klsched/schedule-optim";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

interface Row {
  strategy: string;
  sampler: string;
  steps: number;
  nfe: number;
  budget?: number;
  kl: number;
  klReverse: number;
}

interface CompareJson {
  sampler?: string;
  samplers: string[];
  steps?: number[];
  budgets?: number[];
  rows: Row[];
  best: { steps?: number; budget?: number; strategies: string[]; cells: { strategy: string; sampler: string }[] }[];
}

interface RankJson {
  steps: number;
  budget?: number;
  rows: { strategy: string; steps: number; nfe: number; budget?: number; kl: number; klReverse: number }[];
}

interface OptimizeJson {
  steps: number;
  sigmas: number[];
  kl: number;
  nfe: number;
  budget?: number;
}

const SPECTRUM = "geometric:d=16,min=1e-3,max=10";
const spectrum = geometricSpectrum(16, 1e-3, 10);
const edm = parseProcess("edm");

async function json<T>(argv: string[]): Promise<T> {
  const run = await runCaptured([...argv, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as T;
}

const compare = (...args: string[]) =>
  json<CompareJson>(["compare", "--process", "edm", "--spectrum", SPECTRUM, "--strategies", "karras uniform", ...args]);

/** scheduleKL of `strategy` at N under `sampler`, an optimised strategy optimised for that sampler. */
function expectedKL(strategy: string, sampler: string, steps: number) {
  const parsed = parseSampler(sampler);
  const schedule = resolveSchedule(parseAnyStrategy(strategy), steps, { process: edm, spectrum, sampler: parsed });
  return scheduleKL({ spectrum, schedule, sampler: parsed });
}

describe("klsched compare --samplers", () => {
  it("compare --samplers 'ddim heun dpmpp-2m' has a row per strategy, sampler and N, each equal to scheduleKL", async () => {
    const out = await compare("--steps", "4,8", "--samplers", "ddim heun dpmpp-2m", "--strategy", "optimal");
    expect(out.samplers).toEqual(["ddim", "heun", "dpmpp-2m"]);
    expect(out.sampler).toBeUndefined();
    expect(out.rows).toHaveLength(3 * 3 * 2);
    for (const row of out.rows) {
      expect(Object.keys(row)).toEqual(["strategy", "sampler", "steps", "nfe", "kl", "klReverse", "w2", "klSymmetric"]);
      const expected = expectedKL(row.strategy, row.sampler, row.steps);
      expect(row).toMatchObject({ kl: expected.kl, klReverse: expected.klReverse, w2: expected.w2, nfe: expected.nfe });
    }
    const heun = out.rows.filter((row) => row.sampler === "heun");
    expect(heun.map((row) => row.nfe)).toEqual(heun.map((row) => 2 * row.steps - 1));
  });

  it("compare --nfe B gives heun ⌊(B+1)/2⌋ steps and ddim, dpmpp-2m B steps, never spending more than B", async () => {
    const out = await compare("--nfe", "3,8,13", "--samplers", "ddim heun dpmpp-2m");
    expect(out.budgets).toEqual([3, 8, 13]);
    expect(out.steps).toBeUndefined();
    expect(out.rows).toHaveLength(2 * 3 * 3);
    for (const row of out.rows) {
      expect(Object.keys(row)).toEqual(["strategy", "sampler", "steps", "nfe", "budget", "kl", "klReverse", "w2", "klSymmetric"]);
      const budget = row.budget as number;
      expect(row.steps).toBe(row.sampler === "heun" ? Math.floor((budget + 1) / 2) : budget);
      expect(row.nfe).toBeLessThanOrEqual(budget);
      expect(row.kl).toBe(expectedKL(row.strategy, row.sampler, row.steps).kl);
    }
  });

  it("compare's best per column is the lowest KL over every strategy and sampler at that budget", async () => {
    const out = await compare("--nfe", "4,8", "--samplers", "ddim dpmpp-2m");
    for (const best of out.best) {
      const column = out.rows.filter((row) => row.budget === best.budget);
      const lowest = Math.min(...column.map((row) => row.kl));
      const cells = column.filter((row) => row.kl === lowest).map(({ strategy, sampler }) => ({ strategy, sampler }));
      expect(best.cells).toEqual(cells);
      expect(best.strategies).toEqual([...new Set(cells.map((cell) => cell.strategy))]);
    }
  });

  it("compare --sampler heun keeps one sampler: `sampler` is named and every row uses it", async () => {
    const out = await compare("--steps", "4", "--sampler", "heun");
    expect(out).toMatchObject({ sampler: "heun", samplers: ["heun"] });
    expect(out.rows.map((row) => row.sampler)).toEqual(["heun", "heun"]);
  });

  it("compare --samplers prints a strategy × sampler × NFE table, `*` on the best cells of each column", async () => {
    const flags = ["--nfe", "4,8", "--samplers", "ddim heun"];
    const out = await compare(...flags);
    const argv = ["compare", "--process", "edm", "--spectrum", SPECTRUM, "--strategies", "karras uniform"];
    const run = await runCaptured([...argv, ...flags]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[1]?.split(/\s+/)).toEqual(["strategy", "sampler", "NFE≤4", "NFE≤8"]);
    const body = lines.slice(3).map((line) => line.split(/\s{2,}/));
    expect(body.map((cells) => cells.slice(0, 2))).toEqual([
      ["karras", "ddim"],
      ["karras", "heun"],
      ["uniform", "ddim"],
      ["uniform", "heun"],
    ]);
    expect(body[1]?.[3]).toContain("(N=4)");
    out.best.forEach((best, column) => {
      const marked = body.filter((cells) => cells[column + 2]?.endsWith("*"));
      expect(marked.map(([strategy, sampler]) => ({ strategy, sampler }))).toEqual(best.cells);
    });
    // at N = 2 karras and uniform on edm are the same levels (80, 0.002, 0): heun ties at NFE ≤ 4
    expect(out.best[0]?.cells).toEqual([
      { strategy: "karras", sampler: "heun" },
      { strategy: "uniform", sampler: "heun" },
    ]);
  });

  it("compare --samplers --plot draws one line per strategy × sampler, labelled 'strategy · sampler'", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "klsched-samplers-")), "kl.svg");
    const argv = ["compare", "--process", "edm", "--spectrum", SPECTRUM, "--strategies", "karras uniform"];
    const run = await runCaptured([...argv, "--nfe", "4,8", "--samplers", "ddim heun", "--plot", path]);
    expect(run.code, run.stderr).toBe(0);
    const svg = readFileSync(path, "utf8");
    for (const label of ["karras · ddim", "karras · heun", "uniform · ddim", "uniform · heun"]) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toContain("denoiser evaluations (NFE)");
  });
});

describe("klsched rank and optimize --nfe", () => {
  it("rank --nfe 9 --sampler heun ranks as rank --steps 5 does, rows carrying steps 5, nfe 9 and budget 9", async () => {
    const args = ["rank", "--process", "edm", "--spectrum", SPECTRUM, "--sampler", "heun"];
    const byBudget = await json<RankJson>([...args, "--nfe", "9"]);
    const bySteps = await json<RankJson>([...args, "--steps", "5"]);
    expect(byBudget).toMatchObject({ steps: 5, budget: 9 });
    expect(bySteps.budget).toBeUndefined();
    expect(byBudget.rows.map(({ strategy, kl }) => ({ strategy, kl }))).toEqual(
      bySteps.rows.map(({ strategy, kl }) => ({ strategy, kl })),
    );
    for (const row of byBudget.rows) expect(row).toMatchObject({ steps: 5, nfe: 9, budget: 9 });
  });

  it("optimize --nfe 8 gives ddim 8 steps and heun 4 (7 evaluations), the levels of --steps", async () => {
    const args = ["optimize", "--process", "vp", "--spectrum", SPECTRUM];
    for (const [sampler, steps, nfe] of [
      ["ddim", 8, 8],
      ["heun", 4, 7],
    ] as const) {
      const byBudget = await json<OptimizeJson>([...args, "--sampler", sampler, "--nfe", "8"]);
      const bySteps = await json<OptimizeJson>([...args, "--sampler", sampler, "--steps", String(steps)]);
      expect(byBudget).toMatchObject({ steps, nfe, budget: 8 });
      expect(byBudget.sigmas).toEqual(bySteps.sigmas);
      expect(byBudget.kl).toBe(bySteps.kl);
    }
  });

  it("optimize --sampler dpmpp-2m moves the levels off DDIM's optimum and beats it under dpmpp-2m", async () => {
    const args = ["optimize", "--process", "edm", "--spectrum", SPECTRUM, "--steps", "8"];
    const ddim = await json<OptimizeJson>([...args, "--sampler", "ddim"]);
    const dpmpp = await json<OptimizeJson>([...args, "--sampler", "dpmpp-2m"]);
    expect(dpmpp.sigmas).not.toEqual(ddim.sigmas);
    const ddimLevels = scheduleFromSigmas(edm, ddim.sigmas);
    const ddimUnderDpmpp = scheduleKL({ spectrum, schedule: ddimLevels, sampler: parseSampler("dpmpp-2m") }).kl;
    expect(dpmpp.kl).toBeLessThan(ddimUnderDpmpp);
  });
});

describe("klsched asymptotics --sampler", () => {
  it("asymptotics --sampler ddim:eta=0 is DDIM and is accepted; --sampler euler is refused naming --sampler", async () => {
    const argv = ["asymptotics", "--process", "edm", "--spectrum", "isotropic:d=3", "--strategy", "karras"];
    expect(await json<{ sampler: string }>([...argv, "--sampler", "ddim:eta=0"])).toMatchObject({ sampler: "ddim" });
    const run = await runCaptured([...argv, "--sampler", "euler"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^klsched: --sampler "euler": asymptotics expands deterministic DDIM's KL only[^\n]*\n$/);
  });
});
