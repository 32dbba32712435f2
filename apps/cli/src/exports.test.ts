/**
 * Issue 12's exports, end to end: for the sd15, sdxl, edm, sd3 and flux presets, `optimize --format
 * <target>` fed through the target's own logic (the transcriptions of diffusers' set_timesteps and
 * ComfyUI's ManualSigmas in discretization's export-target test support, from each model's published
 * scheduler config) puts the tool on exactly the optimised levels; and `kl` of every export read back
 * gives optimize's KL to 1e-9.
 */
import {
  EXPORT_TARGET_NAMES,
  EXPORT_TARGETS,
  type ExportTargetName,
  flowShiftMu,
  parseProcess,
  scheduleFromTimes,
} from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { manualSigmas } from "../../../packages/discretization/src/test-support/comfy-manual-sigmas.js";
import {
  expectedSigmas,
  expectToolOnLevels,
  fixture,
  type Model,
} from "../../../packages/discretization/src/test-support/tool-check.js";
import { runCaptured } from "./run-captured.js";

const SPECTRUM = "powerlaw:d=12,exponent=1.2,scale=3";
const STEPS = "6";

/** The presets of the issue, with the published config each snippet is fed through and the μ Flux's pipeline passes. */
const PRESETS: { preset: string; config: string; mu?: number }[] = [
  { preset: "sd15", config: "sd15" },
  { preset: "sdxl", config: "sdxl" },
  { preset: "edm", config: "playground-v25" },
  { preset: "sd3", config: "sd3" },
  { preset: "flux", config: "flux-dev", mu: flowShiftMu(4096) },
];

async function run(argv: string[]): Promise<{ stdout: string; stderr: string }> {
  const result = await runCaptured(argv);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

interface OptimizeJson {
  t: number[];
  kl: number;
}

/** The targets a process's optimum can go to (those that take its kind of schedule, redirects included). */
function targetsFor(preset: string): ExportTargetName[] {
  const process = parseProcess(preset);
  const probe = scheduleFromTimes(
    process,
    process.kind === "flow" ? [1, 0.5, 0] : [process.tStart, process.tEnd, process.tClean],
  );
  return EXPORT_TARGET_NAMES.filter((name) => {
    const target = EXPORT_TARGETS[name];
    const rounded = process.trainingSteps !== undefined ? scheduleFromTimes(process, [999, 500, -1]) : probe;
    return target.refusal(target.integerTimesteps ? rounded : probe) === undefined;
  });
}

const CASES = PRESETS.flatMap((p) => targetsFor(p.preset).map((target) => [p.preset, target, p] as const));

describe("optimize --format <target> for the sd15, sdxl, edm, sd3 and flux presets", () => {
  it("covers every target on some preset", () => {
    for (const name of EXPORT_TARGET_NAMES)
      expect(
        CASES.some(([, target]) => target === name),
        name,
      ).toBe(true);
  });

  it.each(CASES)(
    "%s → %s: the tool ends on the optimised levels, and kl of the export read back is optimize's KL",
    async (preset, name, p) => {
      const target = EXPORT_TARGETS[name];
      const base = ["optimize", "--process", preset, "--spectrum", SPECTRUM, "--steps", STEPS];
      const round = target.integerTimesteps && parseProcess(preset).trainingSteps !== undefined ? ["--round"] : [];
      const json = JSON.parse((await run([...base, ...round, "--json"])).stdout) as OptimizeJson;
      const { stdout } = await run([...base, "--format", name]);
      const process = parseProcess(preset);
      const schedule = scheduleFromTimes(process, json.t);
      const model: Model = { name: preset, process, config: fixture(p.config), ...(p.mu === undefined ? {} : { mu: p.mu }) };
      const shown = target.instead === undefined ? target : EXPORT_TARGETS[target.instead.target as ExportTargetName];
      const exported = { target: shown.name, text: stdout, values: new Float64Array(), unit: shown.unit, notes: [] };
      expectToolOnLevels(shown, exported, schedule, model);
      if (name === "comfyui") expect(Array.from(manualSigmas(stdout))).toEqual(Array.from(expectedSigmas(schedule)));
      const read = await run([
        "kl",
        "--process",
        preset,
        "--spectrum",
        SPECTRUM,
        shown.flag,
        stdout,
        ...(name === "comfyui" ? [] : ["--from", name]),
        "--json",
      ]);
      const kl = (JSON.parse(read.stdout) as { kl: number }).kl;
      expect(Math.abs(kl - json.kl)).toBeLessThanOrEqual(1e-9 * Math.abs(json.kl));
    },
  );

  it("a snippet pasted whole is read by the target its import names, without --from", async () => {
    const base = ["optimize", "--process", "edm", "--spectrum", SPECTRUM, "--steps", STEPS];
    const json = JSON.parse((await run([...base, "--json"])).stdout) as OptimizeJson;
    const { stdout } = await run([...base, "--format", "diffusers:EDMEulerScheduler"]);
    const read = JSON.parse((await run(["kl", "--process", "edm", "--spectrum", SPECTRUM, "--sigmas", stdout, "--json"])).stdout);
    expect(read).toMatchObject({ from: "diffusers:EDMEulerScheduler", unit: "edm-ramp" });
    expect(Math.abs(read.kl - json.kl)).toBeLessThanOrEqual(1e-9 * json.kl);
    const wrong = await runCaptured([
      "kl",
      "--process",
      "edm",
      "--spectrum",
      SPECTRUM,
      "--sigmas",
      stdout,
      "--from",
      "k-diffusion",
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--from "k-diffusion": the snippet was printed for diffusers:EDMEulerScheduler/);
  });
});

describe("kl --sigmas on flow reads the flow tools' unit", () => {
  const flowKl = async (...flags: string[]) =>
    JSON.parse((await run(["kl", "--process", "flow", "--spectrum", SPECTRUM, ...flags, "--json"])).stdout) as {
      kl: number;
      from: string;
      unit: string;
    };

  it("a flow export (σ = t) pasted as a list scores as the strategy does; --from s reads σ/α", async () => {
    const byName = await flowKl("--strategy", "uniform:shift=3", "--steps", "8");
    const line = (
      await run(["schedule", "--process", "flow", "--strategy", "uniform:shift=3", "--steps", "8", "--format", "comfyui"])
    ).stdout;
    const pasted = await flowKl("--sigmas", line.trim());
    expect(pasted).toMatchObject({ from: "flow-t", unit: "flow-t" });
    expect(Math.abs(pasted.kl - byName.kl)).toBeLessThanOrEqual(1e-12 * byName.kl);
    const asS = await flowKl("--sigmas", "inf,3,1,0.3333333333333333", "--from", "s");
    const asT = await flowKl("--sigmas", "1,0.75,0.5,0.25");
    expect(asS.unit).toBe("s");
    expect(Math.abs(asS.kl - asT.kl)).toBeLessThanOrEqual(1e-9 * asT.kl);
  });

  it("a level above 1 on flow is refused with the way to give σ/α", async () => {
    const result = await runCaptured(["kl", "--process", "flow", "--spectrum", SPECTRUM, "--sigmas", "7.13,4.77"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--sigmas "7\.13,4\.77": .*outside flow's range \[0, 1\] of σ = t \(σ\/α levels: give --from s\)/,
    );
  });
});
