/**
 * `@klsched/cli/chart`: the one line chart of klsched, drawn as SVG text by the CLI's
 * `compare --plot` and by the documentation site (the playground in the browser, the Theory page's
 * figures at build time).
 *
 * Why a small module of our own rather than a charting library in both: klsched draws one kind of chart,
 * lines on linear or log-log axes with a legend. The libraries that draw it headless in Node and in the
 * browser alike (vega + vega-lite, which the CLI used before) weigh megabytes, took a third of a second to
 * load, and were a second stack beside the site's hand-written chart; the browser-first ones (Chart.js,
 * ECharts, Plotly) need a DOM or a canvas to render at all. This module is a few hundred lines, has no
 * dependency and no `node:` import (so it runs in a browser, a Web Worker and Node), draws a chart in
 * a few milliseconds, and its output is plain SVG that resvg turns into PNG.
 */
export { type Axis, fitAxis, isDrawable, type ScaleKind, type Tick } from "./axis.js";
export { type LineChart, lineChartSvg, type Series } from "./line-chart.js";
export { MARKER_SHAPES, type MarkerShape, PALETTE, type SeriesStyle, seriesStyle } from "./series-style.js";
export { escapeXml } from "./svg-text.js";
export { tickLabels } from "./tick-format.js";
