import { ddpmProcess } from "../ddpm-process.js";
import { torchLinspaceFloat32 } from "../diffusers-alphas-cumprod.js";
import { flowProcess } from "../flow-process.js";
import { SD_BETAS } from "../presets/model-presets.js";
import { f32 } from "../tools/numpy-like.js";
import type { DistilledModel } from "./distilled-model.js";

const sd = () => ddpmProcess(SD_BETAS, 1000, "ddpm:schedule=scaled_linear,T=1000,bstart=0.00085,bend=0.012");
const at = (steps: readonly number[], spec: (n: number) => string) => (n: number) => (steps.includes(n) ? spec(n) : undefined);

/**
 * LCMScheduler.set_timesteps (diffusers schedulers/scheduling_lcm.py): the 50 timesteps of the distillation
 * (`original_inference_steps` 50, skipping step k = T // 50 = 20: 19, 39, …, 999), reversed, and
 * ⌊linspace(0, 50, N, endpoint=False)⌋ of them.
 */
export function lcmTimesteps(steps: number): number[] {
  const origin = Array.from({ length: 50 }, (_, i) => (i + 1) * 20 - 1).reverse();
  return Array.from({ length: steps }, (_, i) => origin[Math.floor((i * 50) / steps)] as number);
}

/** LCM's 50 training timesteps, 999 down to 19. */
const LCM_TRAINING = Array.from({ length: 50 }, (_, i) => 999 - 20 * i);

/**
 * lightx2v's WanStepDistillScheduler.set_denoising_timesteps: t = linspace(1, 0, 1001)[:-1] in float32,
 * shifted by `sample_shift`, at the indices 1000 − x of `denoising_step_list` x.
 */
export function lightx2vFlowTimes(stepList: readonly number[], shift: number): number[] {
  const t = torchLinspaceFloat32(1, 0, 1001);
  return stepList.map((x) => {
    const s = t[1000 - x] as number;
    return f32(f32(shift * s) / f32(1 + f32((shift - 1) * s)));
  });
}

const WAN_LIGHTNING_STEPS = [1000, 750, 500, 250];
const LN3 = Math.log(3);

/** The entries of {@link DISTILLED_MODELS}, with their literal keys. */
const DISTILLED = {
  "sdxl-turbo": {
    name: "sdxl-turbo",
    model: "SDXL-Turbo (Stability AI)",
    base: sd,
    source:
      "stabilityai/sdxl-turbo: scheduler_config.json EulerAncestralDiscreteScheduler, timestep_spacing trailing; Sauer et al. 2023 (Adversarial Diffusion Distillation): student timesteps 999, 749, 499, 249",
    steps: [1, 2, 3, 4],
    trainedOn: "trailing timesteps (999, 749, 499, 249 at 4 steps), 1 to 4 steps",
    strategy: at([1, 2, 3, 4], () => "diffusers-euler:spacing=trailing"),
  },
  "sd-turbo": {
    name: "sd-turbo",
    model: "SD-Turbo (Stability AI, from SD 2.1)",
    base: sd,
    source:
      "stabilityai/sd-turbo: scheduler_config.json EulerAncestralDiscreteScheduler, timestep_spacing trailing; Sauer et al. 2023 (ADD)",
    steps: [1, 2, 3, 4],
    trainedOn: "trailing timesteps, 1 to 4 steps",
    strategy: at([1, 2, 3, 4], () => "diffusers-euler:spacing=trailing"),
  },
  "sdxl-lightning": {
    name: "sdxl-lightning",
    model: "SDXL-Lightning (ByteDance)",
    base: sd,
    source:
      "ByteDance/SDXL-Lightning model card: one checkpoint per step count, EulerDiscreteScheduler with timestep_spacing trailing (Lin et al. 2024, arXiv:2402.13929)",
    steps: [1, 2, 4, 8],
    trainedOn: "trailing timesteps (999, 749, 499, 249 at 4 steps), one checkpoint for each of 1, 2, 4, 8 steps",
    strategy: at([1, 2, 4, 8], () => "diffusers-euler:spacing=trailing"),
  },
  "hyper-sdxl": {
    name: "hyper-sdxl",
    model: "Hyper-SDXL (ByteDance)",
    base: sd,
    source:
      "ByteDance/Hyper-SD model card: N-step LoRAs with DDIMScheduler timestep_spacing trailing; the 1-step UNet with LCMScheduler at timesteps=[800] (Ren et al. 2024, arXiv:2404.13686)",
    steps: [1, 2, 4, 8],
    trainedOn: "DDIM's trailing timesteps for the 2-, 4- and 8-step LoRAs; timestep 800 for the 1-step UNet",
    strategy: at([1, 2, 4, 8], (n) => (n === 1 ? "timesteps:800" : "diffusers-ddim:spacing=trailing")),
  },
  "hyper-sd15": {
    name: "hyper-sd15",
    model: "Hyper-SD15 (ByteDance)",
    base: sd,
    source:
      "ByteDance/Hyper-SD model card: N-step LoRAs for SD 1.5 with DDIMScheduler timestep_spacing trailing (arXiv:2404.13686)",
    steps: [2, 4, 8],
    trainedOn: "DDIM's trailing timesteps, 2, 4 or 8 steps",
    strategy: at([2, 4, 8], () => "diffusers-ddim:spacing=trailing"),
  },
  "lcm-sdxl": {
    name: "lcm-sdxl",
    model: "LCM-LoRA SDXL (latent-consistency/lcm-lora-sdxl)",
    base: sd,
    source:
      "diffusers LCMScheduler (scheduling_lcm.py): original_inference_steps 50, skipping step k = 20 (Luo et al. 2023, Latent Consistency Models); latent-consistency/lcm-lora-sdxl",
    steps: [1, 2, 3, 4, 5, 6, 7, 8],
    trainedOn: "the 50 skipping-step timesteps 999, 979, …, 19 (k = 20); LCMScheduler's pick of them at N",
    strategy: at([1, 2, 3, 4, 5, 6, 7, 8], (n) => `timesteps:${lcmTimesteps(n).join(",")}`),
    trainingTimesteps: LCM_TRAINING,
  },
  "lcm-sd15": {
    name: "lcm-sd15",
    model: "LCM-LoRA SD 1.5 (latent-consistency/lcm-lora-sdv1-5)",
    base: sd,
    source:
      "diffusers LCMScheduler (scheduling_lcm.py): original_inference_steps 50, skipping step k = 20; latent-consistency/lcm-lora-sdv1-5",
    steps: [1, 2, 3, 4, 5, 6, 7, 8],
    trainedOn: "the 50 skipping-step timesteps 999, 979, …, 19 (k = 20); LCMScheduler's pick of them at N",
    strategy: at([1, 2, 3, 4, 5, 6, 7, 8], (n) => `timesteps:${lcmTimesteps(n).join(",")}`),
    trainingTimesteps: LCM_TRAINING,
  },
  "wan-lightning": {
    name: "wan-lightning",
    model: "Wan Lightning (lightx2v step-distilled Wan 2.1/2.2, 4 steps)",
    base: flowProcess,
    source:
      "ModelTC/lightx2v WanStepDistillScheduler: denoising_step_list [1000, 750, 500, 250], sample_shift 5 (lightx2v/Wan2.1-T2V-14B-StepDistill-CfgDistill, lightx2v/Wan2.2-Lightning)",
    steps: [4],
    trainedOn: "flow t = shift5(1, 0.75, 0.5, 0.25) = 1, 0.9375, 0.8333, 0.625",
    strategy: at([4], () => `sigmas:${lightx2vFlowTimes(WAN_LIGHTNING_STEPS, 5).join(",")}`),
    shift: { kind: "static", shift: 5 },
  },
  "qwen-image-lightning": {
    name: "qwen-image-lightning",
    model: "Qwen-Image-Lightning (ModelTC)",
    base: flowProcess,
    source:
      "ModelTC/Qwen-Image-Lightning generate_with_diffusers.py: FlowMatchEulerDiscreteScheduler with use_dynamic_shifting, base_shift = max_shift = ln 3 ('we use shift=3 in distillation'), 8 or 4 steps",
    steps: [4, 8],
    trainedOn: "the pipeline's linspace(1, 1/N, N) shifted by 3 (μ = ln 3 at every size), 4 or 8 steps",
    strategy: at([4, 8], () => `diffusers-flow:pipeline=flux,mu=${LN3}`),
    shift: { kind: "dynamic", mu: LN3 },
  },
  "flux-schnell": {
    name: "flux-schnell",
    model: "FLUX.1 [schnell] (Black Forest Labs)",
    base: flowProcess,
    source:
      "black-forest-labs/FLUX.1-schnell: timestep-distilled for 1 to 4 steps; scheduler/scheduler_config.json shift 1.0, no dynamic shifting",
    steps: [1, 2, 3, 4],
    trainedOn: "FluxPipeline's linspace(1, 1/N, N) unshifted, 1 to 4 steps",
    strategy: at([1, 2, 3, 4], () => "diffusers-flow:pipeline=flux,shift=1"),
    shift: { kind: "static", shift: 1 },
  },
  "flux-turbo": {
    name: "flux-turbo",
    model: "FLUX.1-Turbo-Alpha (alimama-creative, an 8-step LoRA for FLUX.1 [dev])",
    base: flowProcess,
    source:
      "alimama-creative/FLUX.1-Turbo-Alpha model card: 8 steps with FluxPipeline's default schedule at 1024² (μ = 1.15); the card lists no training timesteps, so these are the pipeline's levels it is run on",
    steps: [8],
    trainedOn: "FluxPipeline's linspace(1, 1/8, 8) under the dynamic shift μ = 1.15 (1024²)",
    strategy: at([8], () => "diffusers-flow:pipeline=flux,mu=1.15"),
    shift: { kind: "dynamic", mu: 1.15 },
  },
} as const satisfies Record<string, DistilledModel>;

/**
 * The distilled models klsched knows, by preset name. A new one is one entry here.
 *
 * @example
 * ```ts
 * import { DISTILLED_MODELS } from "@klsched/discretization";
 * DISTILLED_MODELS["sdxl-turbo"].model; // "SDXL-Turbo (Stability AI)"
 * Object.keys(DISTILLED_MODELS).includes("sdxl-lightning"); // true
 * ```
 */
export const DISTILLED_MODELS: { readonly [K in keyof typeof DISTILLED]: DistilledModel } = DISTILLED;

/** The preset names of the distilled models. */
export const DISTILLED_MODEL_NAMES = Object.keys(DISTILLED_MODELS) as readonly (keyof typeof DISTILLED_MODELS)[];
