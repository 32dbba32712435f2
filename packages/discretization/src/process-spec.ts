import { InvalidArgumentError, parseSpec } from "@klsched/core-linalg";
import { COMFY_BETA_SCHEDULES } from "./comfy-betas.js";
import { comfyProcess } from "./comfy-process.js";
import { ddpmProcess, trainedBetasProcess } from "./ddpm-process.js";
import type { BetaSchedule } from "./diffusers-alphas-cumprod.js";
import { DISTILLED_PRESETS } from "./distilled/distilled-presets.js";
import { flowProcess } from "./flow-process.js";
import type { NoiseProcess } from "./noise-process.js";
import { fluxPreset, sd2Preset, sd3Preset, sdxlPreset, wanPreset } from "./presets/model-presets.js";
import { configProcess, isConfigPath } from "./presets/scheduler-config.js";
import { everyN, withPipeline } from "./presets/with-pipeline.js";
import { zeroSnrMode, zsnrKey } from "./presets/zero-snr-key.js";
import { defineProcess, type ProcessDescriptor, type ProcessSpecContext } from "./process-descriptor.js";
import { veProcess } from "./ve-process.js";
import { vpProcess } from "./vp-process.js";

export { defineProcess, type ProcessDescriptor, type ProcessSpecContext } from "./process-descriptor.js";

/** DDPM (Ho et al. 2020): linear betas 1e-4 … 0.02 over 1000 steps. */
const DDPM = { kind: "linear", betaStart: 1e-4, betaEnd: 0.02 } as const;
/** Stable Diffusion 1.x: scaled_linear betas 0.00085 … 0.012 over 1000 steps. */
const SD15 = { kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 } as const;

const trainingKeys = {
  T: { type: "number", default: 1000, rule: { integer: true, min: 2, max: 100000 }, help: "training timesteps" },
} as const;

/** Checks that a beta range is increasing. */
function checkBetaRange(argument: string, text: string, start: number, end: number): void {
  if (start > end) throw new InvalidArgumentError(argument, text, `bstart=${start} exceeds bend=${end}`);
}

const ve = /* @__PURE__ */ defineProcess({
  kind: "ve",
  summary: "variance exploding (Song et al. 2021): α = 1, σ from smin to smax",
  keys: {
    smin: { type: "number", default: 0.002, rule: { positive: true }, help: "σ_min" },
    smax: { type: "number", default: 80, rule: { positive: true }, help: "σ_max" },
  },
  make: ({ smin, smax }, spec, argument) => {
    if (smin >= smax) throw new InvalidArgumentError(argument, spec.text, `smin=${smin} must be below smax=${smax}`);
    return veProcess(smin, smax);
  },
});

const edm = /* @__PURE__ */ defineProcess({
  kind: "edm",
  summary: "EDM (Karras et al. 2022): VE with σ from 0.002 to 80",
  keys: {},
  make: () => veProcess(0.002, 80),
});

const vp = /* @__PURE__ */ defineProcess({
  kind: "vp",
  summary: "variance preserving SDE (Song et al. 2021), linear β(t) from bmin to bmax on [eps, 1]",
  keys: {
    bmin: { type: "number", default: 0.1, rule: { nonNegative: true }, help: "β_min" },
    bmax: { type: "number", default: 20, rule: { positive: true }, help: "β_max" },
    eps: { type: "number", default: 1e-3, rule: { positive: true, max: 0.999 }, help: "the last time ε" },
  },
  make: ({ bmin, bmax, eps }, spec, argument) => {
    if (bmin >= bmax) throw new InvalidArgumentError(argument, spec.text, `bmin=${bmin} must be below bmax=${bmax}`);
    return vpProcess(bmin, bmax, eps);
  },
});

const ddpm = /* @__PURE__ */ defineProcess({
  kind: "ddpm",
  summary: "a discrete diffusers model (Ho et al. 2020): named betas over T steps, or trained betas=FILE",
  keys: {
    schedule: {
      type: "choice",
      choices: ["linear", "scaled_linear", "cosine"],
      default: DDPM.kind,
      help: "beta_schedule of the scheduler config",
    },
    ...trainingKeys,
    bstart: { type: "number", optional: true, rule: { positive: true, max: 0.999 }, help: "beta_start" },
    bend: { type: "number", optional: true, rule: { positive: true, max: 0.999 }, help: "beta_end" },
    zsnr: zsnrKey,
    betas: { type: "text", help: "a file of trained betas (.npy, .json, .csv, .txt)" },
  },
  make: (values, spec, argument, context) => {
    const zeroSnr = zeroSnrMode(values.zsnr);
    if (values.betas !== undefined) {
      for (const key of ["schedule", "T", "bstart", "bend"]) {
        if (spec.params.has(key)) throw new InvalidArgumentError(argument, spec.text, `betas=… takes no ${key}`);
      }
      if (context.loadBetas === undefined)
        throw new InvalidArgumentError(argument, spec.text, "trained betas need a file loader");
      return trainedBetasProcess(context.loadBetas(values.betas), zeroSnr, spec.text);
    }
    const isPreset = [...spec.params.keys()].every((key) => key === "zsnr");
    const label = isPreset ? spec.text : undefined;
    if (values.schedule === "cosine") {
      if (values.bstart !== undefined || values.bend !== undefined) {
        throw new InvalidArgumentError(argument, spec.text, "schedule=cosine takes no bstart/bend");
      }
      return ddpmProcess({ kind: "cosine" }, values.T, undefined, zeroSnr);
    }
    const defaults = values.schedule === "linear" ? DDPM : SD15;
    const betaStart = values.bstart ?? defaults.betaStart;
    const betaEnd = values.bend ?? defaults.betaEnd;
    checkBetaRange(argument, spec.text, betaStart, betaEnd);
    const schedule: BetaSchedule = { kind: values.schedule, betaStart, betaEnd };
    return ddpmProcess(schedule, values.T, label, zeroSnr);
  },
});

/**
 * Stable Diffusion 1.5 (stable-diffusion-v1-5/stable-diffusion-v1-5, scheduler/scheduler_config.json):
 * PNDMScheduler, scaled_linear 0.00085 … 0.012, 1000 steps, `steps_offset` 1, `skip_prk_steps`; PNDM's
 * PLMS solver is not one klsched scores, and its timesteps are DDIM's leading ones with that offset.
 */
const sd15 = /* @__PURE__ */ defineProcess({
  kind: "sd15",
  summary: "Stable Diffusion 1.5's DDPM: scaled_linear betas 0.00085 … 0.012, T = 1000 (its scheduler_config.json)",
  keys: { zsnr: zsnrKey },
  make: ({ zsnr }, spec) =>
    withPipeline(ddpmProcess(SD15, 1000, spec.text, zeroSnrMode(zsnr)), spec.text, {
      model: "Stable Diffusion 1.5",
      source:
        "stable-diffusion-v1-5/stable-diffusion-v1-5, scheduler/scheduler_config.json: PNDMScheduler, scaled_linear 0.00085 … 0.012, 1000 steps, steps_offset 1, skip_prk_steps",
      defaultStrategy: everyN("diffusers-ddim:spacing=leading,offset=1"),
      prediction: "epsilon",
      notes: ["the pipeline's PNDMScheduler runs PLMS, which klsched does not score, on DDIM's leading timesteps (offset 1)"],
    }),
});

const comfy = /* @__PURE__ */ defineProcess({
  kind: "comfy",
  summary: "a discrete model as ComfyUI's ModelSamplingDiscrete builds it (ComfyUI's beta names, float64)",
  keys: {
    schedule: { type: "choice", choices: COMFY_BETA_SCHEDULES, default: "linear", help: "ComfyUI's beta_schedule name" },
    ...trainingKeys,
    bstart: { type: "number", default: 0.00085, rule: { positive: true, max: 0.999 }, help: "linear_start" },
    bend: { type: "number", default: 0.012, rule: { positive: true, max: 0.999 }, help: "linear_end" },
    zsnr: {
      type: "choice",
      choices: ["false", "true"],
      default: "false",
      help: "ComfyUI's zero-terminal-SNR rescale (ᾱ_{T−1} = 4.897e-8)",
    },
  },
  make: (values, spec, argument) => {
    checkBetaRange(argument, spec.text, values.bstart, values.bend);
    const label = spec.params.size === 0 ? "comfy" : undefined;
    return comfyProcess(values.schedule, values.T, values.bstart, values.bend, values.zsnr === "true", label);
  },
});

const flow = /* @__PURE__ */ defineProcess({
  kind: "flow",
  summary: "rectified flow / flow matching (SD3, Flux): α = 1 − t, σ = t; the shift belongs to the strategy",
  keys: {},
  make: () => flowProcess(),
});

/**
 * The process kinds and presets `--process` accepts, in the order `--help` lists them: the kinds, the model
 * presets (each citing its published scheduler config), then the distilled models (`DISTILLED_MODELS`).
 *
 * @example
 * ```ts
 * import { parseSpec } from "@klsched/core-linalg";
 * import { PROCESSES } from "@klsched/discretization";
 * Object.keys(PROCESSES).slice(0, 7); // ["ve", "edm", "vp", "ddpm", "sd15", "comfy", "flow"]
 * PROCESSES.edm.summary; // "EDM (Karras et al. 2022): VE with σ from 0.002 to 80"
 * PROCESSES.ve.parse(parseSpec("ve:smax=50"), "process", {}).label; // "ve:smin=0.002,smax=50"
 * ```
 */
export const PROCESSES = {
  ve,
  edm,
  vp,
  ddpm,
  sd15,
  comfy,
  flow,
  sdxl: sdxlPreset,
  sd2: sd2Preset,
  sd3: sd3Preset,
  flux: fluxPreset,
  wan: wanPreset,
  ...DISTILLED_PRESETS,
} as const satisfies Record<string, ProcessDescriptor>;

/** The process kinds and presets that `--process` accepts (the CLI reference, "Processes"). */
export const PROCESS_KINDS = Object.keys(PROCESSES) as readonly (keyof typeof PROCESSES)[];

/**
 * Builds a process from its spec: `ve:smin=…,smax=…`, `edm`, `vp:bmin=…,bmax=…,eps=…`,
 * `ddpm:schedule=linear|scaled_linear|cosine,T=…,bstart=…,bend=…,zsnr=off|zero|tiny` or
 * `ddpm:betas=FILE` (trained betas, read by `context.loadBetas`), the presets `ddpm` and `sd15` (which take
 * `zsnr=` too), `comfy:schedule=linear|cosine|squaredcos_cap_v2|sqrt_linear|sqrt,T=…,bstart=…,bend=…,zsnr=…`
 * (ComfyUI's names and float64 arithmetic; `comfy` alone is its SD1.x default), and `flow`.
 * `zsnr=true` means `zero` (ᾱ_{T−1} = 0, α = 0 at the first level), `tiny` keeps diffusers' Euler/DPM
 * convention ᾱ_{T−1} = 2⁻²⁴ — refused, in one line, where the rescaled ᾱ_{T−2} is below 2⁻²⁴ (linear
 * betas 1e-4 … 0.02), since the tool's σ table is then not monotonic; ComfyUI's `zsnr=true` likewise.
 *
 * @example
 * ```ts
 * import { parseProcess } from "@klsched/discretization";
 * const sd15 = parseProcess("sd15");
 * sd15.trainingSteps; // 1000
 * parseProcess("ve:smin=0.01,smax=50").tStart; // 50
 * parseProcess("ddpm:schedule=cosine").label; // "ddpm:schedule=cosine,T=1000"
 * ```
 * @throws InvalidArgumentError for an unknown kind or key, a value out of range, or trained betas without a loader.
 */
export function parseProcess(text: string, argument = "process", context: ProcessSpecContext = {}): NoiseProcess {
  if (isConfigPath(text)) return configProcess(text, argument, context);
  const spec = parseSpec(text, argument);
  if (!Object.hasOwn(PROCESSES, spec.kind)) {
    throw new InvalidArgumentError(argument, text, `unknown process kind "${spec.kind}" (expected ${PROCESS_KINDS.join(", ")})`);
  }
  const descriptor: ProcessDescriptor = PROCESSES[spec.kind as keyof typeof PROCESSES];
  const misplaced = ["shift", "mu", "seqlen"].find((key) => spec.params.has(key) && !Object.hasOwn(descriptor.keys, key));
  if (misplaced !== undefined) {
    throw new InvalidArgumentError(
      argument,
      text,
      `${misplaced} belongs to the strategy, not the process: give --strategy uniform:${misplaced}=${spec.params.get(misplaced)} (every strategy takes it on flow), or a preset that records a pipeline's shift for the tools' strategies (sd3, flux, wan)`,
    );
  }
  if (context.resolution !== undefined && !Object.hasOwn(descriptor.keys, "resolution")) {
    throw new InvalidArgumentError(
      "resolution",
      `${context.resolution.width}x${context.resolution.height}`,
      `applies to presets with a dynamic shift (flux), not ${spec.kind}`,
    );
  }
  return descriptor.parse(spec, argument, context);
}
