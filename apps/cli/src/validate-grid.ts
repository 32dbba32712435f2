import { type GaussianMixture, mixtureSpectrum, type Spectrum, sampleMixture } from "@klsched/core-linalg";
import type { NoiseProcess } from "@klsched/discretization";
import { mixtureDenoiser, type Prior, runMixtureSampler } from "@klsched/gaussian-flow";
import {
  DIVERGENCE_NAMES,
  type DivergenceName,
  gapFromBaseline,
  type MeasuredValue,
  qualityReference,
  type SampleQuality,
  scheduleKL,
  spearman,
  withinErrorOfBest,
} from "@klsched/kl-metrics";
import { isOptimized } from "@klsched/schedule-optim";
import type { FlaggedStrategy, SamplerInput } from "./inputs.js";
import type { Progress } from "./progress-line.js";
import { candidateLevels, type ScoringContext } from "./strategy-levels.js";

/** The Gaussian predictors of a row: the registered divergences and KL over the top-k directions only. */
export const GAUSSIAN_FIELDS = [...DIVERGENCE_NAMES, "klTop"] as const;
/** One of {@link GAUSSIAN_FIELDS}. */
export type GaussianField = (typeof GAUSSIAN_FIELDS)[number];

/**
 * The measured scores strategies are ranked by, lower is better: the metrics, with the NLL replaced by
 * its gap to the exact samples' NLL (a lower NLL than exact samples' is mode collapse, not quality).
 */
export const RANKED_METRICS = ["fdPixel", "fdPca", "nllGap", "slicedW2"] as const;
/** One of {@link RANKED_METRICS}. */
export type RankedMetric = (typeof RANKED_METRICS)[number];

/** One (sampler, N, strategy) of a validation. */
export interface ValidateCell {
  readonly sampler: string;
  readonly steps: number;
  readonly strategy: string;
  readonly nfe: number;
  readonly gaussian: { readonly [F in GaussianField]: number };
  readonly measured: SampleQuality;
  readonly scores: { readonly [M in RankedMetric]: MeasuredValue };
  /** Generated samples, kept only for the picture. */
  readonly samples?: Float64Array;
}

/** Per (sampler, N): Spearman's ρ of every Gaussian field's ranking against every measured one, and the winners. */
export interface ValidateGroup {
  readonly sampler: string;
  readonly steps: number;
  readonly strategies: readonly string[];
  readonly spearman: { readonly [F in GaussianField]: { readonly [M in RankedMetric]: number } };
  readonly best: { readonly [M in RankedMetric]: string };
  /** Per metric: the strategies whose value is within error of the best (paired bootstrap). */
  readonly withinError: { readonly [M in RankedMetric]: readonly string[] };
  readonly gaussianBest: { readonly [F in GaussianField]: string };
}

/** Everything `klsched validate` computes. */
export interface Validation {
  readonly spectrum: Spectrum;
  readonly baseline: SampleQuality;
  readonly baselineSamples: Float64Array;
  readonly cells: readonly ValidateCell[];
  readonly groups: readonly ValidateGroup[];
  readonly skipped: readonly string[];
  /** Wall time of the sampling and measuring, in seconds. */
  readonly seconds: number;
  /** Wall time of the sampler runs alone (denoiser and sampler arithmetic), in seconds. */
  readonly samplingSeconds: number;
  /** Samples × denoiser evaluations per second of the sampler runs. */
  readonly throughput: number;
}

/** What a validation runs over. */
export interface ValidateInput {
  readonly process: NoiseProcess;
  readonly mixture: GaussianMixture;
  readonly dataText: string;
  readonly samplers: readonly SamplerInput[];
  readonly strategies: readonly FlaggedStrategy[];
  readonly steps: readonly number[];
  readonly n: number;
  readonly seed: number;
  readonly bootstrap: number;
  readonly pca: number;
  readonly directions: number;
  readonly prior: Prior;
  /** Keep the generated samples of the smallest N for the first sampler (the picture). */
  readonly keepSamples: boolean;
}

/**
 * Runs every (sampler, N, strategy): the schedule (optimised ones optimised on the mixture's total
 * spectrum for that sampler and N), the Gaussian figures on that spectrum, then n samples with the
 * exact mixture denoiser from the same start and step noise (`seed`), measured against n exact
 * reference samples with shared resamples; per (sampler, N) the rank correlations.
 */
export function validate(input: ValidateInput, progress: Progress): Validation {
  const { process, mixture, n, seed } = input;
  const d = mixture.dimension;
  const spectrum = mixtureSpectrum(mixture);
  const report = progress.task("reference samples");
  report(0, 2);
  const reference = qualityReference(mixture, sampleMixture(mixture, n, seed + 101).data, n, {
    pcaDimensions: input.pca,
    directions: input.directions,
    bootstrap: input.bootstrap,
    seed: seed + 202,
  });
  const baselineSamples = sampleMixture(mixture, n, seed + 303).data;
  const baseline = reference.measure(baselineSamples);
  report(2, 2);
  const denoise = mixtureDenoiser(mixture);
  const cells: ValidateCell[] = [];
  const skipped = new Set<string>();
  const total = input.samplers.length * input.steps.length * input.strategies.length;
  const smallest = Math.min(...input.steps);
  let done = 0;
  let evaluations = 0;
  let sampling = 0;
  const start = seconds();
  for (const sampler of input.samplers) {
    const context: ScoringContext = { process, spectrum: { spectrum, text: input.dataText }, sampler, prior: input.prior };
    for (const steps of input.steps) {
      for (const strategy of input.strategies) {
        const label = `${sampler.sampler.name} N=${steps} ${strategy.label}`;
        const tick = progress.task(label);
        tick(done, total);
        const optimising = isOptimized(strategy.strategy) ? progress.task(`optimising ${label}`) : undefined;
        const schedule = candidateLevels(strategy, steps, context, optimising);
        done++;
        if (schedule === undefined) {
          skipped.add(strategy.label);
          continue;
        }
        const kl = scheduleKL({ spectrum, schedule, sampler: sampler.sampler, prior: input.prior, perDirection: true });
        let klTop = 0;
        const top = kl.perDirection?.kl;
        if (top !== undefined) for (let j = 0; j < Math.min(input.pca, top.length); j++) klTop += top[j] as number;
        const levels = schedule.t.length;
        const began = seconds();
        const out = runMixtureSampler(sampler.sampler, schedule, mixture, {
          n,
          seed,
          prior: input.prior,
          denoise,
          onLevel: (level) => tick(done - 1 + level / levels, total),
        });
        sampling += seconds() - began;
        evaluations += kl.nfe * n;
        const measured = reference.measure(out.data);
        const gaussian = { ...pickDivergences(kl), klTop };
        const keep = input.keepSamples && sampler === input.samplers[0] && steps === smallest;
        cells.push({
          sampler: sampler.sampler.name,
          steps,
          strategy: strategy.label,
          nfe: kl.nfe,
          gaussian,
          measured,
          scores: { ...measured, nllGap: gapFromBaseline(measured.nll, baseline.nll) },
          ...(keep ? { samples: out.data.slice(0, Math.min(8, n) * d) } : {}),
        });
      }
    }
  }
  progress.task("validate")(total, total);
  const elapsed = seconds() - start;
  const groups = groupCells(cells, input);
  return {
    spectrum,
    baseline,
    baselineSamples,
    cells,
    groups,
    skipped: [...skipped],
    seconds: elapsed,
    samplingSeconds: sampling,
    throughput: evaluations / sampling,
  };
}

function pickDivergences(kl: { readonly [K in DivergenceName]: number }): { [K in DivergenceName]: number } {
  return Object.fromEntries(DIVERGENCE_NAMES.map((name) => [name, kl[name]])) as { [K in DivergenceName]: number };
}

function seconds(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

/** The rank correlations and winners of each (sampler, N). */
function groupCells(cells: readonly ValidateCell[], input: ValidateInput): ValidateGroup[] {
  const groups: ValidateGroup[] = [];
  for (const sampler of input.samplers) {
    for (const steps of input.steps) {
      const here = cells.filter((c) => c.sampler === sampler.sampler.name && c.steps === steps);
      if (here.length === 0) continue;
      const lowest = <T>(values: readonly T[], value: (t: T) => number) =>
        values.reduce((best, t) => (value(t) < value(best) || Number.isNaN(value(best)) ? t : best));
      const best = Object.fromEntries(RANKED_METRICS.map((m) => [m, lowest(here, (c) => c.scores[m].value).strategy])) as {
        [M in RankedMetric]: string;
      };
      const withinError = Object.fromEntries(
        RANKED_METRICS.map((m) => {
          const top = lowest(here, (c) => c.scores[m].value).scores[m];
          return [m, here.filter((c) => withinErrorOfBest(c.scores[m], top)).map((c) => c.strategy)];
        }),
      ) as { [M in RankedMetric]: string[] };
      const correlations = Object.fromEntries(
        GAUSSIAN_FIELDS.map((f) => [
          f,
          Object.fromEntries(
            RANKED_METRICS.map((m) => [
              m,
              spearman(
                here.map((c) => c.gaussian[f]),
                here.map((c) => c.scores[m].value),
              ),
            ]),
          ),
        ]),
      ) as ValidateGroup["spearman"];
      const gaussianBest = Object.fromEntries(GAUSSIAN_FIELDS.map((f) => [f, lowest(here, (c) => c.gaussian[f]).strategy])) as {
        [F in GaussianField]: string;
      };
      groups.push({
        sampler: sampler.sampler.name,
        steps,
        strategies: here.map((c) => c.strategy),
        spearman: correlations,
        best,
        withinError,
        gaussianBest,
      });
    }
  }
  return groups;
}
