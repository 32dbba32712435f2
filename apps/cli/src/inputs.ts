import type { Spectrum } from "@klsched/core-linalg";
import { loadSpectrum } from "@klsched/datasets";
import { type NoiseProcess, parseProcess, parseResolution } from "@klsched/discretization";
import { PRIORS, type Prior, parseSampler, type Sampler } from "@klsched/gaussian-flow";
import { type AnyStrategy, parseAnyStrategy } from "@klsched/schedule-optim";
import { loadConfig } from "./config-file.js";
import { flagSource, fromFlag } from "./flag-source.js";
import { loadBetas } from "./number-files.js";
import { parseWordList } from "./parse-lists.js";
import { UsageError } from "./usage-error.js";

/**
 * `--process` → a noise process: a spec or preset, or a diffusers `scheduler_config.json`; `ddpm:betas=FILE`
 * reads trained betas from a `.npy`, `.json`, `.csv` or `.txt` file. `resolution` is `--resolution` (`1024`
 * or `1360x768`), which a preset with a dynamic shift (`flux`) computes its μ from.
 */
export function readProcess(text: string, resolution?: string): NoiseProcess {
  const size =
    resolution === undefined ? undefined : fromFlag(flagSource("--resolution", resolution), () => parseResolution(resolution));
  const context = { loadBetas, loadConfig, ...(size === undefined ? {} : { resolution: size }) };
  return fromFlag(flagSource("--process", text), () => parseProcess(text, "process", context), {
    resolution: flagSource("--resolution", resolution),
  });
}

/** `--spectrum` → a spectrum (built-in spec or file). */
export function readSpectrum(text: string): Spectrum {
  return fromFlag(flagSource("--spectrum", text), () => loadSpectrum(text, "spectrum"));
}

/** `--sampler` → a sampler. */
export function readSampler(text: string): Sampler {
  return fromFlag(flagSource("--sampler", text), () => parseSampler(text, "sampler"));
}

/** `--prior` → a prior (commander has checked the choice; this narrows the type). */
export function readPrior(text: string): Prior {
  const prior = PRIORS.find((p) => p === text);
  if (prior === undefined) throw new UsageError("--prior", text, `expected one of ${PRIORS.join("|")}`);
  return prior;
}

/**
 * A strategy spec with the flag it came from, so later errors on it can name that flag, and whether its
 * levels are to be rounded (`--round`).
 */
export interface FlaggedStrategy {
  readonly strategy: AnyStrategy;
  readonly label: string;
  readonly flag: string;
  readonly text: string;
  readonly round: boolean;
}

/** `--strategy S` (or one item of `--strategies`) → a standard or optimised strategy; `round` adds `--round`. */
export function readStrategy(text: string, flag: string, round: boolean): FlaggedStrategy {
  const strategy = fromFlag(flagSource(flag, text, "strategy"), () => parseAnyStrategy(text, "strategy"));
  return { strategy, label: strategy.label, flag, text, round };
}

/** `--spectrum` → the spectrum with its text, which later errors (a degenerate spectrum) quote. */
export function spectrumInput(text: string): { readonly spectrum: Spectrum; readonly text: string } {
  return { spectrum: readSpectrum(text), text };
}

/** A sampler with the text it was given as, which later errors (a sampler an optimiser lacks) quote. */
export interface SamplerInput {
  readonly sampler: Sampler;
  readonly text: string;
}

/** `--sampler` → the sampler with its text. */
export function samplerInput(text: string): SamplerInput {
  return { sampler: readSampler(text), text };
}

/**
 * `--sampler S` (default `ddim`) or `--samplers "S1 S2 …"` (space-separated, at least one, none twice —
 * `ddim` and `ddim:eta=0` are the same sampler), never both.
 */
export function samplerInputs(options: {
  readonly sampler?: string | undefined;
  readonly samplers?: string | undefined;
}): SamplerInput[] {
  const { sampler, samplers } = options;
  if (samplers === undefined) return [samplerInput(sampler ?? "ddim")];
  if (sampler !== undefined) {
    throw new UsageError(
      "--samplers",
      samplers,
      `conflicts with --sampler ${JSON.stringify(sampler)}; give one sampler with --sampler or several with --samplers`,
    );
  }
  const inputs = parseWordList(samplers).map((text) => ({
    sampler: fromFlag(flagSource("--samplers", text, "sampler"), () => parseSampler(text, "sampler")),
    text,
  }));
  if (inputs.length === 0) throw new UsageError("--samplers", samplers, "expected at least one sampler");
  const repeated = inputs.find((s, i) => inputs.findIndex((t) => t.sampler.name === s.sampler.name) !== i);
  if (repeated !== undefined) {
    const same = repeated.text === repeated.sampler.name ? "" : ` (it is ${repeated.sampler.name})`;
    throw new UsageError("--samplers", repeated.text, `is listed twice${same}`);
  }
  return inputs;
}
