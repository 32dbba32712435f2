/** Messages between the playground page and its worker, which does all the computing. */
import type { ScheduleFormat } from "@klsched/discretization";

/** A built-in spectrum spec, or eigenvalues the page read from an uploaded file. */
export type SpectrumSource =
  | { readonly kind: "spec"; readonly text: string }
  | { readonly kind: "values"; readonly key: string; readonly label: string; readonly values: Float64Array };

/**
 * `table`: the table and levels at N, what a control change waits for; `rest`: the export (an integer
 * search can take a while), then the KL-against-N points other than N. The page sends the two parts to
 * two workers, so neither ever delays a table.
 */
export interface ComputeRequest {
  readonly type: "compute";
  readonly id: number;
  readonly part: "table" | "rest";
  readonly spectrum: SpectrumSource;
  readonly process: string;
  readonly sampler: string;
  readonly prior: "standard" | "exact";
  readonly steps: number;
  readonly strategies: readonly string[];
  readonly exportStrategy: string;
  readonly format: ScheduleFormat;
  /** The N of the KL-against-N chart (N itself comes with the table). */
  readonly sweepSteps: readonly number[];
  /** Cell keys (see `cellKey`) the page already holds, which the sweep skips. */
  readonly known: readonly string[];
}

/** Read an uploaded file as a spectrum. */
export interface LoadRequest {
  readonly type: "load";
  readonly id: number;
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** Stop what you are doing (between sweep points): the page is about to ask for something else. */
export interface CancelRequest {
  readonly type: "cancel";
  readonly id: number;
}

/** Anything the page sends. */
export type WorkerRequest = ComputeRequest | LoadRequest | CancelRequest;

/** An input that could not be read at all; nothing is computed until it is fixed. */
export interface FieldError {
  readonly field: "spectrum" | "process" | "sampler";
  readonly message: string;
}

/** One strategy at N: its divergences, or why it has none. */
export interface RowResult {
  readonly strategy: string;
  readonly kl: number;
  readonly klReverse: number;
  readonly w2: number;
  readonly nfe: number;
  readonly error?: string;
}

/** One strategy's levels s = σ/α at N, noisiest first (∞ where α = 0, 0 at the clean level). */
export interface LevelsResult {
  readonly strategy: string;
  readonly sigmas: readonly number[];
}

/** The answer to a compute request's first part. */
export interface ComputeResult {
  readonly type: "result";
  readonly id: number;
  readonly fieldErrors: readonly FieldError[];
  readonly d: number | null;
  readonly spectrumLabel: string;
  readonly processLabel: string;
  readonly samplerName: string;
  readonly rows: readonly RowResult[];
  readonly levels: readonly LevelsResult[];
  /** Time spent computing inside the worker, ms. */
  readonly computeMs: number;
}

/** The chosen schedule in the chosen format (the first answer to the `rest` part). */
export interface ExportResult {
  readonly type: "export";
  readonly id: number;
  readonly text?: string;
  readonly error?: string;
  readonly exportMs: number;
}

/** One point of the KL-against-N chart (`kl` null when the strategy cannot be evaluated there). */
export interface SweepCell {
  readonly type: "sweep-cell";
  readonly id: number;
  readonly key: string;
  readonly kl: number | null;
}

/** The sweep finished (or found nothing left to compute). */
export interface SweepDone {
  readonly type: "sweep-done";
  readonly id: number;
  readonly sweepMs: number;
}

/** An uploaded spectrum, read; or why it cannot be used. */
export type LoadResult =
  | { readonly type: "loaded"; readonly id: number; readonly label: string; readonly values: Float64Array }
  | { readonly type: "load-error"; readonly id: number; readonly message: string };

/** The worker began a request (`busy`) or has none left to work on (`idle`). */
export interface WorkerStatus {
  readonly type: "busy" | "idle";
  readonly id: number;
}

/** Anything the worker sends. */
export type WorkerResponse = ComputeResult | ExportResult | SweepCell | SweepDone | LoadResult | WorkerStatus;

/** The part of a request every cell depends on, as one string. */
export function contextKey(request: Pick<ComputeRequest, "spectrum" | "process" | "sampler" | "prior">): string {
  const spectrum = request.spectrum.kind === "spec" ? request.spectrum.text : request.spectrum.key;
  return JSON.stringify([spectrum, request.process, request.sampler, request.prior]);
}

/** The key of one strategy at N under a context. */
export function cellKey(context: string, strategy: string, steps: number): string {
  return `${context}|${strategy}|${steps}`;
}

/** The N of the KL-against-N chart: a fixed log-spaced grid, plus the chosen N. */
export const SWEEP_STEPS = [2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64] as const;
