import { statSync } from "node:fs";
import { dirname, extname } from "node:path";
import { writeFlagFile } from "./atomic-write.js";
import type { LineChart } from "./chart/index.js";
import type { CompareRow } from "./compare-rows.js";
import { plotFontPath } from "./plot-font.js";
import { klPlotChart, type PlotContext } from "./plot-spec.js";
import { renderSvg, svgToPng } from "./render-plot.js";
import type { StepCounts } from "./step-counts.js";
import { UsageError } from "./usage-error.js";

/** The image formats `--plot` writes, chosen by the file's extension. */
export type PlotFormat = "svg" | "png";

/** Checks a `--plot` path before anything is computed: a known extension, in an existing directory. */
export function plotFormat(path: string): PlotFormat {
  const extension = extname(path).toLowerCase();
  if (extension !== ".svg" && extension !== ".png") {
    throw new UsageError("--plot", path, "unknown image type (expected a .svg or .png file name)");
  }
  const directory = dirname(path);
  if (!statSync(directory, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError("--plot", path, `directory ${JSON.stringify(directory)} does not exist`);
  }
  return extension === ".svg" ? "svg" : "png";
}

/** A checked `--plot` file: where, in which format, and (for a PNG) the font its text is drawn with. */
export interface PlotTarget {
  readonly path: string;
  readonly format: PlotFormat;
  readonly fontFile?: string;
  /** Draws KL against N (or NFE) for `rows` and writes it to `path`. */
  readonly write: (rows: readonly CompareRow[], counts: StepCounts, context: PlotContext) => Promise<void>;
}

/**
 * Checks `--plot path` before anything is computed ({@link plotFormat}, and that a PNG has a font) and
 * returns what writes it. The command modules import this module dynamically, only when `--plot` is given.
 */
export function plotTarget(path: string): PlotTarget {
  const format = plotFormat(path);
  const fontFile = format === "png" ? plotFontPath(path) : undefined;
  const target = { path, format, ...(fontFile === undefined ? {} : { fontFile }) };
  return { ...target, write: (rows, counts, context) => writePlot(target, klPlotChart(rows, counts, context)) };
}

/** Renders `chart` and writes it to the target's path atomically; a failure leaves no file behind. */
export async function writePlot(target: Omit<PlotTarget, "write">, chart: LineChart): Promise<void> {
  const svg = renderSvg(chart);
  const data = target.format === "svg" ? svg : await svgToPng(svg, target.fontFile ?? plotFontPath(target.path));
  await writeFlagFile("--plot", target.path, data);
}
