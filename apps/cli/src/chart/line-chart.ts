/**
 * A line chart as standalone SVG text: title and subtitle, linear or log axes with labelled grid lines,
 * one line per series (colour, dash and marker from series-style.ts), and a legend on the right. Points
 * an axis cannot show (0 or negative on a log axis, ∞, NaN) break the line instead of bending it.
 */
import { type Axis, fitAxis, isDrawable, type ScaleKind } from "./axis.js";
import { markerSvg } from "./markers.js";
import { type SeriesStyle, seriesStyle } from "./series-style.js";
import { escapeXml, fitText, fixed, textWidth } from "./svg-text.js";

/** One line of a chart. */
export interface Series {
  readonly label: string;
  readonly points: readonly (readonly [x: number, y: number])[];
  /** Draw a marker at every point (default true). */
  readonly markers?: boolean;
  /** Dash the line (lines past the palette are dashed anyway, see series-style.ts). */
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
  readonly xScale: ScaleKind;
  readonly yScale: ScaleKind;
  readonly series: readonly Series[];
  /** Ticks of the x axis at exactly these values (e.g. the step counts compared) instead of round ones. */
  readonly xTicks?: readonly number[];
  /** A vertical guide line at this x (e.g. the chosen N). */
  readonly markX?: number;
  /** A heading above the legend (e.g. "strategy"). */
  readonly legendTitle?: string;
  /** Width and height in pixels (default 720 × 380); the height grows when the legend needs it. */
  readonly width?: number;
  readonly height?: number;
  /** A fill behind the chart (none by default: the page's background shows through). */
  readonly background?: string;
  /** The colour of text, axes and grid (default `currentColor`, which follows the page's theme). */
  readonly foreground?: string;
  /** The CSS font family (default "system-ui, sans-serif"). */
  readonly fontFamily?: string;
}

const FONT_SIZE = 12;
const TITLE_SIZE = 14;
const LEGEND_ROW = 18;
/** Legend labels are cut past this width in pixels (about 40 characters). */
const LEGEND_MAX_WIDTH = 280;
/** The least room a legend label gets, so that short labels do not crowd the plot's edge. */
const LEGEND_MIN_WIDTH = 48;
/** The legend's sample line, then its label, from the plot's right edge. */
const LEGEND = { lineFrom: 12, lineTo: 36, text: 44 } as const;
const MARGIN = { top: 34, subtitle: 16, bottom: 46, yTitle: 26, right: 12 } as const;

/** Where the plot area lies inside the chart, and the chart's final size. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly x0: number;
  readonly x1: number;
  /** The bottom (y0) and top (y1) of the plot area, in pixels from the top. */
  readonly y0: number;
  readonly y1: number;
}

/** The chart as a standalone SVG document. */
export function lineChartSvg(chart: LineChart): string {
  const width = chart.width ?? 720;
  const top = MARGIN.top + (chart.subtitle === undefined ? 0 : MARGIN.subtitle);
  const legendRows = chart.series.length + (chart.legendTitle === undefined ? 0 : 1);
  const height = Math.max(chart.height ?? 380, top + 8 + legendRows * LEGEND_ROW + MARGIN.bottom);
  const y0 = height - MARGIN.bottom;
  const y = fitAxis({
    scale: chart.yScale,
    values: drawnValues(chart, 1),
    from: y0,
    to: top,
    labelSize: () => FONT_SIZE,
  });
  const yLabelWidth = Math.max(0, ...y.ticks.map((t) => textWidth(t.label, FONT_SIZE)));
  const x0 = Math.round(MARGIN.yTitle + yLabelWidth + 12);
  const x1 = width - legendWidth(chart);
  const x = fitAxis({
    scale: chart.xScale,
    values: [...drawnValues(chart, 0), ...(chart.markX === undefined ? [] : [chart.markX])],
    from: x0,
    to: x1,
    ticks: chart.xTicks,
    labelSize: (label) => textWidth(label, FONT_SIZE),
  });
  const frame: Frame = { width, height, x0, x1, y0, y1: top };
  const styles = chart.series.map((s, i) => seriesStyle(i, s));
  return [
    openSvg(chart, frame),
    ...titles(chart, frame),
    ...grid(x, y, frame),
    ...axisTitles(chart, frame),
    ...guide(chart, x, frame),
    ...chart.series.map((s, i) => seriesSvg(s, styles[i] as SeriesStyle, chart, x, y)),
    ...emptyNote(chart, frame),
    legendSvg(chart, styles, frame),
    "</svg>",
  ].join("\n");
}

/** The drawable coordinates of every point of every series (`0` for x, `1` for y). */
function drawnValues(chart: LineChart, coordinate: 0 | 1): number[] {
  return chart.series.flatMap((s) => s.points.filter((p) => drawable(p, chart)).map((p) => p[coordinate]));
}

/** Whether both coordinates of a point can be shown on the chart's axes. */
function drawable(point: readonly [number, number], chart: LineChart): boolean {
  return isDrawable(point[0], chart.xScale) && isDrawable(point[1], chart.yScale);
}

/** The room the legend takes right of the plot: its sample line and its longest label (cut at 280 px). */
function legendWidth(chart: LineChart): number {
  const labels = chart.series.map((s) => fitText(s.label, LEGEND_MAX_WIDTH, FONT_SIZE));
  if (chart.legendTitle !== undefined) labels.push(chart.legendTitle);
  const widest = Math.max(LEGEND_MIN_WIDTH, ...labels.map((l) => textWidth(l, FONT_SIZE)));
  return Math.round(LEGEND.text + widest + MARGIN.right);
}

/** The `<svg>` element (font, colour, accessible name) and the background, if any. */
function openSvg(chart: LineChart, frame: Frame): string {
  const { width, height } = frame;
  const color = chart.foreground === undefined ? "" : ` color="${escapeXml(chart.foreground)}"`;
  const font = escapeXml(chart.fontFamily ?? "system-ui, sans-serif");
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(chart.title)}" font-family="${font}" font-size="${FONT_SIZE}"${color}>`,
    `<title>${escapeXml(chart.title)}</title>`,
  ];
  if (chart.background !== undefined) {
    lines.push(`<rect width="${width}" height="${height}" fill="${escapeXml(chart.background)}"/>`);
  }
  return lines.join("\n");
}

/** The title and subtitle, cut to the chart's width. */
function titles(chart: LineChart, frame: Frame): string[] {
  const room = frame.width - frame.x0 - MARGIN.right;
  const lines = [
    `<text class="title" x="${frame.x0}" y="20" font-size="${TITLE_SIZE}" font-weight="bold" fill="currentColor">${escapeXml(fitText(chart.title, room, TITLE_SIZE))}</text>`,
  ];
  if (chart.subtitle !== undefined) {
    lines.push(
      `<text class="subtitle" x="${frame.x0}" y="37" fill="currentColor" fill-opacity="0.75">${escapeXml(fitText(chart.subtitle, room, FONT_SIZE))}</text>`,
    );
  }
  return lines;
}

/** Grid lines and tick labels of both axes, and the plot area's frame. */
function grid(x: Axis, y: Axis, frame: Frame): string[] {
  const line = (x1: string | number, x2: string | number, y1: string | number, y2: string | number) =>
    `<line x1="${x1}" x2="${x2}" y1="${y1}" y2="${y2}" stroke="currentColor" stroke-opacity="0.12"/>`;
  const label = (px: string | number, py: string | number, anchor: string, text: string) =>
    `<text x="${px}" y="${py}" text-anchor="${anchor}" fill="currentColor">${escapeXml(text)}</text>`;
  const parts: string[] = [];
  for (const tick of x.ticks) {
    const px = fixed(x.map(tick.value));
    parts.push(line(px, px, frame.y1, frame.y0));
    if (tick.label !== "") parts.push(label(px, frame.y0 + 16, "middle", tick.label));
  }
  for (const tick of y.ticks) {
    const py = fixed(y.map(tick.value));
    parts.push(line(frame.x0, frame.x1, py, py));
    if (tick.label !== "") parts.push(label(frame.x0 - 6, fixed(Number(py) + 4), "end", tick.label));
  }
  parts.push(
    `<rect x="${frame.x0}" y="${frame.y1}" width="${frame.x1 - frame.x0}" height="${frame.y0 - frame.y1}" fill="none" stroke="currentColor" stroke-opacity="0.5"/>`,
  );
  return parts;
}

/** The axis titles: below the x axis, and turned along the y axis. */
function axisTitles(chart: LineChart, frame: Frame): string[] {
  return [
    `<text class="x-title" x="${(frame.x0 + frame.x1) / 2}" y="${frame.height - 10}" text-anchor="middle" fill="currentColor">${escapeXml(chart.xLabel)}</text>`,
    `<text class="y-title" transform="translate(16 ${(frame.y0 + frame.y1) / 2}) rotate(-90)" text-anchor="middle" fill="currentColor">${escapeXml(chart.yLabel)}</text>`,
  ];
}

/** The dashed vertical guide at `markX`, when it is given and drawable. */
function guide(chart: LineChart, x: Axis, frame: Frame): string[] {
  if (chart.markX === undefined || !isDrawable(chart.markX, chart.xScale)) return [];
  const px = fixed(x.map(chart.markX));
  return [
    `<line class="guide" x1="${px}" x2="${px}" y1="${frame.y1}" y2="${frame.y0}" stroke="currentColor" stroke-opacity="0.55" stroke-dasharray="4 3"/>`,
  ];
}

/** One series: a polyline for each run of drawable points, and their markers. */
function seriesSvg(series: Series, style: SeriesStyle, chart: LineChart, x: Axis, y: Axis): string {
  const runs: string[][] = [[]];
  const markers: string[] = [];
  for (const point of series.points) {
    if (!drawable(point, chart)) {
      runs.push([]);
      continue;
    }
    const px = x.map(point[0]);
    const py = y.map(point[1]);
    (runs[runs.length - 1] as string[]).push(`${fixed(px)},${fixed(py)}`);
    if (style.marker !== undefined) markers.push(markerSvg(style.marker, px, py, style.color));
  }
  const dash = style.dash === "" ? "" : ` stroke-dasharray="${style.dash}"`;
  const lines = runs
    .filter((run) => run.length > 1)
    .map((run) => `<polyline points="${run.join(" ")}" fill="none" stroke="${style.color}" stroke-width="1.8"${dash}/>`);
  return [`<g class="series" data-label="${escapeXml(series.label)}">`, ...lines, ...markers, "</g>"].join("\n");
}

/** A note in the middle of the plot when not one point can be drawn (e.g. every KL is infinite). */
function emptyNote(chart: LineChart, frame: Frame): string[] {
  if (chart.series.some((s) => s.points.some((p) => drawable(p, chart)))) return [];
  return [
    `<text class="empty" x="${(frame.x0 + frame.x1) / 2}" y="${(frame.y0 + frame.y1) / 2}" text-anchor="middle" fill="currentColor" fill-opacity="0.75">no point can be drawn on these axes</text>`,
  ];
}

/** The legend right of the plot: an optional heading, then a sample line and marker and a label per series. */
function legendSvg(chart: LineChart, styles: readonly SeriesStyle[], frame: Frame): string {
  const parts = ['<g class="legend">'];
  let row = frame.y1 + 8;
  if (chart.legendTitle !== undefined) {
    parts.push(
      `<text x="${frame.x1 + LEGEND.lineFrom}" y="${row + 4}" font-weight="bold" fill="currentColor">${escapeXml(chart.legendTitle)}</text>`,
    );
    row += LEGEND_ROW;
  }
  chart.series.forEach((series, i) => {
    const style = styles[i] as SeriesStyle;
    const dash = style.dash === "" ? "" : ` stroke-dasharray="${style.dash}"`;
    const from = frame.x1 + LEGEND.lineFrom;
    const to = frame.x1 + LEGEND.lineTo;
    parts.push(`<line x1="${from}" x2="${to}" y1="${row}" y2="${row}" stroke="${style.color}" stroke-width="2.5"${dash}/>`);
    if (style.marker !== undefined) parts.push(markerSvg(style.marker, (from + to) / 2, row, style.color));
    const label = fitText(series.label, LEGEND_MAX_WIDTH, FONT_SIZE);
    parts.push(`<text x="${frame.x1 + LEGEND.text}" y="${row + 4}" fill="currentColor">${escapeXml(label)}</text>`);
    row += LEGEND_ROW;
  });
  parts.push("</g>");
  return parts.join("\n");
}
