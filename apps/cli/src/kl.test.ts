import { isotropicSpectrum, powerlawSpectrum } from "@klsched/core-linalg";
import {
  parseProcess,
  parseStrategy,
  scheduleFromSigmas,
  scheduleFromTimesteps,
  strategySchedule,
} from "@klsched/discretization";
import { ddim } from "@klsched/gaussian-flow";
import { scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

async function klJson(...args: string[]): Promise<Record<string, unknown>> {
  const run = await runCaptured(["kl", ...args, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const SPECTRUM = "powerlaw:d=16,exponent=1.5,scale=4";
const spectrum = powerlawSpectrum(16, 1.5, 4);

describe("klsched kl --json", () => {
  it("kl --strategy karras --steps 8 equals scheduleKL on the same schedule, with the contract's fields", async () => {
    const json = await klJson("--process", "edm", "--spectrum", SPECTRUM, "--strategy", "karras", "--steps", "8");
    const schedule = strategySchedule(parseProcess("edm"), parseStrategy("karras").strategy, 8);
    const expected = scheduleKL({ spectrum, schedule, sampler: ddim, prior: "standard", clean: true });
    expect(json).toEqual({
      kl: expected.kl,
      klReverse: expected.klReverse,
      w2: expected.w2,
      klSymmetric: expected.klSymmetric,
      steps: 8,
      nfe: 8,
      process: "ve:smin=0.002,smax=80",
      spectrum: spectrum.label,
      strategy: "karras",
      prior: "standard",
      sampler: "ddim",
      clean: true,
      visited: false,
      warnings: [],
    });
  });

  it("kl --prior exact --no-clean equals scheduleKL with prior exact and clean false", async () => {
    const json = await klJson(
      ...[
        "--process",
        "vp",
        "--spectrum",
        SPECTRUM,
        "--strategy",
        "tangent:c=0.5",
        "--steps",
        "6",
        "--prior",
        "exact",
        "--no-clean",
      ],
    );
    const schedule = strategySchedule(parseProcess("vp"), parseStrategy("tangent:c=0.5").strategy, 6);
    const expected = scheduleKL({ spectrum, schedule, prior: "exact", clean: false });
    expect(json).toMatchObject({ kl: expected.kl, klReverse: expected.klReverse, steps: 5, prior: "exact", clean: false });
  });

  it("kl --sigmas 80,10,1,0.1 appends the clean level and equals scheduleFromSigmas + scheduleKL", async () => {
    const json = await klJson("--process", "edm", "--spectrum", "isotropic:d=4,lambda=2", "--sigmas", "80,10,1,0.1");
    const schedule = scheduleFromSigmas(parseProcess("edm"), [80, 10, 1, 0.1]);
    const expected = scheduleKL({ spectrum: isotropicSpectrum(4, 2), schedule });
    expect(json).toMatchObject({ kl: expected.kl, w2: expected.w2, steps: 4, sigmas: [80, 10, 1, 0.1] });
    expect(json).not.toHaveProperty("strategy");
  });

  it("kl --timesteps 999,500,100 on ddpm equals scheduleFromTimesteps + scheduleKL", async () => {
    const json = await klJson("--process", "ddpm", "--spectrum", SPECTRUM, "--timesteps", "999,500,100");
    const schedule = scheduleFromTimesteps(parseProcess("ddpm"), [999, 500, 100]);
    expect(json).toMatchObject({ kl: scheduleKL({ spectrum, schedule }).kl, steps: 3, timesteps: [999, 500, 100] });
  });

  it("kl on flow with one step (α = 0 straight to the clean level) prints an infinite KL as null", async () => {
    const json = await klJson(
      "--process",
      "flow",
      "--spectrum",
      "isotropic:d=2,lambda=1",
      "--strategy",
      "uniform",
      "--steps",
      "1",
    );
    expect(json["kl"]).toBeNull();
  });

  it("kl on a spectrum file reads it and labels it by its file name", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "klsched-")), "eigen.json");
    writeFileSync(file, JSON.stringify({ eigenvalues: [2, 2, 2, 2] }));
    const fromFile = await klJson("--process", "edm", "--spectrum", file, "--strategy", "uniform", "--steps", "5");
    const builtIn = await klJson(
      "--process",
      "edm",
      "--spectrum",
      "isotropic:d=4,lambda=2",
      "--strategy",
      "uniform",
      "--steps",
      "5",
    );
    expect(fromFile["spectrum"]).toBe("eigen.json");
    expect(fromFile["kl"]).toBe(builtIn["kl"]);
  });
});

describe("klsched kl (table)", () => {
  it("kl without --json prints an aligned quantity/value table, inf for an infinite KL", async () => {
    const run = await runCaptured([
      "kl",
      "--process",
      "flow",
      "--spectrum",
      "isotropic:d=2",
      "--strategy",
      "uniform",
      "--steps",
      "1",
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]?.split(/\s+/)).toEqual(["quantity", "value"]);
    expect(lines.some((line) => /^kl\s+inf$/.test(line))).toBe(true);
    const column = lines[0]?.indexOf("value") ?? -1;
    for (const line of lines.slice(2)) expect([line[column - 1], line[column]]).toEqual([" ", expect.stringMatching(/\S/)]);
  });
});
