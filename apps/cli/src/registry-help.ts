import { describeKeys, type KeySpecs } from "@klsched/core-linalg";
import { DATASET_NAMES } from "@klsched/datasets";
import { EXPORT_TARGETS, OWN_STRATEGIES, PROCESSES } from "@klsched/discretization";
import { REPRODUCED_STRATEGIES } from "@klsched/discretization/reproduced";
import { SAMPLERS } from "@klsched/gaussian-flow";
import { DIVERGENCES } from "@klsched/kl-metrics";
import { OPTIMIZED_STRATEGIES } from "@klsched/schedule-optim";
import { type HelpText, STATIC_HELP } from "./help-text.js";

/**
 * The help texts that name processes, strategies, samplers and divergences, derived from the libraries'
 * registries: a new registry entry appears in `--help` without touching the CLI.
 */

/** `name` or `name:key=…,key=…` for an entry whose keys are worth showing (required ones always are). */
function specForm(name: string, keys: KeySpecs): string {
  const names = Object.keys(keys);
  return names.length === 0 ? name : `${name}:${names.map((key) => `${key}=…`).join(",")}`;
}

/** The forms `--sampler` accepts: `ddim, ddim:eta=…, euler, …`. */
export function samplerForms(): string {
  return Object.values(SAMPLERS)
    .flatMap((sampler) =>
      Object.keys(sampler.keys).length === 0 ? [sampler.name] : [sampler.name, specForm(sampler.name, sampler.keys)],
    )
    .join(", ");
}

/** klsched's own strategies as `--strategy` spells them: `uniform, …, karras:rho=…, tangent:c=…`. */
export function ownStrategyForms(): string {
  return Object.values(OWN_STRATEGIES)
    .map((strategy) => specForm(strategy.kind, strategy.keys))
    .join(", ");
}

/** The kinds of the strategies reproduced from other tools. */
export function reproducedStrategyKinds(): string {
  return Object.keys(REPRODUCED_STRATEGIES).join(", ");
}

/** The optimised strategies' spec kinds (`tangent` without c, `geodesic`, `optimal`), in registry order. */
export function optimizedStrategyKinds(): string[] {
  return [...new Set(Object.values(OPTIMIZED_STRATEGIES).map((strategy) => strategy.spec))];
}

/** The process kinds and presets. */
export function processKinds(): string {
  return Object.keys(PROCESSES).join(", ");
}

/** One entry of the specs section: its spec form, its summary, and one indented line per key. */
function entry(name: string, summary: string, keys: KeySpecs): string[] {
  return [`  ${name}  ${summary}`, ...describeKeys(keys).map((line) => `      ${line}`)];
}

/**
 * The "Specs" section of `klsched --help`: every process, strategy (own, reproduced, optimised), sampler
 * and divergence with its one-line summary and its keys, as the registries describe them.
 */
export function specsHelp(): string {
  const optimized = Object.values(OPTIMIZED_STRATEGIES);
  return [
    "",
    "Specs: KIND or KIND:key=value,… (the CLI reference lists every field and exit code)",
    "",
    "Processes (--process):",
    ...Object.values(PROCESSES).flatMap((p) => entry(p.kind, p.summary, p.keys)),
    "",
    "Strategies (--strategy), klsched's own:",
    ...Object.values(OWN_STRATEGIES).flatMap((s) => entry(s.kind, s.summary, s.keys)),
    "Optimised for --spectrum, --sampler and --prior:",
    ...optimized.flatMap((s) => entry(s.spec, s.summary, s.keys)),
    "Reproduced from other tools:",
    ...Object.values(REPRODUCED_STRATEGIES).flatMap((s) => entry(s.kind, s.summary, s.keys)),
    "",
    "Samplers (--sampler):",
    ...Object.values(SAMPLERS).flatMap((s) => entry(s.name, s.summary, s.keys)),
    "",
    "Export targets (--format of schedule and optimize, besides json, csv, diffusers):",
    ...Object.values(EXPORT_TARGETS).flatMap((t) => entry(t.name, t.summary, {})),
    "",
    "Divergences (columns and JSON fields):",
    ...Object.values(DIVERGENCES).flatMap((d) => entry(d.name, d.summary, {})),
    "",
  ].join("\n");
}

/** Every help text, with the lists of kinds read from the registries. */
export function registryHelpText(): HelpText {
  return {
    ...STATIC_HELP,
    process: `noise process: ${processKinds()} (KIND:key=value,…; see klsched --help)`,
    sampler: `sampler: ${samplerForms()}`,
    strategy: `strategy: ${ownStrategyForms()}; the optimised ${optimizedStrategyKinds().join(", ")}; or a tool's: ${reproducedStrategyKinds()}`,
    samplerForms: samplerForms(),
    ownStrategyForms: ownStrategyForms(),
    optimizedKinds: optimizedStrategyKinds().join(", "),
    datasets: DATASET_NAMES.join(", "),
    format: `output format instead of the table: json, csv, diffusers, or an export target: ${Object.keys(EXPORT_TARGETS).join(", ")}`,
    specs: specsHelp(),
  };
}
