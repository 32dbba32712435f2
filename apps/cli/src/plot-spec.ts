import type { TopLevelSpec } from "vega-lite";
import type { CompareRow } from "./compare-rows.js";

/**
 * The vega-lite chart of a comparison: KL against N on log-log axes, one line per strategy. Cells whose
 * KL is infinite (or zero, which a log axis cannot show) are left out.
 */
export function klPlotSpec(rows: readonly CompareRow[], steps: readonly number[], title: string): TopLevelSpec {
  const values = rows
    .filter((row) => Number.isFinite(row.kl) && row.kl > 0)
    .map((row) => ({ strategy: row.strategy, steps: row.steps, kl: row.kl }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width: 480,
    height: 320,
    background: "white",
    config: { font: "DejaVu Sans" },
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: {
        field: "steps",
        type: "quantitative",
        title: "steps N",
        scale: { type: "log", nice: false, padding: 16 },
        axis: { values: [...steps].sort((a, b) => a - b), format: "d" },
      },
      y: { field: "kl", type: "quantitative", title: "KL(source ‖ output), nats", scale: { type: "log" } },
      color: { field: "strategy", type: "nominal", title: "strategy", sort: null },
    },
  };
}
