import type { NoiseProcess, Schedule } from "@klsched/discretization";
import { type FlagSource, flagSource } from "./flag-source.js";
import { type FlaggedStrategy, readStrategy } from "./inputs.js";
import { type LevelFlag, readLevelColumn } from "./level-input.js";
import { outOfRangeWarnings, readLevelsAs } from "./level-source.js";
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
  readonly from?: string | undefined;
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
  const from = options.from === undefined ? undefined : flagSource("--from", options.from);
  if (from !== undefined && options.sigmas === undefined && options.timesteps === undefined) {
    throw new UsageError("--from", options.from, "applies to --sigmas and --timesteps only");
  }
  if (options.sigmas !== undefined) return fromLevels(process, options.sigmas, "--sigmas", from);
  if (options.timesteps !== undefined) return fromLevels(process, options.timesteps, "--timesteps", from);
  return fromStrategy(context, options, progress);
}

const VISITED = "it scores the levels a reproduced strategy's tool visits (e.g. --strategy diffusers-ddim:spacing=linspace)";

function fromStrategy(context: StrategyContext, options: KlSourceOptions, progress: Progress): KlSource {
  if (options.strategy === undefined) throw new UsageError("--steps", options.steps, "needs --strategy S");
  if (options.steps === undefined) throw new UsageError("--strategy", options.strategy, "needs --steps N");
  const strategy = readStrategy(options.strategy, "--strategy", options.round === true);
  const {
    schedule,
    tool,
    notes = [],
  } = strategyToolLevels(strategy, parseSteps(options.steps), context, progress.task(strategy.label));
  const source = flagSource("--strategy", options.strategy);
  const echo = { strategy: strategy.label };
  if (tool === undefined) {
    if (options.visited) throw new UsageError("--visited", undefined, `${strategy.label} is klsched's own strategy; ${VISITED}`);
    return { schedule, source, echo, strategy, warnings: [...notes] };
  }
  const visited = visitedLevels(strategy, tool);
  if (options.visited && visited === undefined) throw unknownVisitedLevels(strategy);
  const warnings = [...tool.notes];
  if (visited?.warning !== undefined) {
    warnings.push(`${visited.warning}; ${options.visited ? "scored: the levels x visits" : "--visited scores those"}`);
  }
  return { schedule: options.visited && visited !== undefined ? visited.schedule : schedule, source, echo, strategy, warnings };
}

/**
 * `--sigmas` or `--timesteps` in any form the exporters print, read in the unit `--from` names or their
 * form implies (`readLevelsAs`): the JSON echoes the numbers, where they came from and their unit.
 */
function fromLevels(process: NoiseProcess, raw: string, flag: LevelFlag, from: FlagSource | undefined): KlSource {
  const source = flagSource(flag, raw);
  const column = readLevelColumn(raw, flag);
  const reading = readLevelsAs(process, column.values, flag, column, from, source);
  const name = flag === "--sigmas" ? "sigmas" : "timesteps";
  const echo = {
    [name]: flag === "--sigmas" ? jsonNumbers(column.values) : column.values,
    from: reading.from,
    unit: reading.unit,
  };
  return { schedule: reading.schedule, source, echo, warnings: outOfRangeWarnings(reading.schedule) };
}
