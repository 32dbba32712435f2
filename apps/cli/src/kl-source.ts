import { type NoiseProcess, type Schedule, scheduleFromSigmas, scheduleFromTimesteps } from "@klsched/discretization";
import { type FlagSource, flagSource, fromFlag } from "./flag-source.js";
import { type FlaggedStrategy, readStrategy } from "./inputs.js";
import { float32RangeEnds, type LevelFlag, readLevels } from "./level-input.js";
import { jsonNumbers } from "./numbers.js";
import { parseSteps } from "./parse-steps.js";
import { type Progress, silentProgress } from "./progress-line.js";
import { type StrategyContext, strategyToolLevels } from "./strategy-levels.js";
import { UsageError } from "./usage-error.js";
import { unknownVisitedLevels, visitedLevels } from "./visited-levels.js";

/** The flags of `klsched kl` that say which levels to sample along. */
export interface KlSourceOptions {
  readonly strategy?: string | undefined;
  readonly steps?: string | undefined;
  readonly sigmas?: string | undefined;
  readonly timesteps?: string | undefined;
  readonly round?: true | undefined;
  readonly visited?: true | undefined;
}

/**
 * The schedule `kl` evaluates, the flag it came from, the JSON fields that echo it, its strategy if any,
 * and warnings: the notes of a strategy reproduced from a tool, and where its sampler visits other levels.
 */
export interface KlSource {
  readonly schedule: Schedule;
  readonly source: FlagSource;
  readonly echo: Readonly<Record<string, unknown>>;
  readonly strategy?: FlaggedStrategy;
  readonly warnings: readonly string[];
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
  if (options.visited && options.strategy === undefined)
    throw new UsageError("--visited", undefined, `applies to --strategy only; ${VISITED}`);
  if (options.sigmas !== undefined) return fromLevels(process, options.sigmas, "--sigmas");
  if (options.timesteps !== undefined) return fromLevels(process, options.timesteps, "--timesteps");
  return fromStrategy(context, options, progress);
}

const VISITED = "it scores the levels a reproduced strategy's tool visits (e.g. --strategy diffusers-ddim:spacing=linspace)";

function fromStrategy(context: StrategyContext, options: KlSourceOptions, progress: Progress): KlSource {
  if (options.strategy === undefined) throw new UsageError("--steps", options.steps, "needs --strategy S");
  if (options.steps === undefined) throw new UsageError("--strategy", options.strategy, "needs --steps N");
  const strategy = readStrategy(options.strategy, "--strategy", options.round === true);
  const { schedule, tool } = strategyToolLevels(strategy, parseSteps(options.steps), context, progress.task(strategy.label));
  const source = flagSource("--strategy", options.strategy);
  const echo = { strategy: strategy.label };
  if (tool === undefined) {
    if (options.visited) throw new UsageError("--visited", undefined, `${strategy.label} is klsched's own strategy; ${VISITED}`);
    return { schedule, source, echo, strategy, warnings: [] };
  }
  const visited = visitedLevels(strategy, tool);
  if (options.visited && visited === undefined) throw unknownVisitedLevels(strategy);
  const warnings = [...tool.notes];
  if (visited?.warning !== undefined) {
    warnings.push(`${visited.warning}; ${options.visited ? "scored: the levels x visits" : "--visited scores those"}`);
  }
  return { schedule: options.visited && visited !== undefined ? visited.schedule : schedule, source, echo, strategy, warnings };
}

/** `--sigmas` (σ/α levels) or `--timesteps` (training timesteps) in any form the exporters print. */
function fromLevels(process: NoiseProcess, raw: string, flag: LevelFlag): KlSource {
  const source = flagSource(flag, raw);
  const values = readLevels(raw, flag);
  if (flag === "--sigmas") {
    const schedule = fromFlag(source, () => scheduleFromSigmas(process, float32RangeEnds(process, values)));
    return { schedule, source, echo: { sigmas: jsonNumbers(values) }, warnings: [] };
  }
  const schedule = fromFlag(source, () => scheduleFromTimesteps(process, values));
  return { schedule, source, echo: { timesteps: values }, warnings: [] };
}
