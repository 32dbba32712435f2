import type { LineChart, Series } from "./chart/index.js";
import type { CompareRow } from "./compare-rows.js";
import type { StepCounts } from "./step-counts.js";

/** What the plot's titles say besides the rows: the inputs every line shares. */
export interface PlotContext {
  readonly process: string;
  readonly spectrum: string;
  readonly prior: string;
}

/**
 * The chart of a comparison on log-log axes: KL against N (`--steps`), or against the evaluations
 * actually spent (`--nfe`, ticks at the budgets). One line per strategy, labelled "strategy · sampler"
 * when several samplers are compared, in the order the rows come. The title names the sampler(s) and the
 * prior, the subtitle the process and spectrum. Cells whose KL is infinite (or zero, which a log axis
 * cannot show) are left out.
 */
export function klPlotChart(rows: readonly CompareRow[], counts: StepCounts, context: PlotContext): LineChart {
  const samplers = [...new Set(rows.map((row) => row.sampler))];
  const several = samplers.length > 1;
  const byNfe = counts.by === "nfe";
  const against = byNfe ? "NFE" : "N";
  const sampler = several ? `samplers ${samplers.join(", ")}` : `sampler ${samplers[0] ?? "ddim"}`;
  return {
    title: `KL(source ‖ output) against ${against} · ${sampler} · prior ${context.prior}`,
    subtitle: `process ${context.process} · spectrum ${context.spectrum}`,
    xLabel: byNfe ? "denoiser evaluations (NFE)" : "steps N",
    yLabel: "KL(source ‖ output), nats",
    xScale: "log",
    yScale: "log",
    xTicks: counts.values,
    legendTitle: several ? "strategy · sampler" : "strategy",
    series: klSeries(rows, several, byNfe),
    width: 720,
    height: 400,
    background: "white",
    foreground: "#222",
    fontFamily: "DejaVu Sans, sans-serif",
  };
}

/** The lines of the plot, in the order their first row comes; each line's points by increasing x. */
export function klSeries(rows: readonly CompareRow[], several: boolean, byNfe: boolean): Series[] {
  const lines = new Map<string, [number, number][]>();
  for (const row of rows) {
    const label = several ? `${row.strategy} · ${row.sampler}` : row.strategy;
    const points = lines.get(label) ?? [];
    lines.set(label, points);
    if (Number.isFinite(row.kl) && row.kl > 0) points.push([byNfe ? row.nfe : row.steps, row.kl]);
  }
  return Array.from(lines, ([label, points]) => ({ label, points: points.sort((a, b) => a[0] - b[0]) }));
}
