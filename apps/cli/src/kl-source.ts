import { type NoiseProcess, type Schedule, scheduleFromSigmas, scheduleFromTimesteps } from "@klsched/discretization";
import { type FlagSource, flagSource, fromFlag } from "./flag-source.js";
import { type FlaggedStrategy, readStrategy } from "./inputs.js";
import { jsonNumbers } from "./numbers.js";
import { parseNumberList } from "./parse-lists.js";
import { parseSteps } from "./parse-steps.js";
import { type Progress, silentProgress } from "./progress-line.js";
import { type StrategyContext, strategyLevels } from "./strategy-levels.js";
import { UsageError } from "./usage-error.js";

/** The flags of `klsched kl` that say which levels to sample along. */
export interface KlSourceOptions {
  readonly strategy?: string | undefined;
  readonly steps?: string | undefined;
  readonly sigmas?: string | undefined;
  readonly timesteps?: string | undefined;
  readonly round?: true | undefined;
}

/** The schedule `kl` evaluates, the flag it came from, the JSON fields that echo it, and its strategy if any. */
export interface KlSource {
  readonly schedule: Schedule;
  readonly source: FlagSource;
  readonly echo: Readonly<Record<string, unknown>>;
  readonly strategy?: FlaggedStrategy;
}

const ONE_OF = "give exactly one of --strategy S --steps N, --sigmas a,b,… or --timesteps i,j,…";

/** Exactly one of `--strategy S --steps N`, `--sigmas a,b,…`, `--timesteps i,j,…` → a schedule. */
export function klSource(context: StrategyContext, options: KlSourceOptions, progress: Progress = silentProgress): KlSource {
  const { process } = context;
  const given = [
    options.strategy !== undefined ? flagSource("--strategy", options.strategy) : undefined,
    options.strategy === undefined && options.steps !== undefined ? flagSource("--steps", options.steps) : undefined,
    options.sigmas !== undefined ? flagSource("--sigmas", options.sigmas) : undefined,
    options.timesteps !== undefined ? flagSource("--timesteps", options.timesteps) : undefined,
  ].filter((source) => source !== undefined);
  const [first, second] = given;
  if (first === undefined) throw new UsageError("--strategy", undefined, `missing; ${ONE_OF}`);
  if (second !== undefined) throw new UsageError(second.flag, second.value, `conflicts with ${first.flag}; ${ONE_OF}`);
  if (options.round && options.strategy === undefined) throw new UsageError("--round", undefined, "applies to --strategy only");
  if (options.sigmas !== undefined) return fromSigmas(process, options.sigmas);
  if (options.timesteps !== undefined) return fromTimesteps(process, options.timesteps);
  return fromStrategy(context, options, progress);
}

function fromStrategy(context: StrategyContext, options: KlSourceOptions, progress: Progress): KlSource {
  if (options.strategy === undefined) throw new UsageError("--steps", options.steps, "needs --strategy S");
  if (options.steps === undefined) throw new UsageError("--strategy", options.strategy, "needs --steps N");
  const strategy = readStrategy(options.strategy, "--strategy", options.round === true);
  const schedule = strategyLevels(strategy, parseSteps(options.steps), context, progress.task(strategy.label));
  return { schedule, source: flagSource("--strategy", options.strategy), echo: { strategy: strategy.label }, strategy };
}

function fromSigmas(process: NoiseProcess, raw: string): KlSource {
  const source = flagSource("--sigmas", raw);
  const sigmas = parseNumberList(raw, "--sigmas");
  const schedule = fromFlag(source, () => scheduleFromSigmas(process, sigmas));
  return { schedule, source, echo: { sigmas: jsonNumbers(sigmas) } };
}

function fromTimesteps(process: NoiseProcess, raw: string): KlSource {
  const source = flagSource("--timesteps", raw);
  const timesteps = parseNumberList(raw, "--timesteps");
  const schedule = fromFlag(source, () => scheduleFromTimesteps(process, timesteps));
  return { schedule, source, echo: { timesteps } };
}
