/** Issue 12, item 6: the small things users hit, one test each. */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFlagFile } from "./atomic-write.js";
import { runCaptured } from "./run-captured.js";

const SPECTRUM = "isotropic:d=3";
const dir = mkdtempSync(join(tmpdir(), "klsched-small-"));

async function usageError(argv: string[]): Promise<string> {
  const run = await runCaptured(argv);
  expect(run.code, run.stdout).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  return run.stderr;
}

describe("issue 12, item 6", () => {
  it("--steps has a bound that scales with the work, and says the largest N that fits", async () => {
    expect(await usageError(["schedule", "--process", "edm", "--strategy", "karras", "--steps", "1000000001"])).toMatch(
      /at most 100000 steps/,
    );
    const heun = await usageError([
      "kl",
      "--process",
      "edm",
      "--spectrum",
      "powerlaw:d=3072,exponent=1,scale=10",
      "--strategy",
      "karras",
      "--steps",
      "50000",
      "--sampler",
      "heun",
    ]);
    expect(heun).toMatch(
      /--steps "50000": too much work: scoring 50000 steps × 3072 directions under heun .* at most 43690 steps here/,
    );
    const ddim = await runCaptured([
      "kl",
      "--process",
      "edm",
      "--spectrum",
      SPECTRUM,
      "--strategy",
      "karras",
      "--steps",
      "90000",
      "--json",
    ]);
    expect(ddim.code, ddim.stderr).toBe(0);
  });

  it("N > T on a discrete model says what happens to the levels", async () => {
    const run = await runCaptured([
      "kl",
      "--process",
      "sd15",
      "--spectrum",
      SPECTRUM,
      "--strategy",
      "karras",
      "--steps",
      "1500",
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/N = 1500 exceeds sd15's 1000 training timesteps: the levels fall between them/);
    expect((JSON.parse(run.stdout) as { warnings: string[] }).warnings[0]).toMatch(/exceeds sd15's 1000 training timesteps/);
  });

  it("a multi-column CSV is refused, not flattened", async () => {
    const file = join(dir, "two-columns.csv");
    writeFileSync(file, "80,40\n10,5\n1,0.5\n");
    expect(await usageError(["kl", "--process", "edm", "--spectrum", SPECTRUM, "--sigmas", file])).toMatch(
      /a table of 2 columns without a header/,
    );
    // a list wrapped over lines (each line ending in a comma) is still a list
    const wrapped = await runCaptured([
      "kl",
      "--process",
      "edm",
      "--spectrum",
      SPECTRUM,
      "--sigmas",
      "80, 10,\n1, 0.5",
      "--json",
    ]);
    expect(wrapped.code, wrapped.stderr).toBe(0);
  });

  it("--out write errors name the flag and the path the user gave, not the temporary name", async () => {
    const target = join(dir, "taken.npy");
    mkdirSync(target);
    // a folder is refused before anything is read (exit 2); a write that fails later names the flag and path (exit 1)
    const run = await runCaptured(["spectrum", "--dataset", "mnist", "--out", target, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`klsched: --out ${JSON.stringify(target)}: is a folder; give a file name ending in .npy or .json\n`);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    await expect(writeFlagFile("--out", target, "x")).rejects.toThrow(
      `--out ${JSON.stringify(target)}: cannot write the file (EISDIR)`,
    );
  });

  it("--timesteps errors say index where they mean it", async () => {
    const stderr = await usageError(["kl", "--process", "sd15", "--spectrum", SPECTRUM, "--timesteps", "1200,500"]);
    expect(stderr).toMatch(
      /--timesteps "1200,500": the timestep at index 0 \(1200\) is outside the training timesteps \[0, 999\]/,
    );
  });

  it("a reproduced tool's own float32 rounding is no warning (ComfyUI's Karras: 8e-7 above sd15's σ_max)", async () => {
    const run = await runCaptured([
      "schedule",
      "--process",
      "sd15",
      "--strategy",
      "comfy:name=karras",
      "--steps",
      "20",
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as { warnings: string[] }).warnings).toEqual([]);
    // and its levels pasted back into kl are taken as the model's ends
    const sigmas = (JSON.parse(run.stdout) as { toolSigmas: number[] }).toolSigmas.join(",");
    const kl = await runCaptured(["kl", "--process", "sd15", "--spectrum", SPECTRUM, "--sigmas", sigmas, "--json"]);
    expect(kl.code, kl.stderr).toBe(0);
  });

  it("kl --sigmas above the process's range warns (VE), in the JSON too", async () => {
    const run = await runCaptured(["kl", "--process", "edm", "--spectrum", SPECTRUM, "--sigmas", "100,10,1", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/level 0 \(σ\/α = 100\) lies above ve:smin=0\.002,smax=80's σ_max = 80: scored as given/);
    expect((JSON.parse(run.stdout) as { warnings: string[] }).warnings).toHaveLength(1);
  });

  it("one strategy that cannot run at some N no longer aborts compare: its cells are left out and listed", async () => {
    const run = await runCaptured([
      "compare",
      "--process",
      "sd15",
      "--spectrum",
      SPECTRUM,
      "--strategies",
      "comfy:name=kl_optimal karras",
      "--steps",
      "1,4",
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      rows: { strategy: string; steps: number }[];
      skipped: { strategy: string; steps: number; reason: string }[];
    };
    expect(json.rows.map((r) => [r.strategy, r.steps])).toEqual([
      ["comfy:name=kl_optimal", 4],
      ["karras", 1],
      ["karras", 4],
    ]);
    expect(json.skipped).toEqual([expect.objectContaining({ strategy: "comfy:name=kl_optimal", steps: 1 })]);
    expect(run.stderr).toMatch(/comfy:name=kl_optimal at N=1: left out/);
    const table = await runCaptured([
      "compare",
      "--process",
      "sd15",
      "--spectrum",
      SPECTRUM,
      "--strategies",
      "comfy:name=kl_optimal karras",
      "--steps",
      "1,4",
    ]);
    expect(table.stdout).toMatch(/comfy:name=kl_optimal +n\/a/);
  });
});
