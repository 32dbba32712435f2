/**
 * The playground's inputs and their URL form, so that a view can be shared: every control has one query
 * key, defaults are left out of the URL, and anything unreadable falls back to its default.
 */
import { SCHEDULE_FORMATS, type ScheduleFormat } from "@klsched/discretization";

/** Everything the playground computes from. `spectrum` is a built-in spec, or `upload:<file name>`. */
export interface PlaygroundInputs {
  readonly spectrum: string;
  readonly process: string;
  readonly sampler: string;
  readonly prior: "standard" | "exact";
  readonly steps: number;
  readonly strategies: readonly string[];
  /** The strategy whose schedule is exported. */
  readonly exportStrategy: string;
  readonly format: ScheduleFormat;
}

/** The view a bare /playground URL shows: an MNIST-sized spectrum on Stable Diffusion 1.5's process. */
export const DEFAULT_INPUTS: PlaygroundInputs = {
  spectrum: "geometric:d=784,min=1e-4,max=10",
  process: "sd15",
  sampler: "ddim",
  prior: "standard",
  steps: 20,
  // `geodesic` is left to a checkbox: at d = 784 it costs several times `optimal`, which it nearly equals
  strategies: ["uniform", "karras", "tangent:c=1", "tangent", "optimal"],
  exportStrategy: "optimal",
  format: "diffusers",
};

/** The largest N the playground accepts (the CLI has no limit; the browser should stay responsive). */
export const MAX_STEPS = 1000;

/** Prefix of the `spectrum` value that stands for an uploaded file, which a URL cannot carry. */
export const UPLOAD_PREFIX = "upload:";

/** Inputs from a query string; unknown keys are ignored and bad values fall back to the defaults. */
export function inputsFromQuery(search: string): PlaygroundInputs {
  const query = new URLSearchParams(search);
  const text = (key: string, fallback: string) => {
    const value = query.get(key)?.trim();
    return value === undefined || value === "" ? fallback : value;
  };
  const stepsText = query.get("steps");
  const steps = stepsText === null ? Number.NaN : Number(stepsText);
  const prior = query.get("prior");
  const format = query.get("format");
  const strategies = query.has("strategies") ? splitStrategies(query.get("strategies") ?? "") : DEFAULT_INPUTS.strategies;
  return {
    spectrum: text("spectrum", DEFAULT_INPUTS.spectrum),
    process: text("process", DEFAULT_INPUTS.process),
    sampler: text("sampler", DEFAULT_INPUTS.sampler),
    prior: prior === "exact" || prior === "standard" ? prior : DEFAULT_INPUTS.prior,
    steps: Number.isInteger(steps) && steps >= 1 && steps <= MAX_STEPS ? steps : DEFAULT_INPUTS.steps,
    strategies,
    exportStrategy: text(
      "export",
      strategies.includes(DEFAULT_INPUTS.exportStrategy) ? DEFAULT_INPUTS.exportStrategy : (strategies[0] ?? ""),
    ),
    format: SCHEDULE_FORMATS.find((f) => f === format) ?? DEFAULT_INPUTS.format,
  };
}

/**
 * The query string of a view, every input included (a shared link keeps its meaning when the defaults
 * change); `?` first.
 */
export function queryFromInputs(inputs: PlaygroundInputs): string {
  const query = new URLSearchParams({
    spectrum: inputs.spectrum,
    process: inputs.process,
    sampler: inputs.sampler,
    prior: inputs.prior,
    steps: String(inputs.steps),
    strategies: inputs.strategies.join(" "),
    export: inputs.exportStrategy,
    format: inputs.format,
  });
  return `?${query}`;
}

/** A `--strategies`-style list: specs separated by whitespace, each kept once, in order. */
export function splitStrategies(text: string): string[] {
  const seen = new Set<string>();
  for (const word of text.split(/\s+/)) if (word !== "") seen.add(word);
  return [...seen];
}
