import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FLOW_TIMESTEPS } from "../convert-level.js";
import { ddpmProcess } from "../ddpm-process.js";
import { flowProcess, flowShiftMu } from "../flow-process.js";
import type { NoiseProcess } from "../noise-process.js";
import { parseProcess } from "../process-spec.js";
import { type Schedule, scheduleFromTimes, sigmasOf } from "../schedule.js";
import { scheduleDiffusers } from "../schedule-export.js";
import { strategySchedule } from "../strategy.js";
import { veProcess } from "../ve-process.js";
import { comfySigmas } from "./comfyui-target.js";
import type { ExportTarget, TargetExport } from "./export-target.js";
import { EXPORT_TARGET_NAMES, EXPORT_TARGETS, type ExportTargetName, exportToTarget } from "./registry.js";
import { manualSigmas } from "./test-support/comfy-manual-sigmas.js";
import {
  dpmSetTimesteps,
  edmEulerSetTimesteps,
  eulerSetTimesteps,
  flowMatchSetTimesteps,
  fromConfig,
  heunSetTimesteps,
  type ScheduledLevels,
  type SchedulerConfig,
  SET_TIMESTEPS_PARAMETERS,
} from "./test-support/diffusers-set-timesteps.js";
import { KDIFFUSION_SAMPLERS, kdiffusionCall, kdiffusionSigmas } from "./test-support/kdiffusion-tensor.js";
import { assignedList, fromConfigCall, pipelineKeyword } from "./test-support/python-snippet.js";

const f32 = Math.fround;
const fixture = (name: string): SchedulerConfig =>
  JSON.parse(readFileSync(new URL(`../fixtures/scheduler-configs/${name}.json`, import.meta.url), "utf8")) as SchedulerConfig;

/** A model: its process, its published scheduler config, and the `mu` its pipeline passes (Flux). */
interface Model {
  readonly name: string;
  readonly process: NoiseProcess;
  readonly config: SchedulerConfig;
  readonly mu?: number;
}

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

/** The class a snippet configures, its config after `from_config`, and the values and keyword it passes. */
function readSnippet(exported: TargetExport, model: Model) {
  const { className, overrides } = fromConfigCall(exported.text);
  const config = fromConfig(className, model.config, overrides);
  const { keyword, variable } = pipelineKeyword(exported.text);
  const list = assignedList(exported.text, variable);
  return { className, config, keyword, list };
}

/** Feeds a diffusers snippet through the transcribed `set_timesteps` of the class it configures. */
function runDiffusers(exported: TargetExport, model: Model): { levels: ScheduledLevels; className: string; keyword: string } {
  const { className, config, keyword, list } = readSnippet(exported, model);
  expect(SET_TIMESTEPS_PARAMETERS[className], `${className}.set_timesteps`).toContain(keyword);
  const values = list.values;
  const mu = model.mu === undefined ? {} : { mu: model.mu };
  const byClass: Record<string, () => ScheduledLevels> = {
    EulerDiscreteScheduler: () => eulerSetTimesteps(config, { sigmas: values }),
    DPMSolverMultistepScheduler: () => dpmSetTimesteps(config, { timesteps: values }),
    HeunDiscreteScheduler: () => heunSetTimesteps(config, { timesteps: values }),
    FlowMatchEulerDiscreteScheduler: () => flowMatchSetTimesteps(config, { sigmas: values, ...mu }),
    EDMEulerScheduler: () => edmEulerSetTimesteps(config, { sigmas: values, tensor: list.tensor }),
  };
  const run = byClass[className];
  if (run === undefined) throw new Error(`no transcription of ${className}`);
  return { levels: run(), className, keyword };
}

/** The levels a tool should end on for `schedule`, in its own convention, float32. */
function expectedSigmas(schedule: Schedule): Float64Array {
  return Float64Array.from(schedule.process.kind === "flow" ? schedule.t : sigmasOf(schedule), f32);
}

/** |a − b| within `ulps` float32 ulps of b. */
function closeInFloat32(a: number, b: number, ulps: number): boolean {
  return Math.abs(a - b) <= ulps * 2 ** (Math.floor(Math.log2(Math.max(Math.abs(b), 2 ** -126))) - 23);
}

function expectToolOnLevels(target: ExportTarget, exported: TargetExport, schedule: Schedule, model: Model): void {
  const expected = expectedSigmas(schedule);
  if (target.tool === "comfyui") {
    expect(Array.from(manualSigmas(exported.text))).toEqual(Array.from(expected));
    return;
  }
  if (target.tool === "k-diffusion") {
    expect(Array.from(kdiffusionSigmas(exported.text))).toEqual(Array.from(expected));
    expect(KDIFFUSION_SAMPLERS).toContain(kdiffusionCall(exported.text).name);
    return;
  }
  const { levels, className } = runDiffusers(exported, model);
  if (className === "DPMSolverMultistepScheduler" || className === "HeunDiscreteScheduler") {
    // integer timesteps: the tool reads its own float32 table there, the level klsched scores to 2 ulps
    const distinct =
      className === "HeunDiscreteScheduler"
        ? [levels.sigmas[0] as number, ...dedupe(levels.sigmas.subarray(1))]
        : Array.from(levels.sigmas);
    expect(distinct.length).toBe(expected.length);
    distinct.forEach((s, k) => {
      expect(closeInFloat32(s, expected[k] as number, 2), `level ${k}: ${s} vs ${expected[k]}`).toBe(true);
    });
    const times =
      className === "HeunDiscreteScheduler"
        ? [levels.timesteps[0] as number, ...dedupe(levels.timesteps.subarray(1))]
        : Array.from(levels.timesteps);
    expect(times).toEqual(Array.from(schedule.t.subarray(0, schedule.t.length - 1)));
    return;
  }
  expect(Array.from(levels.sigmas)).toEqual(Array.from(expected));
  if (className === "FlowMatchEulerDiscreteScheduler") {
    expect(Array.from(levels.timesteps)).toEqual(Array.from(expected.subarray(0, -1), (t) => f32(t * FLOW_TIMESTEPS)));
  }
  if (className === "EulerDiscreteScheduler") {
    // the model is fed _sigma_to_t of each level: the level's timestep on klsched's process, to float32 log-table accuracy
    levels.timesteps.forEach((t, k) => {
      expect(Math.abs(t - (schedule.t[k] as number))).toBeLessThan(2e-3);
    });
  }
}

function dedupe(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 2) out.push(values[i] as number);
  return out;
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
