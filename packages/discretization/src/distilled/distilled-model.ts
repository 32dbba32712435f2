import type { NoiseProcess, PipelineShift } from "../noise-process.js";

/**
 * A step-distilled model and the levels it was trained on: the few-step models (Turbo, Lightning, LCM,
 * Hyper-SD, …) are distilled to reach the data from fixed levels, so their schedule is part of the model
 * and must be used as it is rather than re-optimised. One entry each in `DISTILLED_MODELS`, which also
 * makes each a `--process` preset.
 */
export interface DistilledModel {
  /** The registry and preset name: `sdxl-lightning`. */
  readonly name: string;
  /** The model as its publisher names it. */
  readonly model: string;
  /** The base model's process (its ᾱ table, or flow). */
  readonly base: () => NoiseProcess;
  /** Where the levels come from: the repository, model card or paper. */
  readonly source: string;
  /** The step counts the model was distilled for. */
  readonly steps: readonly number[];
  /** One line: the levels it was trained on. */
  readonly trainedOn: string;
  /** The reproduced strategy (spec) that gives its levels at N, or undefined for an N it was not distilled for. */
  readonly strategy: (steps: number) => string | undefined;
  /**
   * Every training timestep the distillation drew from, where that is a fixed set wider than the levels at
   * one N (LCM's 50 skipping-step timesteps); a list inside it is on the model's levels.
   */
  readonly trainingTimesteps?: readonly number[];
  /** Flow models: the shift their pipeline applies. */
  readonly shift?: PipelineShift;
}
