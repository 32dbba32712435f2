import { bestRows, type CompareRow, rowColumn } from "./compare-rows.js";
import { formatSignificant } from "./numbers.js";
import type { StepCounts } from "./step-counts.js";
import { type Column, renderTable } from "./table.js";

/**
 * Strategy × sampler × N (or NFE budget) table of KL(source ‖ output), the lowest per column marked `*`.
 * The sampler column appears only when several samplers are compared; under `--nfe` each cell also
 * shows the N its sampler takes within the budget.
 */
export function compareTable(
  rows: readonly CompareRow[],
  strategies: readonly string[],
  samplers: readonly string[],
  counts: StepCounts,
): string {
  const best = new Map(counts.values.map((column) => [column, bestRows(rows, column)]));
  const several = samplers.length > 1;
  const cell = (strategy: string, sampler: string, column: number) => {
    const row = rows.find((r) => r.strategy === strategy && r.sampler === sampler && rowColumn(r) === column);
    if (row === undefined) return "n/a  ";
    const steps = counts.by === "nfe" ? ` (N=${row.steps})` : "";
    return `${formatSignificant(row.kl)}${steps} ${best.get(column)?.includes(row) ? "*" : " "}`;
  };
  const columns: Column[] = [
    { header: "strategy" },
    ...(several ? [{ header: "sampler" }] : []),
    ...counts.values.map((value) => ({ header: `${counts.by === "nfe" ? "NFE≤" : "N="}${value}  `, align: "right" as const })),
  ];
  const body = strategies.flatMap((strategy) =>
    samplers.map((sampler) => [
      strategy,
      ...(several ? [sampler] : []),
      ...counts.values.map((column) => cell(strategy, sampler, column)),
    ]),
  );
  return renderTable(columns, body);
}
