import { powerlawSpectrum } from "@klsched/core-linalg";
import { parseProcess, scheduleFromTimes } from "@klsched/discretization";
import { scheduleKL } from "@klsched/kl-metrics";
import { integerOptimalTimesteps } from "@klsched/schedule-optim";
import { describe, expect, it } from "vitest";
import { BASELINES } from "./commands/optimize.js";
import { runCaptured } from "./run-captured.js";

interface OptimizeJson {
  process: string;
  strategy: string;
  steps: number;
  t: number[];
  alpha: number[];
  sigma: number[];
  sigmas: (number | null)[];
  timesteps?: number[];
  method: string;
  kl: number;
  klReverse: number;
  baselines: { strategy: string; kl: number }[];
}

const SPECTRUM = "powerlaw:d=32,exponent=1.5,scale=4";
const spectrum = powerlawSpectrum(32, 1.5, 4);

async function stdoutOf(argv: string[]): Promise<string> {
  const run = await runCaptured(argv);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return run.stdout;
}

async function optimizeJson(...args: string[]): Promise<OptimizeJson> {
  return JSON.parse(await stdoutOf(["optimize", "--spectrum", SPECTRUM, ...args, "--json"])) as OptimizeJson;
}

describe("klsched optimize --json", () => {
  it("optimize --process edm --steps 8 has the schedule fields, then method, kl, klReverse and every baseline", async () => {
    const json = await optimizeJson("--process", "edm", "--steps", "8");
    expect(Object.keys(json)).toEqual([
      ...["process", "strategy", "steps", "t", "alpha", "sigma", "sigmas"],
      ...[
        "method",
        "kl",
        "klReverse",
        "w2",
        "klSymmetric",
        "baselines",
        "spectrum",
        "prior",
        "sampler",
        "round",
        "nfe",
        "warnings",
      ],
      ...["objective", "minGap", "degenerate"],
    ]);
    expect(json).toMatchObject({ process: "ve:smin=0.002,smax=80", strategy: "optimal", method: "optimal", steps: 8 });
    for (const key of ["t", "alpha", "sigma", "sigmas"] as const) expect(json[key]).toHaveLength(9);
    expect(json.t[0]).toBe(80);
    expect(json.t.at(-1)).toBe(0);
    expect(json.t.every((t, k) => k === 0 || t < (json.t[k - 1] as number))).toBe(true);
    expect(json.baselines.map((b) => b.strategy)).toEqual([...BASELINES]);
  });

  it.each([
    ["edm", "standard"],
    ["vp", "exact"],
    ["flow", "standard"],
    ["sd15", "standard"],
  ])("optimize --process %s --prior %s: kl is scheduleKL of the printed levels and ≤ every baseline", async (name, prior) => {
    const json = await optimizeJson("--process", name, "--steps", "12", "--prior", prior);
    const schedule = scheduleFromTimes(parseProcess(name), json.t);
    const expected = scheduleKL({ spectrum, schedule, prior: prior as "standard" | "exact" });
    expect(json.kl).toBeCloseTo(expected.kl, 12);
    expect(json.klReverse).toBeCloseTo(expected.klReverse, 12);
    expect(json.baselines.length).toBeGreaterThan(0);
    for (const baseline of json.baselines) expect(json.kl).toBeLessThanOrEqual(baseline.kl);
  });

  it("optimize --process flow leaves out the baselines flow cannot take (logsnr, exponential, karras)", async () => {
    const json = await optimizeJson("--process", "flow", "--steps", "6");
    expect(json.baselines.map((b) => b.strategy)).toEqual(["uniform", "quadratic", "tangent:c=1"]);
  });

  it("optimize --method geodesic and --method tangent:fit=asymptotic name the method and score it as kl does", async () => {
    for (const method of ["geodesic", "tangent", "tangent:fit=asymptotic"]) {
      const json = await optimizeJson("--process", "vp", "--steps", "8", "--method", method);
      expect(json).toMatchObject({ method, strategy: method });
      const kl = JSON.parse(
        await stdoutOf(["kl", "--process", "vp", "--spectrum", SPECTRUM, "--strategy", method, "--steps", "8", "--json"]),
      ) as { kl: number };
      expect(kl.kl).toBe(json.kl);
    }
  });

  it("kl --strategy optimal equals optimize's kl, and schedule --strategy optimal prints optimize's levels", async () => {
    const optimized = await optimizeJson("--process", "edm", "--steps", "10", "--sampler", "ddim");
    const args = ["--process", "edm", "--spectrum", SPECTRUM, "--strategy", "optimal", "--steps", "10", "--json"];
    const kl = JSON.parse(await stdoutOf(["kl", ...args])) as { kl: number; klReverse: number };
    expect(kl.kl).toBe(optimized.kl);
    expect(kl.klReverse).toBe(optimized.klReverse);
    const schedule = JSON.parse(await stdoutOf(["schedule", ...args])) as OptimizeJson;
    expect(schedule.t).toEqual(optimized.t);
  });

  it("compare --strategies 'karras optimal' marks optimal best at every N", async () => {
    const argv = [
      "compare",
      "--process",
      "edm",
      "--spectrum",
      SPECTRUM,
      "--steps",
      "4,8",
      "--strategies",
      "karras optimal",
      "--json",
    ];
    const json = JSON.parse(await stdoutOf(argv)) as { best: { steps: number; strategies: string[] }[] };
    const cells = [{ strategy: "optimal", sampler: "ddim" }];
    expect(json.best).toEqual([
      { steps: 4, strategies: ["optimal"], cells },
      { steps: 8, strategies: ["optimal"], cells },
    ]);
  });
});

describe("klsched optimize --format", () => {
  it("optimize --process sd15 --format diffusers prints the integer search's N strictly decreasing timesteps", async () => {
    const out = await stdoutOf([
      "optimize",
      "--process",
      "sd15",
      "--spectrum",
      SPECTRUM,
      "--steps",
      "10",
      "--format",
      "diffusers",
    ]);
    const match = /^timesteps=\[(.*)\]\n$/.exec(out);
    const timesteps = (match?.[1] ?? "").split(", ").map(Number);
    expect(timesteps).toHaveLength(10);
    expect(timesteps[0]).toBe(999);
    expect(timesteps.every((t, k) => Number.isInteger(t) && (k === 0 || t < (timesteps[k - 1] as number)))).toBe(true);
    const search = integerOptimalTimesteps({ spectrum, process: parseProcess("sd15") }, 10);
    expect(timesteps).toEqual(Array.from(search.timesteps));
  });

  it("optimize --process sd15 --round --json has integer timesteps whose kl is ≤ every rounded baseline", async () => {
    const json = await optimizeJson("--process", "sd15", "--steps", "8", "--round");
    expect(json.timesteps?.every(Number.isInteger)).toBe(true);
    for (const baseline of json.baselines) expect(json.kl).toBeLessThanOrEqual(baseline.kl);
  });

  it("optimize --format comfyui prints N+1 comma-separated sigmas ending in 0", async () => {
    const out = await stdoutOf(["optimize", "--process", "edm", "--spectrum", SPECTRUM, "--steps", "5", "--format", "comfyui"]);
    const values = out.trimEnd().split(", ").map(Number);
    expect(values).toHaveLength(6);
    expect(values[0]).toBe(80);
    expect(values.at(-1)).toBe(0);
  });

  it("optimize without --json prints the schedule table, the KL, and the baselines with the lowest marked *", async () => {
    const out = await stdoutOf(["optimize", "--process", "edm", "--spectrum", SPECTRUM, "--steps", "4"]);
    const lines = out.trimEnd().split("\n");
    expect(lines[1]?.split(/\s+/)).toEqual(["k", "t", "alpha", "sigma", "sigma/alpha"]);
    expect(out).toMatch(/KL\(source ‖ output\) = [\d.e-]+ nats/);
    const marked = lines.filter((line) => line.endsWith("*"));
    expect(marked).toHaveLength(1);
    expect(marked[0]?.startsWith("optimal ")).toBe(true);
    for (const baseline of BASELINES) expect(lines.some((line) => line.startsWith(`${baseline} `))).toBe(true);
  });
});

describe("merged levels", () => {
  it("optimize keeps levels apart by default, and with --allow-degenerate prints today's merged optimum with the reasons beside it", async () => {
    // heun on sd15 with MNIST over-disperses in one large step and presses later levels together
    const args = [
      "optimize",
      "--process",
      "sd15",
      "--spectrum",
      "mnist",
      "--steps",
      "12",
      "--sampler",
      "heun",
      "--json",
      "--quiet",
    ];
    const safe = await runCaptured(args);
    expect(safe.code, safe.stderr).toBe(0);
    const safeJson = JSON.parse(safe.stdout) as { sigmas: number[]; degenerate: string[] };
    const noisy = safeJson.sigmas.slice(0, -1);
    expect(noisy.every((s, k) => k === 0 || Math.log(noisy[k - 1]! / s) > 1e-3)).toBe(true);
    expect(safeJson.degenerate).toEqual([]);
    const merged = await runCaptured([...args, "--allow-degenerate"]);
    expect(merged.code, merged.stderr).toBe(0);
    const json = JSON.parse(merged.stdout) as { sigmas: number[]; kl: number; degenerate: string[] };
    const close = json.sigmas.slice(0, -1).filter((s, k, all) => k > 0 && Math.log(all[k - 1]! / s) < 1e-3).length;
    expect(close).toBeGreaterThan(0);
    expect(json.kl).toBeLessThan(3300); // the first version's optimum: 3287.58
    expect(json.degenerate).toEqual([
      expect.stringMatching(new RegExp(`merges ${close} pairs of levels`)),
      expect.stringMatching(/KL reverse \(\d+\) is \d+ times the least a baseline has/),
    ]);
    expect(merged.stderr).toMatch(/^klsched: warning: degenerate optimum: it merges/m);
    const plain = await runCaptured([
      "optimize",
      "--process",
      "edm",
      "--spectrum",
      "isotropic:d=4",
      "--steps",
      "6",
      "--json",
      "--quiet",
    ]);
    expect((JSON.parse(plain.stdout) as { warnings: string[] }).warnings).toEqual([]);
    expect(plain.stderr).toBe("");
  });
});
