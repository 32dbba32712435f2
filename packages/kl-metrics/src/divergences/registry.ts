import type { DivergenceDescriptor } from "./descriptor.js";
import { forwardKLDivergence } from "./forward-kl.js";
import { reverseKLDivergence } from "./reverse-kl.js";
import { symmetricKLDivergence } from "./symmetric-kl.js";
import { wasserstein2Divergence } from "./wasserstein2.js";

/**
 * The divergences every command prints, by name, in column order. A new divergence is one file (its
 * per-direction formula, gradient and total as a {@link DivergenceDescriptor}) and one line here:
 * `scheduleKL` then returns it as a field of that name, and the CLI prints it.
 *
 * @example
 * ```ts
 * import { DIVERGENCES } from "@klsched/kl-metrics";
 * Object.keys(DIVERGENCES); // ["kl", "klReverse", "w2", "klSymmetric"]
 * DIVERGENCES.w2.label; // "W2"
 * DIVERGENCES.w2.total(DIVERGENCES.w2.perDirection(Math.log(4), 0, 1)); // 1
 * ```
 */
export const DIVERGENCES = {
  kl: forwardKLDivergence,
  klReverse: reverseKLDivergence,
  w2: wasserstein2Divergence,
  klSymmetric: symmetricKLDivergence,
} as const satisfies Record<string, DivergenceDescriptor>;

/** A registered divergence's name: a field of `ScheduleKL` and of the CLI's JSON. */
export type DivergenceName = keyof typeof DIVERGENCES;

/** The registered divergences in column order. */
export const DIVERGENCE_NAMES = Object.keys(DIVERGENCES) as readonly DivergenceName[];
