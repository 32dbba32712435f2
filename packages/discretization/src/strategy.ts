import { InvalidArgumentError, parseSpec, SpecReader } from "@klsched/core-linalg";
import { shiftFlowTime } from "./flow-process.js";
import { exponentialLevel, karrasLevel, polynomialTime, quadraticTime, tangentLevel, uniformTime } from "./level-maps.js";
import type { NoiseProcess } from "./noise-process.js";
import { type Schedule, scheduleFromTimes } from "./schedule.js";

/** A time-discretization strategy as a plain value (CLI.md "Strategy"). */
export type Strategy =
  | { readonly kind: "uniform" }
  | { readonly kind: "quadratic" }
  | { readonly kind: "polynomial"; readonly power: number }
  | { readonly kind: "logsnr" }
  | { readonly kind: "exponential" }
  | { readonly kind: "karras"; readonly rho: number }
  | { readonly kind: "tangent"; readonly c: number };

/** Options that apply to any strategy. */
export interface StrategyOptions {
  /** Flow only: SD3/Flux timestep shift applied to every level (default 1 = none). */
  readonly shift?: number;
  /** Discrete processes only: round the noisy levels to integer training timesteps. */
  readonly round?: boolean;
}

/** A strategy spec as parsed from text: the strategy, its options, and the text it came from. */
export interface StrategySpec {
  readonly label: string;
  readonly strategy: Strategy;
  readonly options: StrategyOptions;
}

/** The strategy kinds `--strategy` accepts today. */
export const STRATEGY_KINDS = ["uniform", "quadratic", "polynomial", "logsnr", "exponential", "karras", "tangent"] as const;

/** Parses `uniform`, `karras:rho=7`, `tangent:c=0.5,shift=3`, … (`shift` is for `flow` and checked when applied). */
export function parseStrategy(text: string, argument = "strategy"): StrategySpec {
  const spec = parseSpec(text, argument);
  const keys = (extra: string[]) => new SpecReader(spec, [...extra, "shift"], argument);
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
  const shift = spec.params.has("shift") ? reader.number("shift", 1, { positive: true }) : undefined;
  return { label: spec.text, strategy, options: shift === undefined ? {} : { shift } };
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
  const grid = strategyGrid(process, steps);
  const times = new Float64Array(process.endsClean ? grid.length : grid.length + 1);
  for (let k = 0; k < grid.length; k++) times[k] = strategyTime(process, strategy, grid[k] as number);
  if (!process.endsClean) times[grid.length] = process.tClean;
  applyOptions(process, times, options);
  return scheduleFromTimes(process, times);
}

function applyOptions(process: NoiseProcess, times: Float64Array, options: StrategyOptions): void {
  if (options.shift !== undefined && options.shift !== 1) {
    if (process.kind !== "flow")
      throw new InvalidArgumentError("shift", options.shift, `applies only to flow, not ${process.label}`);
    for (let k = 0; k < times.length; k++) times[k] = shiftFlowTime(times[k] as number, options.shift);
  }
  if (options.round) {
    if (process.trainingSteps === undefined)
      throw new InvalidArgumentError("round", true, `needs a discrete process, not ${process.label}`);
    for (let k = 0; k < times.length - 1; k++) times[k] = Math.round(times[k] as number);
  }
}
