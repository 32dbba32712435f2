import { powerlawSpectrum } from "@klsched/core-linalg";
import { parseProcess, scheduleFromTimes } from "@klsched/discretization";
import { parseSampler } from "@klsched/gaussian-flow";
import { scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

interface OptimizeJson {
  t: number[];
  sigmas: (number | null)[];
  kl: number;
  klReverse: number;
  w2: number;
  klSymmetric: number;
  sampler: string;
  objective: string;
  minGap: number | null;
  degenerate: string[];
  warnings: string[];
  fallback?: string;
  tangent?: { c: number; end: string; klOptimal: number };
  baselines: { strategy: string; kl: number; klReverse: number; w2: number; klSymmetric: number }[];
  samplers?: { sampler: string; steps: number; nfe: number; kl: number }[];
}

const SPECTRUM = "powerlaw:d=32,exponent=1.5,scale=4";
const spectrum = powerlawSpectrum(32, 1.5, 4);

async function optimizeJson(...args: string[]): Promise<OptimizeJson> {
  const run = await runCaptured(["optimize", "--spectrum", SPECTRUM, ...args, "--json", "--quiet"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as OptimizeJson;
}

/** The least ln-s gap between neighbouring noisy levels (the clean jump aside). */
function leastGap(sigmas: (number | null)[]): number {
  const noisy = sigmas.slice(0, -1).map((s) => s ?? Number.POSITIVE_INFINITY);
  let least = Number.POSITIVE_INFINITY;
  for (let k = 1; k < noisy.length; k++)
    if (noisy[k - 1]! < Number.POSITIVE_INFINITY) least = Math.min(least, Math.log(noisy[k - 1]! / noisy[k]!));
  return least;
}

describe("optimize --objective", () => {
  it.each([
    ["w2", "w2"],
    ["reverse-kl", "klReverse"],
    ["symmetric-kl", "klSymmetric"],
  ] as const)(
    "optimize --objective %s names it in the JSON, scores as scheduleKL does and is ≤ every baseline under it",
    async (name, field) => {
      for (const processName of ["edm", "sd15"]) {
        const json = await optimizeJson("--process", processName, "--steps", "8", "--sampler", "heun", "--objective", name);
        expect(json.objective).toBe(name);
        const expected = scheduleKL({
          spectrum,
          schedule: scheduleFromTimes(parseProcess(processName), json.t),
          sampler: parseSampler("heun"),
        });
        expect(json[field]).toBeCloseTo(expected[field], 10);
        for (const baseline of json.baselines)
          expect(json[field], baseline.strategy).toBeLessThanOrEqual(baseline[field] * (1 + 1e-9));
      }
    },
  );

  it("optimize --min-gap 0.3 keeps every pair of neighbouring noisy levels 0.3 apart in ln s, and says so", async () => {
    const json = await optimizeJson("--process", "vp", "--steps", "10", "--min-gap", "0.3");
    expect(json.minGap).toBe(0.3);
    expect(leastGap(json.sigmas)).toBeGreaterThanOrEqual(0.3 * (1 - 1e-9));
  });

  it("optimize --samplers 'ddim heun dpmpp-2m' --nfe 8 returns the pair of least KL and each sampler's own optimum", async () => {
    const json = await optimizeJson("--process", "edm", "--nfe", "8", "--samplers", "ddim heun dpmpp-2m");
    expect(json.samplers?.map((s) => [s.sampler, s.steps])).toEqual([
      ["ddim", 8],
      ["heun", 4],
      ["dpmpp-2m", 8],
    ]);
    for (const row of json.samplers ?? []) expect(row.nfe).toBeLessThanOrEqual(8);
    const best = [...(json.samplers ?? [])].sort((a, b) => a.kl - b.kl)[0];
    expect(json.sampler).toBe(best?.sampler);
    expect(json.kl).toBe(best?.kl);
  });

  it("optimize --method tangent reports c, its end and kl_optimal's KL (the tangent:c=1 baseline) beside it", async () => {
    const json = await optimizeJson("--process", "sd15", "--steps", "5", "--method", "tangent");
    expect(json.tangent?.c).toBeGreaterThan(0);
    expect(["zero", "floor"]).toContain(json.tangent?.end);
    expect(json.tangent?.klOptimal).toBe(json.baselines.find((b) => b.strategy === "tangent:c=1")?.kl);
    expect(json.kl).toBeLessThanOrEqual(json.tangent?.klOptimal ?? 0);
  });

  it("rank lists no fixed tangent:c=… above the fitted tangent (sd15 and edm, a geometric spectrum from 1e-4 to 10)", async () => {
    for (const [processName, steps] of [
      ["sd15", "5"],
      ["edm", "10"],
    ]) {
      const run = await runCaptured([
        "rank",
        "--process",
        processName!,
        "--spectrum",
        "geometric:d=784,min=1e-4,max=10",
        "--steps",
        steps!,
        "--json",
        "--quiet",
      ]);
      const rows = (JSON.parse(run.stdout) as { rows: { strategy: string; kl: number }[] }).rows;
      const fitted = rows.find((r) => r.strategy === "tangent")!.kl;
      for (const row of rows.filter((r) => r.strategy.startsWith("tangent:c=")))
        expect(fitted, row.strategy).toBeLessThanOrEqual(row.kl);
    }
  });
});

describe("optimize: failures and degenerate optima", () => {
  it("a degenerate optimum (dpmpp-2m on flow with --min-gap 0) exits 1 with the reason and no paste line; --allow-degenerate prints it marked", async () => {
    const args = [
      "optimize",
      "--process",
      "flow",
      "--spectrum",
      "mnist",
      "--steps",
      "10",
      "--sampler",
      "dpmpp-2m",
      "--min-gap",
      "0",
      "--quiet",
    ];
    const refused = await runCaptured([...args, "--format", "comfyui"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/degenerate: it merges .* --allow-degenerate/);
    const printed = await runCaptured([...args, "--format", "comfyui", "--allow-degenerate"]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^# klsched: degenerate optimum \(--allow-degenerate\): it merges/);
  });

  it("small-T DDPM works (ddpm:T=100 with MNIST at N = 10; T = 10 at N = 4), and an extreme spectrum falls back to its best baseline, saying so", async () => {
    const small = await optimizeJson("--process", "ddpm:T=100", "--steps", "10");
    expect(Number.isFinite(small.kl)).toBe(true);
    await optimizeJson("--process", "ddpm:T=10", "--steps", "4");
    const run = await runCaptured([
      "optimize",
      ...[
        "--process",
        "edm",
        "--spectrum",
        "powerlaw:d=100,exponent=30,scale=1",
        "--steps",
        "16",
        "--sampler",
        "ddpm",
        "--json",
        "--quiet",
      ],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as OptimizeJson;
    for (const baseline of json.baselines) expect(json.kl).toBeLessThanOrEqual(baseline.kl);
    expect(json.fallback).toBe("uniform");
    expect(json.warnings).toEqual([expect.stringMatching(/nothing better than the baseline uniform/)]);
  });

  it.each([
    ["a gap N levels cannot keep", ["--process", "sd15", "--steps", "10", "--min-gap", "1"], "--min-gap", "1"],
    ["a negative gap", ["--process", "edm", "--steps", "4", "--min-gap", "-0.1"], "--min-gap", "-0.1"],
    [
      "an objective the geodesic cannot take",
      ["--process", "edm", "--steps", "4", "--method", "geodesic", "--objective", "w2"],
      "--objective",
      "w2",
    ],
    [
      "--sampler with --samplers",
      ["--process", "edm", "--nfe", "8", "--sampler", "heun", "--samplers", "ddim heun"],
      "--samplers",
      "ddim heun",
    ],
  ])("optimize with %s is a one-line usage error naming the flag (exit 2)", async (_, flags, flag, value) => {
    const run = await runCaptured(["optimize", "--spectrum", SPECTRUM, ...flags, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^klsched: ${flag} "${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}": .+\\n$`));
  });
});
