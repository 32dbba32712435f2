import type { Spectrum } from "@klsched/core-linalg";
import { loadSpectrum } from "@klsched/core-linalg/node";
import { type NoiseProcess, parseProcess, parseStrategy, type StrategySpec } from "@klsched/discretization";
import { PRIORS, type Prior, parseSampler, type Sampler } from "@klsched/gaussian-flow";
import { flagSource, fromFlag } from "./flag-source.js";
import { UsageError } from "./usage-error.js";

/** `--process` → a noise process. */
export function readProcess(text: string): NoiseProcess {
  return fromFlag(flagSource("--process", text), () => parseProcess(text, "process"));
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

/** A strategy spec with the flag it came from, so later errors on it can name that flag. */
export interface FlaggedStrategy extends StrategySpec {
  readonly flag: string;
  readonly text: string;
}

/** `--strategy S` (or one item of `--strategies`) → a strategy; `round` adds `--round`. */
export function readStrategy(text: string, flag: string, round: boolean): FlaggedStrategy {
  const spec = fromFlag(flagSource(flag, text, "strategy"), () => parseStrategy(text, "strategy"));
  return { ...spec, options: round ? { ...spec.options, round: true } : spec.options, flag, text };
}
