import type { NoiseProcess } from "@klsched/discretization";
import type { Level } from "./level.js";

/**
 * The frame k-diffusion-style samplers integrate in: y = x/γ and τ = σ/γ, where the probability-flow
 * ODE reads dy/dτ = (y − D)/τ. γ = α on `ve`, `vp` and discrete models (y = x/α, τ = σ/α: the
 * VE-normalised frame of k-diffusion and ComfyUI's EPS models), and γ = α + σ = 1 on `flow` (y = x,
 * τ = t: the frame of flow-matching Euler in diffusers and ComfyUI's CONST models). First-order steps
 * are the same map in both frames; higher-order ones are not, so each process uses its tools' frame.
 */
export function frameScale(process: NoiseProcess, level: Level): number {
  return process.kind === "flow" ? level.alpha + level.sigma : level.alpha;
}

/** τ = σ/γ of a level in its process's frame. */
export function frameTime(process: NoiseProcess, level: Level): number {
  return level.sigma / frameScale(process, level);
}
