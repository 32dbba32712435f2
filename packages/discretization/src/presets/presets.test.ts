import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffusersFlowMatch } from "../diffusers/flow-match.js";
import { DISTILLED_MODELS } from "../distilled/distilled-models.js";
import type { NoiseProcess } from "../noise-process.js";
import { PROCESSES, parseProcess } from "../process-spec.js";
import { parseReproducedStrategy, reproducedSchedule } from "../reproduced/reproduced-schedule.js";
import type { Schedule } from "../schedule.js";
import { parseStrategy, strategySchedule } from "../strategy.js";
import { isStrategyKind } from "../strategy-registry.js";
import { fluxImageSeqLen, fluxMu, parseResolution } from "./flow-resolution.js";
import { schedulerConfigProcess } from "./scheduler-config.js";

const f32 = Math.fround;
const fixturePath = (name: string) => new URL(`../fixtures/scheduler-configs/${name}.json`, import.meta.url).pathname;
const loadConfig = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** The levels of a strategy spec (own or reproduced) on a process. */
function levelsOf(process: NoiseProcess, spec: string, steps: number): Schedule {
  if (isStrategyKind(spec.split(":")[0] ?? "")) {
    const own = parseStrategy(spec);
    return strategySchedule(process, own.strategy, steps, own.options);
  }
  const tool = parseReproducedStrategy(spec);
  return reproducedSchedule(process, tool.strategy, steps, tool.options).schedule;
}

/** diffusers' `calculate_shift` (pipelines/flux/pipeline_flux.py), transcribed. */
function calculateShift(seqLen: number, base = 256, max = 4096, baseShift = 0.5, maxShift = 1.15): number {
  const m = (maxShift - baseShift) / (max - base);
  const b = baseShift - m * base;
  return seqLen * m + b;
}

describe("model presets", () => {
  const MODEL_PRESETS = ["sd15", "sdxl", "sd2", "sd3", "flux", "wan"] as const;

  it.each(MODEL_PRESETS)("%s names its published config and runs its pipeline's default schedule at N = 10", (name) => {
    const process = parseProcess(name);
    const pipeline = process.pipeline;
    expect(pipeline).toBeDefined();
    expect(pipeline?.source).toMatch(/scheduler_config\.json/);
    expect(PROCESSES[name].summary).toMatch(/scheduler_config\.json/);
    const spec = pipeline?.defaultStrategy(10) as string;
    const schedule = levelsOf(process, spec, 10);
    expect(schedule.t.length).toBeGreaterThanOrEqual(10);
  });

  it("sdxl, sd2 and sd15 share SD's ᾱ table; sdxl's default is Euler's leading timesteps with offset 1", () => {
    const sd15 = parseProcess("sd15").discrete?.alphasCumprod;
    expect(parseProcess("sdxl").discrete?.alphasCumprod).toEqual(sd15);
    expect(parseProcess("sd2").discrete?.alphasCumprod).toEqual(sd15);
    const euler = levelsOf(parseProcess("sdxl"), "diffusers-euler:spacing=leading,offset=1", 10);
    expect(Array.from(euler.t.subarray(0, 3))).toEqual([901, 801, 701]);
  });

  it("zero-terminal-SNR variants: sdxl:zsnr=zero reaches α = 0 at T − 1 and notes it", () => {
    const p = parseProcess("sdxl:zsnr=zero");
    expect(p.alpha(999)).toBe(0);
    expect(p.pipeline?.notes.some((note) => note.includes("zero terminal SNR"))).toBe(true);
  });

  it("flux's μ is diffusers' calculate_shift at ⌊H/16⌋·⌊W/16⌋ tokens: 1.15 at 1024² by default, from resolution= or the context", () => {
    expect(fluxImageSeqLen({ width: 1024, height: 1024 })).toBe(4096);
    expect(fluxMu({ width: 1024, height: 1024 })).toBe(calculateShift(4096));
    expect(parseProcess("flux").pipeline?.shift).toEqual({ kind: "dynamic", mu: calculateShift(4096) });
    expect(parseProcess("flux:resolution=512").pipeline?.shift).toEqual({ kind: "dynamic", mu: calculateShift(1024) });
    const wide = parseProcess("flux", "process", { resolution: parseResolution("1360x768") });
    expect(wide.pipeline?.shift).toEqual({ kind: "dynamic", mu: calculateShift(85 * 48) });
    expect(parseProcess("flux:mu=0.8").label).toBe("flux:mu=0.8");
    expect(() => parseProcess("flux:mu=0.8,resolution=512")).toThrow(/give one of mu=…, resolution=… or --resolution/);
  });

  it("a tool strategy on a preset takes the pipeline's shift: diffusers-flow on sd3 is diffusers-flow:shift=3 on flow", () => {
    const onPreset = levelsOf(parseProcess("sd3"), "diffusers-flow", 8);
    const explicit = levelsOf(parseProcess("flow"), "diffusers-flow:shift=3", 8);
    expect(Array.from(onPreset.t)).toEqual(Array.from(explicit.t));
    // klsched's own strategies take shift= explicitly: uniform on sd3 is uniform on flow
    expect(Array.from(levelsOf(parseProcess("sd3"), "uniform", 4).t)).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it("wan's default is UniPC's flow sigmas: linspace(1, 1/T, N+1)[:-1], shifted in float64, σ₀ = 1 − 1e-6 (transcribed)", () => {
    const shift = 3;
    const n = 6;
    const expected = Array.from({ length: n }, (_, i) => {
      const s = 1 + (i * (1 / 1000 - 1)) / n;
      const shifted = (shift * s) / (1 + (shift - 1) * s);
      return f32(i === 0 && Math.abs(shifted - 1) < 1e-6 ? shifted - 1e-6 : shifted);
    });
    const tool = diffusersFlowMatch(parseProcess("flow"), n, "wan", { kind: "static", shift });
    expect(Array.from(tool.sigmas)).toEqual([...expected, 0]);
    expect(Array.from(tool.timesteps ?? [])).toEqual(expected.map((s) => Math.trunc(s * 1000)));
  });
});

describe("--process path/to/scheduler_config.json gives the same process as the preset", () => {
  const context = { loadConfig };
  const CASES: [string, string][] = [
    ["sd15", "sd15"],
    ["sdxl", "sdxl"],
    ["sd21", "sd2"],
    ["sd3", "sd3"],
    ["flux-dev", "flux"],
    ["wan21", "wan"],
  ];

  it.each(CASES)(
    "fixtures/scheduler-configs/%s.json ≡ %s: ᾱ (or flow), shift and the default schedule at N = 12",
    (file, preset) => {
      const fromFile = parseProcess(fixturePath(file), "process", context);
      const expected = parseProcess(preset);
      expect(fromFile.kind).toBe(expected.kind);
      expect(fromFile.discrete?.alphasCumprod).toEqual(expected.discrete?.alphasCumprod);
      expect(fromFile.pipeline?.shift).toEqual(expected.pipeline?.shift);
      expect(fromFile.pipeline?.prediction).toBe(expected.pipeline?.prediction);
      const a = levelsOf(fromFile, fromFile.pipeline?.defaultStrategy(12) as string, 12);
      const b = levelsOf(expected, expected.pipeline?.defaultStrategy(12) as string, 12);
      expect(Array.from(a.t)).toEqual(Array.from(b.t));
    },
  );

  it("playground-v25.json (EDMDPMSolverMultistepScheduler) is edm's VE range with Karras ρ = 7 as its default", () => {
    const p = parseProcess(fixturePath("playground-v25"), "process", context);
    expect([p.kind, p.tStart, p.tEnd]).toEqual(["ve", 80, 0.002]);
    expect(p.pipeline?.defaultStrategy(10)).toBe("karras:rho=7");
  });

  it("flux-dev.json follows --resolution as the preset does", () => {
    const resolution = parseResolution("768");
    const a = parseProcess(fixturePath("flux-dev"), "process", { ...context, resolution });
    expect(a.pipeline?.shift).toEqual(parseProcess("flux:resolution=768").pipeline?.shift);
  });

  it("a config's spacing, offset, sigma family and zero SNR reach its default schedule", () => {
    const p = schedulerConfigProcess(
      {
        _class_name: "DPMSolverMultistepScheduler",
        beta_schedule: "scaled_linear",
        beta_start: 0.00085,
        beta_end: 0.012,
        timestep_spacing: "trailing",
        use_karras_sigmas: true,
        rescale_betas_zero_snr: true,
      },
      "dpm.json",
    );
    expect(p.pipeline?.defaultStrategy(8)).toBe("diffusers-dpm:spacing=trailing,offset=0,sigmas=karras,final=zero");
    expect(p.discrete?.zeroSnr).toBe("tiny");
    const ddim = schedulerConfigProcess({ _class_name: "DDIMScheduler", rescale_betas_zero_snr: true }, "ddim.json");
    expect(ddim.discrete?.zeroSnr).toBe("zero");
    expect(ddim.pipeline?.defaultStrategy(8)).toBe("diffusers-ddim:spacing=leading,offset=0");
  });

  it.each([
    ["not an object", [1, 2], /expected a JSON object/],
    ["no class", { beta_schedule: "linear" }, /no _class_name/],
    ["an unknown class", { _class_name: "KarrasVeScheduler" }, /is not a scheduler klsched reads/],
    ["an unknown beta schedule", { _class_name: "DDIMScheduler", beta_schedule: "sigmoid" }, /beta_schedule sigmoid/],
    ["two sigma families", { _class_name: "EulerDiscreteScheduler", use_karras_sigmas: true, use_beta_sigmas: true }, /both set/],
    ["a string where a number goes", { _class_name: "DDIMScheduler", beta_start: "0.1" }, /beta_start must be a number/],
    ["a flow shift_terminal", { _class_name: "FlowMatchEulerDiscreteScheduler", shift_terminal: 0.02 }, /shift_terminal/],
  ])("a config with %s is refused, naming the file", (_, config, reason) => {
    expect(() => schedulerConfigProcess(config, "bad.json")).toThrow(reason);
    expect(() => schedulerConfigProcess(config, "bad.json")).toThrow(/process="bad\.json": scheduler config: /);
  });

  it("a config path without a loader is refused; ddpm:betas=FILE.json is still a spec", () => {
    expect(() => parseProcess("model/scheduler_config.json")).toThrow(/needs a file loader/);
    expect(() => parseProcess("ddpm:betas=betas.json")).toThrow(/trained betas need a file loader/);
  });
});

describe("errors that point the right way", () => {
  it("flow:shift=3 says the shift belongs to the strategy, and where", () => {
    expect(() => parseProcess("flow:shift=3")).toThrow(
      /shift belongs to the strategy, not the process: give --strategy uniform:shift=3/,
    );
    expect(() => parseProcess("sd3:mu=1")).toThrow(/mu belongs to the strategy/);
  });

  it("--resolution on a preset without a dynamic shift is refused", () => {
    expect(() => parseProcess("sdxl", "process", { resolution: parseResolution("1024") })).toThrow(
      /applies to presets with a dynamic shift/,
    );
  });

  it("parseResolution takes N or WxH in [16, 16384] and refuses anything else", () => {
    expect(parseResolution("1024")).toEqual({ width: 1024, height: 1024 });
    for (const bad of ["", "0", "1024x", "x768", "1e3", "20000"]) expect(() => parseResolution(bad)).toThrow(/size in pixels/);
  });
});

describe("the distilled models", () => {
  it.each(Object.values(DISTILLED_MODELS).map((m) => [m.name, m] as const))(
    "%s: a preset, with its source; its levels at each distilled N schedule on its base; none at other N",
    (name, model) => {
      const process = parseProcess(name);
      expect(process.pipeline?.distilled?.name).toBe(name);
      expect(model.source.length).toBeGreaterThan(20);
      for (const n of model.steps) {
        const spec = model.strategy(n) as string;
        const schedule = levelsOf(process, spec, n);
        expect(schedule.t.length - 1).toBe(n);
      }
      expect(model.strategy(Math.max(...model.steps) + 1)).toBeUndefined();
    },
  );

  it("their levels, from their sources: Lightning/Turbo trailing, Hyper's 800, LCM's k = 20 pick, lightx2v's shift-5 list", () => {
    const times = (name: keyof typeof DISTILLED_MODELS, n: number) =>
      Array.from(levelsOf(parseProcess(name), DISTILLED_MODELS[name].strategy(n) as string, n).t.subarray(0, n));
    expect(times("sdxl-lightning", 4)).toEqual([999, 749, 499, 249]);
    expect(times("sdxl-lightning", 8)).toEqual([999, 874, 749, 624, 499, 374, 249, 124]);
    expect(times("sdxl-turbo", 1)).toEqual([999]);
    expect(times("hyper-sdxl", 1)).toEqual([800]);
    expect(times("hyper-sdxl", 2)).toEqual([999, 499]);
    expect(times("lcm-sdxl", 4)).toEqual([999, 759, 499, 259]);
    const wan = times("wan-lightning", 4);
    [1, 0.9375, 5 / 6, 0.625].forEach((t, k) => {
      expect(Math.abs((wan[k] as number) - t)).toBeLessThan(1e-6);
    });
  });
});
