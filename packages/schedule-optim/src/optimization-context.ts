import type { Spectrum } from "@klsched/core-linalg";
import type { NoiseProcess } from "@klsched/discretization";
import { ddim, type Prior, type Sampler } from "@klsched/gaussian-flow";

/** What an optimised schedule is optimal for: a source spectrum, a model's process, a sampler and a prior. */
export interface OptimizationContext {
  readonly spectrum: Spectrum;
  readonly process: NoiseProcess;
  /** Default `ddim`. DDIM has analytic gradients; other samplers use central differences of their closed form. */
  readonly sampler?: Sampler;
  /** Default `standard`. */
  readonly prior?: Prior;
  /** Source mean in eigen-coordinates (adds a constant to the KL, never moves the optimum). */
  readonly mean?: Float64Array;
  /** Called with (done, total) during long searches. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The sampler of a context (`ddim` when none is given). */
export function contextSampler(context: OptimizationContext): Sampler {
  return context.sampler ?? ddim;
}

/**
 * The range the free levels may take, in s = σ/α: from the process's start (fixed, possibly ∞ at α = 0)
 * down to `floor`, 0 for continuous processes (every level but the first is free, theory §4 “One eigenvalue: the tangent law”) and the
 * smallest level a discrete-time model can be queried at, s(t = 0), for `ddpm`-style processes.
 *
 * @example
 * ```ts
 * import { parseProcess, veProcess } from "@klsched/discretization";
 * import { levelRange } from "@klsched/schedule-optim";
 * levelRange(veProcess(0.002, 80)); // { start: 80, floor: 0 }
 * levelRange(parseProcess("sd15")); // { start: 14.6146…, floor: 0.02916… }
 * ```
 */
export function levelRange(process: NoiseProcess): { start: number; floor: number } {
  return { start: process.s(process.tStart), floor: process.trainingSteps === undefined ? 0 : process.s(0) };
}

/** A reference scale for angle coordinates: √ of the geometric mean eigenvalue. */
export function referenceScale(eigenvalues: Float64Array): number {
  let logSum = 0;
  for (const v of eigenvalues) logSum += Math.log(v);
  return Math.exp((0.5 * logSum) / eigenvalues.length);
}
