import { type KeySpecs, type KeyValues, readKeys, type Spec } from "@klsched/core-linalg";
import type { NoiseProcess } from "./noise-process.js";

/**
 * One of klsched's own strategies: a map from a grid point u ∈ [0, 1] to a level, so that it is defined
 * for every N and every process (theory §4, the CLI reference "Strategies"). The descriptor is the only
 * place the strategy is written down: its name, its keys with their help, how its value is built from
 * them, and the map itself. {@link OWN_STRATEGIES} registers it.
 */
export interface OwnStrategyDescriptor<S extends { readonly kind: string } = { readonly kind: string }> {
  readonly kind: S["kind"];
  /** One line for `--help` and the docs: what the strategy is, with its source. */
  readonly summary: string;
  /** The strategy's own keys (every strategy also takes the flow options, see `STRATEGY_OPTION_KEYS`). */
  readonly keys: KeySpecs;
  /** Reads the strategy's value from a spec whose kind is {@link kind}; `options` are the other allowed keys. */
  parse(spec: Spec, argument: string, options: readonly string[]): S;
  /** The time of the level at grid point u ∈ (0, 1) (the ends are the range's ends exactly). */
  time(process: NoiseProcess, strategy: S, u: number): number;
}

/**
 * Writes an own strategy's descriptor from its keys: `make` builds the value from the typed key values,
 * so a key the descriptor does not declare cannot be read and a declared key cannot lack its help.
 *
 * @example
 * ```ts
 * import { defineOwnStrategy } from "@klsched/discretization";
 * const halfway = defineOwnStrategy({
 *   kind: "halfway",
 *   summary: "every level halfway in time between the previous one and the end (a toy)",
 *   keys: {},
 *   make: () => ({ kind: "halfway" as const }),
 *   time: (process, _strategy, u) => process.tStart + (1 - 2 ** -(8 * u)) * (process.tEnd - process.tStart),
 * });
 * halfway.summary; // "every level halfway …"
 * ```
 */
export function defineOwnStrategy<
  const K extends string,
  const Keys extends KeySpecs,
  S extends { readonly kind: K },
>(definition: {
  readonly kind: K;
  readonly summary: string;
  readonly keys: Keys;
  readonly make: (values: KeyValues<Keys>, spec: Spec) => S;
  readonly time: (process: NoiseProcess, strategy: S, u: number) => number;
}): OwnStrategyDescriptor<S> {
  const { kind, summary, keys, make, time } = definition;
  return Object.freeze({
    kind,
    summary,
    keys,
    parse: (spec: Spec, argument: string, options: readonly string[]) => make(readKeys(spec, keys, argument, options), spec),
    time,
  });
}
