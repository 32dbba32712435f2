import { compensatedSum, type Spectrum } from "@klsched/core-linalg";
import { type Schedule, withoutCleanLevel } from "@klsched/discretization";
import { closedFormOutput, type DirectionalOutput, ddim, type Prior, type Sampler } from "@klsched/gaussian-flow";
import { forwardKL, reverseKL, wasserstein2Squared } from "./gaussian-divergences.js";

/** Inputs of {@link scheduleKL}. */
export interface ScheduleKLInput {
  readonly spectrum: Spectrum;
  readonly schedule: Schedule;
  /** Default `ddim`. */
  readonly sampler?: Sampler;
  /** Default `standard`. */
  readonly prior?: Prior;
  /** Source mean μ in eigen-coordinates (same order as the spectrum); zero when omitted. */
  readonly mean?: Float64Array;
  /**
   * When false, drop the final clean level and compare the output at the last noisy level with the
   * true marginal there (truncated sampling; CLI `--no-clean`). Default true.
   */
  readonly clean?: boolean;
  /** Also return every direction's figures. Default false. */
  readonly perDirection?: boolean;
}

/** Per-direction figures, in the spectrum's (descending) order. */
export interface DirectionalDivergences {
  readonly kl: Float64Array;
  readonly klReverse: Float64Array;
  readonly w2Squared: Float64Array;
  readonly logVarianceRatio: Float64Array;
}

/** The divergences between the source (or the true marginal at a truncated end) and a sampler's output. */
export interface ScheduleKL {
  /** KL(source ‖ output), nats. */
  readonly kl: number;
  /** KL(output ‖ source), nats. */
  readonly klReverse: number;
  /** 2-Wasserstein distance (not squared). */
  readonly w2: number;
  /** Number of steps between levels. */
  readonly steps: number;
  /** Denoiser evaluations the sampler spent. */
  readonly nfe: number;
  readonly perDirection?: DirectionalDivergences;
}

/**
 * KL(source ‖ output), KL(output ‖ source) and W₂ for a Gaussian source with `spectrum`, sampled along
 * `schedule` by `sampler` from `prior` (THEORY.md §2–§3): the closed-form output per eigen-direction,
 * then the 1-D divergences summed with compensation. Infinite when some direction's output collapses
 * (e.g. one DDIM step from α = 0 straight to the clean level).
 */
export function scheduleKL(input: ScheduleKLInput): ScheduleKL {
  const sampler = input.sampler ?? ddim;
  const schedule = input.clean === false ? withoutCleanLevel(input.schedule) : input.schedule;
  const output = closedFormOutput(sampler, {
    eigenvalues: input.spectrum.eigenvalues,
    schedule,
    prior: input.prior ?? "standard",
    ...(input.mean === undefined ? {} : { mean: input.mean }),
  });
  const divergences = directionalDivergences(output);
  const result: ScheduleKL = {
    kl: compensatedSum(divergences.kl),
    klReverse: compensatedSum(divergences.klReverse),
    w2: Math.sqrt(compensatedSum(divergences.w2Squared)),
    steps: schedule.t.length - 1,
    nfe: sampler.evaluations(schedule),
  };
  return input.perDirection ? { ...result, perDirection: divergences } : result;
}

/** The 1-D divergences of every direction of a closed-form output. */
export function directionalDivergences(output: DirectionalOutput): DirectionalDivergences {
  const { logVarianceRatio, meanError, targetVariance } = output;
  const d = logVarianceRatio.length;
  const kl = new Float64Array(d);
  const klReverse = new Float64Array(d);
  const w2Squared = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    const delta = logVarianceRatio[i] as number;
    const dm = meanError[i] as number;
    const r = targetVariance[i] as number;
    kl[i] = forwardKL(delta, dm, r);
    klReverse[i] = reverseKL(delta, dm, r);
    w2Squared[i] = wasserstein2Squared(delta, dm, r);
  }
  return { kl, klReverse, w2Squared, logVarianceRatio };
}
