import { DIVERGENCE_NAMES, DIVERGENCES, type DivergenceName } from "@klsched/kl-metrics";
import { formatSignificant, jsonNumber } from "./numbers.js";
import type { Column } from "./table.js";

/** Figures that carry every registered divergence by name (a `ScheduleKL`, a ranked candidate, a row). */
export type WithDivergences = { readonly [K in DivergenceName]: number };

/** The divergences as JSON fields in registry order: `{ kl, klReverse, w2 }` (null for a non-finite value). */
export function divergenceJson(figures: WithDivergences): { [K in DivergenceName]: number | null } {
  return Object.fromEntries(DIVERGENCE_NAMES.map((name) => [name, jsonNumber(figures[name])])) as {
    [K in DivergenceName]: number | null;
  };
}

/** The divergences as plain numbers by name (for rows that keep them). */
export function divergenceValues(figures: WithDivergences): WithDivergences {
  return Object.fromEntries(DIVERGENCE_NAMES.map((name) => [name, figures[name]])) as WithDivergences;
}

/** One right-aligned table column per registered divergence, headed by its label. */
export function divergenceColumns(): Column[] {
  return DIVERGENCE_NAMES.map((name) => ({ header: DIVERGENCES[name].label, align: "right" as const }));
}

/** The divergences as table cells, 6 significant digits, in column order. */
export function divergenceCells(figures: WithDivergences): string[] {
  return DIVERGENCE_NAMES.map((name) => formatSignificant(figures[name]));
}
