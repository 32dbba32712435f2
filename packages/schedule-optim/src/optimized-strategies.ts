import { type KeySpecs, readKeys, type Spec, type Spectrum } from "@klsched/core-linalg";
import { geodesicSchedule } from "./geodesic-schedule.js";
import { type OptimalSchedule, optimalSchedule } from "./optimal-schedule.js";
import type { OptimizationContext } from "./optimization-context.js";
import { fitTangentLaw, type TangentEnd, type TangentFit } from "./tangent-fit.js";

/**
 * How an optimised schedule was found: the minimum gap its levels keep (`optimal`), the bound a guard put on
 * the other direction of KL, the baseline it fell back to, or the fitted tangent law's coefficient and end.
 */
export interface OptimizationDetails {
  readonly minGap?: number;
  readonly guard?: OptimalSchedule["guard"];
  readonly fallback?: string;
  readonly tangent?: { readonly c: number; readonly end: TangentEnd };
}

/** What an optimised strategy needs to compute its levels. */
export type OptimizedContext = OptimizationContext & { readonly spectrum: Spectrum };

/**
 * A strategy optimised for a spectrum, sampler and prior (the CLI reference, "Optimised strategies"):
 * its spec kind, keys and help, how its value is read, and how its levels are computed. Registered in
 * {@link OPTIMIZED_STRATEGIES}.
 */
export interface OptimizedStrategyDescriptor<S extends { readonly kind: string } = { readonly kind: string }> {
  /** The spec kind (`tangent`, `geodesic`, `optimal`). */
  readonly spec: string;
  readonly summary: string;
  readonly keys: KeySpecs;
  /** Whether a spec of this kind means the optimised strategy (the plain `tangent:c=…` is not). */
  accepts(spec: Spec): boolean;
  /** Reads the strategy's value from a spec it {@link accepts}; `argument` names the input in errors. */
  parse(spec: Spec, argument: string): S;
  /** The N + 1 levels in s = σ/α: the process's start, the N − 1 free levels, then the clean level 0. */
  levels(context: OptimizedContext, steps: number, strategy: S): Float64Array;
  /** {@link levels} with how they were found. */
  optimize(context: OptimizedContext, steps: number, strategy: S): { levels: Float64Array; details: OptimizationDetails };
}

const TANGENT_FIT_KEYS = {
  fit: { type: "choice", choices: ["exact", "asymptotic"], default: "exact", help: "what c minimises" },
} as const satisfies KeySpecs;

/** The tangent law with its coefficient fitted to the spectrum (theory §4–§5). */
const fittedTangent: OptimizedStrategyDescriptor<{
  readonly kind: "tangent-fit";
  readonly label: string;
  readonly fit: TangentFit;
}> = {
  spec: "tangent",
  summary:
    "the best tangent law for the case: c and the end (s = 0, or the range's end and the clean jump) of least KL, or (fit=asymptotic) c for the N⁻² term",
  keys: TANGENT_FIT_KEYS,
  accepts: (spec) => !spec.params.has("c"),
  parse: (spec, argument) => ({ kind: "tangent-fit", label: spec.text, ...readKeys(spec, TANGENT_FIT_KEYS, argument) }),
  levels: (context, steps, strategy) => fitTangentLaw(context, steps, strategy.fit).levels,
  optimize(context, steps, strategy) {
    const law = fitTangentLaw(context, steps, strategy.fit);
    return { levels: law.levels, details: { tangent: { c: law.c, end: law.end } } };
  },
};

/** The geodesic schedule with self-consistent weights (theory §6). */
const geodesic: OptimizedStrategyDescriptor<{ readonly kind: "geodesic"; readonly label: string }> = {
  spec: "geodesic",
  summary: "the geodesic of theory §6: levels uniform in the KL metric's arc length, weights self-consistent",
  keys: {},
  accepts: () => true,
  parse(spec, argument) {
    readKeys(spec, {}, argument);
    return { kind: "geodesic", label: spec.text };
  },
  levels: (context, steps) => geodesicSchedule(context, steps).levels,
  optimize: (context, steps) => ({ levels: geodesicSchedule(context, steps).levels, details: {} }),
};

/** The exact minimum of the discrete KL over the N − 1 free levels (L-BFGS). */
const optimal: OptimizedStrategyDescriptor<{ readonly kind: "optimal"; readonly label: string }> = {
  spec: "optimal",
  summary: "the exact minimum of the sampler's KL over the free levels (L-BFGS on the closed form)",
  keys: {},
  accepts: () => true,
  parse(spec, argument) {
    readKeys(spec, {}, argument);
    return { kind: "optimal", label: spec.text };
  },
  levels: (context, steps) => optimalSchedule(context, steps).levels,
  optimize(context, steps) {
    const { levels, minGap, guard, fallback } = optimalSchedule(context, steps);
    return {
      levels,
      details: { minGap, ...(guard === undefined ? {} : { guard }), ...(fallback === undefined ? {} : { fallback }) },
    };
  },
};

/**
 * The optimised strategies, keyed by the kind of their value.
 *
 * @example
 * ```ts
 * import { parseSpec, syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { OPTIMIZED_STRATEGIES } from "@klsched/schedule-optim";
 * Object.keys(OPTIMIZED_STRATEGIES); // ["tangent-fit", "geodesic", "optimal"]
 * OPTIMIZED_STRATEGIES["tangent-fit"].accepts(parseSpec("tangent:c=1")); // false
 * const context = { spectrum: syntheticSpectrum("geometric:d=8,min=0.01,max=1"), process: veProcess(0.002, 80) };
 * OPTIMIZED_STRATEGIES.optimal.levels(context, 4, { kind: "optimal", label: "optimal" }); // Float64Array [80, 1.0627…, 0.3122…, 0.0916…, 0]
 * ```
 */
export const OPTIMIZED_STRATEGIES = { "tangent-fit": fittedTangent, geodesic, optimal } as const;

/** An optimised strategy's value. */
export type OptimizedStrategy = {
  [K in keyof typeof OPTIMIZED_STRATEGIES]: (typeof OPTIMIZED_STRATEGIES)[K] extends OptimizedStrategyDescriptor<infer S>
    ? S
    : never;
}[keyof typeof OPTIMIZED_STRATEGIES];

/** The descriptor of an optimised strategy's value. */
export function optimizedDescriptor<S extends OptimizedStrategy>(strategy: S): OptimizedStrategyDescriptor<S> {
  return OPTIMIZED_STRATEGIES[strategy.kind] as unknown as OptimizedStrategyDescriptor<S>;
}
