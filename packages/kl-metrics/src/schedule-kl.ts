import { compensatedSum, KlschedError, type Spectrum } from "@klsched/core-linalg";
import { type Schedule, withoutCleanLevel } from "@klsched/discretization";
import { closedFormOutput, type DirectionalOutput, ddim, type Prior, type Sampler } from "@klsched/gaussian-flow";
import { divergenceSums } from "./divergence-sums.js";
import { DIVERGENCE_NAMES, DIVERGENCES, type DivergenceName } from "./divergences/registry.js";

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

/**
 * Per-direction figures, in the spectrum's (descending) order: each registered divergence's contribution
 * (for `w2`, the squared distance, which sums over directions), and δ = ln(v/r).
 */
export type DirectionalDivergences = { readonly [K in DivergenceName]: Float64Array } & {
  readonly logVarianceRatio: Float64Array;
};

/**
 * The divergences between the source (or the true marginal at a truncated end) and a sampler's output:
 * one field per registered divergence (`kl` = KL(source ‖ output) and `klReverse` = KL(output ‖ source)
 * in nats, `w2` = the 2-Wasserstein distance, not squared), and the cost of the run.
 */
export type ScheduleKL = { readonly [K in DivergenceName]: number } & {
  /** Number of steps between levels. */
  readonly steps: number;
  /** Denoiser evaluations the sampler spent. */
  readonly nfe: number;
  readonly perDirection?: DirectionalDivergences;
};

/**
 * KL(source ‖ output), KL(output ‖ source) and W₂ for a Gaussian source with `spectrum`, sampled along
 * `schedule` by `sampler` from `prior` (theory §2 “DDIM in closed form” and §3 “Divergences”): the closed-form output per eigen-direction,
 * then the 1-D divergences summed with compensation. Infinite when some direction's output collapses
 * (e.g. one DDIM step from α = 0 straight to the clean level).
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { scheduleKL } from "@klsched/kl-metrics";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 20);
 * const { kl, klReverse, w2, nfe } = scheduleKL({ spectrum: syntheticSpectrum("isotropic:d=4,lambda=1"), schedule });
 * kl; // 0.08058
 * klReverse; // 0.06726
 * w2; // 0.2535
 * nfe; // 20
 * ```
 * Every figure is finite or +∞ (a collapsed direction), never NaN: a NaN would be a bug, and is thrown as
 * a KlschedError with code `numerical-failure` rather than returned.
 * @throws InvalidArgumentError when `clean: false` leaves no step, or the sampler cannot run the schedule;
 * KlschedError(`numerical-failure`) instead of a NaN.
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
  const divergences = input.perDirection ? directionalDivergences(output) : undefined;
  const sums = divergences === undefined ? divergenceSums(output) : undefined;
  const totals = Object.fromEntries(
    DIVERGENCE_NAMES.map((name) => [name, DIVERGENCES[name].total(sums?.[name] ?? compensatedSum(divergences?.[name] ?? []))]),
  ) as { [K in DivergenceName]: number };
  const broken = DIVERGENCE_NAMES.find((name) => Number.isNaN(totals[name]));
  if (broken !== undefined) {
    throw new KlschedError(
      "numerical-failure",
      `${broken} is NaN for ${sampler.name} on ${schedule.process.label} (${schedule.t.length - 1} steps): a bug, please report it with the command`,
    );
  }
  const result: ScheduleKL = { ...totals, steps: schedule.t.length - 1, nfe: sampler.evaluations(schedule) };
  return divergences === undefined ? result : { ...result, perDirection: divergences };
}

/**
 * The 1-D divergences of every direction of a closed-form output, one array per registered divergence.
 *
 * @example
 * ```ts
 * import { directionalDivergences } from "@klsched/kl-metrics";
 * const out = { logVarianceRatio: Float64Array.of(Math.log(2)), meanError: Float64Array.of(0), targetVariance: Float64Array.of(1) };
 * directionalDivergences(out).kl[0]; // ≈ 0.0966
 * ```
 */
export function directionalDivergences(output: DirectionalOutput): DirectionalDivergences {
  const { logVarianceRatio, meanError, targetVariance } = output;
  const d = logVarianceRatio.length;
  const arrays = {} as Record<DivergenceName, Float64Array>;
  for (const name of DIVERGENCE_NAMES) {
    const { perDirection } = DIVERGENCES[name];
    const values = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      values[i] = perDirection(logVarianceRatio[i] as number, meanError[i] as number, targetVariance[i] as number);
    }
    arrays[name] = values;
  }
  return { ...arrays, logVarianceRatio };
}
