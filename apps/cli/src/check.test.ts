import { geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess, scheduleFromTimes, sigmasOf, strategySchedule } from "@klsched/discretization";
import { parseReproducedStrategy, reproducedSchedule } from "@klsched/discretization/reproduced";
import { finalJump, scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const SPECTRUM = "geometric:d=16,min=1e-3,max=10";
const spectrum = geometricSpectrum(16, 1e-3, 10);

interface CheckJson {
  steps: number;
  from: string;
  unit: string;
  identified: { strategy: string; verdict: string; equivalents: string[]; distilled: { name: string }[] };
  scored: boolean;
  kl?: number;
  klReverse?: number;
  w2?: number;
  finalJumpShare?: number;
  rank?: { position: number; of: number; best: { strategy: string; kl: number } };
  problems: { kind: string; index?: number; message: string }[];
}

async function check(process: string, ...flags: string[]): Promise<CheckJson> {
  const run = await runCaptured(["check", "--process", process, "--spectrum", SPECTRUM, ...flags, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CheckJson;
}

const list = (values: ArrayLike<number>) => Array.from(values).join(",");
const toolSigmas = (process: string, spec: string, steps: number) => {
  const parsed = parseReproducedStrategy(spec);
  return reproducedSchedule(parseProcess(process), parsed.strategy, steps, parsed.options).sigmas;
};

describe("klsched check names the lists users paste", () => {
  it("check a Karras list: karras:rho=7, its KL as kl computes it, its rank, no problems", async () => {
    const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, 10);
    const json = await check("edm", "--sigmas", list(sigmasOf(schedule)));
    expect(json.identified).toMatchObject({ strategy: "karras:rho=7", verdict: "matches" });
    const expected = scheduleKL({ spectrum, schedule });
    expect(json).toMatchObject({ scored: true, kl: expected.kl, klReverse: expected.klReverse, w2: expected.w2, steps: 10 });
    expect(json.finalJumpShare).toBe(finalJump({ spectrum, schedule }).share);
    expect(json.rank?.of).toBeGreaterThan(10);
    expect(json.problems).toEqual([]);
  });

  it("check the AYS SD1.5 timesteps: ays:model=sd1", async () => {
    const json = await check("sd15", "--timesteps", "999,850,736,645,545,455,343,233,124,24");
    expect(json.identified).toMatchObject({ strategy: "ays:model=sd1", verdict: "matches" });
    expect(json).toMatchObject({ from: "timestep", unit: "timestep" });
  });

  it("check ComfyUI's kl_optimal string: comfy:name=kl_optimal, = tangent:c=1, and its float32 ends are no problem", async () => {
    const json = await check("sd15", "--sigmas", list(toolSigmas("sd15", "comfy:name=kl_optimal", 10)));
    expect(json.identified.strategy).toBe("comfy:name=kl_optimal");
    expect(json.identified.equivalents).toContain("tangent:c=1");
    expect(json.problems.filter((p) => p.kind === "outside-range")).toEqual([]);
  });

  it("check SDXL-Lightning's 4-step list: the training levels of sdxl-lightning; on its preset, no distilled problem", async () => {
    const onBase = await check("sdxl", "--timesteps", "999,749,499,249");
    expect(onBase.identified.distilled.map((m) => m.name)).toContain("sdxl-lightning");
    const onPreset = await check("sdxl-lightning", "--timesteps", "999,749,499,249");
    expect(onPreset.problems.filter((p) => p.kind === "distilled")).toEqual([]);
  });
});

describe("klsched check flags each class of problem (a crafted list each)", () => {
  const kinds = (json: CheckJson) => json.problems.map((p) => p.kind);

  it("non-monotone: not scored", async () => {
    const json = await check("edm", "--sigmas", "80,5,10,1,0.1");
    expect(kinds(json)).toContain("non-monotone");
    expect(json.scored).toBe(false);
  });

  it("repeated", async () => {
    expect(kinds(await check("edm", "--sigmas", "80,5,5,1,0.1,0.01,0.002"))).toEqual(["repeated"]);
  });

  it("outside-range: above σ_max on edm, and A1111's 14.615 on sd15", async () => {
    expect(kinds(await check("edm", "--sigmas", "120,5,1,0.1"))).toContain("outside-range");
    const a1111 = await check("sd15", "--sigmas", "14.615,5,1,0.1,0.03");
    expect(a1111.problems.find((p) => p.kind === "outside-range")?.message).toMatch(
      /level 0 .* above sd15's σ_max .* by 2\.42e-5/,
    );
  });

  it("final-jump: a list that stops at σ = 2 leaves most of its KL to the jump", async () => {
    const json = await check("edm", "--sigmas", "80,10,2");
    const schedule = scheduleFromTimes(parseProcess("edm"), [80, 10, 2, 0]);
    expect(json.finalJumpShare).toBe(finalJump({ spectrum, schedule }).share);
    expect(kinds(json)).toEqual(["final-jump"]);
  });

  it("dpm-ratio: near-duplicate levels", async () => {
    const json = await check("edm", "--sigmas", "80,10,1,0.999,0.1,0.01");
    expect(json.problems.map((p) => [p.kind, p.index])).toContainEqual(["dpm-ratio", 3]);
  });

  it("distilled: a list other than the model's training levels on a distilled preset", async () => {
    const json = await check("sdxl-lightning", "--timesteps", "999,800,600,400");
    const problem = json.problems.find((p) => p.kind === "distilled");
    expect(problem?.message).toMatch(/SDXL-Lightning .* was distilled on fixed levels .* use them as they are/);
  });

  it("the human report says what the list is, its scores and its problems", async () => {
    const run = await runCaptured(["check", "--process", "edm", "--spectrum", SPECTRUM, "--sigmas", "80,5,5,1,0.1,0.01,0.002"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^7 steps on ve:smin=0\.002,smax=80: the list /);
    expect(run.stdout).toMatch(/KL .* nats, reverse KL .*; rank \d+ of \d+ among the standard strategies at N=7/);
    expect(run.stdout).toMatch(/problems \(1\):\n {2}repeated: level 2 repeats level 1/);
  });

  it("check takes exactly one of --sigmas and --timesteps", async () => {
    const none = await runCaptured(["check", "--process", "edm", "--spectrum", SPECTRUM]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/exactly one of --sigmas or --timesteps/);
    const both = await runCaptured(["check", "--process", "sd15", "--spectrum", SPECTRUM, "--sigmas", "1", "--timesteps", "1"]);
    expect(both.code).toBe(2);
  });
});
