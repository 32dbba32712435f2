/**
 * Line charts as SVG text, written by hand so that the build-time figures (Node) and the playground
 * (browser) draw with the same code and no charting dependency. Axes are linear or logarithmic; points
 * a log axis cannot show (0, negative, ∞, NaN) break the line instead of bending it.
 */

/** One line of a chart. */
export interface Series {
  readonly label: string;
  readonly points: readonly (readonly [x: number, y: number])[];
  /** Draw a dot at every point (default true). */
  readonly markers?: boolean;
  readonly dashed?: boolean;
  /** A CSS colour; the palette's next colour when omitted. */
  readonly color?: string;
}

/** What to draw. */
export interface LineChart {
  readonly title: string;
  /** A second, smaller title line (inputs, units). */
  readonly subtitle?: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xScale: "linear" | "log";
  readonly yScale: "linear" | "log";
  readonly series: readonly Series[];
  /** A vertical guide line at this x (e.g. the chosen N). */
  readonly markX?: number;
  readonly width?: number;
  readonly height?: number;
}

/** Tableau 10: distinguishable in light and dark themes alike. */
export const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
] as const;

const MARGIN = { left: 64, right: 170, top: 34, bottom: 46 };
const SUBTITLE_HEIGHT = 16;

/** The chart as a standalone SVG document (text and axes in `currentColor`, so it follows the page's theme). */
export function lineChartSvg(chart: LineChart): string {
  const width = chart.width ?? 720;
  const height = chart.height ?? 380;
  const top = MARGIN.top + (chart.subtitle === undefined ? 0 : SUBTITLE_HEIGHT);
  const plot = { x0: MARGIN.left, x1: width - MARGIN.right, y0: height - MARGIN.bottom, y1: top };
  const visible = (value: number, scale: "linear" | "log") => Number.isFinite(value) && (scale === "linear" || value > 0);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of chart.series) {
    for (const [x, y] of s.points) {
      if (visible(x, chart.xScale) && visible(y, chart.yScale)) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (chart.markX !== undefined && visible(chart.markX, chart.xScale)) xs.push(chart.markX);
  const x = axis(xs, chart.xScale, plot.x0, plot.x1);
  const y = axis(ys, chart.yScale, plot.y0, plot.y1);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(chart.title)}" font-family="system-ui, sans-serif" font-size="12">`,
  );
  parts.push(`<title>${escapeXml(chart.title)}</title>`);
  parts.push(`<text x="${plot.x0}" y="20" font-size="14" font-weight="600" fill="currentColor">${escapeXml(chart.title)}</text>`);
  if (chart.subtitle !== undefined) {
    parts.push(`<text x="${plot.x0}" y="37" fill="currentColor" fill-opacity="0.75">${escapeXml(chart.subtitle)}</text>`);
  }
  for (const tick of x.ticks) {
    const px = fixed(x.map(tick.value));
    parts.push(`<line x1="${px}" x2="${px}" y1="${plot.y1}" y2="${plot.y0}" stroke="currentColor" stroke-opacity="0.12"/>`);
    if (tick.label !== "") {
      parts.push(`<text x="${px}" y="${plot.y0 + 16}" text-anchor="middle" fill="currentColor">${escapeXml(tick.label)}</text>`);
    }
  }
  for (const tick of y.ticks) {
    const py = fixed(y.map(tick.value));
    parts.push(`<line x1="${plot.x0}" x2="${plot.x1}" y1="${py}" y2="${py}" stroke="currentColor" stroke-opacity="0.12"/>`);
    if (tick.label !== "") {
      parts.push(`<text x="${plot.x0 - 6}" y="${py + 4}" text-anchor="end" fill="currentColor">${escapeXml(tick.label)}</text>`);
    }
  }
  parts.push(
    `<rect x="${plot.x0}" y="${plot.y1}" width="${plot.x1 - plot.x0}" height="${plot.y0 - plot.y1}" fill="none" stroke="currentColor" stroke-opacity="0.5"/>`,
  );
  parts.push(
    `<text x="${(plot.x0 + plot.x1) / 2}" y="${height - 8}" text-anchor="middle" fill="currentColor">${escapeXml(chart.xLabel)}</text>`,
  );
  parts.push(
    `<text transform="translate(16 ${(plot.y0 + plot.y1) / 2}) rotate(-90)" text-anchor="middle" fill="currentColor">${escapeXml(chart.yLabel)}</text>`,
  );
  if (chart.markX !== undefined && visible(chart.markX, chart.xScale)) {
    const px = fixed(x.map(chart.markX));
    parts.push(
      `<line x1="${px}" x2="${px}" y1="${plot.y1}" y2="${plot.y0}" stroke="currentColor" stroke-opacity="0.55" stroke-dasharray="4 3"/>`,
    );
  }
  chart.series.forEach((series, index) => {
    const color = series.color ?? (PALETTE[index % PALETTE.length] as string);
    const runs: string[][] = [[]];
    const dots: string[] = [];
    for (const [px, py] of series.points) {
      if (!(visible(px, chart.xScale) && visible(py, chart.yScale))) {
        runs.push([]);
        continue;
      }
      const sx = fixed(x.map(px));
      const sy = fixed(y.map(py));
      (runs[runs.length - 1] as string[]).push(`${sx},${sy}`);
      if (series.markers !== false) dots.push(`<circle cx="${sx}" cy="${sy}" r="2.6" fill="${color}"/>`);
    }
    const dash = series.dashed ? ` stroke-dasharray="6 4"` : "";
    for (const run of runs) {
      if (run.length > 1) {
        parts.push(`<polyline points="${run.join(" ")}" fill="none" stroke="${color}" stroke-width="1.8"${dash}/>`);
      }
    }
    parts.push(...dots);
    const ly = plot.y1 + 8 + index * 18;
    parts.push(
      `<line x1="${plot.x1 + 12}" x2="${plot.x1 + 34}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2.5"${dash}/>`,
    );
    parts.push(`<text x="${plot.x1 + 40}" y="${ly + 4}" fill="currentColor">${escapeXml(truncate(series.label, 20))}</text>`);
  });
  parts.push("</svg>");
  return parts.join("\n");
}

interface Tick {
  readonly value: number;
  readonly label: string;
}

interface Axis {
  readonly map: (value: number) => number;
  readonly ticks: readonly Tick[];
}

function axis(values: readonly number[], scale: "linear" | "log", from: number, to: number): Axis {
  let lo = values.length === 0 ? (scale === "log" ? 1 : 0) : Math.min(...values);
  let hi = values.length === 0 ? (scale === "log" ? 10 : 1) : Math.max(...values);
  if (scale === "log") {
    let a = Math.log10(lo);
    let b = Math.log10(hi);
    if (b - a < 1) {
      const middle = (a + b) / 2;
      a = middle - 0.5;
      b = middle + 0.5;
    }
    const pad = 0.04 * (b - a);
    a -= pad;
    b += pad;
    const map = (v: number) => from + ((Math.log10(v) - a) / (b - a)) * (to - from);
    return { map, ticks: logTicks(a, b) };
  }
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep((hi - lo) / 6);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const map = (v: number) => from + ((v - lo) / (hi - lo)) * (to - from);
  const ticks: Tick[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push({ value: v, label: formatTick(v) });
  return { map, ticks };
}

/**
 * Ticks of a log axis spanning 10^a … 10^b: decades, labelled with at most ~8 labels; 2 and 5 between
 * them (labelled) when the axis spans fewer than three decades.
 */
function logTicks(a: number, b: number): Tick[] {
  const decades = b - a;
  const every = Math.max(1, Math.ceil(decades / 8));
  const inside = (v: number) => Math.log10(v) >= a - 1e-9 && Math.log10(v) <= b + 1e-9;
  const ticks: Tick[] = [];
  for (let k = Math.floor(a); k <= Math.ceil(b); k++) {
    if (inside(10 ** k)) ticks.push({ value: 10 ** k, label: k % every === 0 ? formatPower(k) : "" });
    if (decades <= 3) {
      for (const m of [2, 5]) if (inside(m * 10 ** k)) ticks.push({ value: m * 10 ** k, label: formatTick(m * 10 ** k) });
    }
  }
  return ticks;
}

function formatPower(k: number): string {
  if (k >= 0 && k <= 3) return String(10 ** k);
  if (k < 0 && k >= -2) return String(Number((10 ** k).toFixed(-k)));
  return `1e${k}`;
}

function formatTick(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(0).replace("e+", "e");
  return String(Number(v.toPrecision(6)));
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

function fixed(v: number): string {
  return v.toFixed(1);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
