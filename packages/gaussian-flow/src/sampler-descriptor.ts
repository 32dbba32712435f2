import { type KeySpecs, type KeyValues, readKeys, type Spec } from "@klsched/core-linalg";
import type { Sampler } from "./sampler.js";

/**
 * A sampler as `--sampler` names it: its spec name, its keys with their help, and how a {@link Sampler}
 * is made from them. The descriptor sits in the sampler's own file; `SAMPLERS` registers it, and
 * `parseSampler`, the CLI's help and the docs playground read the registry.
 */
export interface SamplerDescriptor {
  readonly name: string;
  /** One line for `--help` and the docs: the method, with its source. */
  readonly summary: string;
  readonly keys: KeySpecs;
  /** Whether the sampler draws fresh noise (then its closed form tracks added variance). */
  readonly stochastic: boolean;
  /** Reads the sampler's keys from a spec whose kind is {@link name} and makes the sampler. */
  parse(spec: Spec, argument: string): Sampler;
}

/**
 * Writes a sampler's descriptor from its keys; `make` receives the typed key values.
 *
 * @example
 * ```ts
 * import { defineSampler, euler } from "@klsched/gaussian-flow";
 * const eulerAgain = defineSampler({
 *   name: "euler-again",
 *   summary: "Euler's method under another name (a toy)",
 *   keys: {},
 *   stochastic: false,
 *   make: () => euler,
 * });
 * eulerAgain.stochastic; // false
 * ```
 */
export function defineSampler<const Keys extends KeySpecs>(definition: {
  readonly name: string;
  readonly summary: string;
  readonly keys: Keys;
  readonly stochastic: boolean;
  readonly make: (values: KeyValues<Keys>) => Sampler;
}): SamplerDescriptor {
  const { name, summary, keys, stochastic, make } = definition;
  return Object.freeze({
    name,
    summary,
    keys,
    stochastic,
    parse: (spec: Spec, argument: string) => make(readKeys(spec, keys, argument)),
  });
}
