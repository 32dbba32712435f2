import { statSync } from "node:fs";
import { dirname, extname } from "node:path";
import { parseNumber } from "@klsched/core-linalg";
import { encodeImageGrid } from "@klsched/datasets";
import {
  DIVERGENCE_NAMES,
  DIVERGENCES,
  type MeasuredValue,
  QUALITY_METRICS,
  type QualityMetric,
  ranks,
} from "@klsched/kl-metrics";
import { writeFileAtomic } from "../atomic-write.js";
import type { CommandOutput } from "../command-output.js";
import { readPrior, readProcess, readStrategy, samplerInputs } from "../inputs.js";
import { formatSignificant, jsonLine, jsonNumber } from "../numbers.js";
import { parseWordList } from "../parse-lists.js";
import { parseStepsList } from "../parse-steps.js";
import { type Progress, silentProgress } from "../progress-line.js";
import { renderTable } from "../table.js";
import { UsageError } from "../usage-error.js";
import { fitData, readData, readMixtureFit } from "../validate-data.js";
import {
  GAUSSIAN_FIELDS,
  type GaussianField,
  RANKED_METRICS,
  type RankedMetric,
  type ValidateCell,
  type Validation,
  validate,
} from "../validate-grid.js";

/** The options of `klsched validate` after commander has read them. */
export interface ValidateOptions {
  readonly process: string;
  readonly data: string;
  readonly mixture?: string | undefined;
  readonly samplers?: string | undefined;
  readonly strategies?: string | undefined;
  readonly steps: string;
  readonly samples: string;
  readonly seed: string;
  readonly bootstrap: string;
  readonly pca: string;
  readonly directions: string;
  readonly prior: string;
  readonly plot?: string | undefined;
  readonly grid?: string | undefined;
  readonly json?: true | undefined;
  readonly quiet?: true | undefined;
}

/** The samplers validated when `--samplers` is not given. */
export const DEFAULT_VALIDATE_SAMPLERS = "ddim heun dpmpp-2m euler-ancestral";

/**
 * The strategies validated when `--strategies` is not given: the common peers (uniform, Karras,
 * exponential, ComfyUI's kl_optimal = tangent:c=1, beta, AYS for SD 1.5, the flow pipelines' shifted
 * uniform) and klsched's optimised ones; each process takes those it can.
 */
export const DEFAULT_VALIDATE_STRATEGIES =
  "uniform karras exponential tangent:c=1 beta ays:model=sd1 uniform:shift=3 optimal geodesic tangent";

/** Human names of the measured and Gaussian columns. */
const METRIC_HEADERS: Readonly<Record<QualityMetric | RankedMetric, string>> = {
  fdPixel: "FD px",
  fdPca: "FD PCA",
  nll: "NLL",
  nllGap: "|NLL gap|",
  slicedW2: "SW₂²",
};
const GAUSSIAN_HEADERS = {
  ...Object.fromEntries(DIVERGENCE_NAMES.map((name) => [name, DIVERGENCES[name].label])),
  klTop: "KL top-k",
} as Readonly<Record<GaussianField, string>>;

/**
 * The whole stdout of `klsched validate`. Every flag is checked and the output files' places too before
 * anything is sampled; `--plot` and `--grid` are written (each atomically) only after every run.
 */
export async function validateOutput(options: ValidateOptions, progress: Progress = silentProgress): Promise<CommandOutput> {
  // checks the --plot path (extension, directory, a font for PNG) before anything runs
  const plot = options.plot === undefined ? undefined : (await import("../plot-file.js")).plotTarget(options.plot);
  if (options.grid !== undefined) checkPng(options.grid);
  const process = readProcess(options.process);
  const prior = readPrior(options.prior);
  const samplers = samplerInputs({ samplers: options.samplers ?? DEFAULT_VALIDATE_SAMPLERS });
  const strategies = parseWordList(options.strategies ?? DEFAULT_VALIDATE_STRATEGIES).map((text) =>
    readStrategy(text, "--strategies", false),
  );
  if (strategies.length === 0) throw new UsageError("--strategies", options.strategies, "expected at least one strategy");
  const steps = parseStepsList(options.steps, "--steps");
  const n = integerFlag("--samples", options.samples, 2, 1_000_000);
  const seed = integerFlag("--seed", options.seed, 0, 2 ** 31 - 1);
  const bootstrap = integerFlag("--bootstrap", options.bootstrap, 2, 1000);
  const directions = integerFlag("--directions", options.directions, 1, 100_000);
  const pcaText = options.pca;
  const pca = integerFlag("--pca", pcaText, 1, 1_000_000);
  const data = readData(options.data, progress);
  if (options.grid !== undefined && data.image === undefined)
    throw new UsageError("--grid", options.grid, `${data.label} is not images (a .npy matrix has no image shape)`);
  if (pca > data.dimension) throw new UsageError("--pca", pcaText, `above the data's dimension d=${data.dimension}`);
  const fit = readMixtureFit(options.mixture, data);
  const mixture = fitData(data, fit, options.mixture ?? fit.kind, options.data, progress);
  const result = validate(
    {
      process,
      mixture,
      dataText: options.data,
      samplers,
      strategies,
      steps,
      n,
      seed,
      bootstrap,
      pca,
      directions,
      prior,
      keepSamples: options.grid !== undefined,
    },
    progress,
  );
  progress.clear();
  if (plot !== undefined)
    await (await import("../plot-file.js")).writePlot(
      plot,
      (await import("../validate-plot.js")).fdChart(result, process.label, mixture.label, prior),
    );
  if (options.grid !== undefined && data.image !== undefined) writeGrid(options.grid, result, data.image);
  const echo = {
    process: process.label,
    data: data.label,
    mixture: mixture.label,
    components: mixture.components.length,
    dimension: mixture.dimension,
    samplers: samplers.map((s) => s.sampler.name),
    steps,
    samples: n,
    seed,
    bootstrap,
    pca,
    directions,
    prior,
  };
  const warnings =
    result.skipped.length === 0 ? [] : [`left out (${process.label} cannot take them): ${result.skipped.join(", ")}`];
  if (options.json) return { stdout: jsonLine(validationJson(echo, result, options)), warnings };
  return { stdout: humanOutput(echo, result), warnings };
}

function integerFlag(flag: string, text: string, min: number, max: number): number {
  const value = parseNumber(text);
  if (!(Number.isInteger(value) && value >= min && value <= max))
    throw new UsageError(flag, text, `expected an integer from ${min} to ${max}`);
  return value;
}

function checkPng(path: string): void {
  if (extname(path).toLowerCase() !== ".png") throw new UsageError("--grid", path, "expected a .png file name");
  const directory = dirname(path);
  if (!statSync(directory, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError("--grid", path, `directory ${JSON.stringify(directory)} does not exist`);
}

const measuredJson = (m: MeasuredValue) => ({ value: jsonNumber(m.value), error: jsonNumber(m.error) });

function cellJson(cell: ValidateCell, ranks: ReadonlyMap<string, number>) {
  return {
    sampler: cell.sampler,
    steps: cell.steps,
    strategy: cell.strategy,
    nfe: cell.nfe,
    ...Object.fromEntries(GAUSSIAN_FIELDS.map((f) => [f, jsonNumber(cell.gaussian[f])])),
    ...Object.fromEntries(QUALITY_METRICS.map((m) => [m, measuredJson(cell.measured[m])])),
    nllGap: measuredJson(cell.scores.nllGap),
    rank: Object.fromEntries(
      [...GAUSSIAN_FIELDS, ...RANKED_METRICS].map((key) => [
        key,
        ranks.get(`${cell.sampler}|${cell.steps}|${cell.strategy}|${key}`) ?? null,
      ]),
    ),
  };
}

/** Ranks (1 = best, ties their mean rank) of every cell under every field, within its (sampler, N). */
function cellRanks(result: Validation): Map<string, number> {
  const out = new Map<string, number>();
  for (const group of result.groups) {
    const here = result.cells.filter((c) => c.sampler === group.sampler && c.steps === group.steps);
    const fields: [string, (c: ValidateCell) => number][] = [
      ...GAUSSIAN_FIELDS.map((f) => [f, (c: ValidateCell) => c.gaussian[f]] as [string, (c: ValidateCell) => number]),
      ...RANKED_METRICS.map((m) => [m, (c: ValidateCell) => c.scores[m].value] as [string, (c: ValidateCell) => number]),
    ];
    for (const [key, value] of fields) {
      const order = ranks(here.map(value));
      here.forEach((c, k) => {
        out.set(`${c.sampler}|${c.steps}|${c.strategy}|${key}`, order[k] as number);
      });
    }
  }
  return out;
}

/**
 * The Spearman ρ of one Gaussian field against each ranked metric, leaving out the ones that are undefined
 * (a constant ranking: one strategy, or every strategy tied), which have no number to print; `null` would
 * read as +∞ (the CLI reference, "JSON numbers").
 */
function definedCorrelations(byMetric: { readonly [M in RankedMetric]: number }): Partial<Record<RankedMetric, number>> {
  return Object.fromEntries(RANKED_METRICS.filter((m) => !Number.isNaN(byMetric[m])).map((m) => [m, byMetric[m]]));
}

function validationJson(echo: object, result: Validation, options: ValidateOptions) {
  const ranks = cellRanks(result);
  return {
    ...echo,
    gaussian: [...DIVERGENCE_NAMES, "klTop"],
    metrics: QUALITY_METRICS,
    ranked: RANKED_METRICS,
    baseline: Object.fromEntries(QUALITY_METRICS.map((m) => [m, measuredJson(result.baseline[m])])),
    rows: result.cells.map((cell) => cellJson(cell, ranks)),
    groups: result.groups.map((g) => ({
      ...g,
      spearman: Object.fromEntries(GAUSSIAN_FIELDS.map((f) => [f, definedCorrelations(g.spearman[f])])),
    })),
    skipped: result.skipped,
    seconds: result.seconds,
    samplingSeconds: result.samplingSeconds,
    throughput: result.throughput,
    ...(options.plot === undefined ? {} : { plot: options.plot }),
    ...(options.grid === undefined ? {} : { grid: options.grid }),
  };
}

const withError = (m: MeasuredValue) => `${formatSignificant(m.value)} ± ${formatSignificant(m.error)}`;

function humanOutput(echo: { process: string; mixture: string; samples: number; prior: string }, result: Validation): string {
  const parts: string[] = [
    `Gaussian figures on the mixture's total spectrum against measured quality of ${echo.samples} samples (${echo.process}, ${echo.mixture}, prior ${echo.prior}); ± = bootstrap error, * = best, ~ = within error of best (NLL: closest to the exact samples')`,
    `exact samples: ${QUALITY_METRICS.map((m) => `${METRIC_HEADERS[m]} ${withError(result.baseline[m])}`).join(", ")}`,
  ];
  for (const group of result.groups) {
    const here = result.cells.filter((c) => c.sampler === group.sampler && c.steps === group.steps);
    const ranked = (m: QualityMetric): RankedMetric => (m === "nll" ? "nllGap" : m);
    const mark = (m: QualityMetric, strategy: string) =>
      group.best[ranked(m)] === strategy ? " *" : group.withinError[ranked(m)].includes(strategy) ? " ~" : "";
    parts.push(
      `\n${group.sampler}, N=${group.steps}`,
      renderTable(
        [
          { header: "strategy" },
          ...GAUSSIAN_FIELDS.map((f) => ({ header: GAUSSIAN_HEADERS[f], align: "right" as const })),
          ...QUALITY_METRICS.map((m) => ({ header: METRIC_HEADERS[m], align: "right" as const })),
        ],
        here.map((c) => [
          c.strategy,
          ...GAUSSIAN_FIELDS.map((f) => formatSignificant(c.gaussian[f])),
          ...QUALITY_METRICS.map((m) => `${withError(c.measured[m])}${mark(m, c.strategy)}`),
        ]),
      ),
      `Spearman ρ (Gaussian ranking vs measured): ${GAUSSIAN_FIELDS.map(
        (f) =>
          `${GAUSSIAN_HEADERS[f]}: ${RANKED_METRICS.map((m) => `${METRIC_HEADERS[m]} ${rho(group.spearman[f][m])}`).join(", ")}`,
      ).join("; ")}`,
    );
  }
  parts.push(
    `\n${formatSignificant(result.seconds)} s (sampling ${formatSignificant(result.samplingSeconds)} s: ${formatSignificant(result.throughput)} samples × evaluations per second)`,
  );
  return `${parts.join("\n")}\n`;
}

const rho = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");

/** The picture: one row of generated images per strategy (smallest N, first sampler), exact samples last. */
function writeGrid(path: string, result: Validation, image: { height: number; width: number; channels: number }): void {
  const d = image.height * image.width * image.channels;
  const rows = result.cells
    .filter((c) => c.samples !== undefined)
    .map((c) => ({ images: c.samples as Float64Array, count: (c.samples as Float64Array).length / d }));
  rows.push({ images: result.baselineSamples.subarray(0, 8 * d), count: Math.min(8, result.baselineSamples.length / d) });
  try {
    writeFileAtomic(path, encodeImageGrid(rows, image));
  } catch (error) {
    throw new Error(
      `--grid ${JSON.stringify(path)}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}
