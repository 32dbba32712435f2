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
  const { rows, skipped, pipelineDefault } = rankCandidates(context, count, options.round === true, progress);
  const isDefault = (label: string) => label === pipelineDefault;
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
        ...(isDefault(row.label) ? { pipelineDefault: true } : {}),
      })),
      skipped,
      ...pipelineJson(context, pipelineDefault),
    });
  }
  const cost =
    count.budget === undefined ? "" : ` (the most steps within ${count.budget} evaluations; ${rows[0]?.nfe ?? "?"} spent)`;
  const caption = `KL(source ‖ output) in nats at N=${steps}${cost}, best first (${echo.process}, ${echo.spectrum}, prior ${prior}, sampler ${echo.sampler})`;
  const table = renderTable(
    [{ header: "#", align: "right" }, { header: "strategy" }, ...divergenceColumns()],
    rows.map((row, k) => [
      String(k + 1),
      isDefault(row.label) ? `${row.label} (pipeline default)` : row.label,
      ...divergenceCells(row),
    ]),
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
): { rows: RankedCandidate[]; skipped: string[]; pipelineDefault?: string } {
  const texts = rankingCandidates(context.spectrum.spectrum);
  const strategies = texts.map((text) => readStrategy(text, "--strategy", round));
  // a preset's or scheduler config's own schedule at N (a tool's: it takes the tool's timesteps, unrounded)
  const pipelineText = context.process.pipeline?.defaultStrategy(count.steps);
  if (pipelineText !== undefined && !texts.includes(pipelineText))
    strategies.push(readStrategy(pipelineText, "--strategy", false));
  const candidates: Candidate[] = [];
  const skipped: string[] = [];
  strategies.forEach((strategy, k) => {
    const report = progress.task(`rank ${strategy.label}`);
    report(k, strategies.length);
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
  return { rows, skipped, ...(pipelineText === undefined ? {} : { pipelineDefault: pipelineText }) };
}

/** The JSON of the pipeline a preset or scheduler config describes: its model, source and default at N. */
function pipelineJson(context: ScoringContext, defaultStrategy: string | undefined): Record<string, unknown> {
  const pipeline = context.process.pipeline;
  if (pipeline === undefined) return {};
  return { pipeline: { model: pipeline.model, source: pipeline.source, defaultStrategy: defaultStrategy ?? null } };
}
