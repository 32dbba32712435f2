import type { Spectrum } from "@klsched/core-linalg";
import type { NoiseProcess } from "@klsched/discretization";
import { ddim, type Prior, type Sampler } from "@klsched/gaussian-flow";
import type { Objective } from "./objective.js";

/** What an optimised schedule is optimal for: a source spectrum, a model's process, a sampler and a prior. */
export interface OptimizationContext {
  readonly spectrum: Spectrum;
  readonly process: NoiseProcess;
  /** Default `ddim`. Every sampler has exact gradients (DDIM's analytic, the others' through their tape). */
  readonly sampler?: Sampler;
  /** Default `standard`. */
  readonly prior?: Prior;
  /** Source mean in eigen-coordinates (adds a constant to the KL, never moves the optimum). */
  readonly mean?: Float64Array;
  /** The divergence minimised (default `kl`, the forward KL). */
  readonly objective?: Objective;
  /**
   * The least spacing ln s_{k−1} − ln s_k between neighbouring noisy levels of `optimal` and the integer
   * search (the clean jump aside); default {@link defaultMinGap}. 0 allows merged levels.
   */
  readonly minGap?: number;
  /**
   * Default true: the noisy levels stay inside the model's trained range [s(t_end), s(t_start)], the clean
   * jump aside. False lets a continuous process's levels run to s → 0 (a discrete model's table ends at
   * t = 0 either way).
   */
  readonly keepInRange?: boolean;
  /**
   * Default true: an optimum of one direction of KL whose other direction is degenerate — more than ten
   * times the least value a baseline has (a forward-KL optimum can over-disperse, e.g. under Heun with
   * near-zero eigenvalues; theory §3) — is re-optimised with that least value as a bound. Not applied to
   * the symmetric KL and W₂, which weigh both directions.
   */
  readonly guard?: boolean;
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

/**
 * The range of a context's free levels: {@link levelRange}, with the floor raised to the end of the
 * trained range, s(t_end), unless `keepInRange` is false (`flow` ends at the clean level: its floor is 0).
 *
 * @example
 * ```ts
 * import { veProcess } from "@klsched/discretization";
 * import { freeLevelRange } from "@klsched/schedule-optim";
 * freeLevelRange({ process: veProcess(0.002, 80) }); // { start: 80, floor: 0.002 }
 * freeLevelRange({ process: veProcess(0.002, 80), keepInRange: false }); // { start: 80, floor: 0 }
 * ```
 */
export function freeLevelRange(context: Pick<OptimizationContext, "process" | "keepInRange">): { start: number; floor: number } {
  const { process } = context;
  const range = levelRange(process);
  if (context.keepInRange === false || process.endsClean) return range;
  return { start: range.start, floor: Math.max(range.floor, process.s(process.tEnd)) };
}

/** A reference scale for angle coordinates: √ of the geometric mean eigenvalue. */
export function referenceScale(eigenvalues: Float64Array): number {
  let logSum = 0;
  for (const v of eigenvalues) logSum += Math.log(v);
  return Math.exp((0.5 * logSum) / eigenvalues.length);
}
