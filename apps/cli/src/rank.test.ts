import { geometricSpectrum } from "@klsched/core-linalg";
import { rankingCandidates } from "@klsched/schedule-optim";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

interface RankJson {
  steps: number;
  rows: { strategy: string; kl: number; klReverse: number }[];
  skipped: string[];
}

const SPECTRUM = "geometric:d=16,min=1e-3,max=10";
const candidates = rankingCandidates(geometricSpectrum(16, 1e-3, 10));

async function rankJson(...args: string[]): Promise<RankJson> {
  const run = await runCaptured(["rank", "--spectrum", SPECTRUM, ...args, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as RankJson;
}

describe("klsched rank", () => {
  it("rank --process edm --steps 8 scores every candidate, sorted by kl, the first ≤ all, optimal first", async () => {
    const json = await rankJson("--process", "edm", "--steps", "8");
    expect(json.rows.map((row) => row.strategy).sort()).toEqual([...candidates].sort());
    expect(json.skipped).toEqual([]);
    const kl = json.rows.map((row) => row.kl);
    expect(kl).toEqual([...kl].sort((a, b) => a - b));
    for (const value of kl) expect(kl[0]).toBeLessThanOrEqual(value);
    expect(json.rows[0]?.strategy).toBe("optimal");
  });

  it("rank --process flow leaves out (and lists) the candidates flow cannot take", async () => {
    const json = await rankJson("--process", "flow", "--steps", "6");
    expect(json.skipped).toContain("karras:rho=7");
    expect(json.skipped).toContain("logsnr");
    expect(json.rows.map((row) => row.strategy)).not.toContain("karras:rho=7");
    expect(json.rows.length + json.skipped.length).toBe(candidates.length);
  });

  it("rank --process sd15 --round ranks integer schedules, the integer search first", async () => {
    const json = await rankJson("--process", "sd15", "--steps", "8", "--round");
    expect(json.rows[0]?.strategy).toBe("optimal");
    const kl = json.rows.map((row) => row.kl);
    expect(kl).toEqual([...kl].sort((a, b) => a - b));
  });

  it("rank without --json prints a numbered table, best first", async () => {
    const run = await runCaptured(["rank", "--process", "vp", "--spectrum", SPECTRUM, "--steps", "4"]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[1]?.trim().split(/\s+/)).toEqual(["#", "strategy", "KL", "KL", "reverse", "W2", "KL", "symmetric"]);
    expect(lines[3]?.trim().split(/\s+/).slice(0, 2)).toEqual(["1", "optimal"]);
    expect(lines).toHaveLength(3 + candidates.length);
  });
});
