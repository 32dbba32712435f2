import { InvalidArgumentError, parseSpec } from "@klsched/core-linalg";
import { shiftFlowTime } from "./flow-process.js";
import type { NoiseProcess } from "./noise-process.js";
import { type Schedule, scheduleFromTimes } from "./schedule.js";
import { checkSteps } from "./step-limit.js";
import { optionKeys, readStrategyOptions, type StrategyOptions, type StrategySpec } from "./strategy-options.js";
import { isStrategyKind, OWN_STRATEGIES, STRATEGY_KINDS, type Strategy, strategyDescriptor } from "./strategy-registry.js";

/**
 * Parses one of klsched's own strategies: `uniform`, `karras:rho=7`, `tangent:c=0.5,shift=3`, … with the
 * flow options `shift` and `mu` (or `seqlen`, μ by diffusers' `calculate_shift`), checked when applied.
 * The strategies reproduced from other tools are parsed by `parseReproducedStrategy`
 * (`@klsched/discretization/reproduced`).
 *
 * @example
 * ```ts
 * import { parseStrategy } from "@klsched/discretization";
 * parseStrategy("karras:rho=5").strategy; // { kind: "karras", rho: 5 }
 * parseStrategy("uniform:shift=3").options; // { shift: 3 }
 * ```
 * @throws InvalidArgumentError for an unknown kind, an unknown key or a value out of range.
 */
export function parseStrategy(text: string, argument = "strategy"): StrategySpec<Strategy> {
  const spec = parseSpec(text, argument);
  if (!isStrategyKind(spec.kind)) {
    throw new InvalidArgumentError(
      argument,
      text,
      `unknown strategy kind "${spec.kind}" (expected ${STRATEGY_KINDS.join(", ")})`,
    );
  }
  const descriptor = OWN_STRATEGIES[spec.kind];
  const own = Object.keys(descriptor.keys);
  const options = optionKeys(own, false);
  const strategy = descriptor.parse(spec, argument, options) as Strategy;
  return { label: spec.text, strategy, options: readStrategyOptions(spec, options, own, argument) };
}

/**
 * The grid of a strategy with `steps` noisy levels (the CLI reference, "Steps and budgets"): u_k = k/(N−1), k = 0..N−1
 * (u₀ = 0 for N = 1); on a process whose range ends clean (`flow`), u_k = k/N, k = 0..N.
 *
 * @example
 * ```ts
 * import { flowProcess, strategyGrid, veProcess } from "@klsched/discretization";
 * strategyGrid(veProcess(0.002, 80), 3); // Float64Array [0, 0.5, 1]
 * strategyGrid(flowProcess(), 2); // Float64Array [0, 0.5, 1]
 * ```
 * @throws InvalidArgumentError unless `steps` is an integer ≥ 1; LimitExceededError above `MAX_STEPS` (10⁵).
 */
export function strategyGrid(process: NoiseProcess, steps: number): Float64Array {
  if (!Number.isInteger(steps) || steps < 1) throw new InvalidArgumentError("steps", steps, "expected an integer ≥ 1");
  checkSteps(steps);
  if (process.endsClean) return Float64Array.from({ length: steps + 1 }, (_, k) => k / steps);
  return Float64Array.from({ length: steps }, (_, k) => (steps === 1 ? 0 : k / (steps - 1)));
}

/**
 * The time of the level at grid point u for a strategy on a process. The ends u = 0 and u = 1 are the
 * ends of the range exactly, so that no round trip through s leaves a start at α = 1e-16 instead of 0.
 *
 * @example
 * ```ts
 * import { strategyTime, veProcess } from "@klsched/discretization";
 * // on a VE process the time is σ itself: Karras' ρ = 7 ramp is at σ ≈ 2.52 halfway
 * strategyTime(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 0.5); // 2.515218976147159
 * ```
 * @throws InvalidArgumentError when the strategy needs finite positive ends the process lacks (karras on flow).
 */
export function strategyTime(process: NoiseProcess, strategy: Strategy, u: number): number {
  if (u === 0) return process.tStart;
  if (u === 1) return process.tEnd;
  return strategyDescriptor(strategy).time(process, strategy, u);
}

/**
 * The schedule of a strategy: `steps` noisy levels from the start of the process's range to its end,
 * then the clean level (on `flow` the last grid point is the clean level itself).
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * // ten noisy levels from σ_max = 80 to σ_min = 0.002, then the clean level σ = 0
 * schedule.sigma; // Float64Array [80, 42.415…, 21.108…, 9.723…, 4.066…, 1.501…, 0.469…, 0.116…, 0.0204…, 0.002, 0]
 * ```
 * @throws InvalidArgumentError for a bad step count, an option the process cannot take (`shift` off
 * flow, `round` off a discrete process), or `denoise` (reproduced strategies only).
 */
export function strategySchedule(
  process: NoiseProcess,
  strategy: Strategy,
  steps: number,
  options: StrategyOptions = {},
): Schedule {
  if (!isStrategyKind(strategy.kind)) {
    throw new InvalidArgumentError(
      "strategy",
      strategy.kind,
      "is not one of klsched's own strategies (reproduced ones: reproducedSchedule from @klsched/discretization/reproduced)",
    );
  }
  if (options.denoise !== undefined)
    throw new InvalidArgumentError("denoise", options.denoise, "applies to reproduced strategies only");
  const grid = strategyGrid(process, steps);
  const times = new Float64Array(process.endsClean ? grid.length : grid.length + 1);
  for (let k = 0; k < grid.length; k++) times[k] = strategyTime(process, strategy, grid[k] as number);
  if (!process.endsClean) times[grid.length] = process.tClean;
  applyOptions(process, times, options);
  return scheduleFromTimes(process, times);
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
