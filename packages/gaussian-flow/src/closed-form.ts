import type { Schedule } from "@klsched/discretization";
import type { DirectionalOutput } from "./directional-output.js";
import {
  type GaussianState,
  gaussianDenoiser,
  gaussianStateNoise,
  gaussianStateSpace,
  priorState,
  stateVariance,
} from "./gaussian-state.js";
import { compileTape, type LinearTape, recordLinearTape, replayLinearTape } from "./linear-tape.js";
import type { Prior } from "./prior.js";
import type { Sampler } from "./sampler.js";

/** Directions per replay block: registers × lanes values stay in cache. */
const TAPE_LANES = 256;

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
 * per-direction Gaussian state (`GaussianState` in `@klsched/gaussian-flow/closed-form`) with the exact
 * denoiser, unless the sampler brings a faster route of its own (`Sampler.closedForm`): DDIM its polar
 * form (`ddimClosedForm`, same subpath), which gives the same numbers to more digits, the ODE samplers
 * their replayed tape ({@link linearClosedForm}). Only the routes of the samplers a program uses are
 * bundled with it.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { closedFormOutput, heun } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * const out = closedFormOutput(heun, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" });
 * out.logVarianceRatio; // Float64Array [0.3234…, 0.6111…]
 * out.targetVariance; // Float64Array [1, 0.01]
 * out.meanError; // Float64Array [0, 0]
 * ```
 */
export function closedFormOutput(sampler: Sampler, input: ClosedFormInput): DirectionalOutput {
  return sampler.closedForm === undefined ? sampledClosedForm(sampler, input) : sampler.closedForm(input);
}

/**
 * The closed form of a deterministic sampler that is linear in its state and denoiser outputs (every
 * k-diffusion ODE sampler): its recorded tape replayed per direction ({@link tapedClosedForm}), or the
 * generic route ({@link sampledClosedForm}) when the run cannot be taped. The built-in ODE samplers give
 * this as their `closedForm`; a custom sampler may too (`closedForm: (input) => linearClosedForm(mine, input)`).
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { heun } from "@klsched/gaussian-flow";
 * import { linearClosedForm } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * linearClosedForm(heun, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" }).logVarianceRatio; // Float64Array [0.3234…, 0.6111…]
 * ```
 */
export function linearClosedForm(sampler: Sampler, input: ClosedFormInput): DirectionalOutput {
  const tape = recordLinearTape(sampler, input.schedule);
  return tape === undefined ? sampledClosedForm(sampler, input) : tapedClosedForm(tape, input);
}

/**
 * The closed form of a deterministic sampler by replaying its recorded tape per direction, compiled to
 * fused per-lane passes: the same numbers as {@link sampledClosedForm} without a vector per step.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { heun } from "@klsched/gaussian-flow";
 * import { type LinearTape, recordLinearTape, tapedClosedForm } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * const tape = recordLinearTape(heun, schedule) as LinearTape;
 * tapedClosedForm(tape, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" }).logVarianceRatio; // Float64Array [0.3234…, 0.6111…]
 * ```
 */
export function tapedClosedForm(tape: LinearTape, input: ClosedFormInput): DirectionalOutput {
  const { eigenvalues, schedule, prior, mean } = input;
  const d = eigenvalues.length;
  const last = schedule.t.length - 1;
  const alpha0 = schedule.alpha[0] as number;
  const sigma0 = schedule.sigma[0] as number;
  const alphaEnd = schedule.alpha[last] as number;
  const sigmaEnd = schedule.sigma[last] as number;
  const lanes = Math.min(d, TAPE_LANES);
  const ops = compileTape(tape);
  const gainRegisters = Array.from({ length: tape.registers }, () => new Float64Array(lanes));
  const startMean = prior === "exact" && mean !== undefined;
  const meanRegisters = mean === undefined ? null : Array.from({ length: tape.registers }, () => new Float64Array(lanes));
  const logVarianceRatio = new Float64Array(d);
  const targetVariance = new Float64Array(d);
  const meanError = new Float64Array(d);
  for (let first = 0; first < d; first += lanes) {
    const count = Math.min(lanes, d - first);
    const lambdas = eigenvalues.subarray(first, first + count);
    const mus = mean === undefined ? new Float64Array(count) : mean.subarray(first, first + count);
    const gains = count === lanes ? gainRegisters : gainRegisters.map((r) => r.subarray(0, count));
    const means =
      meanRegisters === null ? null : count === lanes ? meanRegisters : meanRegisters.map((r) => r.subarray(0, count));
    const g0 = gains[0] as Float64Array;
    for (let j = 0; j < count; j++) {
      const lambda = lambdas[j] as number;
      g0[j] =
        prior === "exact" ? Math.sqrt(alpha0 * alpha0 * lambda + sigma0 * sigma0) : Math.sqrt(schedule.process.priorVariance);
      if (means !== null) (means[0] as Float64Array)[j] = startMean ? alpha0 * (mus[j] as number) : 0;
    }
    replayLinearTape(ops, lambdas, mus, gains, means);
    const result = gains[tape.result] as Float64Array;
    for (let j = 0; j < count; j++) {
      const i = first + j;
      const lambda = lambdas[j] as number;
      const target = alphaEnd * alphaEnd * lambda + sigmaEnd * sigmaEnd;
      const g = result[j] as number;
      targetVariance[i] = target;
      logVarianceRatio[i] = Math.log((g * g) / target);
      meanError[i] = (means === null ? 0 : ((means[tape.result] as Float64Array)[j] as number)) - alphaEnd * (mus[j] as number);
    }
  }
  return { logVarianceRatio, targetVariance, meanError };
}

/**
 * The generic route: run `sampler` on {@link GaussianState} and read off variance and mean. Every
 * sampler takes it; stochastic ones have no other.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { ddpm } from "@klsched/gaussian-flow";
 * import { sampledClosedForm } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * sampledClosedForm(ddpm, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" }).logVarianceRatio; // Float64Array [-0.9543…, -1.1756…]
 * ```
 */
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
    meanError[i] = (final.mean === null ? 0 : (final.mean[i] as number)) - alphaEnd * (mean?.[i] ?? 0);
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

/**
 * The whole trajectory of a closed-form run: mean, variance and start-noise multiplier at every level.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { gaussianTrajectory, heun } from "@klsched/gaussian-flow";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * const trajectory = gaussianTrajectory(heun, { eigenvalues: Float64Array.of(1, 0.01), schedule, prior: "exact" });
 * trajectory.levels; // 11
 * trajectory.variance.subarray(0, 2); // Float64Array [6401, 6400.01]
 * trajectory.variance.subarray(20, 22); // Float64Array [1.3818…, 0.01842…]
 * ```
 */
export function gaussianTrajectory(sampler: Sampler, input: ClosedFormInput): GaussianTrajectory {
  const d = input.eigenvalues.length;
  const levels = input.schedule.t.length;
  const variance = new Float64Array(levels * d);
  const mean = new Float64Array(levels * d);
  const gain = new Float64Array(levels * d);
  runOnGaussianState(sampler, input, (state, k) => {
    variance.set(stateVariance(state), k * d);
    if (state.mean !== null) mean.set(state.mean, k * d);
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
