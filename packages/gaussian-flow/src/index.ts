export {
  type ClosedFormInput,
  closedFormOutput,
  type GaussianTrajectory,
  gaussianTrajectory,
  sampledClosedForm,
} from "./closed-form.js";
export { ddim, ddimStep } from "./ddim.js";
export { type DdimGeometry, ddimClosedForm, ddimGeometry, priorLogRatio } from "./ddim-closed-form.js";
export type { Denoiser } from "./denoiser.js";
export type { DirectionalOutput } from "./directional-output.js";
export { dpmpp2m } from "./dpmpp-2m.js";
export { euler } from "./euler.js";
export { stepsForBudget } from "./evaluation-budget.js";
export {
  type GaussianState,
  gaussianDenoiser,
  gaussianStateNoise,
  gaussianStateSpace,
  priorState,
  stateDimension,
  stateVariance,
} from "./gaussian-state.js";
export { heun } from "./heun.js";
export { type Level, levelAt } from "./level.js";
export { type CompiledOp, compileTape, type LinearTape, recordLinearTape, replayLinearTape } from "./linear-tape.js";
export { PRIORS, type Prior } from "./prior.js";
export { normalGenerator } from "./random.js";
export { type SampleBatch, sampleSpace } from "./sample-space.js";
export type { Sampler, SamplerRun } from "./sampler.js";
export { frameScale, frameTime } from "./sampler-frame.js";
export { parseSampler, SAMPLER_NAMES } from "./sampler-spec.js";
export type { NoiseSource, VectorSpace } from "./vector-space.js";
