/**
 * `@klsched/gaussian-flow/closed-form`: the machinery under `closedFormOutput`, for the packages that
 * differentiate or specialise it (kl-metrics, schedule-optim) and for readers who want to check it: the
 * per-direction Gaussian state the samplers run on, DDIM's polar closed form, the recorded linear tape
 * that replays a deterministic sampler per direction, and the single-assignment tape of any sampler with
 * its reverse-mode derivatives in the levels (what the optimiser's gradients come from). Not a stable API:
 * it follows the closed form's needs.
 *
 * @module closed-form
 */
export { linearClosedForm, sampledClosedForm, tapedClosedForm } from "./closed-form.js";
export { type DdimGeometry, ddimClosedForm, ddimGeometry, priorLogRatio } from "./ddim-closed-form.js";
export {
  type GaussianState,
  gaussianDenoiser,
  gaussianStateNoise,
  gaussianStateSpace,
  priorState,
  stateDimension,
  stateVariance,
} from "./gaussian-state.js";
export { type LevelGradientPlan, levelCoefficients, levelObjectiveGradient, planLevelGradient } from "./level-gradient.js";
export { type LinearTape, recordLinearTape } from "./linear-tape.js";
export { recordSamplerTape, recordTapeParameters, type SamplerTape, TAPE_OP } from "./sampler-tape.js";
export { type DirectionalObjective, replaySamplerTape, tapeObjectiveGradient } from "./tape-gradient.js";
