import { type Schedule, sigmasOf } from "@klsched/discretization";
import { DIVERGENCES, type DivergenceName } from "@klsched/kl-metrics";
import { guardedDivergence, type Objective } from "./objective.js";
import { DEGENERATE_FACTOR } from "./optimal-schedule.js";

/** The least ln-s gap between neighbouring noisy levels below which they count as merged (near-duplicates). */
export const MERGED_GAP = 1e-3;

/** A schedule's divergences by name (a `ScheduleKL`, a ranked row). */
export type DivergenceFigures = { readonly [K in DivergenceName]: number };

/**
 * Why an optimised schedule is degenerate — tuned to the exact Gaussian closed form in a way a trained
 * network would not follow (issue 12): neighbouring noisy levels closer than {@link MERGED_GAP} in ln s
 * (no-op steps; DPM-Solver++(2M) weighs the error of such a pair by ~1/gap), noisy levels outside the
 * process's trained range [s(t_end), s(t_start)] (the clean jump aside), or the other direction of KL
 * more than {@link DEGENERATE_FACTOR} times the least value a baseline has (an over-dispersion the
 * objective rewards). Empty for a sound schedule. One sentence per reason.
 *
 * @example
 * ```ts
 * import { scheduleFromTimes, parseProcess } from "@klsched/discretization";
 * import { degenerateReasons } from "@klsched/schedule-optim";
 * const sd15 = parseProcess("sd15");
 * const merged = scheduleFromTimes(sd15, [999, 999, 500, 0, -1]);
 * const figures = { kl: 1, klReverse: 1, w2: 1, klSymmetric: 2 };
 * degenerateReasons(merged, figures, [{ label: "karras", figures }], "kl"); // ["it merges 1 pair of levels (ln-gap 0 < 0.001)"]
 * ```
 */
export function degenerateReasons(
  schedule: Schedule,
  figures: DivergenceFigures,
  baselines: readonly { readonly label: string; readonly figures: DivergenceFigures }[],
  objective: Objective = "kl",
): string[] {
  const reasons: string[] = [];
  const { process } = schedule;
  const levels = sigmasOf(schedule);
  const noisy = levels.length - (levels[levels.length - 1] === 0 ? 1 : 0);
  let merged = 0;
  let closest = Number.POSITIVE_INFINITY;
  for (let k = 1; k < noisy; k++) {
    const upper = levels[k - 1] as number;
    if (upper === Number.POSITIVE_INFINITY) continue;
    const gap = Math.log(upper / (levels[k] as number));
    closest = Math.min(closest, gap);
    if (gap < MERGED_GAP) merged++;
  }
  if (merged > 0) {
    reasons.push(
      `it merges ${merged} pair${merged === 1 ? "" : "s"} of levels (ln-gap ${Number(closest.toPrecision(3))} < ${MERGED_GAP})`,
    );
  }
  const top = process.s(process.tStart);
  const bottom = process.endsClean ? 0 : process.s(process.tEnd);
  for (let k = 0; k < noisy; k++) {
    const s = levels[k] as number;
    if (s < bottom * (1 - 1e-9) || s > top * (1 + 1e-9)) {
      reasons.push(
        `level ${k} (σ/α = ${Number(s.toPrecision(4))}) leaves the trained range [${Number(bottom.toPrecision(4))}, ${Number(top.toPrecision(4))}]`,
      );
      break;
    }
  }
  const other = guardedDivergence(objective);
  if (other !== undefined) {
    let least: { label: string; value: number } | undefined;
    for (const b of baselines) {
      const v = b.figures[other];
      if (Number.isFinite(v) && (least === undefined || v < least.value)) least = { label: b.label, value: v };
    }
    const ours = figures[other];
    if (least !== undefined && ours > DEGENERATE_FACTOR * least.value) {
      const times = least.value > 0 ? `${Number((ours / least.value).toPrecision(3))} times` : "far above";
      reasons.push(
        `its ${DIVERGENCES[other].label} (${Number(ours.toPrecision(6))}) is ${times} the least a baseline has (${Number(least.value.toPrecision(6))}, ${least.label})`,
      );
    }
  }
  return reasons;
}
