import type { Schedule } from "@klsched/discretization";
import { ddim } from "./ddim.js";
import { ddimClosedForm } from "./ddim-closed-form.js";
import type { DirectionalOutput } from "./directional-output.js";
import {
  type GaussianState,
  gaussianDenoiser,
  gaussianStateNoise,
  gaussianStateSpace,
  priorState,
  stateVariance,
} from "./gaussian-state.js";
import type { Prior } from "./prior.js";
import type { Sampler } from "./sampler.js";

/** Inputs of a closed-form sampler run on a Gaussian source. */
export interface ClosedFormInput {
  readonly eigenvalues: Float64Array;
  readonly schedule: Schedule;
  readonly prior: Prior;
  /** Source mean μ in eigen-coordinates; zero when omitted. */
  readonly mean?: Float64Array;
}

/**
 * The exact output distribution of `sampler` on a Gaussian source: the sampler's own code run on
 * per-direction {@link GaussianState} with the exact denoiser. DDIM uses its polar form
 * ({@link ddimClosedForm}), which gives the same numbers to more digits and faster.
 */
export function closedFormOutput(sampler: Sampler, input: ClosedFormInput): DirectionalOutput {
  if (sampler === ddim) return ddimClosedForm(input.eigenvalues, input.schedule, input.prior, input.mean);
  return sampledClosedForm(sampler, input);
}

/** The generic route: run `sampler` on {@link GaussianState} and read off variance and mean. */
export function sampledClosedForm(sampler: Sampler, input: ClosedFormInput): DirectionalOutput {
  const { eigenvalues, schedule, mean } = input;
  const final = runOnGaussianState(sampler, input);
  const variance = stateVariance(final);
  const last = schedule.t.length - 1;
  const alphaEnd = schedule.alpha[last] as number;
  const sigmaEnd = schedule.sigma[last] as number;
  const d = eigenvalues.length;
  const logVarianceRatio = new Float64Array(d);
  const targetVariance = new Float64Array(d);
  const meanError = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    const target = alphaEnd * alphaEnd * (eigenvalues[i] as number) + sigmaEnd * sigmaEnd;
    targetVariance[i] = target;
    logVarianceRatio[i] = Math.log((variance[i] as number) / target);
    meanError[i] = (final.mean[i] as number) - alphaEnd * (mean?.[i] ?? 0);
  }
  return { logVarianceRatio, targetVariance, meanError };
}

/** Per-level mean and variance of every direction along a closed-form run (rows = levels). */
export interface GaussianTrajectory {
  readonly levels: number;
  readonly dimension: number;
  /** variance[k·d + i]: the output variance of direction i at level k. */
  readonly variance: Float64Array;
  /** mean[k·d + i]: the output mean of direction i at level k. */
  readonly mean: Float64Array;
  /** gain[k·d + i]: the multiplier of the start noise in direction i at level k. */
  readonly gain: Float64Array;
}

/** The whole trajectory of a closed-form run: mean, variance and start-noise multiplier at every level. */
export function gaussianTrajectory(sampler: Sampler, input: ClosedFormInput): GaussianTrajectory {
  const d = input.eigenvalues.length;
  const levels = input.schedule.t.length;
  const variance = new Float64Array(levels * d);
  const mean = new Float64Array(levels * d);
  const gain = new Float64Array(levels * d);
  runOnGaussianState(sampler, input, (state, k) => {
    variance.set(stateVariance(state), k * d);
    mean.set(state.mean, k * d);
    const g0 = state.gains[0];
    if (g0 !== undefined) gain.set(g0, k * d);
  });
  return { levels, dimension: d, variance, mean, gain };
}

function runOnGaussianState(
  sampler: Sampler,
  input: ClosedFormInput,
  onLevel?: (x: GaussianState, k: number) => void,
): GaussianState {
  const { eigenvalues, schedule, prior, mean } = input;
  return sampler.sample(priorState(eigenvalues, schedule, prior, mean), {
    space: gaussianStateSpace,
    denoise: gaussianDenoiser(eigenvalues, mean),
    schedule,
    noise: gaussianStateNoise,
    ...(onLevel === undefined ? {} : { onLevel }),
  });
}
