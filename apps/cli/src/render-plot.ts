import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";
import { type LineChart, lineChartSvg } from "./chart/index.js";

/** The chart as SVG text, ending with a newline. */
export function renderSvg(chart: LineChart): string {
  return `${lineChartSvg(chart)}\n`;
}

type ResvgWasm = typeof import("@resvg/resvg-wasm");

let resvg: Promise<ResvgWasm> | undefined;

/**
 * resvg compiled to WebAssembly (a plain npm package, no native binary), loaded and instantiated on the
 * first PNG only: neither SVG plots nor the other commands pay for it.
 *
 * A PNG runs resvg's code once, so V8's baseline WebAssembly compiler (Liftoff) alone is the fast way
 * to run it: one PNG of the compare chart took 0.4–0.6 s so, against 1.5–2.5 s with V8's default
 * tiering up to its optimising compiler, on two busy cores. The flag affects only WebAssembly compiled
 * after it is set, and nothing else in the process.
 */
function loadResvg(): Promise<ResvgWasm> {
  resvg ??= (async () => {
    setFlagsFromString("--liftoff-only");
    const module = await import("@resvg/resvg-wasm");
    const wasm = readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm"));
    try {
      await module.initWasm(wasm);
    } catch (error) {
      // Another copy of this module (a test runner's) initialised the shared instance already.
      if (!/already initialized/i.test((error as Error).message)) throw error;
    }
    return module;
  })();
  return resvg;
}

/**
 * Rasterises SVG text to PNG bytes at twice its size on white, its text drawn with the font in
 * `fontFile` (for every family the SVG names: resvg falls back to the only font it has).
 */
export async function svgToPng(svg: string, fontFile: string): Promise<Uint8Array> {
  const { Resvg } = await loadResvg();
  const font = readFileSync(fontFile);
  const renderer = new Resvg(svg, {
    font: { fontBuffers: [font], defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
    fitTo: { mode: "zoom", value: 2 },
    background: "white",
  });
  try {
    const image = renderer.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    renderer.free();
  }
}
