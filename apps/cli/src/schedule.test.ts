import { parseProcess, parseStrategy, sigmasOf, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

interface ScheduleJson {
  process: string;
  strategy: string;
  steps: number;
  t: number[];
  alpha: number[];
  sigma: number[];
  sigmas: (number | null)[];
  timesteps?: number[];
}

async function scheduleJson(...args: string[]): Promise<ScheduleJson> {
  const run = await runCaptured(["schedule", ...args, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as ScheduleJson;
}

describe("klsched schedule --json", () => {
  it("schedule --process edm --strategy karras --steps 6 has 7 levels ending at the clean level, as strategySchedule", async () => {
    const json = await scheduleJson("--process", "edm", "--strategy", "karras", "--steps", "6");
    const expected = strategySchedule(parseProcess("edm"), parseStrategy("karras").strategy, 6);
    expect(Object.keys(json)).toEqual(["process", "strategy", "steps", "t", "alpha", "sigma", "sigmas"]);
    expect(json).toMatchObject({ process: "ve:smin=0.002,smax=80", strategy: "karras", steps: 6 });
    for (const key of ["t", "alpha", "sigma", "sigmas"] as const) expect(json[key]).toHaveLength(7);
    expect(json.t).toEqual(Array.from(expected.t));
    expect(json.sigmas).toEqual(Array.from(sigmasOf(expected)));
    expect([json.alpha.at(-1), json.sigma.at(-1), json.sigmas.at(-1)]).toEqual([1, 0, 0]);
  });

  it("schedule --process flow --strategy uniform --steps 4 has σ/α null where α = 0 and ends at t = 0", async () => {
    const json = await scheduleJson("--process", "flow", "--strategy", "uniform", "--steps", "4");
    expect(json.t).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(json.alpha[0]).toBe(0);
    expect(json.sigmas[0]).toBeNull();
    expect(json.sigmas.slice(1)).toEqual([3, 1, 0.25 / 0.75, 0]);
    expect(json.timesteps).toBeUndefined();
  });

  it("schedule --process sd15 --round gives integer timesteps from 999 down, then the clean level −1", async () => {
    const json = await scheduleJson("--process", "sd15", "--strategy", "karras", "--steps", "5", "--round");
    expect(json.timesteps).toEqual(json.t);
    expect(json.timesteps).toHaveLength(6);
    expect(json.timesteps?.[0]).toBe(999);
    expect(json.timesteps?.at(-1)).toBe(-1);
    expect(json.timesteps?.every(Number.isInteger)).toBe(true);
  });

  it("schedule --format json prints the same object as --json", async () => {
    const args = ["schedule", "--process", "vp", "--strategy", "logsnr", "--steps", "3"];
    const a = await runCaptured([...args, "--json"]);
    const b = await runCaptured([...args, "--format", "json"]);
    expect(b).toEqual(a);
  });
});

describe("klsched schedule --format", () => {
  it("--format csv has the header t,alpha,sigma,sigmas and one row per level, inf where α = 0", async () => {
    const run = await runCaptured(["schedule", "--process", "flow", "--strategy", "uniform", "--steps", "4", "--format", "csv"]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("t,alpha,sigma,sigmas");
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe("1,0,1,inf");
    expect(lines[5]).toBe("0,1,0,0");
  });

  it("--format csv adds a timesteps column on a discrete process", async () => {
    const run = await runCaptured(["schedule", "--process", "ddpm", "--strategy", "uniform", "--steps", "3", "--format", "csv"]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("t,alpha,sigma,sigmas,timesteps");
    expect(lines[1]?.startsWith("999,")).toBe(true);
    expect(lines[1]?.endsWith(",999")).toBe(true);
  });

  it("--format diffusers on sd15 prints N strictly decreasing integer timesteps, clean level excluded", async () => {
    const run = await runCaptured([
      "schedule",
      "--process",
      "sd15",
      "--strategy",
      "karras",
      "--steps",
      "10",
      "--format",
      "diffusers",
    ]);
    expect(run.code).toBe(0);
    const match = /^timesteps=\[(.*)\]\n$/.exec(run.stdout);
    const timesteps = (match?.[1] ?? "").split(", ").map(Number);
    expect(timesteps).toHaveLength(10);
    expect(timesteps[0]).toBe(999);
    expect(timesteps.every((t, k) => Number.isInteger(t) && (k === 0 || t < (timesteps[k - 1] as number)))).toBe(true);
  });

  it("--format diffusers on edm prints sigmas=[…] with N+1 levels ending in 0", async () => {
    const run = await runCaptured([
      "schedule",
      "--process",
      "edm",
      "--strategy",
      "karras",
      "--steps",
      "4",
      "--format",
      "diffusers",
    ]);
    const json = await scheduleJson("--process", "edm", "--strategy", "karras", "--steps", "4");
    expect(run.stdout).toBe(`sigmas=[${json.sigmas.join(", ")}]\n`);
    expect(run.stdout.endsWith(", 0]\n")).toBe(true);
  });

  it("--format diffusers on flow prints the N noisy σ = t levels (the flow-matching scheduler appends 0)", async () => {
    const run = await runCaptured([
      "schedule",
      "--process",
      "flow",
      "--strategy",
      "uniform",
      "--steps",
      "4",
      "--format",
      "diffusers",
    ]);
    expect(run.stdout).toBe("sigmas=[1, 0.75, 0.5, 0.25]\n");
  });

  it("--format comfyui prints N+1 comma-separated sigmas ending in 0", async () => {
    const run = await runCaptured([
      "schedule",
      "--process",
      "vp",
      "--strategy",
      "exponential",
      "--steps",
      "5",
      "--format",
      "comfyui",
    ]);
    const values = run.stdout.trimEnd().split(", ").map(Number);
    expect(values).toHaveLength(6);
    expect(values.at(-1)).toBe(0);
    expect(values.every((v) => Number.isFinite(v))).toBe(true);
  });

  it("the default table has a header, a rule and one row per level", async () => {
    const run = await runCaptured(["schedule", "--process", "edm", "--strategy", "uniform", "--steps", "3"]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]?.split(/\s+/)).toEqual(["k", "t", "alpha", "sigma", "sigma/alpha"]);
    expect(lines).toHaveLength(2 + 4);
    expect(lines[2]?.trim().split(/\s+/)).toEqual(["0", "80", "1", "80", "80"]);
  });
});
