import { scheduleKL } from "@klsched/kl-metrics";
import type { CommandOutput } from "../command-output.js";
import { divergenceJson, divergenceValues } from "../divergence-fields.js";
import { flagSource, fromFlag } from "../flag-source.js";
import { readPrior, readProcess, samplerInput, spectrumInput } from "../inputs.js";
import { klSource } from "../kl-source.js";
import { formatNumber, jsonLine } from "../numbers.js";
import { type Progress, silentProgress } from "../progress-line.js";
import { checkOptimizedKL } from "../strategy-levels.js";
import { renderTable } from "../table.js";

/** The options of `klsched kl` after commander has read them. */
export interface KlOptions {
  readonly process: string;
  readonly resolution?: string | undefined;
  readonly spectrum: string;
  readonly strategy?: string | undefined;
  readonly steps?: string | undefined;
  readonly sigmas?: string | undefined;
  readonly timesteps?: string | undefined;
  readonly round?: true | undefined;
  readonly visited?: true | undefined;
  readonly from?: string | undefined;
  readonly prior: string;
  readonly sampler: string;
  readonly clean: boolean;
  readonly json?: true | undefined;
  readonly quiet?: true | undefined;
}

/** The whole stdout of `klsched kl`, and its warnings (also in the JSON, as `warnings`). */
export function klOutput(options: KlOptions, progress: Progress = silentProgress): CommandOutput {
  const process = readProcess(options.process, options.resolution);
  const spectrumIn = spectrumInput(options.spectrum);
  const prior = readPrior(options.prior);
  const samplerIn = samplerInput(options.sampler);
  const { spectrum } = spectrumIn;
  const { sampler } = samplerIn;
  const context = { process, spectrum: spectrumIn, sampler: samplerIn, prior };
  const { schedule, source, echo, strategy, warnings } = klSource(context, options, progress);
  const result = fromFlag(source, () => scheduleKL({ spectrum, schedule, sampler, prior, clean: options.clean }), {
    "no-clean": flagSource("--no-clean", undefined),
    sampler: flagSource("--sampler", samplerIn.text),
  });
  if (strategy !== undefined) checkOptimizedKL(strategy, context, result.kl);
  const fields = {
    ...divergenceJson(result),
    steps: result.steps,
    nfe: result.nfe,
    process: process.label,
    spectrum: spectrum.label,
    ...echo,
    prior,
    sampler: sampler.name,
    clean: options.clean,
    visited: options.visited === true,
  };
  if (options.json) return { stdout: jsonLine({ ...fields, warnings }), warnings };
  const rows = Object.entries({ ...fields, ...divergenceValues(result) }).map(([key, value]) => [key, displayValue(value)]);
  return { stdout: renderTable([{ header: "quantity" }, { header: "value" }], rows), warnings };
}

function displayValue(value: unknown): string {
  if (typeof value === "number") return formatNumber(value);
  if (Array.isArray(value)) return value.map((x) => (x === null ? "inf" : String(x))).join(",");
  return String(value);
}
