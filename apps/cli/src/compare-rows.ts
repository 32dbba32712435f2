import type { Spectrum } from "@klsched/core-linalg";
import type { NoiseProcess } from "@klsched/discretization";
import type { Prior, Sampler } from "@klsched/gaussian-flow";
import { scheduleKL } from "@klsched/kl-metrics";
import { flagSource, fromFlag } from "./flag-source.js";
import type { FlaggedStrategy } from "./inputs.js";
import { type Progress, silentProgress } from "./progress-line.js";
import { checkOptimizedKL, type StrategyContext, strategyLevels } from "./strategy-levels.js";

/** One cell of a comparison: a strategy at N steps. */
export interface CompareRow {
  readonly strategy: string;
  readonly steps: number;
  readonly kl: number;
  readonly klReverse: number;
}

/** What `compare` evaluates: every strategy at every N, on one process and spectrum. */
export interface CompareInput {
  readonly process: NoiseProcess;
  readonly spectrum: { readonly spectrum: Spectrum; readonly text: string };
  readonly strategies: readonly FlaggedStrategy[];
  readonly steps: readonly number[];
  readonly sampler: { readonly sampler: Sampler; readonly text: string };
  readonly prior: Prior;
  readonly clean: boolean;
}

/** The KL of every strategy at every N, strategy by strategy; optimised strategies report progress. */
export function compareRows(input: CompareInput, progress: Progress = silentProgress): CompareRow[] {
  const context: StrategyContext = input;
  const { spectrum } = input.spectrum;
  const { sampler } = input.sampler;
  const { prior, clean } = input;
  return input.strategies.flatMap((strategy) =>
    input.steps.map((steps) => {
      const schedule = strategyLevels(strategy, steps, context, progress.task(`${strategy.label} N=${steps}`));
      const { kl, klReverse } = fromFlag(
        flagSource(strategy.flag, strategy.text, "strategy"),
        () => scheduleKL({ spectrum, schedule, sampler, prior, clean }),
        { "no-clean": flagSource("--no-clean", undefined) },
      );
      checkOptimizedKL(strategy, context, kl);
      return { strategy: strategy.label, steps, kl, klReverse };
    }),
  );
}

/** The strategies with the lowest finite KL at `steps` (several when they tie; none when all are infinite). */
export function bestStrategies(rows: readonly CompareRow[], steps: number): string[] {
  const cells = rows.filter((row) => row.steps === steps && Number.isFinite(row.kl));
  const lowest = Math.min(...cells.map((row) => row.kl));
  return cells.filter((row) => row.kl === lowest).map((row) => row.strategy);
}
