/**
 * Pure helpers of the playground page: presets, number formatting, the best strategy, and the two charts
 * built from worker results. Kept out of the Vue component so that they are type-checked and testable.
 */
import { type LineChart, lineChartSvg } from "@klsched/cli/chart";
import { exampleSpec } from "@klsched/core-linalg";
import { OWN_STRATEGIES, PROCESSES } from "@klsched/discretization";
import { SAMPLER_NAMES } from "@klsched/gaussian-flow";
import { OPTIMIZED_STRATEGIES } from "@klsched/schedule-optim";
import { cellKey, type LevelsResult, type RowResult } from "./protocol";

/** Built-in spectra offered in the spectrum menu (any `syntheticSpectrum` spec can be typed). */
export const SPECTRUM_PRESETS = [
  { spec: "geometric:d=784,min=1e-4,max=10", label: "geometric, d = 784 (MNIST-sized)" },
  { spec: "powerlaw:d=3072,exponent=1,scale=10", label: "power law, d = 3072 (CIFAR-sized)" },
  { spec: "geometric:d=64,min=1e-3,max=10", label: "geometric, d = 64" },
  { spec: "isotropic:d=1,lambda=1", label: "one eigenvalue λ = 1" },
] as const;

/**
 * Processes offered in the process menu (any `parseProcess` spec can be typed): every entry of the
 * process registry, labelled with its summary.
 */
export const PROCESS_PRESETS = Object.values(PROCESSES).map((process) => ({
  spec: exampleSpec(process.kind, process.keys),
  label: `${process.kind} — ${process.summary}`,
}));

/** Samplers offered in the sampler menu (any `parseSampler` spec can be typed): the sampler registry, and one η. */
export const SAMPLER_PRESETS = [...SAMPLER_NAMES, "ddim:eta=0.5"];

/**
 * Strategies with a checkbox (any `parseAnyStrategy` spec can be typed into the list): klsched's own
 * strategies from their registry (`exponential` left out: its levels are `logsnr`'s), `tangent` with c = 1
 * (ComfyUI's kl_optimal), and the optimised ones from theirs.
 */
export const STRATEGY_CHOICES = [
  ...Object.values(OWN_STRATEGIES)
    .filter((strategy) => strategy.kind !== "exponential")
    .map((strategy) => exampleSpec(strategy.kind, strategy.keys)),
  ...new Set(Object.values(OPTIMIZED_STRATEGIES).map((strategy) => strategy.spec)),
];

/** A number for the table: 6 significant digits as the CLI's tables print them, ∞ for infinity. */
export function formatSignificant(x: number): string {
  if (Number.isNaN(x)) return "—";
  if (x === Number.POSITIVE_INFINITY) return "∞";
  if (x === Number.NEGATIVE_INFINITY) return "−∞";
  return Number(x.toPrecision(6)).toString();
}

/** The strategies with the lowest finite KL (several when they tie, none when every KL is infinite). */
export function bestStrategies(rows: readonly RowResult[]): Set<string> {
  const finite = rows.filter((row) => row.error === undefined && Number.isFinite(row.kl));
  if (finite.length === 0) return new Set();
  const lowest = Math.min(...finite.map((row) => row.kl));
  return new Set(finite.filter((row) => row.kl === lowest).map((row) => row.strategy));
}

/** σ/α per step on a log axis; ∞ (α = 0) and the clean level's 0 cannot be drawn there and are left out. */
export function levelsChart(levels: readonly LevelsResult[], subtitle: string): string {
  const chart: LineChart = {
    title: "Levels σ/α per step",
    subtitle,
    xLabel: "step k (0 = noisiest level)",
    yLabel: "σ/α (log scale)",
    xScale: "linear",
    yScale: "log",
    series: levels.map((l) => ({ label: l.strategy, points: l.sigmas.map((s, k) => [k, s] as const) })),
  };
  return lineChartSvg(chart);
}

/** KL(source ‖ output) against N on log-log axes, from the cells the page holds. */
export function klChart(
  strategies: readonly string[],
  steps: readonly number[],
  context: string,
  cells: ReadonlyMap<string, number | null>,
  chosen: number,
  subtitle: string,
): string {
  const chart: LineChart = {
    title: "KL(source ‖ output) against N",
    subtitle,
    xLabel: "N (steps)",
    yLabel: "KL, nats (log scale)",
    xScale: "log",
    yScale: "log",
    markX: chosen,
    xTicks: steps,
    series: strategies.map((strategy) => ({
      label: strategy,
      points: steps.map((n) => [n, cells.get(cellKey(context, strategy, n)) ?? Number.NaN] as const),
    })),
  };
  return lineChartSvg(chart);
}

/** The file name a downloaded export gets. */
export function exportFileName(format: string): string {
  return format === "json" ? "schedule.json" : format === "csv" ? "schedule.csv" : `schedule-${format}.txt`;
}
