import { ddim } from "@klsched/gaussian-flow";
import { fittedOrder, klAsymptotics, predictKL, scheduleKL } from "@klsched/kl-metrics";
import { flagSource, fromFlag } from "../flag-source.js";
import { readPrior, readProcess, readStrategy, samplerInput, spectrumInput } from "../inputs.js";
import { formatNumber, formatSignificant, jsonLine, jsonNumber } from "../numbers.js";
import { strategyLevels } from "../strategy-levels.js";
import { renderTable } from "../table.js";
import { UsageError } from "../usage-error.js";
import { ASYMPTOTICS_STEPS } from "./asymptotics.js";

/** The order is fitted over N ≥ this: below it the O(N⁻⁴) tail is not yet the error. */
const ORDER_FROM = 30;

/** Errors at or below this fraction of the exact KL are rounding, not truncation: they stay out of the fit. */
const ROUNDING = 1e-12;

/** The options of `klsched asymptotics` after commander has read them. */
export interface AsymptoticsOptions {
  readonly process: string;
  readonly spectrum: string;
  readonly strategy: string;
  readonly prior: string;
  readonly sampler: string;
  readonly json?: true | undefined;
}

/** One step count: the exact closed-form KL and the four-term expansion's. */
export interface AsymptoticsRow {
  readonly steps: number;
  readonly exact: number;
  readonly predicted: number;
}

/** The whole stdout of `klsched asymptotics`. */
export function asymptoticsOutput(options: AsymptoticsOptions): string {
  const process = readProcess(options.process);
  const spectrum = spectrumInput(options.spectrum);
  const prior = readPrior(options.prior);
  readDdim(options.sampler);
  const strategy = readStrategy(options.strategy, "--strategy", false);
  if (strategy.strategy.kind !== "standard") {
    throw new UsageError(
      "--strategy",
      options.strategy,
      `${strategy.label} is optimised anew for each N, so it has no fixed level map to expand; give a standard strategy`,
    );
  }
  const { spec } = strategy.strategy;
  const expansion = fromFlag(flagSource("--strategy", options.strategy), () =>
    klAsymptotics({ spectrum: spectrum.spectrum, process, strategy: spec.strategy, options: spec.options, prior }),
  );
  // the expansion is of deterministic DDIM's KL, the default sampler of scheduleKL
  const rows: AsymptoticsRow[] = ASYMPTOTICS_STEPS.map((steps) => ({
    steps,
    exact: scheduleKL({ spectrum: spectrum.spectrum, schedule: strategyLevels(strategy, steps, { process }), prior }).kl,
    predicted: predictKL(expansion.coefficients, steps),
  }));
  const order = expansionOrder(rows);
  const echo = { process: process.label, spectrum: spectrum.spectrum.label, strategy: strategy.label, prior, sampler: ddim.name };
  if (options.json) {
    return jsonLine({
      ...echo,
      coefficients: expansion.coefficients.map(jsonNumber),
      order: order === undefined ? null : jsonNumber(order),
      converged: expansion.converged,
      chebyshevTerms: expansion.chebyshevTerms,
      rows: rows.map((row) => ({ steps: row.steps, exact: jsonNumber(row.exact), predicted: jsonNumber(row.predicted) })),
    });
  }
  const [c0, c1, c2, c3] = expansion.coefficients.map(formatNumber);
  const lines = [
    `KL(N) ≈ c0 + c1/N + c2/N² + c3/N³ for ${strategy.label} under DDIM (${process.label}, ${spectrum.spectrum.label}, prior ${prior})`,
    `c0 = ${c0}, c1 = ${c1}, c2 = ${c2}, c3 = ${c3}`,
    `|predicted − exact| falls like N^−${order === undefined ? "?" : formatSignificant(order)} over N ≥ ${ORDER_FROM}`,
    ...(expansion.converged
      ? []
      : [
          `the level map's interpolant did not converge (${expansion.chebyshevTerms} terms): only the leading terms are reliable`,
        ]),
  ];
  const table = renderTable(
    [
      { header: "N", align: "right" },
      { header: "exact", align: "right" },
      { header: "predicted", align: "right" },
      { header: "rel. error", align: "right" },
    ],
    rows.map((row) => [
      String(row.steps),
      formatSignificant(row.exact),
      formatSignificant(row.predicted),
      formatSignificant(Math.abs(row.predicted - row.exact) / Math.abs(row.exact)),
    ]),
  );
  return `${lines.join("\n")}\n\n${table}`;
}

/**
 * `--sampler`: the expansion is of deterministic DDIM's KL (theory §5 “Many steps: the Euler–Maclaurin expansion”), so any other sampler — even one
 * that coincides with DDIM on some process, like `euler` on VE — is refused with a pointer to `compare`.
 */
function readDdim(text: string): void {
  const { sampler } = samplerInput(text);
  if (sampler !== ddim) {
    throw new UsageError(
      "--sampler",
      text,
      `asymptotics expands deterministic DDIM's KL only; compare other samplers with \`klsched compare --samplers\``,
    );
  }
}

/**
 * The measured order p of |predicted − exact| ∝ N^−p over the rows with N ≥ 30, leaving out errors at
 * rounding level; undefined when fewer than two such rows remain.
 */
export function expansionOrder(rows: readonly AsymptoticsRow[]): number | undefined {
  const points = rows
    .filter((row) => row.steps >= ORDER_FROM)
    .map((row) => ({ steps: row.steps, error: Math.abs(row.predicted - row.exact), floor: ROUNDING * Math.abs(row.exact) }))
    .filter(({ error, floor }) => Number.isFinite(error) && error > floor)
    .map(({ steps, error }) => [steps, error] as const);
  return points.length < 2 ? undefined : fittedOrder(points);
}
