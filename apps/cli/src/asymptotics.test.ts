import { geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess, parseStrategy, strategySchedule } from "@klsched/discretization";
import { klAsymptotics, predictKL, scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { ASYMPTOTICS_STEPS } from "./commands/asymptotics.js";
import { runCaptured } from "./run-captured.js";

interface AsymptoticsJson {
  coefficients: [number, number, number, number];
  order: number | null;
  converged: boolean;
  rows: { steps: number; exact: number; predicted: number }[];
}

const SPECTRUM = "geometric:d=16,min=1e-2,max=10";
const spectrum = geometricSpectrum(16, 1e-2, 10);

async function asymptoticsJson(...args: string[]): Promise<AsymptoticsJson> {
  const run = await runCaptured(["asymptotics", "--spectrum", SPECTRUM, ...args, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as AsymptoticsJson;
}

describe("klsched asymptotics", () => {
  it("asymptotics --process edm --strategy karras: rows at N = 4…1000 of scheduleKL and predictKL, order ≈ 4", async () => {
    const json = await asymptoticsJson("--process", "edm", "--strategy", "karras");
    const process = parseProcess("edm");
    const { strategy } = parseStrategy("karras");
    const expansion = klAsymptotics({ spectrum, process, strategy });
    expect(json.coefficients).toEqual([...expansion.coefficients]);
    expect(json.rows.map((row) => row.steps)).toEqual([...ASYMPTOTICS_STEPS]);
    for (const row of json.rows) {
      expect(row.exact).toBe(scheduleKL({ spectrum, schedule: strategySchedule(process, strategy, row.steps) }).kl);
      expect(row.predicted).toBe(predictKL(expansion.coefficients, row.steps));
    }
    expect(json.converged).toBe(true);
    expect(json.order).toBeGreaterThan(3.8);
    expect(json.order).toBeLessThan(4.2);
  });

  it("asymptotics --prior exact on vp and flow: the expansion meets the exact KL to 1e-4 relative at N = 1000", async () => {
    for (const [process, strategy] of [
      ["vp", "logsnr"],
      ["flow", "uniform"],
    ] as const) {
      const json = await asymptoticsJson("--process", process, "--strategy", strategy, "--prior", "exact");
      const last = json.rows.at(-1) as { exact: number; predicted: number };
      expect(Math.abs(last.predicted - last.exact) / last.exact).toBeLessThan(1e-4);
      expect(json.order).toBeGreaterThan(3.5);
    }
  });

  it("asymptotics without --json prints the coefficients, the order and a table of N, exact, predicted", async () => {
    const run = await runCaptured(["asymptotics", "--process", "vp", "--spectrum", SPECTRUM, "--strategy", "karras"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^KL\(N\) ≈ c0 \+ c1\/N/);
    expect(run.stdout).toMatch(/c0 = .*, c1 = .*, c2 = .*, c3 = /);
    expect(run.stdout).toMatch(/falls like N\^−\d/);
    const lines = run.stdout.trimEnd().split("\n");
    expect(
      lines
        .at(-ASYMPTOTICS_STEPS.length - 2)
        ?.trim()
        .split(/\s+/),
    ).toEqual(["N", "exact", "predicted", "rel.", "error"]);
    expect(lines.at(-1)?.trim().startsWith("1000 ")).toBe(true);
  });
});
