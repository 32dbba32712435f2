import { type Candidate, type RankedCandidate, rankingCandidates, rankSchedules } from "@klsched/schedule-optim";
import { divergenceCells, divergenceColumns, divergenceJson } from "../divergence-fields.js";
import { readPrior, readProcess, readStrategy, samplerInput, spectrumInput } from "../inputs.js";
import { jsonLine } from "../numbers.js";
import { type Progress, silentProgress } from "../progress-line.js";
import { readStepCount, type StepCount, stepsSource } from "../step-counts.js";
import { candidateLevels, checkOptimizedKL, type ScoringContext } from "../strategy-levels.js";
import { renderTable } from "../table.js";

/** The options of `klsched rank` after commander has read them. */
export interface RankOptions {
  readonly process: string;
  readonly resolution?: string | undefined;
  readonly spectrum: string;
  readonly steps?: string | undefined;
  readonly nfe?: string | undefined;
  readonly prior: string;
  readonly sampler: string;
  readonly round?: true | undefined;
  readonly json?: true | undefined;
  readonly quiet?: true | undefined;
}

/** The whole stdout of `klsched rank`. */
export function rankOutput(options: RankOptions, progress: Progress = silentProgress): string {
  const process = readProcess(options.process, options.resolution);
  const spectrum = spectrumInput(options.spectrum);
  const prior = readPrior(options.prior);
  const sampler = samplerInput(options.sampler);
  const count = readStepCount(options, sampler.sampler, process);
  const { steps } = count;
  const context: ScoringContext = { process, spectrum, sampler, prior };
  const { rows, skipped } = rankCandidates(context, count, options.round === true, progress);
  progress.clear();
  const budget = count.budget === undefined ? {} : { budget: count.budget };
  const echo = {
    process: process.label,
    spectrum: spectrum.spectrum.label,
    steps,
    ...budget,
    prior,
    sampler: sampler.sampler.name,
  };
  if (options.json) {
    return jsonLine({
      ...echo,
      round: options.round === true,
      rows: rows.map((row) => ({
        strategy: row.label,
        steps,
        nfe: row.nfe,
        ...budget,
        ...divergenceJson(row),
      })),
      skipped,
    });
  }
  const cost =
    count.budget === undefined ? "" : ` (the most steps within ${count.budget} evaluations; ${rows[0]?.nfe ?? "?"} spent)`;
  const caption = `KL(source ‖ output) in nats at N=${steps}${cost}, best first (${echo.process}, ${echo.spectrum}, prior ${prior}, sampler ${echo.sampler})`;
  const table = renderTable(
    [{ header: "#", align: "right" }, { header: "strategy" }, ...divergenceColumns()],
    rows.map((row, k) => [String(k + 1), row.label, ...divergenceCells(row)]),
  );
  const left = skipped.length === 0 ? "" : `left out (${process.label} cannot take them): ${skipped.join(", ")}\n`;
  return `${caption}\n${table}${left}`;
}

/**
 * Every `rankingCandidates` strategy the process takes, resolved at N (optimised ones optimised, with
 * `round` the integer search) and sorted by KL; those it cannot take are named in `skipped`. Errors on N
 * blame `--nfe` when N came from a budget.
 */
function rankCandidates(
  context: ScoringContext,
  count: StepCount,
  round: boolean,
  progress: Progress,
): { rows: RankedCandidate[]; skipped: string[] } {
  const texts = rankingCandidates(context.spectrum.spectrum);
  const strategies = texts.map((text) => readStrategy(text, "--strategy", round));
  const candidates: Candidate[] = [];
  const skipped: string[] = [];
  strategies.forEach((strategy, k) => {
    const report = progress.task(`rank ${strategy.label}`);
    report(k, texts.length);
    const schedule = candidateLevels(strategy, count.steps, context, undefined, stepsSource(count));
    if (schedule === undefined) skipped.push(strategy.label);
    else candidates.push({ label: strategy.label, schedule });
  });
  progress.task("rank")(texts.length, texts.length);
  const rows = rankSchedules(candidates, {
    spectrum: context.spectrum.spectrum,
    sampler: context.sampler.sampler,
    prior: context.prior,
    clean: true,
  });
  for (const row of rows) {
    const strategy = strategies.find((s) => s.label === row.label);
    if (strategy !== undefined) checkOptimizedKL(strategy, context, row.kl);
  }
  return { rows, skipped };
}
