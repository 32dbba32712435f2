import { type KeySpecs, type KeyValues, readKeys, type Spec } from "@klsched/core-linalg";
import type { NoiseProcess } from "../noise-process.js";
import type { ToolSchedule } from "../tool-schedule.js";

/**
 * Options of a reproduced schedule: flow shift (static or μ), and a denoise-style truncation. `mu` is the
 * flow pipelines' dynamic shift, not the Laplace strategy's μ, which is `strategy.mu`.
 */
export interface ToolOptions {
  readonly shift?: number;
  readonly mu?: number;
  /** Img2img strength / ComfyUI denoise in (0, 1]: each tool truncates its own way. */
  readonly denoise?: number;
}

/**
 * A strategy reproduced from another tool (diffusers, k-diffusion, ComfyUI, AYS, GITS, …): defined by that
 * tool at each N rather than as a map of u, so it produces the tool's own arrays ({@link ToolSchedule}).
 * The descriptor is the only place the strategy is written down; `REPRODUCED_STRATEGIES` registers it.
 */
export interface ToolStrategyDescriptor<S extends { readonly kind: string } = { readonly kind: string }> {
  readonly kind: S["kind"];
  /** One line for `--help` and the docs: what the tool computes, with the file it comes from. */
  readonly summary: string;
  readonly keys: KeySpecs;
  /** True for list kinds (`sigmas:14.6,3,0.5`), whose values are bare items rather than key=value pairs. */
  readonly items: boolean;
  /** True when the tool applies a flow pipeline's shift (`shift=`, `mu=`, `seqlen=`). */
  readonly takesShift: boolean;
  /** True when the tool has an img2img strength / denoise truncation (`denoise=`). */
  readonly takesDenoise: boolean;
  /** Reads the strategy's value from a spec whose kind is {@link kind}; `options` are the other allowed keys. */
  parse(spec: Spec, argument: string, options: readonly string[]): S;
  /** The tool's schedule for `steps` steps; `options` were checked against {@link takesShift} and {@link takesDenoise}. */
  schedule(process: NoiseProcess, strategy: S, steps: number, options: ToolOptions): ToolSchedule;
}

/**
 * Writes a reproduced strategy's descriptor from its keys (see {@link ToolStrategyDescriptor}).
 *
 * @example
 * ```ts
 * import { defineToolStrategy } from "@klsched/discretization/reproduced";
 * import { toolSchedule } from "@klsched/discretization/reproduced";
 * const halving = defineToolStrategy({
 *   kind: "halving",
 *   summary: "a toy tool: σ_max, σ_max/2, σ_max/4, …, then 0",
 *   keys: {},
 *   make: () => ({ kind: "halving" as const }),
 *   schedule: (process, _strategy, steps) => {
 *     const top = process.s(process.tStart);
 *     const levels = Array.from({ length: steps }, (_, k) => ({ sigma: top / 2 ** k }));
 *     return toolSchedule(process, [...levels, { sigma: 0 }], undefined);
 *   },
 * });
 * halving.takesDenoise; // false
 * ```
 */
export function defineToolStrategy<
  const K extends string,
  const Keys extends KeySpecs,
  S extends { readonly kind: K },
>(definition: {
  readonly kind: K;
  readonly summary: string;
  readonly keys: Keys;
  readonly items?: boolean;
  readonly takesShift?: boolean;
  readonly takesDenoise?: boolean;
  readonly make: (values: KeyValues<Keys>, spec: Spec, argument: string) => S;
  readonly schedule: (process: NoiseProcess, strategy: S, steps: number, options: ToolOptions) => ToolSchedule;
}): ToolStrategyDescriptor<S> {
  const { kind, summary, keys, items = false, takesShift = false, takesDenoise = false, make, schedule } = definition;
  return Object.freeze({
    kind,
    summary,
    keys,
    items,
    takesShift,
    takesDenoise,
    parse: (spec: Spec, argument: string, options: readonly string[]) =>
      make(readKeys(spec, keys, argument, options, items), spec, argument),
    schedule,
  });
}
