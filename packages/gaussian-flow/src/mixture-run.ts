import { type GaussianMixture, sampleMixture } from "@klsched/core-linalg";
import type { Schedule } from "@klsched/discretization";
import type { Denoiser } from "./denoiser.js";
import { mixtureDenoiser } from "./mixture-denoiser.js";
import type { Prior } from "./prior.js";
import { normalGenerator } from "./random.js";
import { type SampleBatch, sampleSpace } from "./sample-space.js";
import type { Sampler } from "./sampler.js";

/** Options of {@link runMixtureSampler}. */
export interface MixtureRunOptions {
  /** Samples. */
  readonly n: number;
  /** Seed of the start noise and of every step's fresh noise. */
  readonly seed: number;
  /** Default `standard`. */
  readonly prior?: Prior;
  /** A denoiser to reuse (its buffers are kept); made from the mixture when omitted. */
  readonly denoise?: Denoiser<SampleBatch>;
  /** Called after every level with its index. */
  readonly onLevel?: (level: number) => void;
}

/**
 * n samples of `sampler` along `schedule` with the mixture's exact denoiser ({@link mixtureDenoiser}),
 * from the process's prior N(0, v·I) (`standard`) or the true marginal α₀x₀ + σ₀ε, x₀ from the mixture
 * (`exact`). Common random numbers: the start noise comes from `seed` alone and the fresh noise of step
 * k from `seed` and k alone, so two schedules with the same seed start from the same points and a
 * stochastic sampler draws the same noise at the same step: differences in what they produce are the
 * schedules', not the generator's.
 *
 * @example
 * ```ts
 * import { createGaussianMixture } from "@klsched/core-linalg";
 * import { parseProcess, strategySchedule } from "@klsched/discretization";
 * import { ddim, runMixtureSampler } from "@klsched/gaussian-flow";
 * const mixture = createGaussianMixture(
 *   [{ weight: 1, mean: Float64Array.of(5), rank: 1, basis: Float64Array.of(1), eigenvalues: Float64Array.of(1e-6), remainder: 0 }],
 *   "near a point",
 * );
 * const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, 20);
 * Math.round(runMixtureSampler(ddim, schedule, mixture, { n: 2, seed: 1 }).data[0] as number); // 5
 * ```
 */
export function runMixtureSampler(
  sampler: Sampler,
  schedule: Schedule,
  mixture: GaussianMixture,
  options: MixtureRunOptions,
): SampleBatch {
  const { n, seed, prior = "standard", onLevel } = options;
  const d = mixture.dimension;
  const denoise = options.denoise ?? mixtureDenoiser(mixture);
  const normal = normalGenerator(seed);
  const data = new Float64Array(n * d);
  const alpha0 = schedule.alpha[0] as number;
  const sigma0 = schedule.sigma[0] as number;
  if (prior === "exact") {
    const clean = sampleMixture(mixture, n, seed + 0x5bd1e995).data;
    for (let i = 0; i < data.length; i++) data[i] = alpha0 * (clean[i] as number) + sigma0 * normal();
  } else {
    const sd = Math.sqrt(schedule.process.priorVariance);
    for (let i = 0; i < data.length; i++) data[i] = sd * normal();
  }
  const noise = (like: SampleBatch, step: number): SampleBatch => {
    const fresh = normalGenerator(seed + 7919 * (step + 1));
    const values = new Float64Array(like.data.length);
    for (let i = 0; i < values.length; i++) values[i] = fresh();
    return { n: like.n, d: like.d, data: values };
  };
  return sampler.sample(
    { n, d, data },
    {
      space: sampleSpace,
      denoise,
      schedule,
      noise,
      ...(onLevel === undefined ? {} : { onLevel: (_: SampleBatch, level: number) => onLevel(level) }),
    },
  );
}
