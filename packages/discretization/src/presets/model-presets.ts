import { InvalidArgumentError } from "@klsched/core-linalg";
import { ddpmProcess } from "../ddpm-process.js";
import { flowProcess } from "../flow-process.js";
import type { NoiseProcess } from "../noise-process.js";
import { defineProcess, type ProcessSpecContext } from "../process-descriptor.js";
import { fluxMu, type Resolution } from "./flow-resolution.js";
import { everyN, withPipeline } from "./with-pipeline.js";
import { zeroSnrMode, zsnrKey } from "./zero-snr-key.js";

/** Stable Diffusion's betas (1.x, 2.x, XL): scaled_linear 0.00085 … 0.012 over 1000 steps. */
export const SD_BETAS = { kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 } as const;

const ZERO_SNR_NOTE =
  "zero terminal SNR: diffusers' rescale_betas_zero_snr; a model fine-tuned that way is sampled with trailing timesteps (Lin et al. 2024)";

/** A discrete SD-family preset: the shared betas, `zsnr=`, and its pipeline. */
function sdProcess(
  label: string,
  zsnr: Parameters<typeof zeroSnrMode>[0],
  pipeline: Parameters<typeof withPipeline>[2],
): NoiseProcess {
  const mode = zeroSnrMode(zsnr);
  const notes = mode === "off" ? pipeline.notes : [...pipeline.notes, ZERO_SNR_NOTE];
  return withPipeline(ddpmProcess(SD_BETAS, 1000, label, mode), label, { ...pipeline, notes });
}

/**
 * Stable Diffusion XL 1.0 (stabilityai/stable-diffusion-xl-base-1.0, scheduler/scheduler_config.json):
 * EulerDiscreteScheduler, `beta_schedule` scaled_linear, `beta_start` 0.00085, `beta_end` 0.012,
 * `num_train_timesteps` 1000, `timestep_spacing` leading, `steps_offset` 1, `prediction_type` epsilon — the
 * same ᾱ as SD 1.5. Its default schedule is Euler's leading timesteps.
 */
export const sdxlPreset = /* @__PURE__ */ defineProcess({
  kind: "sdxl",
  summary:
    "Stable Diffusion XL 1.0 (stabilityai/stable-diffusion-xl-base-1.0 scheduler_config.json): scaled_linear, T = 1000, Euler leading",
  keys: { zsnr: zsnrKey },
  make: ({ zsnr }, spec) =>
    sdProcess(spec.text, zsnr, {
      model: "Stable Diffusion XL 1.0",
      source:
        "stabilityai/stable-diffusion-xl-base-1.0, scheduler/scheduler_config.json: EulerDiscreteScheduler, scaled_linear 0.00085 … 0.012, 1000 steps, timestep_spacing leading, steps_offset 1, epsilon",
      defaultStrategy: everyN("diffusers-euler:spacing=leading,offset=1"),
      prediction: "epsilon",
      notes: [
        "SDXL was trained with offset noise (0.0357 is the value trainers such as kohya's sd-scripts use for it); it is not in the scheduler config, and klsched's process, which has no offset, does not model it",
      ],
    }),
});

/**
 * Stable Diffusion 2.1 (stabilityai/stable-diffusion-2-1, scheduler/scheduler_config.json): DDIMScheduler,
 * scaled_linear 0.00085 … 0.012, 1000 steps, `steps_offset` 1, `prediction_type` v_prediction (768 px).
 */
export const sd2Preset = /* @__PURE__ */ defineProcess({
  kind: "sd2",
  summary:
    "Stable Diffusion 2.1 (stabilityai/stable-diffusion-2-1 scheduler_config.json): scaled_linear, T = 1000, v-prediction, DDIM",
  keys: { zsnr: zsnrKey },
  make: ({ zsnr }, spec) =>
    sdProcess(spec.text, zsnr, {
      model: "Stable Diffusion 2.1",
      source:
        "stabilityai/stable-diffusion-2-1, scheduler/scheduler_config.json: DDIMScheduler, scaled_linear 0.00085 … 0.012, 1000 steps, steps_offset 1, v_prediction",
      defaultStrategy: everyN("diffusers-ddim:spacing=leading,offset=1"),
      prediction: "v_prediction",
      notes: ["v-prediction is how the network is parameterised; the noise process, and so every KL, is the same as epsilon's"],
    }),
});

/**
 * Stable Diffusion 3 Medium (stabilityai/stable-diffusion-3-medium-diffusers, scheduler/scheduler_config.json):
 * FlowMatchEulerDiscreteScheduler, `num_train_timesteps` 1000, `shift` 3.0.
 */
export const sd3Preset = /* @__PURE__ */ defineProcess({
  kind: "sd3",
  summary:
    "Stable Diffusion 3 (stabilityai/stable-diffusion-3-medium-diffusers scheduler_config.json): flow, the pipeline's shift 3.0",
  keys: {},
  make: (_values, spec) =>
    withPipeline(flowProcess(), spec.text, {
      model: "Stable Diffusion 3 Medium",
      source:
        "stabilityai/stable-diffusion-3-medium-diffusers, scheduler/scheduler_config.json: FlowMatchEulerDiscreteScheduler, 1000 steps, shift 3.0",
      defaultStrategy: everyN("diffusers-flow:pipeline=sd3,shift=3"),
      prediction: "flow_prediction",
      shift: { kind: "static", shift: 3 },
      notes: [],
    }),
});

const FLUX_DEFAULT_SIZE: Resolution = { width: 1024, height: 1024 };

/** μ of a dynamic-shift preset: `mu=`, or `resolution=` (square), or the context's resolution, or the default size. */
function dynamicMu(
  values: { mu?: number | undefined; resolution?: number | undefined },
  text: string,
  context: ProcessSpecContext,
): number {
  const given = [values.mu !== undefined, values.resolution !== undefined, context.resolution !== undefined].filter(
    Boolean,
  ).length;
  if (given > 1) throw new InvalidArgumentError("process", text, "give one of mu=…, resolution=… or --resolution");
  if (values.mu !== undefined) return values.mu;
  const side = values.resolution;
  return fluxMu(side === undefined ? (context.resolution ?? FLUX_DEFAULT_SIZE) : { width: side, height: side });
}

/**
 * FLUX.1 [dev] (black-forest-labs/FLUX.1-dev, scheduler/scheduler_config.json): FlowMatchEulerDiscreteScheduler
 * with `use_dynamic_shifting`, `base_shift` 0.5 at `base_image_seq_len` 256, `max_shift` 1.15 at
 * `max_image_seq_len` 4096; FluxPipeline passes μ = calculate_shift(image tokens), ⌊H/16⌋·⌊W/16⌋ tokens:
 * 1.15 at 1024² (its default size). `mu=`, `resolution=` (a square side) or `--resolution` set it.
 */
export const fluxPreset = /* @__PURE__ */ defineProcess({
  kind: "flux",
  summary:
    "FLUX.1 [dev] (black-forest-labs/FLUX.1-dev scheduler_config.json): flow, dynamic shift μ from the image size (1024²: 1.15)",
  keys: {
    mu: { type: "number", optional: true, rule: { min: -20, max: 20 }, help: "the pipeline's μ itself" },
    resolution: {
      type: "number",
      optional: true,
      rule: { integer: true, min: 16, max: 16384 },
      help: "a square image side in pixels, μ by calculate_shift (default 1024; or --resolution WxH)",
    },
  },
  make: (values, spec, _argument, context) => {
    const mu = dynamicMu(values, spec.text, context);
    const label = `flux:mu=${mu}`;
    return withPipeline(flowProcess(), label, {
      model: "FLUX.1 [dev]",
      source:
        "black-forest-labs/FLUX.1-dev, scheduler/scheduler_config.json: FlowMatchEulerDiscreteScheduler, use_dynamic_shifting, base_shift 0.5 @ 256 tokens, max_shift 1.15 @ 4096; FluxPipeline's calculate_shift",
      defaultStrategy: everyN(`diffusers-flow:pipeline=flux,mu=${mu}`),
      prediction: "flow_prediction",
      shift: { kind: "dynamic", mu },
      notes: [],
    });
  },
});

/**
 * Wan 2.1 (Wan-AI/Wan2.1-T2V-14B-Diffusers, scheduler/scheduler_config.json): UniPCMultistepScheduler with
 * `use_flow_sigmas`, `prediction_type` flow_prediction, `flow_shift` 3.0 (diffusers' Wan docs: 3.0 by
 * default, 5.0 for 720p videos).
 */
export const wanPreset = /* @__PURE__ */ defineProcess({
  kind: "wan",
  summary: "Wan 2.1 (Wan-AI/Wan2.1-T2V-14B-Diffusers scheduler_config.json): flow, UniPC flow sigmas, flow_shift 3.0",
  keys: {},
  make: (_values, spec) =>
    withPipeline(flowProcess(), spec.text, {
      model: "Wan 2.1",
      source:
        "Wan-AI/Wan2.1-T2V-14B-Diffusers, scheduler/scheduler_config.json: UniPCMultistepScheduler, use_flow_sigmas, flow_shift 3.0, flow_prediction",
      defaultStrategy: everyN("diffusers-flow:pipeline=wan,shift=3"),
      prediction: "flow_prediction",
      shift: { kind: "static", shift: 3 },
      notes: ["diffusers' Wan docs use flow_shift 3.0 by default and 5.0 for 720p: give a strategy shift=5 for that"],
    }),
});
