import { formatSignificant } from "./numbers.js";
import { renderTable } from "./table.js";

/** A strategy's KL at the N of an `optimize` run. */
export interface StrategyKL {
  readonly strategy: string;
  readonly kl: number;
}

/**
 * The human summary after the optimised schedule's table: the method's KL and reverse KL, then the
 * method and the baselines with their KL to 6 significant digits, the lowest finite one marked `*`.
 */
export function optimizeSummary(method: StrategyKL & { readonly klReverse: number }, baselines: readonly StrategyKL[]): string {
  const rows = [method, ...baselines];
  const lowest = Math.min(...rows.filter((row) => Number.isFinite(row.kl)).map((row) => row.kl));
  const table = renderTable(
    [{ header: "strategy" }, { header: "KL (nats)  ", align: "right" }],
    rows.map((row) => [row.strategy, `${formatSignificant(row.kl)} ${row.kl === lowest ? "*" : " "}`]),
  );
  const head = `KL(source ‖ output) = ${formatSignificant(method.kl)} nats, KL(output ‖ source) = ${formatSignificant(method.klReverse)} nats`;
  return `${head}\n\n${table}`;
}
