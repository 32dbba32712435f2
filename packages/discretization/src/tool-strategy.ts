import { InvalidArgumentError } from "@klsched/core-linalg";
import { comfySamplingFor } from "./comfy/model-sampling.js";
import { type ComfySchedulerName, comfySchedulerLevels } from "./comfy/schedulers.js";
import { FLOW_TIMESTEPS } from "./convert-level.js";
import { diffusersFlowMatch } from "./diffusers/flow-match.js";
import { diffusersDdim, diffusersDpm, diffusersEuler } from "./diffusers/schedulers.js";
import type { SigmaFamily } from "./diffusers/sigma-families.js";
import { diffusersBeta } from "./diffusers/sigma-families.js";
import type { Spacing } from "./diffusers/spacing.js";
import { laplaceSigmas, polyexponentialSigmas, vpSigmas } from "./kdiffusion/sigma-schedules.js";
import type { NoiseProcess } from "./noise-process.js";
import { type AysModel, aysSigmas, checkTableRange, gitsSigmas } from "./published-tables.js";
import { scheduleFromTimes } from "./schedule.js";
import { type ToolLevel, type ToolSchedule, toolSchedule } from "./tool-schedule.js";
import { f32, numpyLinspace } from "./tools/numpy-like.js";

/** Strategies reproduced from other tools (CLI.md "Reproduced from other tools"), as plain values. */
export type ToolStrategy =
  | { readonly kind: "diffusers-ddim"; readonly spacing: Spacing; readonly offset: number }
  | {
      readonly kind: "diffusers-euler" | "diffusers-dpm";
      readonly spacing: Spacing;
      readonly offset: number;
      readonly sigmas: SigmaFamily;
      readonly final: "zero" | "sigma_min";
    }
  | { readonly kind: "diffusers-flow"; readonly pipeline: "sd3" | "flux" }
  | { readonly kind: "beta"; readonly a: number; readonly b: number }
  | { readonly kind: "polyexponential"; readonly rho: number }
  | { readonly kind: "kdiffusion-vp"; readonly betaD: number; readonly betaMin: number; readonly epsS: number }
  | { readonly kind: "comfy"; readonly name: ComfySchedulerName }
  | { readonly kind: "laplace"; readonly mu: number; readonly beta: number }
  | { readonly kind: "ays"; readonly model: AysModel; readonly front: "comfyui" | "a1111" }
  | { readonly kind: "gits"; readonly coeff: number }
  | { readonly kind: "ddim-paper"; readonly skip: "uniform" | "quad" }
  | { readonly kind: "timesteps"; readonly values: readonly number[] }
  | { readonly kind: "sigmas"; readonly values: readonly number[] };

/** The kinds of the strategies reproduced from other tools (CLI.md "Reproduced from other tools"). */
export const TOOL_STRATEGY_KINDS = [
  "diffusers-ddim",
  "diffusers-euler",
  "diffusers-dpm",
  "diffusers-flow",
  "beta",
  "polyexponential",
  "kdiffusion-vp",
  "comfy",
  "laplace",
  "ays",
  "gits",
  "ddim-paper",
  "timesteps",
  "sigmas",
] as const;

/**
 * Options of a reproduced schedule: flow shift (static or μ), and a denoise-style truncation. `mu` is the
 * flow pipelines' dynamic shift, not the Laplace strategy's μ, which is `strategy.mu`.
 */
export interface ToolOptions {
  readonly shift?: number;
  readonly mu?: number;
  /** Img2img strength / ComfyUI denoise in (0, 1]: each tool truncates its own way (see `reproducedSchedule`). */
  readonly denoise?: number;
}

const AYS_RANGES: Record<AysModel, [number, number]> = {
  sd1: [14.6146, 0.0291672],
  sdxl: [14.6146, 0.0291672],
  svd: [700, 0.002],
};

/**
 * The schedule a tool produces for `steps` steps on `process`, with the tool's own arrays. Truncation by
 * `denoise`: diffusers (img2img `strength`) keeps the last min(⌊N·strength⌋, N) levels; ComfyUI's KSampler
 * computes ⌊N/denoise⌋ steps and keeps the last N; the AYS and GITS nodes keep round(N·denoise) of N.
 */
export function reproducedSchedule(
  process: NoiseProcess,
  strategy: ToolStrategy,
  steps: number,
  options: ToolOptions = {},
): ToolSchedule {
  if (!Number.isInteger(steps) || steps < 1) throw new InvalidArgumentError("steps", steps, "expected an integer ≥ 1");
  const denoise = options.denoise ?? 1;
  if (!(denoise > 0 && denoise <= 1)) throw new InvalidArgumentError("denoise", denoise, "expected a value in (0, 1]");
  const flowOnly = options.shift !== undefined || options.mu !== undefined;
  const [flowKey, flowValue] = options.shift !== undefined ? ["shift", options.shift] : ["mu", options.mu];
  if (flowOnly && process.kind !== "flow")
    throw new InvalidArgumentError(flowKey, flowValue, `applies only to flow, not ${process.label}`);
  const takesShift = strategy.kind === "diffusers-flow" || strategy.kind === "comfy";
  if (flowOnly && !takesShift) throw new InvalidArgumentError(flowKey, flowValue, `does not apply to ${strategy.kind}`);
  const takesDenoise = ["diffusers-ddim", "diffusers-euler", "diffusers-dpm", "diffusers-flow", "comfy", "ays", "gits"].includes(
    strategy.kind,
  );
  if (denoise < 1 && !takesDenoise)
    throw new InvalidArgumentError("denoise", denoise, `${strategy.kind} has no denoise in its tool`);
  switch (strategy.kind) {
    case "diffusers-ddim":
    case "diffusers-euler":
    case "diffusers-dpm": {
      const make =
        strategy.kind === "diffusers-ddim" ? diffusersDdim : strategy.kind === "diffusers-euler" ? diffusersEuler : diffusersDpm;
      const options_ =
        strategy.kind === "diffusers-ddim" ? { ...strategy, sigmas: "default" as const, final: "zero" as const } : strategy;
      return strength(make(process, steps, options_), steps, denoise);
    }
    case "diffusers-flow": {
      const shift =
        options.mu === undefined
          ? { kind: "static" as const, shift: options.shift ?? 1 }
          : { kind: "dynamic" as const, mu: options.mu };
      return strength(diffusersFlowMatch(process, steps, strategy.pipeline, shift), steps, denoise);
    }
    case "comfy": {
      const ms = comfySamplingFor(process, options.shift, options.mu);
      const full = denoise < 1 ? Math.trunc(steps / denoise) : steps;
      const levels = comfySchedulerLevels(ms, strategy.name, full);
      const kept = denoise < 1 ? levels.slice(levels.length - (steps + 1)) : levels;
      const timesteps = Float64Array.from(kept.slice(0, -1), (l) => ms.timestep(l.sigma));
      return toolSchedule(process, kept, timesteps);
    }
    case "beta":
    case "polyexponential":
    case "laplace": {
      const [sMax, sMin] = finiteRange(process, strategy.kind);
      const sigmas =
        strategy.kind === "beta"
          ? diffusersBeta(sMin, sMax, steps, strategy.a, strategy.b).map(f32)
          : strategy.kind === "polyexponential"
            ? polyexponentialSigmas(steps, sMin, sMax, strategy.rho)
            : laplaceSigmas(steps, sMin, sMax, strategy.mu, strategy.beta);
      const levels: ToolLevel[] = Array.from(sigmas, (sigma) => ({ sigma }));
      if (strategy.kind !== "laplace") levels.push({ sigma: 0 });
      const notes =
        strategy.kind === "laplace" ? ["ComfyUI's Laplace schedule appends no 0: it ends at σ_min, not at the clean level"] : [];
      return toolSchedule(process, levels, undefined, notes);
    }
    case "kdiffusion-vp": {
      finiteRange(process, strategy.kind);
      const sigmas = vpSigmas(steps, strategy.betaD, strategy.betaMin, strategy.epsS);
      return toolSchedule(process, [...Array.from(sigmas, (sigma) => ({ sigma })), { sigma: 0 }], undefined);
    }
    case "ays":
    case "gits": {
      const [first, last] = strategy.kind === "ays" ? AYS_RANGES[strategy.model] : AYS_RANGES.sd1;
      const name = strategy.kind === "ays" ? `ays:model=${strategy.model}` : "gits";
      if (strategy.kind === "ays" && strategy.front === "a1111" && denoise < 1) {
        throw new InvalidArgumentError("denoise", denoise, "A1111's AYS schedule has no denoise");
      }
      const sigmas =
        strategy.kind === "ays"
          ? aysSigmas(strategy.model, strategy.front, steps, denoise)
          : gitsSigmas(strategy.coeff, steps, denoise);
      checkTableRange(process, name, first, last);
      return toolSchedule(
        process,
        Array.from(sigmas, (sigma) => ({ sigma })),
        undefined,
      );
    }
    case "ddim-paper":
      return ddimPaper(process, steps, strategy.skip);
    case "timesteps":
    case "sigmas":
      return customLevels(process, strategy, steps);
  }
}

/** diffusers img2img `strength`: keep timesteps[t_start:] with t_start = N − min(⌊N·strength⌋, N). */
function strength(schedule: ToolSchedule, steps: number, denoise: number): ToolSchedule {
  if (denoise >= 1) return schedule;
  const start = steps - Math.min(Math.trunc(steps * denoise), steps);
  if (start >= steps) throw new InvalidArgumentError("denoise", denoise, `keeps no step of ${steps}`);
  const t = schedule.schedule.t.slice(start);
  return Object.freeze({
    schedule: scheduleFromTimes(schedule.schedule.process, t),
    sigmas: schedule.sigmas.slice(start),
    ...(schedule.timesteps === undefined ? {} : { timesteps: schedule.timesteps.slice(start) }),
    notes: schedule.notes,
  });
}

/**
 * The DDIM paper's own code (ermongroup/ddim, runners/diffusion.py, `sample_image`): `uniform` skip
 * range(0, T, T // N) and `quad` int(linspace(0, √(0.8·T), N)²), visited from the largest, then the clean
 * level (`generalized_steps`, next = −1). uniform can give more than N levels (T = 1000, N = 3: 4), quad
 * starts at 0.8·T, not T − 1, and repeats small timesteps for large N.
 */
function ddimPaper(process: NoiseProcess, steps: number, skip: "uniform" | "quad"): ToolSchedule {
  const T = process.trainingSteps;
  if (T === undefined)
    throw new InvalidArgumentError("strategy", "ddim-paper", `applies to discrete processes, not ${process.label}`);
  const seq =
    skip === "uniform"
      ? Array.from({ length: Math.ceil(T / Math.floor(T / steps)) }, (_, i) => i * Math.floor(T / steps))
      : Array.from(numpyLinspace(0, Math.sqrt(T * 0.8), steps), (x) => Math.trunc(x ** 2));
  const timesteps = Float64Array.from(seq.reverse());
  const levels: ToolLevel[] = [...Array.from(timesteps, (t) => ({ sigma: process.s(t), index: t })), { sigma: 0 }];
  return toolSchedule(process, levels, timesteps);
}

function customLevels(
  process: NoiseProcess,
  strategy: { kind: "timesteps" | "sigmas"; values: readonly number[] },
  steps: number,
) {
  const values = strategy.values;
  const noisy = strategy.kind === "sigmas" && values[values.length - 1] === 0 ? values.length - 1 : values.length;
  if (noisy !== steps) {
    throw new InvalidArgumentError("steps", steps, `${strategy.kind}:… lists ${noisy} noisy levels, so steps must be ${noisy}`);
  }
  if (strategy.kind === "timesteps") {
    const times = process.kind === "flow" ? values.map((t) => t / FLOW_TIMESTEPS) : values;
    if (process.kind !== "flow" && process.trainingSteps === undefined) {
      throw new InvalidArgumentError("strategy", "timesteps", `needs a discrete or flow process, not ${process.label}`);
    }
    const levels = times.map((t) => (process.kind === "flow" ? { sigma: t } : { sigma: process.s(t), index: t }));
    return toolSchedule(process, [...levels, { sigma: 0 }], Float64Array.from(values));
  }
  const levels = values.map((s) => ({ sigma: s }));
  if (values[values.length - 1] !== 0) levels.push({ sigma: 0 });
  return toolSchedule(process, levels, undefined);
}

function finiteRange(process: NoiseProcess, name: string): [number, number] {
  const sMax = process.s(process.tStart);
  const sMin = process.s(process.tEnd);
  if (!(sMin > 0 && Number.isFinite(sMax))) {
    throw new InvalidArgumentError(
      "strategy",
      name,
      `needs finite positive σ/α at both ends; ${process.label} spans ${sMax} to ${sMin}`,
    );
  }
  return [sMax, sMin];
}
