/**
 * The two axes of a chart: a linear or logarithmic map from data to pixels, its domain fitted to the
 * values drawn, and its ticks. Labels are written in one notation per axis (tick-format.ts) and thinned
 * where they would overlap.
 */
import { tickLabels } from "./tick-format.js";

/** How an axis maps values to pixels. */
export type ScaleKind = "linear" | "log";

/** A grid line at `value`, labelled unless `label` is empty. */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** An axis fitted to some values: where a value is drawn, and the ticks to draw. */
export interface Axis {
  readonly map: (value: number) => number;
  readonly ticks: readonly Tick[];
}

/** What an axis is fitted to. */
export interface AxisInput {
  readonly scale: ScaleKind;
  /** The values drawn on this axis (those the scale cannot show are ignored). */
  readonly values: readonly number[];
  /** Pixel positions of the low and the high end of the axis. */
  readonly from: number;
  readonly to: number;
  /** Tick at exactly these values (e.g. the step counts of a comparison) instead of round ones. */
  readonly ticks?: readonly number[] | undefined;
  /** The extent of a label along the axis, in pixels, for thinning labels that would overlap. */
  readonly labelSize: (label: string) => number;
}

/** Whether `scale` can show `value`: finite, and positive on a log axis. */
export function isDrawable(value: number, scale: ScaleKind): boolean {
  return Number.isFinite(value) && (scale === "linear" || value > 0);
}

/** Pixels kept free between two labels. */
const LABEL_GAP = 6;

/** The axis for `input`: its domain covers every drawable value and explicit tick. */
export function fitAxis(input: AxisInput): Axis {
  const explicit = (input.ticks ?? []).filter((v) => isDrawable(v, input.scale));
  const values = [...input.values, ...explicit].filter((v) => isDrawable(v, input.scale));
  const fitted = input.scale === "log" ? logScale(values, explicit.length > 0) : linearScale(values);
  const map = (v: number) => input.from + fitted.unit(v) * (input.to - input.from);
  const tickValues = explicit.length > 0 ? [...new Set(explicit)].sort((a, b) => a - b) : fitted.ticks;
  const labelled = fitted.labelled ?? (() => true);
  const shown = tickValues.filter(labelled);
  const shownLabels = tickLabels(shown);
  const labels = new Map(shown.map((v, i) => [v, shownLabels[i] ?? ""]));
  const ticks = tickValues.map((value) => ({ value, label: labels.get(value) ?? "" }));
  return { map, ticks: thinLabels(ticks, map, input.labelSize) };
}

/** A scale as a map onto [0, 1], with its round ticks (and which of them get a label). */
interface FittedScale {
  readonly unit: (value: number) => number;
  readonly ticks: readonly number[];
  readonly labelled?: (value: number) => boolean;
}

/**
 * A log scale over `values`, padded by 5% of its span a side. It spans at least one decade, so that it
 * has round ticks, unless the ticks are given (then a third of a decade, so that close values spread out).
 */
function logScale(values: readonly number[], explicitTicks: boolean): FittedScale {
  let a = values.length === 0 ? 0 : Math.log10(Math.min(...values));
  let b = values.length === 0 ? 1 : Math.log10(Math.max(...values));
  const minSpan = explicitTicks ? 0.3 : 1;
  if (b - a < minSpan) {
    const middle = (a + b) / 2;
    a = middle - minSpan / 2;
    b = middle + minSpan / 2;
  }
  const pad = 0.05 * (b - a);
  a -= pad;
  b += pad;
  return { unit: (v) => (Math.log10(v) - a) / (b - a), ...logTicks(a, b) };
}

/**
 * Round ticks of a log axis spanning 10^a … 10^b: 1, 2, 3 and 5 a decade below 1.3 decades, 1, 2 and 5
 * below 3, else the decades alone with at most ~8 of them labelled.
 */
export function logTicks(a: number, b: number): Pick<FittedScale, "ticks" | "labelled"> {
  const span = b - a;
  const mantissas = span <= 1.3 ? [1, 2, 3, 5] : span <= 3 ? [1, 2, 5] : [1];
  const every = span <= 3 ? 1 : Math.max(1, Math.ceil(span / 8));
  const inside = (v: number) => Math.log10(v) >= a - 1e-9 && Math.log10(v) <= b + 1e-9;
  const ticks: number[] = [];
  for (let k = Math.floor(a); k <= Math.ceil(b); k++) {
    for (const m of mantissas) {
      const v = Number((m * 10 ** k).toPrecision(12));
      if (inside(v)) ticks.push(v);
    }
  }
  return { ticks, labelled: (v) => Math.round(Math.log10(v)) % every === 0 || every === 1 };
}

/** A linear scale over `values`, widened to round ends of a 1-2-5 step that gives about six ticks. */
function linearScale(values: readonly number[]): FittedScale {
  let lo = values.length === 0 ? 0 : Math.min(...values);
  let hi = values.length === 0 ? 1 : Math.max(...values);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep((hi - lo) / 6);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 2; i++) ticks.push(Number((lo + i * step).toPrecision(12)));
  return { unit: (v) => (v - lo) / (hi - lo), ticks };
}

/** The 1, 2 or 5 × 10^k at or above `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** Blanks the labels that would overlap the previous label kept, walking the ticks along the axis. */
function thinLabels(ticks: readonly Tick[], map: (value: number) => number, size: (label: string) => number): Tick[] {
  let last: { at: number; size: number } | undefined;
  return ticks.map((tick) => {
    if (tick.label === "") return tick;
    const at = map(tick.value);
    const extent = size(tick.label);
    if (last !== undefined && Math.abs(at - last.at) < (last.size + extent) / 2 + LABEL_GAP) return { ...tick, label: "" };
    last = { at, size: extent };
    return tick;
  });
}
