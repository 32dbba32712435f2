import { describe, expect, it } from "vitest";
import { ddpmProcess } from "../ddpm-process.js";
import { flowProcess, flowShiftMu } from "../flow-process.js";
import type { NoiseProcess } from "../noise-process.js";
import { parseProcess } from "../process-spec.js";
import { type Schedule, scheduleFromTimes, sigmasOf } from "../schedule.js";
import { scheduleDiffusers } from "../schedule-export.js";
import { strategySchedule } from "../strategy.js";
import { manualSigmas } from "../test-support/comfy-manual-sigmas.js";
import {
  edmEulerSetTimesteps,
  flowMatchSetTimesteps,
  fromConfig,
  SET_TIMESTEPS_PARAMETERS,
} from "../test-support/diffusers-set-timesteps.js";
import { expectedSigmas, expectToolOnLevels, fixture, type Model, readSnippet } from "../test-support/tool-check.js";
import { veProcess } from "../ve-process.js";
import { comfySigmas } from "./comfyui-target.js";
import { EXPORT_TARGET_NAMES, EXPORT_TARGETS, type ExportTargetName, exportToTarget } from "./registry.js";

const f32 = Math.fround;
const sd15 = parseProcess("sd15");
const MODELS: Model[] = [
  { name: "sd15", process: sd15, config: fixture("sd15") },
  { name: "sdxl", process: sd15, config: fixture("sdxl") },
  {
    name: "sd15 zsnr=tiny",
    process: parseProcess("sd15:zsnr=tiny"),
    config: { ...fixture("sd15"), rescale_betas_zero_snr: true },
  },
  { name: "edm", process: veProcess(0.002, 80), config: fixture("playground-v25") },
  { name: "sd3", process: flowProcess(), config: fixture("sd3") },
  // FluxPipeline passes mu = calculate_shift(image_seq_len) whatever the config: 1.15 at 1024² (4096 tokens)
  { name: "flux", process: flowProcess(), config: fixture("flux-dev"), mu: flowShiftMu(4096) },
];

/** Schedules of each kind of model: a strategy's, fractional timesteps, integer ones, tiny levels. */
function schedulesFor(process: NoiseProcess): [string, Schedule][] {
  if (process.kind === "flow") {
    return [
      ["uniform:shift=3", strategySchedule(process, { kind: "uniform" }, 8, { shift: 3 })],
      ["tangent:c=0.3", strategySchedule(process, { kind: "tangent", c: 0.3 }, 10)],
      ["tiny levels", scheduleFromTimes(process, [1, 0.5, 1e-3, 3e-7, 1.5e-8, 0])],
    ];
  }
  if (process.kind === "ve") {
    return [
      ["karras", strategySchedule(process, { kind: "karras", rho: 7 }, 10)],
      ["exponential", strategySchedule(process, { kind: "exponential" }, 7)],
      ["levels near σ_min", scheduleFromTimes(process, [80, 1, 0.0021, 0.002, 0])],
    ];
  }
  const karras = strategySchedule(process, { kind: "karras", rho: 7 }, 10);
  return [
    ["karras (fractional timesteps)", karras],
    ["karras rounded", strategySchedule(process, { kind: "karras", rho: 7 }, 10, { round: true })],
    ["tangent:c=1 rounded", strategySchedule(process, { kind: "tangent", c: 1 }, 6, { round: true })],
    ["fractional timesteps", scheduleFromTimes(process, [999, 640.25, 401.5, 77.125, 3.5, -1])],
  ];
}

const CASES = MODELS.flatMap((model) =>
  EXPORT_TARGET_NAMES.flatMap((name) =>
    schedulesFor(model.process).map(([label, schedule]) => ({ model, name, label, schedule })),
  ),
).filter(({ name, schedule }) => EXPORT_TARGETS[name].refusal(schedule) === undefined);

describe("export targets: each target's output, fed through the tool's own (transcribed) logic, gives the exported levels", () => {
  it("every target takes the schedules of some model here (no target goes untested)", () => {
    for (const name of EXPORT_TARGET_NAMES)
      expect(
        CASES.some((c) => c.name === name),
        name,
      ).toBe(true);
  });

  it.each(CASES.map((c) => [c.name, c.model.name, c.label, c] as const))("%s on %s, %s", (name, _model, _label, c) => {
    const target = EXPORT_TARGETS[name as ExportTargetName];
    const exported = exportToTarget(c.schedule, name as ExportTargetName, { strategy: c.label, steps: c.schedule.t.length - 1 });
    expect(exported.text.endsWith("\n")).toBe(true);
    if (target.tool === "comfyui") expect(exported.text).not.toMatch(/\de[+-]?\d/i);
    const shown = target.instead === undefined ? target : EXPORT_TARGETS[target.instead.target as ExportTargetName];
    expectToolOnLevels(shown, exported, c.schedule, c.model);
    // read back by the target's own reader (klsched kl --from): the same levels
    const back = target.read(c.schedule.process, Array.from(exported.values));
    expect(back.t.length).toBe(c.schedule.t.length);
    back.t.forEach((t, k) => {
      expect(Math.abs(t - (c.schedule.t[k] as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(t)));
    });
  });
});

describe("export targets that take no custom levels point to the scheduler that runs the same sampler", () => {
  const redirects = EXPORT_TARGET_NAMES.filter((name) => EXPORT_TARGETS[name].instead !== undefined);

  it.each(redirects)(
    "%s: its set_timesteps takes neither timesteps nor sigmas; it prints its replacement with a note",
    (name) => {
      const className = name.replace("diffusers:", "");
      const parameters = SET_TIMESTEPS_PARAMETERS[className];
      expect(parameters).toBeDefined();
      expect(parameters).not.toContain("sigmas");
      expect(parameters).not.toContain("timesteps");
      const target = EXPORT_TARGETS[name];
      const schedule = (schedulesFor(className.startsWith("EDM") ? veProcess(0.002, 80) : sd15)[0] as [string, Schedule])[1];
      const exported = exportToTarget(schedule, name);
      expect(exported.target).toBe(target.instead?.target);
      expect(exported.notes[0]).toMatch(
        new RegExp(`^${className} takes no custom levels .*: printed ${target.instead?.target} instead`),
      );
    },
  );
});

describe("the old formats, and what the targets fix", () => {
  it("--format diffusers on flow prints already-shifted σ, which SD3's FlowMatchEulerDiscreteScheduler shifts again", () => {
    const schedule = strategySchedule(flowProcess(), { kind: "uniform" }, 8, { shift: 3 });
    const values = Array.from(
      scheduleDiffusers(schedule)
        .match(/\[(.*)\]/)?.[1]
        ?.split(", ") ?? [],
      Number,
    );
    const config = fromConfig("FlowMatchEulerDiscreteScheduler", fixture("sd3"), {});
    const run = flowMatchSetTimesteps(config, { sigmas: values });
    expect(run.sigmas[1]).not.toBe(f32(schedule.t[1] as number));
    const exported = exportToTarget(schedule, "diffusers:FlowMatchEulerDiscreteScheduler");
    const { config: fixed, list } = readSnippet(exported, MODELS.find((m) => m.name === "sd3") as Model);
    expect(Array.from(flowMatchSetTimesteps(fixed, { sigmas: list.values }).sigmas)).toEqual(
      Array.from(expectedSigmas(schedule)),
    );
  });

  it("EDMEulerScheduler reads a list of sigmas as a Karras ramp under its own config; the target's ramp gives the levels", () => {
    const edm = veProcess(0.002, 80);
    const schedule = strategySchedule(edm, { kind: "karras", rho: 7 }, 6);
    const config = fromConfig("EDMEulerScheduler", fixture("playground-v25"), {});
    const misread = edmEulerSetTimesteps(config, { sigmas: Array.from(sigmasOf(schedule)), tensor: true });
    expect(misread.sigmas[1]).not.toBe(f32(schedule.t[1] as number));
    expect(() => edmEulerSetTimesteps(config, { sigmas: [0, 0.5], tensor: false })).toThrow(/list/);
  });

  it("comfyui prints σ/α = ∞ (zsnr=zero) as inf with a note, since ManualSigmas' regex finds no number in it", () => {
    const schedule = strategySchedule(
      ddpmProcess({ kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 }, 1000, undefined, "zero"),
      { kind: "uniform" },
      4,
    );
    const exported = exportToTarget(schedule, "comfyui");
    expect(exported.text.startsWith("inf, ")).toBe(true);
    expect(manualSigmas(exported.text).length).toBe(schedule.t.length - 1);
    expect(exported.notes[0]).toMatch(/inf, which ComfyUI's ManualSigmas regex skips/);
  });

  it("comfySigmas is σ = t on flow and σ/α elsewhere", () => {
    const flow = scheduleFromTimes(flowProcess(), [1, 0.5, 0]);
    expect(Array.from(comfySigmas(flow))).toEqual([1, 0.5, 0]);
    const ve = scheduleFromTimes(veProcess(0.002, 80), [80, 1, 0]);
    expect(Array.from(comfySigmas(ve))).toEqual([80, 1, 0]);
  });
});

describe("export targets refuse what their tool cannot take, naming the target", () => {
  const refusals: [ExportTargetName, Schedule, RegExp][] = [
    [
      "diffusers:EulerDiscreteScheduler",
      strategySchedule(flowProcess(), { kind: "uniform" }, 4),
      /runs discrete models, not flow/,
    ],
    [
      "diffusers:DPMSolverMultistepScheduler",
      strategySchedule(sd15, { kind: "karras", rho: 7 }, 4),
      /fractional timestep .* takes integer timesteps/,
    ],
    ["diffusers:DPMSolverMultistepScheduler", scheduleFromTimes(sd15, [999, 500, 500, 1, -1]), /timestep 500 repeats/],
    ["diffusers:HeunDiscreteScheduler", scheduleFromTimes(sd15, [999, 500, 1]), /appends the clean level itself/],
    ["diffusers:FlowMatchEulerDiscreteScheduler", scheduleFromTimes(flowProcess(), [1, 0.5, 0.1]), /appends t = 0 itself/],
    ["diffusers:EDMEulerScheduler", strategySchedule(sd15, { kind: "uniform" }, 4), /runs VE \(EDM\) models/],
    ["k-diffusion", strategySchedule(flowProcess(), { kind: "uniform" }, 4), /no flow-matching model wrapper/],
    [
      "diffusers:HeunDiscreteScheduler",
      strategySchedule(parseProcess("sd15:zsnr=tiny"), { kind: "uniform" }, 4, { round: true }),
      /no rescale_betas_zero_snr/,
    ],
    [
      "diffusers:EulerDiscreteScheduler",
      strategySchedule(parseProcess("sd15:zsnr=zero"), { kind: "uniform" }, 4),
      /level 0 is at α = 0 .* use zsnr=tiny/,
    ],
  ];
  it.each(refusals)("%s refuses %#", (name, schedule, reason) => {
    expect(() => exportToTarget(schedule, name)).toThrow(reason);
    expect(() => exportToTarget(schedule, name)).toThrow(
      new RegExp(`^format "${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"|${name}`),
    );
  });
});
