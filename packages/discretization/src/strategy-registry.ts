import { exponentialStrategy, karrasStrategy, logsnrStrategy, tangentStrategy } from "./strategies/level-strategies.js";
import { polynomialStrategy, quadraticStrategy, uniformStrategy } from "./strategies/time-maps.js";
import type { OwnStrategyDescriptor } from "./strategy-descriptor.js";

/**
 * klsched's own strategies, by kind, in the order `--help` lists them. A new strategy is one file with its
 * descriptor ({@link defineOwnStrategy}) and one line here; `Strategy`, `parseStrategy`, the CLI's help and
 * the docs playground all read this record.
 *
 * @example
 * ```ts
 * import { OWN_STRATEGIES, veProcess } from "@klsched/discretization";
 * Object.keys(OWN_STRATEGIES); // ["uniform", "quadratic", "polynomial", "logsnr", "exponential", "karras", "tangent"]
 * OWN_STRATEGIES.karras.summary; // "Karras et al. (2022), Eq. 5: uniform in (σ/α)^(1/ρ)"
 * OWN_STRATEGIES.karras.time(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 0.5); // 2.515218976147159
 * ```
 */
export const OWN_STRATEGIES = {
  uniform: uniformStrategy,
  quadratic: quadraticStrategy,
  polynomial: polynomialStrategy,
  logsnr: logsnrStrategy,
  exponential: exponentialStrategy,
  karras: karrasStrategy,
  tangent: tangentStrategy,
} as const;

/** One of klsched's own strategies as a plain value: `{ kind: "karras", rho: 7 }` (the CLI reference, "Strategies"). */
export type Strategy = {
  [K in keyof typeof OWN_STRATEGIES]: (typeof OWN_STRATEGIES)[K] extends OwnStrategyDescriptor<infer S> ? S : never;
}[keyof typeof OWN_STRATEGIES];

/** The kinds of klsched's own strategies, in registry order. */
export const STRATEGY_KINDS = Object.keys(OWN_STRATEGIES) as readonly Strategy["kind"][];

/**
 * True when `kind` names one of klsched's own strategies.
 *
 * @example
 * ```ts
 * import { isStrategyKind } from "@klsched/discretization";
 * isStrategyKind("karras"); // true
 * isStrategyKind("ays"); // false
 * ```
 */
export function isStrategyKind(kind: string): kind is Strategy["kind"] {
  return Object.hasOwn(OWN_STRATEGIES, kind);
}

/** The descriptor of a strategy value (the registry is keyed by kind, so the two always agree). */
export function strategyDescriptor<S extends Strategy>(strategy: S): OwnStrategyDescriptor<S> {
  return OWN_STRATEGIES[strategy.kind] as unknown as OwnStrategyDescriptor<S>;
}
