import type { LineChart } from "./chart/index.js";
import { formatSignificant } from "./numbers.js";
import type { Validation } from "./validate-grid.js";

/** FD (pixels) against N, one line per strategy · sampler, log-log. */
export function fdChart(result: Validation, process: string, mixture: string, prior: string): LineChart {
  const lines = new Map<string, [number, number][]>();
  for (const c of result.cells) {
    const label = `${c.strategy} · ${c.sampler}`;
    const points = lines.get(label) ?? [];
    lines.set(label, points);
    if (c.measured.fdPixel.value > 0) points.push([c.steps, c.measured.fdPixel.value]);
  }
  return {
    title: `Fréchet distance (pixels) to exact samples against N · prior ${prior}`,
    subtitle: `process ${process} · mixture ${mixture} · exact samples: ${formatSignificant(result.baseline.fdPixel.value)}`,
    xLabel: "steps N",
    yLabel: "FD (pixels)",
    xScale: "log",
    yScale: "log",
    xTicks: [...new Set(result.cells.map((c) => c.steps))],
    legendTitle: "strategy · sampler",
    series: Array.from(lines, ([label, points]) => ({ label, points: points.sort((a, b) => a[0] - b[0]) })),
    width: 720,
    height: 400,
    background: "white",
    foreground: "#222",
    fontFamily: "DejaVu Sans, sans-serif",
  };
}
