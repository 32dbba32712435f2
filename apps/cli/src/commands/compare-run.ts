import type { CommandOutput } from "../command-output.js";
import { bestRows, bestStrategies, compareRows, type SkippedCell } from "../compare-rows.js";
import { compareTable } from "../compare-table.js";
import { divergenceJson } from "../divergence-fields.js";
import { type FlaggedStrategy, readPrior, readProcess, readStrategy, samplerInputs, spectrumInput } from "../inputs.js";
import { jsonLine } from "../numbers.js";
import { parseWordList } from "../parse-lists.js";
import { type Progress, silentProgress } from "../progress-line.js";
import { readStepCounts } from "../step-counts.js";
import { UsageError } from "../usage-error.js";

/** The options of `klsched compare` after commander has read them. */
export interface CompareOptions {
  readonly process: string;
  readonly resolution?: string | undefined;
  readonly spectrum: string;
  readonly steps?: string | undefined;
  readonly nfe?: string | undefined;
  readonly strategy?: readonly string[] | undefined;
  readonly strategies?: string | undefined;
  readonly round?: true | undefined;
  readonly prior: string;
  readonly sampler?: string | undefined;
  readonly samplers?: string | undefined;
  readonly clean: boolean;
  readonly plot?: string | undefined;
  readonly json?: true | undefined;
  readonly quiet?: true | undefined;
}

/**
 * The whole stdout of `klsched compare`, after writing the plot if one was asked for, and the notes of
 * strategies reproduced from tools as warnings (in the JSON too, as `warnings`).
 */
export async function compareOutput(options: CompareOptions, progress: Progress = silentProgress): Promise<CommandOutput> {
  // The plotting code is loaded only when a plot is asked for, so that every other run starts without it.
  const plot = options.plot === undefined ? undefined : (await import("../plot-file.js")).plotTarget(options.plot);
  const process = readProcess(options.process, options.resolution);
  const spectrumIn = spectrumInput(options.spectrum);
  const prior = readPrior(options.prior);
  const samplers = samplerInputs(options);
  const counts = readStepCounts(options, true);
  const strategies = readStrategies(options);
  const input = { process, spectrum: spectrumIn, strategies, samplers, counts, prior, clean: options.clean };
  const notes = new Set<string>();
  const skipped: SkippedCell[] = [];
  const failures = new Map<string, UsageError>();
  const rows = compareRows(
    input,
    progress,
    (warning) => notes.add(warning),
    ({ error, ...cell }) => {
      skipped.push(cell);
      if (!failures.has(cell.strategy)) failures.set(cell.strategy, error);
      notes.add(`${cell.strategy} at N=${cell.steps}: left out (${error.detail})`);
    },
  );
  // a strategy the process cannot take at any N is a bad input, as before; at some N only, its cells are left out
  for (const [label, error] of failures) if (!rows.some((row) => row.strategy === label)) throw error;
  const warnings = [...notes];
  progress.clear();
  const spectrum = spectrumIn.spectrum;
  await plot?.write(rows, counts, { process: process.label, spectrum: spectrum.label, prior });
  const labels = strategies.map((s) => s.label);
  const names = samplers.map((s) => s.sampler.name);
  const byNfe = counts.by === "nfe";
  if (!options.json) {
    const per = byNfe ? "NFE budget; (N=…) the steps each sampler takes within it" : "N";
    const sampler = names.length === 1 ? `, sampler ${names[0]}` : "";
    const caption = `KL(source ‖ output) in nats; * = lowest for that ${per} (${process.label}, ${spectrum.label}, prior ${prior}${sampler})`;
    return { stdout: `${caption}\n${compareTable(rows, labels, names, counts)}`, warnings };
  }
  const json = jsonLine({
    process: process.label,
    spectrum: spectrum.label,
    prior,
    ...(names.length === 1 ? { sampler: names[0] } : {}),
    samplers: names,
    clean: options.clean,
    ...(byNfe ? { budgets: counts.values } : { steps: counts.values }),
    strategies: labels,
    rows: rows.map((row) => ({ ...row, ...divergenceJson(row) })),
    best: counts.values.map((column) => ({
      ...(byNfe ? { budget: column } : { steps: column }),
      strategies: bestStrategies(rows, column),
      cells: bestRows(rows, column).map((row) => ({ strategy: row.strategy, sampler: row.sampler })),
    })),
    ...(options.plot === undefined ? {} : { plot: options.plot }),
    skipped,
    warnings,
  });
  return { stdout: json, warnings };
}

/** `--strategy` (repeatable) then `--strategies "…"`: at least one, no label twice. */
function readStrategies(options: CompareOptions): FlaggedStrategy[] {
  const round = options.round === true;
  const strategies = [
    ...(options.strategy ?? []).map((text) => readStrategy(text, "--strategy", round)),
    ...parseWordList(options.strategies ?? "").map((text) => readStrategy(text, "--strategies", round)),
  ];
  if (strategies.length === 0) {
    throw new UsageError("--strategies", options.strategies, "compare needs at least one --strategy or --strategies");
  }
  const repeated = strategies.find((s, i) => strategies.findIndex((t) => t.label === s.label) !== i);
  if (repeated !== undefined) throw new UsageError(repeated.flag, repeated.text, "is listed twice");
  return strategies;
}
