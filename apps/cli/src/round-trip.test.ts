import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { powerlawSpectrum } from "@klsched/core-linalg";
import { parseProcess, scheduleFromTimesteps } from "@klsched/discretization";
import { reproducedSchedule } from "@klsched/discretization/reproduced";
import { scheduleKL } from "@klsched/kl-metrics";
import { parseAnyStrategy } from "@klsched/schedule-optim";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const SPECTRUM = "powerlaw:d=12,exponent=1.2,scale=3";
const dir = mkdtempSync(join(tmpdir(), "klsched-round-trip-"));
let files = 0;

async function stdout(argv: string[]): Promise<string> {
  const run = await runCaptured(argv);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

/** KL(source ‖ output) of `kl --json` on `process` with the schedule flags given. */
async function kl(process: string, ...flags: string[]): Promise<number> {
  const json = JSON.parse(await stdout(["kl", "--process", process, "--spectrum", SPECTRUM, ...flags, "--json"])) as {
    kl: number;
  };
  return json.kl;
}

/** `schedule --format format` written to a file of that extension. */
async function exportFile(process: string, strategy: string, steps: number, format: "json" | "csv"): Promise<string> {
  const path = join(dir, `schedule-${files++}.${format}`);
  writeFileSync(
    path,
    await stdout(["schedule", "--process", process, "--strategy", strategy, "--steps", String(steps), "--format", format]),
  );
  return path;
}

async function exportText(process: string, strategy: string, steps: number, format: "diffusers" | "comfyui"): Promise<string> {
  return (
    await stdout(["schedule", "--process", process, "--strategy", strategy, "--steps", String(steps), "--format", format])
  ).trim();
}

function expectSameKL(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
}

/** [process, strategy, N, extra kl flags]: klsched's own strategies and reproduced ones, continuous and discrete. */
const CASES: [string, string, number, string[]][] = [
  ["edm", "karras", 8, []],
  ["vp", "logsnr", 6, []],
  ["sd15", "karras", 10, []],
  ["sd15:zsnr=zero", "uniform", 10, []],
  ["sd15", "diffusers-ddim:spacing=trailing", 10, []],
  ["sd15", "diffusers-euler:sigmas=karras", 10, []],
  ["sd15", "diffusers-dpm:sigmas=karras", 10, []],
  ["sd15", "comfy:name=normal", 10, []],
  ["sd15", "ays:model=sd1", 10, []],
  ["edm", "polyexponential:rho=1", 8, []],
  // ComfyUI's Laplace ends at σ_min without a clean level: read back with --no-clean
  ["sd15", "laplace", 6, ["--no-clean"]],
];

describe("round trip: exported levels read back with kl --sigmas/--timesteps give kl --strategy's KL (1e-12)", () => {
  it.each(CASES)("%s %s N=%i: --format json and csv, read by --sigmas (and --timesteps)", async (process, strategy, n, flags) => {
    const expected = await kl(process, "--strategy", strategy, "--steps", String(n), ...flags);
    const discrete = parseProcess(process).trainingSteps !== undefined;
    for (const format of ["json", "csv"] as const) {
      const file = await exportFile(process, strategy, n, format);
      expectSameKL(await kl(process, "--sigmas", file, ...flags), expected);
      if (discrete) expectSameKL(await kl(process, "--timesteps", file, ...flags), expected);
    }
  });

  it.each(CASES)("%s %s N=%i: --format comfyui read by --sigmas", async (process, strategy, n, flags) => {
    const expected = await kl(process, "--strategy", strategy, "--steps", String(n), ...flags);
    expectSameKL(await kl(process, "--sigmas", await exportText(process, strategy, n, "comfyui"), ...flags), expected);
  });

  it.each(CASES)("%s %s N=%i: --format diffusers read by the flag it names", async (process, strategy, n, flags) => {
    const line = await exportText(process, strategy, n, "diffusers");
    const flag = line.startsWith("timesteps=") ? "--timesteps" : "--sigmas";
    const parsed = parseAnyStrategy(strategy);
    const reproduced = parsed.kind === "reproduced";
    let expected: number;
    if (flag === "--sigmas") {
      expected = await kl(process, "--strategy", strategy, "--steps", String(n), ...flags);
    } else if (!reproduced) {
      // klsched's own strategies export rounded timesteps: the same KL as the rounded schedule
      expected = await kl(process, "--strategy", strategy, "--steps", String(n), "--round", ...flags);
    } else if (parsed.kind === "reproduced") {
      // a tool's integer timesteps (DPM-Solver rounds those it feeds the model): the schedule at those timesteps
      const p = parseProcess(process);
      const { timesteps } = reproducedSchedule(p, parsed.spec.strategy, n, parsed.spec.options);
      const schedule = scheduleFromTimesteps(p, timesteps ?? []);
      expected = scheduleKL({ spectrum: powerlawSpectrum(12, 1.2, 3), schedule }).kl;
    } else {
      throw new Error(`${strategy} exports timesteps but is neither one of klsched's own nor reproduced`);
    }
    expectSameKL(await kl(process, flag, line, ...flags), expected);
  });

  it("schedule --json given inline (not as a file) reads back the same", async () => {
    const json = await stdout(["schedule", "--process", "sd15", "--strategy", "comfy:name=normal", "--steps", "10", "--json"]);
    const expected = await kl("sd15", "--strategy", "comfy:name=normal", "--steps", "10");
    expectSameKL(await kl("sd15", "--sigmas", json.trim()), expected);
    expectSameKL(await kl("sd15", "--timesteps", json.trim()), expected);
  });

  it.each([
    ["flow", "uniform:shift=3", 8],
    ["flow", "diffusers-flow:pipeline=sd3,shift=3", 8],
    ["flow", "comfy:name=simple,shift=3", 8],
  ] as const)("%s %s N=%i: json and csv (σ/α, null or inf where α = 0) read by --sigmas", async (process, strategy, n) => {
    const expected = await kl(process, "--strategy", strategy, "--steps", String(n));
    for (const format of ["json", "csv"] as const) {
      expectSameKL(await kl(process, "--sigmas", await exportFile(process, strategy, n, format)), expected);
    }
  });
});
