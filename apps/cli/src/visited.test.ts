import { isotropicSpectrum } from "@klsched/core-linalg";
import { parseProcess } from "@klsched/discretization";
import { ddimVisitedLevels, parseReproducedStrategy, reproducedSchedule } from "@klsched/discretization/reproduced";
import { scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const SPECTRUM = "isotropic:d=3,lambda=0.5";
const spectrum = isotropicSpectrum(3, 0.5);

async function kl(strategy: string, steps: number, ...flags: string[]) {
  const argv = ["kl", "--process", "sd15", "--spectrum", SPECTRUM, "--strategy", strategy, "--steps", String(steps), ...flags];
  const run = await runCaptured([...argv, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  return { json: JSON.parse(run.stdout) as { kl: number; visited: boolean; warnings: string[] }, stderr: run.stderr };
}

function ddim(strategy: string, steps: number) {
  const process = parseProcess("sd15");
  const spec = parseReproducedStrategy(strategy);
  const tool = reproducedSchedule(process, spec.strategy, steps, spec.options);
  return { intended: tool.schedule, visited: ddimVisitedLevels(process, tool.timesteps ?? []) };
}

describe("kl --visited: the levels diffusers' DDIM really visits", () => {
  it("kl --visited on diffusers-ddim:spacing=linspace scores ddimVisitedLevels and warns that they differ", async () => {
    const { intended, visited } = ddim("diffusers-ddim:spacing=linspace", 10);
    const { json, stderr } = await kl("diffusers-ddim:spacing=linspace", 10, "--visited");
    expect(json.kl).toBe(scheduleKL({ spectrum, schedule: visited }).kl);
    expect(json.kl).not.toBe(scheduleKL({ spectrum, schedule: intended }).kl);
    expect(json.visited).toBe(true);
    expect(json.warnings).toHaveLength(1);
    expect(json.warnings[0]).toMatch(/t − T\/\/N .*9 of 11 differ, by up to 11 timesteps.*scored: the levels x visits/);
    expect(stderr).toBe(`klsched: warning: ${json.warnings[0]}\n`);
  });

  it("kl without --visited scores the intended levels and says that --visited scores the visited ones", async () => {
    const { intended } = ddim("diffusers-ddim:spacing=linspace", 10);
    const { json } = await kl("diffusers-ddim:spacing=linspace", 10);
    expect(json.kl).toBe(scheduleKL({ spectrum, schedule: intended }).kl);
    expect(json.visited).toBe(false);
    expect(json.warnings[0]).toMatch(/--visited scores those$/);
  });

  it("with leading spacing DDIM visits its schedule: --visited gives the same KL and no warning", async () => {
    const plain = await kl("diffusers-ddim:spacing=leading", 10);
    const visited = await kl("diffusers-ddim:spacing=leading", 10, "--visited");
    expect(visited.json.kl).toBe(plain.json.kl);
    expect(visited.json.warnings).toEqual([]);
    expect(visited.stderr).toBe("");
  });

  it("a tool other than DDIM visits the levels it lists: --visited changes nothing", async () => {
    const plain = await kl("comfy:name=sgm_uniform", 10);
    const visited = await kl("comfy:name=sgm_uniform", 10, "--visited");
    expect(visited.json.kl).toBe(plain.json.kl);
    expect(visited.json.warnings).toEqual(plain.json.warnings);
  });

  it.each([
    ["klsched's own strategy", ["--strategy", "karras", "--steps", "10"]],
    ["--sigmas", ["--sigmas", "14,1"]],
    ["--timesteps", ["--timesteps", "999,500"]],
    ["a truncated DDIM schedule (denoise=)", ["--strategy", "diffusers-ddim:spacing=linspace,denoise=0.5", "--steps", "10"]],
  ])("--visited with %s: exit 2, one line naming --visited", async (_, flags) => {
    const run = await runCaptured(["kl", "--process", "sd15", "--spectrum", SPECTRUM, ...flags, "--visited"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^klsched: --visited: [^\n]+\n$/);
  });
});
