import { createSpectrum, EIGENVALUE_RANGE, isKlschedError, type KeySpecs, type Spectrum } from "@klsched/core-linalg";
import { OWN_STRATEGIES, PROCESSES, parseProcess, parseStrategy, type Schedule, strategySchedule } from "@klsched/discretization";
import { parseReproducedStrategy, REPRODUCED_STRATEGIES, reproducedSchedule } from "@klsched/discretization/reproduced";
import { PRIORS, type Prior, parseSampler, SAMPLERS } from "@klsched/gaussian-flow";
import fc from "fast-check";
import { DIVERGENCE_NAMES } from "../divergences/registry.js";
import { type ScheduleKL, scheduleKL } from "../schedule-kl.js";

/**
 * The random cases of the finite-or-typed contract (docs/guide/contract.md): every registered process,
 * own and reproduced strategy and sampler, with key values drawn from each descriptor's declared keys —
 * inside their rules mostly, at and beyond their edges sometimes — and spectra spanning the allowed
 * eigenvalue range [1e-60, 1e60]. A case is plain text (the specs a CLI user would type) plus numbers, so
 * a violation prints as something to paste.
 */
export interface ContractCase {
  readonly process: string;
  readonly strategy: string;
  readonly reproduced: boolean;
  readonly steps: number;
  readonly sampler: string;
  readonly prior: Prior;
  readonly clean: boolean;
  readonly eigenvalues: readonly number[];
  readonly mean: readonly number[] | undefined;
  /** Trained betas handed to `ddpm:betas=FILE` (the loader returns these). */
  readonly betas: readonly number[];
}

/** A number drawn for a key: log-uniform over its rule's range, with its edges and a step beyond them. */
function keyNumber(rule: { positive?: boolean; nonNegative?: boolean; integer?: boolean; min?: number; max?: number } = {}) {
  const lo = rule.min ?? (rule.positive ? 1e-6 : rule.nonNegative ? 0 : -1e6);
  const hi = rule.max ?? 1e6;
  const inside = rule.integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.min(Math.floor(hi), Math.ceil(lo) + 2000) })
    : lo > 0
      ? fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map((x) => Math.min(hi, Math.max(lo, Math.exp(x))))
      : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  const edges = fc.constantFrom(lo, hi, rule.positive ? 1e-300 : lo - 1, hi * 10, 0, 1);
  return fc.oneof({ weight: 8, arbitrary: inside }, { weight: 2, arbitrary: edges });
}

/** `kind` or `kind:key=value,…` with a random subset of the declared keys (text keys: `betas=FILE` only). */
function specText(kind: string, keys: KeySpecs, extra: Record<string, fc.Arbitrary<string>> = {}): fc.Arbitrary<string> {
  // A number key without a default is required (tangent's c): always given, mostly.
  const parts: Record<string, fc.Arbitrary<string>> = { ...extra };
  for (const [name, key] of Object.entries(keys)) {
    if (key.type === "number") parts[name] = keyNumber(key.rule).map((x) => `${name}=${x}`);
    else if (key.type === "choice") parts[name] = fc.constantFrom(...key.choices).map((c) => `${name}=${c}`);
    else parts[name] = fc.constant(`${name}=betas.npy`);
  }
  const names = Object.keys(parts);
  if (names.length === 0) return fc.constant(kind);
  const required = Object.entries(keys).filter(([, key]) => key.type === "number" && key.default === undefined && !key.optional);
  return fc
    .subarray(names)
    .map((chosen) => [...new Set([...required.map(([name]) => name), ...chosen])])
    .chain(
      (chosen): fc.Arbitrary<string[]> =>
        chosen.length === 0 ? fc.constant([]) : fc.tuple(...chosen.map((n) => parts[n] as fc.Arbitrary<string>)),
    )
    .map((items: string[]) => (items.length === 0 ? kind : `${kind}:${items.join(",")}`));
}

/** A process: a bare kind or preset as often as one with drawn keys (most drawn key sets are refused). */
const processText = fc.oneof(
  fc.constantFrom(...Object.keys(PROCESSES)),
  ...Object.values(PROCESSES).map((d) => specText(d.kind, d.keys)),
);

/** At most one of the flow shift options (`shift=` or `mu=`), as one spec key. */
const flowOptions = {
  shift: fc.oneof(
    keyNumber({ positive: true, min: 1e-4, max: 1e4 }).map((x) => `shift=${x}`),
    keyNumber({ min: -20, max: 20 }).map((x) => `mu=${x}`),
  ),
};

const ownStrategy = fc.oneof(...Object.entries(OWN_STRATEGIES).map(([kind, d]) => specText(kind, d.keys, flowOptions)));

/** A list of levels for `sigmas:` / `timesteps:`: decreasing, mostly. */
const levelList = fc
  .array(fc.oneof(fc.double({ min: 0, max: 1200, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
    minLength: 1,
    maxLength: 12,
  })
  .map((values) => values.sort((a, b) => b - a));

const reproducedStrategy = fc.oneof(
  ...Object.entries(REPRODUCED_STRATEGIES).map(([kind, d]) =>
    d.items
      ? levelList.map((values) => `${kind}:${values.join(",")}`)
      : specText(kind, d.keys, {
          ...(d.takesShift ? flowOptions : {}),
          ...(d.takesDenoise ? { denoise: keyNumber({ positive: true, max: 1 }).map((x) => `denoise=${x}`) } : {}),
        }),
  ),
);

const samplerText = fc.oneof(...Object.values(SAMPLERS).map((d) => specText(d.name, d.keys)));

/** Eigenvalues log-uniform over [1e-60, 1e60], or clustered at one scale, d = 1 … 6. */
const eigenvalues: fc.Arbitrary<number[]> = fc.oneof(
  fc.array(fc.double({ min: -60, max: 60, noNaN: true }), { minLength: 1, maxLength: 6 }).map((xs) => xs.map((x) => 10 ** x)),
  fc
    .tuple(
      fc.double({ min: -8, max: 8, noNaN: true }),
      fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 6 }),
    )
    .map(([scale, xs]) => xs.map((x) => 10 ** (scale + x))),
  fc.constantFrom<number[]>([EIGENVALUE_RANGE.min], [EIGENVALUE_RANGE.max], [1], [EIGENVALUE_RANGE.min, EIGENVALUE_RANGE.max]),
);

/** Every part of a case. */
export const contractCase: fc.Arbitrary<ContractCase> = fc
  .record({
    process: processText,
    reproduced: fc.boolean(),
    own: ownStrategy,
    tool: reproducedStrategy,
    steps: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }) },
      { weight: 1, arbitrary: fc.integer({ min: 41, max: 400 }) },
    ),
    sampler: samplerText,
    prior: fc.constantFrom(...PRIORS),
    clean: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    eigenvalues,
    withMean: fc.boolean(),
    meanScale: fc.double({ min: -6, max: 6, noNaN: true }),
    betas: fc.array(fc.double({ min: 1e-6, max: 0.999, noNaN: true }), { minLength: 2, maxLength: 60 }),
  })
  .map(({ own, tool, withMean, meanScale, eigenvalues: values, steps, ...rest }) => ({
    ...rest,
    strategy: rest.reproduced ? tool : own,
    steps: rest.reproduced ? (listedSteps(tool) ?? steps) : steps,
    eigenvalues: values,
    mean: withMean ? values.map((v, i) => (i % 2 === 0 ? 1 : -1) * 10 ** meanScale * Math.sqrt(v)) : undefined,
  }));

/** The noisy levels a `sigmas:`/`timesteps:` list names (its step count, mostly), else undefined. */
function listedSteps(strategy: string): number | undefined {
  const match = /^(sigmas|timesteps):(.*)$/.exec(strategy);
  if (match === null) return undefined;
  const values = (match[2] as string).split(",");
  return match[1] === "sigmas" && values[values.length - 1] === "0" ? Math.max(values.length - 1, 1) : values.length;
}

/** How a case ended: figures, or a typed error's code and message. */
export type ContractOutcome =
  | { readonly kind: "figures"; readonly schedule: Schedule; readonly figures: ScheduleKL; readonly spectrum: Spectrum }
  | { readonly kind: "typed"; readonly code: string; readonly message: string }
  | { readonly kind: "untyped"; readonly error: unknown };

/** The error codes a bad input may raise (the CLI's exit code 2). */
export const INPUT_ERROR_CODES = ["invalid-argument", "invalid-spectrum", "limit-exceeded"];

/** The schedule of a case, through the public parsers. */
export function caseSchedule(c: ContractCase): Schedule {
  const process = parseProcess(c.process, "process", { loadBetas: () => c.betas });
  if (c.reproduced) {
    const { strategy, options } = parseReproducedStrategy(c.strategy);
    return reproducedSchedule(process, strategy, c.steps, options).schedule;
  }
  const { strategy, options } = parseStrategy(c.strategy);
  return strategySchedule(process, strategy, c.steps, options);
}

/** Runs a case through the public API as the CLI's `kl` does. */
export function runCase(
  c: ContractCase,
  eigenvalueList: readonly number[] = c.eigenvalues,
  samplerText = c.sampler,
): ContractOutcome {
  try {
    const schedule = caseSchedule(c);
    const spectrum = createSpectrum(eigenvalueList);
    const sampler = parseSampler(samplerText);
    const mean = c.mean === undefined || eigenvalueList !== c.eigenvalues ? undefined : Float64Array.from(c.mean);
    const figures = scheduleKL({
      spectrum,
      schedule,
      sampler,
      prior: c.prior,
      clean: c.clean,
      ...(mean === undefined ? {} : { mean: reorderMean(c.eigenvalues, mean) }),
    });
    return { kind: "figures", schedule, figures, spectrum };
  } catch (error) {
    if (isKlschedError(error)) return { kind: "typed", code: error.code, message: error.message };
    return { kind: "untyped", error };
  }
}

/** The mean in the spectrum's descending order (createSpectrum sorts the eigenvalues). */
function reorderMean(values: readonly number[], mean: Float64Array): Float64Array {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  return Float64Array.from(order, ([, i]) => mean[i] as number);
}

/** A violation of the contract, by class, with the case that showed it. */
export interface Violation {
  readonly kind: string;
  readonly detail: string;
  readonly case: ContractCase;
}

/**
 * The checks on one case: it ends in figures or a typed input error with a one-line message; every
 * divergence is ≥ 0 and finite or +∞ (never NaN); the schedule's levels lie in the process's range, α ≥ 0,
 * σ ≥ 0, σ/α not increasing; the number of evaluations is a non-negative integer.
 */
export function contractViolations(c: ContractCase, outcome: ContractOutcome): Violation[] {
  const out: Violation[] = [];
  const add = (kind: string, detail: string) => out.push({ kind, detail, case: c });
  if (outcome.kind === "untyped") {
    const error = outcome.error as Error;
    add(`untyped ${error?.name ?? typeof error}`, String(error?.message ?? error));
    return out;
  }
  if (outcome.kind === "typed") {
    if (!INPUT_ERROR_CODES.includes(outcome.code)) add(`typed ${outcome.code}`, outcome.message);
    if (/\n/.test(outcome.message)) add("multi-line message", outcome.message);
    if (outcome.message.length > 400) add("long message", `${outcome.message.length} characters`);
    return out;
  }
  const { schedule, figures } = outcome;
  for (const name of DIVERGENCE_NAMES) {
    const value = figures[name];
    if (Number.isNaN(value)) add(`NaN ${name}`, "");
    else if (!(value >= 0)) add(`negative ${name}`, String(value));
  }
  if (!(Number.isInteger(figures.nfe) && figures.nfe >= 0)) add("bad nfe", String(figures.nfe));
  const { process } = schedule;
  const lo = Math.min(process.tClean, process.tEnd);
  for (let k = 0; k < schedule.t.length; k++) {
    const t = schedule.t[k] as number;
    const alpha = schedule.alpha[k] as number;
    const sigma = schedule.sigma[k] as number;
    if (!(t >= lo && t <= process.tStart)) add("level outside the range", `t[${k}] = ${t} on ${process.label}`);
    if (!(alpha >= 0 && Number.isFinite(alpha)) || !(sigma >= 0 && Number.isFinite(sigma))) {
      add("level outside the model", `α[${k}] = ${alpha}, σ[${k}] = ${sigma}`);
    }
  }
  return out;
}

/** The case as the CLI line that reproduces it (eigenvalues inline as a JSON file would hold them). */
export function describeCase(c: ContractCase): string {
  return [
    `--process ${c.process}`,
    `--strategy ${c.strategy}`,
    `--steps ${c.steps}`,
    `--sampler ${c.sampler}`,
    `--prior ${c.prior}`,
    c.clean ? "" : "--no-clean",
    `eigenvalues ${JSON.stringify(c.eigenvalues)}`,
    c.mean === undefined ? "" : `mean ${JSON.stringify(c.mean)}`,
  ]
    .filter((s) => s !== "")
    .join(" ");
}
