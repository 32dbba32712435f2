import { InvalidArgumentError, parseSpec, SpecReader } from "@klsched/core-linalg";
import { flowShiftMu } from "./diffusers/flow-match.js";
import { shiftFlowTime } from "./flow-process.js";
import { exponentialLevel, karrasLevel, polynomialTime, quadraticTime, tangentLevel, uniformTime } from "./level-maps.js";
import type { NoiseProcess } from "./noise-process.js";
import { type Schedule, scheduleFromTimes } from "./schedule.js";
import type { ToolSchedule } from "./tool-schedule.js";
import { reproducedSchedule, TOOL_STRATEGY_KINDS, type ToolStrategy } from "./tool-strategy.js";
import { isToolStrategyKind, parseToolStrategy, toolStrategyKeys } from "./tool-strategy-spec.js";

/** A time-discretization strategy as a plain value (CLI.md "Strategy"). */
export type Strategy =
  | { readonly kind: "uniform" }
  | { readonly kind: "quadratic" }
  | { readonly kind: "polynomial"; readonly power: number }
  | { readonly kind: "logsnr" }
  | { readonly kind: "exponential" }
  | { readonly kind: "karras"; readonly rho: number }
  | { readonly kind: "tangent"; readonly c: number }
  | ToolStrategy;

/** Options that apply to any strategy. */
export interface StrategyOptions {
  /** Flow only: SD3/Flux timestep shift applied to every level (default 1 = none). */
  readonly shift?: number;
  /** Discrete processes only: round the noisy levels to integer training timesteps. */
  readonly round?: boolean;
  /** Flow only: the dynamic (exponential) shift μ of Flux, equivalent to shift = e^μ (`mu=` or `seqlen=`). */
  readonly mu?: number;
  /** Reproduced strategies only: img2img strength / ComfyUI denoise, truncating as the tool does. */
  readonly denoise?: number;
}

/** A strategy spec as parsed from text: the strategy, its options, and the text it came from. */
export interface StrategySpec {
  readonly label: string;
  readonly strategy: Strategy;
  readonly options: StrategyOptions;
}

/** The strategy kinds `--strategy` accepts today (klsched's own, then those reproduced from other tools). */
export const STRATEGY_KINDS = [
  "uniform",
  "quadratic",
  "polynomial",
  "logsnr",
  "exponential",
  "karras",
  "tangent",
  ...TOOL_STRATEGY_KINDS,
] as const;

/**
 * The options every strategy spec may carry, in groups that stand or fall together: `mu` and `seqlen`
 * both give Flux's μ.
 */
const OPTION_GROUPS: readonly (readonly string[])[] = [["shift"], ["mu", "seqlen"], ["denoise"]];

/** The option keys a strategy with `own` keys takes: a group is dropped when the strategy owns one of its names. */
function optionKeys(own: readonly string[]): string[] {
  return OPTION_GROUPS.filter((group) => !group.some((key) => own.includes(key))).flat();
}

/**
 * Parses `uniform`, `karras:rho=7`, `tangent:c=0.5,shift=3`, `diffusers-euler:spacing=trailing`, … Options:
 * `shift` and `mu` (or `seqlen`, μ by diffusers' `calculate_shift`) for `flow`, checked when applied;
 * `denoise` for reproduced strategies. A strategy's own key wins over an option of the same name:
 * `laplace:mu=…` is the Laplace μ, and `laplace` then takes neither the flow `mu` nor `seqlen`.
 */
export function parseStrategy(text: string, argument = "strategy"): StrategySpec {
  const spec = parseSpec(text, argument);
  if (isToolStrategyKind(spec.kind)) {
    const options = optionKeys(toolStrategyKeys(spec.kind));
    const { strategy, reader } = parseToolStrategy(spec, options, argument);
    return { label: spec.text, strategy, options: readOptions(spec.params, reader, options) };
  }
  const keys = (extra: string[]) => new SpecReader(spec, [...extra, "shift", "mu", "seqlen"], argument);
  let reader: SpecReader;
  let strategy: Strategy;
  switch (spec.kind) {
    case "uniform":
    case "quadratic":
    case "logsnr":
    case "exponential":
      reader = keys([]);
      strategy = { kind: spec.kind };
      break;
    case "polynomial":
      reader = keys(["p"]);
      strategy = { kind: "polynomial", power: reader.number("p", 2, { positive: true, max: 100 }) };
      break;
    case "karras":
      reader = keys(["rho"]);
      strategy = { kind: "karras", rho: reader.number("rho", 7, { positive: true, max: 1e6 }) };
      break;
    case "tangent":
      reader = keys(["c"]);
      if (!spec.params.has("c")) {
        throw new InvalidArgumentError(
          argument,
          text,
          "tangent needs c=… (the fitted tangent arrives with the optimisation issue)",
        );
      }
      strategy = { kind: "tangent", c: reader.number("c", undefined, { positive: true }) };
      break;
    default:
      throw new InvalidArgumentError(
        argument,
        text,
        `unknown strategy kind "${spec.kind}" (expected ${STRATEGY_KINDS.join(", ")})`,
      );
  }
  return { label: spec.text, strategy, options: readOptions(spec.params, reader, ["shift", "mu", "seqlen"]) };
}

/** Reads the options among `keys` (those the strategy takes) that the spec gives. */
function readOptions(params: ReadonlyMap<string, string>, reader: SpecReader, keys: readonly string[]): StrategyOptions {
  const given = (key: string) => keys.includes(key) && params.has(key);
  const options: { shift?: number; mu?: number; denoise?: number } = {};
  if (given("shift")) options.shift = reader.number("shift", 1, { positive: true });
  if (given("mu")) options.mu = reader.number("mu", 0, { min: -20, max: 20 });
  if (given("seqlen")) {
    if (options.mu !== undefined) throw new InvalidArgumentError("strategy", params.get("seqlen"), "give mu or seqlen, not both");
    options.mu = flowShiftMu(reader.number("seqlen", 4096, { positive: true }));
  }
  if (options.mu !== undefined && options.shift !== undefined) {
    throw new InvalidArgumentError("strategy", params.get("mu") ?? params.get("seqlen"), "give shift or mu/seqlen, not both");
  }
  if (given("denoise")) options.denoise = reader.number("denoise", 1, { positive: true, max: 1 });
  return options;
}

/**
 * The grid of a strategy with `steps` noisy levels (CLI.md "Steps"): u_k = k/(N−1), k = 0..N−1
 * (u₀ = 0 for N = 1); on a process whose range ends clean (`flow`), u_k = k/N, k = 0..N.
 */
export function strategyGrid(process: NoiseProcess, steps: number): Float64Array {
  if (!Number.isInteger(steps) || steps < 1) throw new InvalidArgumentError("steps", steps, "expected an integer ≥ 1");
  if (process.endsClean) return Float64Array.from({ length: steps + 1 }, (_, k) => k / steps);
  return Float64Array.from({ length: steps }, (_, k) => (steps === 1 ? 0 : k / (steps - 1)));
}

/**
 * The time of the level at grid point u for a strategy on a process. The ends u = 0 and u = 1 are the
 * ends of the range exactly, so that no round trip through s leaves a start at α = 1e-16 instead of 0.
 */
export function strategyTime(process: NoiseProcess, strategy: Strategy, u: number): number {
  const { tStart, tEnd } = process;
  if (isToolStrategyKind(strategy.kind)) {
    throw new InvalidArgumentError("strategy", strategy.kind, "is defined by its tool at each N, not as a map of u");
  }
  if (u === 0) return tStart;
  if (u === 1) return tEnd;
  switch (strategy.kind) {
    case "uniform":
      return uniformTime(u, tStart, tEnd);
    case "quadratic":
      return quadraticTime(u, tStart, tEnd);
    case "polynomial":
      return polynomialTime(u, tStart, tEnd, strategy.power);
    case "tangent":
      return process.tFromS(tangentLevel(u, process.s(tStart), process.s(tEnd), strategy.c));
    case "logsnr":
    case "exponential":
    case "karras": {
      const sStart = process.s(tStart);
      const sEnd = process.s(tEnd);
      if (!(sEnd > 0 && Number.isFinite(sStart))) {
        throw new InvalidArgumentError(
          "strategy",
          strategy.kind,
          `needs finite positive σ/α at both ends of the range; ${process.label} spans σ/α from ${sStart} to ${sEnd}`,
        );
      }
      const s = strategy.kind === "karras" ? karrasLevel(u, sStart, sEnd, strategy.rho) : exponentialLevel(u, sStart, sEnd);
      return process.tFromS(s);
    }
  }
}

/**
 * The schedule of a strategy: `steps` noisy levels from the start of the process's range to its end,
 * then the clean level (on `flow` the last grid point is the clean level itself).
 */
export function strategySchedule(
  process: NoiseProcess,
  strategy: Strategy,
  steps: number,
  options: StrategyOptions = {},
): Schedule {
  if (isToolStrategyKind(strategy.kind))
    return reproducedStrategySchedule(process, strategy as ToolStrategy, steps, options).schedule;
  if (options.denoise !== undefined)
    throw new InvalidArgumentError("denoise", options.denoise, "applies to reproduced strategies only");
  const grid = strategyGrid(process, steps);
  const times = new Float64Array(process.endsClean ? grid.length : grid.length + 1);
  for (let k = 0; k < grid.length; k++) times[k] = strategyTime(process, strategy, grid[k] as number);
  if (!process.endsClean) times[grid.length] = process.tClean;
  applyOptions(process, times, options);
  return scheduleFromTimes(process, times);
}

/**
 * A reproduced strategy's schedule with the tool's own arrays (sigmas, timesteps, notes). `round` does
 * not apply: each tool decides its own timesteps.
 */
export function reproducedStrategySchedule(
  process: NoiseProcess,
  strategy: ToolStrategy,
  steps: number,
  options: StrategyOptions = {},
): ToolSchedule {
  if (options.round) throw new InvalidArgumentError("round", true, `${strategy.kind} takes the timesteps its tool takes`);
  return reproducedSchedule(process, strategy, steps, options);
}

function applyOptions(process: NoiseProcess, times: Float64Array, options: StrategyOptions): void {
  const shift = options.mu !== undefined ? Math.exp(options.mu) : options.shift;
  if (shift !== undefined && shift !== 1) {
    if (process.kind !== "flow") throw new InvalidArgumentError("shift", shift, `applies only to flow, not ${process.label}`);
    for (let k = 0; k < times.length; k++) times[k] = shiftFlowTime(times[k] as number, shift);
  }
  if (options.round) {
    if (process.trainingSteps === undefined)
      throw new InvalidArgumentError("round", true, `needs a discrete process, not ${process.label}`);
    for (let k = 0; k < times.length - 1; k++) times[k] = Math.round(times[k] as number);
  }
}
