import { type NoiseProcess, scheduleFromTimes } from "@klsched/discretization";
import { checkLevels, type Identification, identifySchedule, type LevelProblem } from "@klsched/discretization/reproduced";
import { finalJump } from "@klsched/kl-metrics";
import { isOptimized, parseAnyStrategy, rankingCandidates } from "@klsched/schedule-optim";
import type { CommandOutput } from "../command-output.js";
import { divergenceJson, divergenceValues, type WithDivergences } from "../divergence-fields.js";
import { flagSource, fromFlag } from "../flag-source.js";
import { readPrior, readProcess, readStrategy, samplerInput, spectrumInput } from "../inputs.js";
import { type LevelFlag, readLevelColumn } from "../level-input.js";
import { levelUnit } from "../level-source.js";
import { formatSignificant, jsonLine, jsonNumbers } from "../numbers.js";
import { candidateLevels, type ScoringContext, scoreSchedule } from "../strategy-levels.js";
import { UsageError } from "../usage-error.js";

/** The options of `klsched check` after commander has read them. */
export interface CheckOptions {
  readonly process: string;
  readonly resolution?: string | undefined;
  readonly spectrum: string;
  readonly sigmas?: string | undefined;
  readonly timesteps?: string | undefined;
  readonly from?: string | undefined;
  readonly prior: string;
  readonly sampler: string;
  readonly json?: true | undefined;
}

/** The share of the KL above which the final jump is a problem: it carries most of it. */
const FINAL_JUMP_SHARE = 0.5;

/** The list's scores, its final jump and its place among the standard strategies at the same N. */
interface Scores extends WithDivergences {
  readonly finalJumpShare: number;
  readonly klBeforeJump: number;
  readonly rank: {
    readonly position: number;
    readonly of: number;
    readonly best: { readonly strategy: string; readonly kl: number };
  };
}

/**
 * The whole output of `klsched check`: what the list is (`identifySchedule`), its divergences and rank
 * among the standard strategies (and the pipeline's default) at its N, and its problems (`checkLevels`,
 * the final jump, a distilled model's levels). Problems are findings, not errors: the exit code is 0.
 */
export function checkOutput(options: CheckOptions): CommandOutput {
  const process = readProcess(options.process, options.resolution);
  const spectrum = spectrumInput(options.spectrum);
  const prior = readPrior(options.prior);
  const sampler = samplerInput(options.sampler);
  const given = [
    options.sigmas !== undefined ? "--sigmas" : undefined,
    options.timesteps !== undefined ? "--timesteps" : undefined,
  ].filter((flag) => flag !== undefined);
  if (given.length !== 1) {
    throw new UsageError(
      given[1] ?? "--sigmas",
      options.timesteps,
      "give the levels with exactly one of --sigmas or --timesteps",
    );
  }
  const flag = given[0] as LevelFlag;
  const raw = (flag === "--sigmas" ? options.sigmas : options.timesteps) as string;
  const source = flagSource(flag, raw);
  const column = readLevelColumn(raw, flag);
  const from = options.from === undefined ? undefined : flagSource("--from", options.from);
  const { unit, label } = levelUnit(process, flag, column, from);
  const checked = fromFlag(source, () => checkLevels(process, column.values, unit));
  const problems: LevelProblem[] = [...checked.problems];
  const sigmas = Array.from(checked.times, (t) => process.s(t));
  const identified = identifySchedule(process, sigmas);
  const steps = checked.times.length - 1;
  const context: ScoringContext = { process, spectrum, sampler, prior };
  const scores = problems.some((p) => p.kind === "non-monotone") ? undefined : score(context, checked.times, steps);
  if (scores !== undefined && scores.finalJumpShare > FINAL_JUMP_SHARE) {
    problems.push({
      kind: "final-jump",
      index: steps - 1,
      message:
        `the final jump from level ${steps - 1} (σ/α = ${sigmas[steps - 1]}) to the clean level carries ${Math.round(100 * scores.finalJumpShare)}% of the KL (${formatSignificant(scores.klBeforeJump)} nats before it, ${formatSignificant(scores.kl)} after)` +
        (identified.distilled.length > 0
          ? "; a distilled model is trained to take that jump, and these are the base model's figures"
          : ""),
    });
  }
  problems.push(...distilledProblems(process, identified, steps));
  const result = {
    process: process.label,
    spectrum: spectrum.spectrum.label,
    sampler: sampler.sampler.name,
    prior,
    steps,
    from: label,
    unit,
    levels: jsonNumbers(column.values),
    identified: {
      strategy: identified.strategy,
      verdict: identified.verdict,
      maxRelativeDifference: Number.isFinite(identified.maxRelativeDifference) ? identified.maxRelativeDifference : null,
      equivalents: identified.equivalents,
      distilled: identified.distilled.map((model) => ({ name: model.name, model: model.model, source: model.source })),
    },
    ...(scores === undefined
      ? { scored: false }
      : { scored: true, ...divergenceJson(scores), finalJumpShare: scores.finalJumpShare, rank: scores.rank }),
    problems: problems.map((p) => ({ kind: p.kind, ...(p.index === undefined ? {} : { index: p.index }), message: p.message })),
  };
  if (options.json) return { stdout: jsonLine(result), warnings: [] };
  return { stdout: humanReport(process, identified, scores, problems, steps), warnings: [] };
}

/** The list's divergences, final jump and rank, on the levels placed in the range. */
function score(context: ScoringContext, times: Float64Array, steps: number): Scores {
  const schedule = scheduleFromTimes(context.process, times);
  const own = divergenceValues(scoreSchedule(context, schedule));
  const jump = finalJump({
    spectrum: context.spectrum.spectrum,
    schedule,
    sampler: context.sampler.sampler,
    prior: context.prior,
  });
  const standard = rankingCandidates(context.spectrum.spectrum).filter((text) => !isOptimized(parseAnyStrategy(text)));
  const pipeline = context.process.pipeline?.defaultStrategy(steps);
  const texts = pipeline === undefined || standard.includes(pipeline) ? standard : [...standard, pipeline];
  const others = texts.flatMap((text) => {
    const strategy = readStrategy(text, "--strategy", false);
    const levels = candidateLevels(strategy, steps, context);
    return levels === undefined ? [] : [{ strategy: text, kl: scoreSchedule(context, levels).kl }];
  });
  const best = others.reduce((a, b) => (b.kl < a.kl ? b : a), others[0] ?? { strategy: "none", kl: Number.POSITIVE_INFINITY });
  const position = 1 + others.filter((o) => o.kl < own.kl).length;
  return { ...own, finalJumpShare: jump.share, klBeforeJump: jump.klBeforeJump, rank: { position, of: others.length + 1, best } };
}

/** On a distilled model's preset: a list that is not its training levels at N is a problem. */
function distilledProblems(process: NoiseProcess, identified: Identification, steps: number): LevelProblem[] {
  const pipeline = process.pipeline;
  const distilled = pipeline?.distilled;
  if (pipeline === undefined || distilled === undefined) return [];
  if (identified.distilled.some((model) => model.name === distilled.name)) return [];
  const at = distilled.steps.includes(steps)
    ? `its ${steps}-step levels are ${pipeline.defaultStrategy(steps)}`
    : `it was distilled for ${distilled.steps.join(", ")} steps, not ${steps}`;
  return [
    {
      kind: "distilled",
      message: `${pipeline.model} was distilled on fixed levels (${distilled.summary}; ${pipeline.source}), and this list is not those: ${at}; use them as they are`,
    },
  ];
}

function humanReport(
  process: NoiseProcess,
  identified: Identification,
  scores: Scores | undefined,
  problems: readonly LevelProblem[],
  steps: number,
): string {
  const how =
    identified.verdict === "matches"
      ? `matches ${identified.strategy}`
      : identified.verdict === "close"
        ? `is close to ${identified.strategy} (within ${formatSignificant(100 * identified.maxRelativeDifference)}%)`
        : `is nearest to ${identified.strategy} (up to ${formatSignificant(100 * identified.maxRelativeDifference)}% off)`;
  const lines = [`${steps} steps on ${process.label}: the list ${how}`];
  if (identified.equivalents.length > 0) lines.push(`  the same levels as: ${identified.equivalents.join(", ")}`);
  if (identified.distilled.length > 0) {
    const names = identified.distilled.map((m) => m.name).join(", ");
    lines.push(`  the training levels of ${names}: a model distilled on them should be sampled on them as they are`);
  }
  if (scores === undefined) lines.push("not scored: its levels are not in order");
  else {
    lines.push(
      `KL ${formatSignificant(scores.kl)} nats, reverse KL ${formatSignificant(scores.klReverse)}, W2 ${formatSignificant(scores.w2)}; ` +
        `rank ${scores.rank.position} of ${scores.rank.of} among the standard strategies at N=${steps} (best: ${scores.rank.best.strategy}, KL ${formatSignificant(scores.rank.best.kl)})`,
    );
  }
  lines.push(problems.length === 0 ? "no problems found" : `problems (${problems.length}):`);
  for (const problem of problems) lines.push(`  ${problem.kind}: ${problem.message}`);
  return `${lines.join("\n")}\n`;
}
