/**
 * What the playground computes, with the klsched packages themselves: the same calls `klsched compare`
 * and `klsched schedule` make (parseProcess, parseSampler, parseAnyStrategy, resolveSchedule, scheduleKL),
 * so the table equals the CLI's `--json` figures. Runs in the worker; plain functions, testable in Node.
 */
import { createSpectrum, type Spectrum, syntheticSpectrum } from "@klsched/core-linalg";
import {
  exportSchedule,
  type NoiseProcess,
  parseProcess,
  repeatedTimestep,
  repeatedTimestepMessage,
  type Schedule,
  sigmasOf,
} from "@klsched/discretization";
import { parseSampler, type Sampler } from "@klsched/gaussian-flow";
import { scheduleKL } from "@klsched/kl-metrics";
import { type AnyStrategy, isOptimized, parseAnyStrategy, resolveSchedule } from "@klsched/schedule-optim";
import { type ComputeRequest, type ComputeResult, cellKey, contextKey, type FieldError, type RowResult } from "./protocol";

/** The inputs every cell shares, parsed. */
export interface EngineContext {
  readonly key: string;
  readonly spectrum: Spectrum;
  readonly process: NoiseProcess;
  readonly sampler: Sampler;
  readonly prior: "standard" | "exact";
}

/** One strategy at one N: its schedule and KL, or the message of what went wrong. */
export type Cell =
  | { readonly ok: true; readonly label: string; readonly schedule: Schedule; readonly row: RowResult }
  | { readonly ok: false; readonly label: string; readonly message: string };

/** Cells already computed, by `cellKey`; a worker keeps one for as long as it lives. */
export class CellMemo {
  readonly #cells = new Map<string, Cell>();
  readonly #limit: number;

  constructor(limit = 4000) {
    this.#limit = limit;
  }

  /** The cell of `strategy` at `steps` (rounded to integer timesteps when `round`), computed on first use. */
  get(context: EngineContext, strategy: string, steps: number, round = false): Cell {
    const key = `${cellKey(context.key, strategy, steps)}${round ? "|round" : ""}`;
    const known = this.#cells.get(key);
    if (known !== undefined) return known;
    if (this.#cells.size >= this.#limit) this.#cells.clear();
    const cell = evaluateCell(context, strategy, steps, round);
    this.#cells.set(key, cell);
    return cell;
  }
}

/** Parses the shared inputs; every field that cannot be read is reported, not just the first. */
export function engineContext(request: ComputeRequest): EngineContext | FieldError[] {
  const errors: FieldError[] = [];
  const attempt = <T>(field: FieldError["field"], read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      errors.push({ field, message: messageOf(error) });
      return undefined;
    }
  };
  const source = request.spectrum;
  const spectrum = attempt("spectrum", () =>
    source.kind === "spec" ? syntheticSpectrum(source.text) : createSpectrum(source.values, source.label),
  );
  const process = attempt("process", () => parseProcess(request.process));
  const sampler = attempt("sampler", () => parseSampler(request.sampler));
  if (spectrum === undefined || process === undefined || sampler === undefined) return errors;
  return { key: contextKey(request), spectrum, process, sampler, prior: request.prior };
}

/** Resolves a strategy at N and scores it, as `klsched compare` does for one cell (`--round` when `round`). */
export function evaluateCell(context: EngineContext, text: string, steps: number, round = false): Cell {
  let strategy: AnyStrategy;
  try {
    strategy = parseAnyStrategy(text);
  } catch (error) {
    return { ok: false, label: text, message: messageOf(error) };
  }
  try {
    const schedule = resolveSchedule(strategy, steps, resolveContext(context), round ? { round: true } : {});
    const { spectrum, sampler, prior } = context;
    const { kl, klReverse, w2, nfe } = scheduleKL({ spectrum, schedule, sampler, prior });
    if (isOptimized(strategy) && Number.isNaN(kl)) {
      return { ok: false, label: strategy.label, message: "its KL is not a number: eigenvalues beyond the optimiser's range" };
    }
    return { ok: true, label: strategy.label, schedule, row: { strategy: strategy.label, kl, klReverse, w2, nfe } };
  } catch (error) {
    return { ok: false, label: strategy.label, message: messageOf(error) };
  }
}

/** The table and levels at N: what a control change waits for. */
export function computeTable(request: ComputeRequest, memo: CellMemo): Omit<ComputeResult, "computeMs"> {
  const context = engineContext(request);
  if (Array.isArray(context)) {
    return {
      type: "result",
      id: request.id,
      fieldErrors: context,
      d: null,
      spectrumLabel: "",
      processLabel: "",
      samplerName: "",
      rows: [],
      levels: [],
    };
  }
  const cells = request.strategies.map((strategy) => memo.get(context, strategy, request.steps));
  const rows = cells.map((cell): RowResult => (cell.ok ? cell.row : { ...failedRow(cell.label), error: cell.message }));
  const levels = cells.flatMap((cell) =>
    cell.ok ? [{ strategy: cell.label, sigmas: Array.from(sigmasOf(cell.schedule)) }] : [],
  );
  return {
    type: "result",
    id: request.id,
    fieldErrors: [],
    d: context.spectrum.eigenvalues.length,
    spectrumLabel: context.spectrum.label,
    processLabel: context.process.label,
    samplerName: context.sampler.name,
    rows,
    levels,
  };
}

/** The sweep's cells still to compute (not N, which the table covers), N ascending so the chart fills from the left. */
export function sweepPlan(request: ComputeRequest): { strategy: string; steps: number; key: string }[] {
  const context = contextKey(request);
  const known = new Set(request.known);
  const steps = [...new Set(request.sweepSteps)].filter((n) => n !== request.steps).sort((a, b) => a - b);
  return steps.flatMap((n) =>
    request.strategies
      .map((strategy) => ({ strategy, steps: n, key: cellKey(context, strategy, n) }))
      .filter((cell) => !known.has(cell.key)),
  );
}

/**
 * The export as `klsched schedule --format` prints it. On a discrete process `diffusers` rounds to
 * integer timesteps (and `optimal` runs the integer search), as the CLI does for that format.
 */
export function computeExport(request: ComputeRequest, memo: CellMemo): { text?: string; error?: string } {
  const context = engineContext(request);
  if (Array.isArray(context) || request.exportStrategy === "") return {};
  const round = request.format === "diffusers" && context.process.trainingSteps !== undefined;
  const cell = memo.get(context, request.exportStrategy, request.steps, round);
  if (!cell.ok) return { error: cell.message };
  try {
    const strategy = parseAnyStrategy(request.exportStrategy);
    // an optimised schedule is optimal for a spectrum, sampler and prior: the JSON names them, as the CLI's does
    const optimizedFor = isOptimized(strategy)
      ? { spectrum: context.spectrum.label, prior: context.prior, sampler: context.sampler.name }
      : {};
    const repeated = request.format === "diffusers" ? repeatedTimestep(cell.schedule) : undefined;
    if (repeated !== undefined) return { error: `${repeatedTimestepMessage(repeated)} (use fewer steps)` };
    const labels = { strategy: cell.label, steps: request.steps };
    return { text: exportSchedule(cell.schedule, request.format, labels, { fields: optimizedFor }) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

function resolveContext(context: EngineContext) {
  return { process: context.process, spectrum: context.spectrum, sampler: context.sampler, prior: context.prior };
}

function failedRow(strategy: string): RowResult {
  return { strategy, kl: Number.NaN, klReverse: Number.NaN, w2: Number.NaN, nfe: 0 };
}

/** An error's message (klsched's errors name the argument and the value). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
