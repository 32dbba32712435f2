import type { TopLevelSpec } from "vega-lite";
import type { CompareRow } from "./compare-rows.js";
import type { StepCounts } from "./step-counts.js";

/**
 * The vega-lite chart of a comparison on log-log axes: KL against N (`--steps`), or against the
 * evaluations actually spent (`--nfe`, ticks at the budgets). One line per strategy, labelled
 * "strategy · sampler" when several samplers are compared. Cells whose KL is infinite (or zero, which a
 * log axis cannot show) are left out.
 */
export function klPlotSpec(rows: readonly CompareRow[], counts: StepCounts, title: string): TopLevelSpec {
  const several = new Set(rows.map((row) => row.sampler)).size > 1;
  const byNfe = counts.by === "nfe";
  const values = rows
    .filter((row) => Number.isFinite(row.kl) && row.kl > 0)
    .map((row) => ({
      line: several ? `${row.strategy} · ${row.sampler}` : row.strategy,
      x: byNfe ? row.nfe : row.steps,
      kl: row.kl,
    }));
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
        field: "x",
        type: "quantitative",
        title: byNfe ? "denoiser evaluations (NFE)" : "steps N",
        scale: { type: "log", nice: false, padding: 16 },
        axis: { values: [...counts.values].sort((a, b) => a - b), format: "d" },
      },
      y: { field: "kl", type: "quantitative", title: "KL(source ‖ output), nats", scale: { type: "log" } },
      color: { field: "line", type: "nominal", title: several ? "strategy · sampler" : "strategy", sort: null },
    },
  };
}
