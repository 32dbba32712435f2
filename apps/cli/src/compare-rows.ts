import type { Spectrum } from "@klsched/core-linalg";
import type { NoiseProcess } from "@klsched/discretization";
import type { Prior } from "@klsched/gaussian-flow";
import { scheduleKL } from "@klsched/kl-metrics";
import { isOptimized } from "@klsched/schedule-optim";
import { divergenceValues, type WithDivergences } from "./divergence-fields.js";
import { flagSource, fromFlag } from "./flag-source.js";
import type { FlaggedStrategy, SamplerInput } from "./inputs.js";
import { type Progress, silentProgress } from "./progress-line.js";
import { type StepCounts, stepCount, stepsSource } from "./step-counts.js";
import { checkStepWork } from "./step-limits.js";
import { checkOptimizedKL, type StrategyContext, strategyToolLevels } from "./strategy-levels.js";
import { UsageError } from "./usage-error.js";

/**
 * One cell of a comparison: a strategy under a sampler at N steps, which cost `nfe` denoiser
 * evaluations; `budget` is the NFE budget N was derived from (`--nfe`), absent under `--steps`.
 */
export interface CompareRow extends WithDivergences {
  readonly strategy: string;
  readonly sampler: string;
  readonly steps: number;
  readonly nfe: number;
  readonly budget?: number;
}

/** What `compare` evaluates: every strategy under every sampler at every count, on one process and spectrum. */
export interface CompareInput {
  readonly process: NoiseProcess;
  readonly spectrum: { readonly spectrum: Spectrum; readonly text: string };
  readonly strategies: readonly FlaggedStrategy[];
  readonly samplers: readonly SamplerInput[];
  readonly counts: StepCounts;
  readonly prior: Prior;
  readonly clean: boolean;
}

/** A cell of a comparison that was left out: the strategy cannot run at that N, and why. */
export interface SkippedCell {
  readonly strategy: string;
  readonly sampler: string;
  readonly steps: number;
  readonly reason: string;
}

/**
 * The KL of every strategy under every sampler at every step count or NFE budget, strategy by strategy,
 * then sampler by sampler. An optimised strategy is optimised for the sampler it is scored under. The
 * notes of a strategy reproduced from a tool go to `warn`, prefixed with the strategy and N. With `skip`,
 * a cell whose strategy cannot run at its N (a usage error on the strategy or the steps) goes to `skip` and
 * is left out instead of ending the run.
 */
export function compareRows(
  input: CompareInput,
  progress: Progress = silentProgress,
  warn: (warning: string) => void = () => {},
  skip?: (cell: SkippedCell & { readonly error: UsageError }) => void,
): CompareRow[] {
  const { spectrum } = input.spectrum;
  const { prior, clean, process } = input;
  const several = input.samplers.length > 1;
  return input.strategies.flatMap((strategy) =>
    input.samplers.flatMap((samplerIn) =>
      input.counts.values.flatMap((value) => {
        const { sampler } = samplerIn;
        const context: StrategyContext = { ...input, sampler: samplerIn };
        const count = stepCount(input.counts, value, sampler, process, input.clean);
        const { steps } = count;
        const label = `${strategy.label}${several ? ` · ${sampler.name}` : ""} N=${steps}`;
        checkStepWork(steps, spectrum.eigenvalues.length, sampler.name, isOptimized(strategy.strategy), stepsSource(count));
        let levels: ReturnType<typeof strategyToolLevels>;
        try {
          levels = strategyToolLevels(strategy, steps, context, progress.task(label), stepsSource(count));
        } catch (error) {
          // a strategy the tool cannot run at this N (kl_optimal at N = 1, DDIM beyond T): a row left out, not the run
          const own = error instanceof UsageError && (error.flag === strategy.flag || error.flag === stepsSource(count).flag);
          if (skip === undefined || !own) throw error;
          skip({ strategy: strategy.label, sampler: sampler.name, steps, reason: error.message, error });
          return [];
        }
        const { schedule, tool, notes = [] } = levels;
        for (const note of [...(tool?.notes ?? []), ...notes]) warn(`${strategy.label} at N=${steps}: ${note}`);
        const result = fromFlag(
          flagSource(strategy.flag, strategy.text, "strategy"),
          () => scheduleKL({ spectrum, schedule, sampler, prior, clean }),
          {
            "no-clean": flagSource("--no-clean", undefined),
            sampler: flagSource(several ? "--samplers" : "--sampler", samplerIn.text),
          },
        );
        checkOptimizedKL(strategy, context, result.kl);
        const budget = count.budget === undefined ? {} : { budget: count.budget };
        return {
          strategy: strategy.label,
          sampler: sampler.name,
          steps,
          nfe: result.nfe,
          ...budget,
          ...divergenceValues(result),
        };
      }),
    ),
  );
}

/** The column of a comparison a row sits in: its step count under `--steps`, its budget under `--nfe`. */
export function rowColumn(row: CompareRow): number {
  return row.budget ?? row.steps;
}

/** The cells with the lowest finite KL in a column (several when they tie; none when all are infinite). */
export function bestRows(rows: readonly CompareRow[], column: number): CompareRow[] {
  const cells = rows.filter((row) => rowColumn(row) === column && Number.isFinite(row.kl));
  const lowest = Math.min(...cells.map((row) => row.kl));
  return cells.filter((row) => row.kl === lowest);
}

/** The strategies of the best cells in a column, each once, in row order. */
export function bestStrategies(rows: readonly CompareRow[], column: number): string[] {
  return [...new Set(bestRows(rows, column).map((row) => row.strategy))];
}
