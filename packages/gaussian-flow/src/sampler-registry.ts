import { ddpmSampler, eulerAncestralSampler } from "./ancestral.js";
import { ddimSampler } from "./ddim.js";
import { dpmpp2mSampler } from "./dpmpp-2m.js";
import { eulerSampler } from "./euler.js";
import { heunSampler } from "./heun.js";
import type { SamplerDescriptor } from "./sampler-descriptor.js";

/**
 * The samplers `--sampler` accepts, by name, in the order `--help` lists them. A new sampler is one file
 * (the sampler, written once against `Denoiser`, and its descriptor from {@link defineSampler}) and one
 * line here.
 *
 * @example
 * ```ts
 * import { parseSpec } from "@klsched/core-linalg";
 * import { SAMPLERS } from "@klsched/gaussian-flow";
 * Object.keys(SAMPLERS); // ["ddim", "euler", "heun", "dpmpp-2m", "ddpm", "euler-ancestral"]
 * SAMPLERS.heun.stochastic; // false
 * SAMPLERS.ddim.parse(parseSpec("ddim:eta=0.5"), "sampler").name; // "ddim:eta=0.5"
 * ```
 */
export const SAMPLERS = {
  ddim: ddimSampler,
  euler: eulerSampler,
  heun: heunSampler,
  "dpmpp-2m": dpmpp2mSampler,
  ddpm: ddpmSampler,
  "euler-ancestral": eulerAncestralSampler,
} as const satisfies Record<string, SamplerDescriptor>;

/** A registered sampler's name. */
export type SamplerName = keyof typeof SAMPLERS;

/** The sampler names `--sampler` accepts, in registry order. */
export const SAMPLER_NAMES = Object.keys(SAMPLERS) as readonly SamplerName[];
