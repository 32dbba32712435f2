/**
 * The check every export-target test makes: a target's output, fed through the tool's own logic
 * (transcribed in this folder) from a model's published scheduler config, puts the tool on exactly the
 * exported levels.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { FLOW_TIMESTEPS } from "../convert-level.js";
import type { ExportTarget, TargetExport } from "../export-targets/export-target.js";
import type { NoiseProcess } from "../noise-process.js";
import { type Schedule, sigmasOf } from "../schedule.js";
import { manualSigmas } from "./comfy-manual-sigmas.js";
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
} from "./diffusers-set-timesteps.js";
import { KDIFFUSION_SAMPLERS, kdiffusionCall, kdiffusionSigmas } from "./kdiffusion-tensor.js";
import { assignedList, fromConfigCall, pipelineKeyword } from "./python-snippet.js";

const f32 = Math.fround;

/** A published scheduler config from `src/fixtures/scheduler-configs/`. */
export const fixture = (name: string): SchedulerConfig =>
  JSON.parse(readFileSync(new URL(`../fixtures/scheduler-configs/${name}.json`, import.meta.url), "utf8")) as SchedulerConfig;

/** A model: its process, its published scheduler config, and the `mu` its pipeline passes (Flux). */
export interface Model {
  readonly name: string;
  readonly process: NoiseProcess;
  readonly config: SchedulerConfig;
  readonly mu?: number;
}

/** The class a snippet configures, its config after `from_config`, and the values and keyword it passes. */
export function readSnippet(exported: TargetExport, model: Model) {
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
export function expectedSigmas(schedule: Schedule): Float64Array {
  return Float64Array.from(schedule.process.kind === "flow" ? schedule.t : sigmasOf(schedule), f32);
}

/** |a − b| within `ulps` float32 ulps of b. */
function closeInFloat32(a: number, b: number, ulps: number): boolean {
  return Math.abs(a - b) <= ulps * 2 ** (Math.floor(Math.log2(Math.max(Math.abs(b), 2 ** -126))) - 23);
}

export function expectToolOnLevels(target: ExportTarget, exported: TargetExport, schedule: Schedule, model: Model): void {
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
