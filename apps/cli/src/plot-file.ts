import { statSync } from "node:fs";
import { dirname, extname } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { writeFileAtomic } from "./atomic-write.js";
import { renderSvg, svgToPng } from "./render-plot.js";
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

/** Renders `spec` and writes it to `path` atomically; a failure leaves no file behind. */
export async function writePlot(path: string, format: PlotFormat, spec: TopLevelSpec): Promise<void> {
  const svg = await renderSvg(spec);
  const data = format === "svg" ? svg : svgToPng(svg);
  try {
    writeFileAtomic(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(`--plot ${JSON.stringify(path)}: cannot write the file (${code})`);
  }
}
