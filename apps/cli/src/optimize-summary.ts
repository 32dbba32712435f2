import { DIVERGENCE_NAMES, DIVERGENCES, type DivergenceName } from "@klsched/kl-metrics";
import { divergenceCells, type WithDivergences } from "./divergence-fields.js";
import { formatSignificant } from "./numbers.js";
import { renderTable } from "./table.js";

/** A strategy's divergences at the N of an `optimize` run. */
export type StrategyKL = { readonly strategy: string } & WithDivergences;

/**
 * The human summary after the optimised schedule's table: the method's KL and reverse KL, then the
 * method and the baselines with every registered divergence to 6 significant digits, the lowest finite
 * value of `by` (the objective; default the KL) marked `*`.
 */
export function optimizeSummary(method: StrategyKL, baselines: readonly StrategyKL[], by: DivergenceName = "kl"): string {
  const rows = [method, ...baselines];
  const lowest = Math.min(...rows.filter((row) => Number.isFinite(row[by])).map((row) => row[by]));
  const table = renderTable(
    [
      { header: "strategy" },
      ...DIVERGENCE_NAMES.map((name) => ({
        header: name === "kl" ? "KL (nats)" : DIVERGENCES[name].label,
        align: "right" as const,
      })),
      { header: "best" },
    ],
    rows.map((row) => [row.strategy, ...divergenceCells(row), row[by] === lowest ? "*" : ""]),
  );
  const head = `KL(source ‖ output) = ${formatSignificant(method.kl)} nats, KL(output ‖ source) = ${formatSignificant(method.klReverse)} nats`;
  return `${head}\n\n${table}`;
}
