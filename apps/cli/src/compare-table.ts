import { bestStrategies, type CompareRow } from "./compare-rows.js";
import { formatSignificant } from "./numbers.js";
import { renderTable } from "./table.js";

/** Strategy × N table of KL(source ‖ output), the lowest per N marked `*`. */
export function compareTable(rows: readonly CompareRow[], strategies: readonly string[], steps: readonly number[]): string {
  const best = new Map(steps.map((n) => [n, bestStrategies(rows, n)]));
  const cell = (strategy: string, n: number) => {
    const row = rows.find((r) => r.strategy === strategy && r.steps === n);
    if (row === undefined) return "";
    return `${formatSignificant(row.kl)} ${best.get(n)?.includes(strategy) ? "*" : " "}`;
  };
  return renderTable(
    [{ header: "strategy" }, ...steps.map((n) => ({ header: `N=${n}  `, align: "right" as const }))],
    strategies.map((strategy) => [strategy, ...steps.map((n) => cell(strategy, n))]),
  );
}
