import type { Spectrum } from "@klsched/core-linalg";
import type { Schedule } from "@klsched/discretization";
import type { Prior, Sampler } from "@klsched/gaussian-flow";
import { DIVERGENCE_NAMES, type DivergenceName, scheduleKL } from "@klsched/kl-metrics";

/** A candidate schedule under a name (usually its strategy spec). */
export interface Candidate {
  readonly label: string;
  readonly schedule: Schedule;
}

/** A candidate with its closed-form divergences (one field per registered divergence). */
export type RankedCandidate = { readonly label: string; readonly nfe: number } & { readonly [K in DivergenceName]: number };

/** What every candidate is scored against. */
export interface RankingContext {
  readonly spectrum: Spectrum;
  readonly sampler?: Sampler;
  readonly prior?: Prior;
  readonly clean?: boolean;
}

/**
 * Scores candidate schedules by KL(source ‖ output) and sorts them best first (ties keep their input
 * order). This is the paper's use of the closed-form KL for pretrained models: rank the time
 * discretizations a model can be sampled with (theory §7 “Pretrained models with fixed training schedules”).
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { parseStrategy, strategySchedule, veProcess } from "@klsched/discretization";
 * import { rankSchedules } from "@klsched/schedule-optim";
 * const edm = veProcess(0.002, 80);
 * const candidates = ["uniform", "karras:rho=7", "exponential"].map((label) => ({ label, schedule: strategySchedule(edm, parseStrategy(label).strategy, 4) }));
 * const ranked = rankSchedules(candidates, { spectrum: syntheticSpectrum("geometric:d=8,min=0.01,max=1") });
 * ranked.map((candidate) => candidate.label); // ["exponential", "karras:rho=7", "uniform"]
 * ranked[0]; // { label: "exponential", nfe: 4, kl: 16.355, klReverse: 4.2442, w2: 0.88436, klSymmetric: 20.599 }
 * ```
 */
export function rankSchedules(candidates: readonly Candidate[], context: RankingContext): RankedCandidate[] {
  const scored = candidates.map(({ label, schedule }, index) => {
    const r = scheduleKL({
      spectrum: context.spectrum,
      schedule,
      ...(context.sampler === undefined ? {} : { sampler: context.sampler }),
      ...(context.prior === undefined ? {} : { prior: context.prior }),
      ...(context.clean === undefined ? {} : { clean: context.clean }),
    });
    const divergences = Object.fromEntries(DIVERGENCE_NAMES.map((name) => [name, r[name]])) as { [K in DivergenceName]: number };
    return { index, ranked: { label, nfe: r.nfe, ...divergences } };
  });
  scored.sort((a, b) => compareKL(a.ranked.kl, b.ranked.kl) || a.index - b.index);
  return scored.map((s) => s.ranked);
}

/** Orders KL values ascending with NaN last (a NaN never wins a ranking). */
function compareKL(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a === b ? 0 : a < b ? -1 : 1;
}
