import type { Level } from "./level.js";

/**
 * A denoiser D(x_t) ≈ E[x₀ | x_t] evaluated at a level: the one interface every sampler is written
 * against (k-diffusion's `model(x, sigma)`, with α made explicit so VP, VE and flow share it).
 */
export type Denoiser<S> = (x: S, level: Level) => S;
