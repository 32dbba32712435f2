import type { MeasuredValue } from "./sample-quality.js";

/**
 * Whether a measured value is within error of the best (lowest) one, with common random numbers: the
 * difference of the two estimates against twice the standard deviation of the paired differences of
 * their replicates (the same resamples for both), the paired bootstrap of Efron & Tibshirani (1993, §16).
 * The best is within error of itself.
 *
 * @example
 * ```ts
 * import { withinErrorOfBest } from "@klsched/kl-metrics";
 * const best = { value: 1, error: 0.1, replicates: Float64Array.of(0.9, 1.1, 1.0) };
 * withinErrorOfBest({ value: 1.05, error: 0.1, replicates: Float64Array.of(0.95, 1.15, 1.05) }, best); // false
 * ```
 */
export function withinErrorOfBest(candidate: MeasuredValue, best: MeasuredValue): boolean {
  const gap = candidate.value - best.value;
  if (gap <= 0) return true;
  const m = candidate.replicates.length;
  if (m < 2 || m !== best.replicates.length) return gap <= 2 * Math.hypot(candidate.error, best.error);
  const differences = candidate.replicates.map((v, i) => v - (best.replicates[i] as number));
  let s = 0;
  for (const v of differences) s += v;
  const average = s / m;
  let ss = 0;
  for (const v of differences) ss += (v - average) ** 2;
  return gap <= 2 * Math.sqrt(ss / (m - 1));
}

/**
 * Spearman's rank correlation of two lists (Pearson's correlation of their ranks, ties given their mean
 * rank); NaN when either list is constant or shorter than 2.
 *
 * @example
 * ```ts
 * import { spearman } from "@klsched/kl-metrics";
 * spearman([1, 2, 3, 4], [10, 20, 40, 30]); // 0.8
 * ```
 */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length < 2) return Number.NaN;
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const ma = ra.reduce((t, v) => t + v, 0) / n;
  const mb = rb.reduce((t, v) => t + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const x = (ra[i] as number) - ma;
    const y = (rb[i] as number) - mb;
    sab += x * y;
    saa += x * x;
    sbb += y * y;
  }
  return saa === 0 || sbb === 0 ? Number.NaN : sab / Math.sqrt(saa * sbb);
}

/**
 * Ranks 1 … n, lowest value first; ties get their mean rank; NaN and +∞ rank last (a worse value).
 *
 * @example
 * ```ts
 * import { ranks } from "@klsched/kl-metrics";
 * ranks([3, 1, 3, Number.NaN]); // [2.5, 1, 2.5, 4]
 * ```
 */
export function ranks(values: readonly number[]): number[] {
  const key = (v: number) => (Number.isNaN(v) ? Number.POSITIVE_INFINITY : v);
  const order = values.map((_, i) => i).sort((x, y) => key(values[x] as number) - key(values[y] as number) || 0);
  const out = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && key(values[order[end] as number] as number) === key(values[order[start] as number] as number))
      end++;
    const rank = (start + end + 1) / 2;
    for (let j = start; j < end; j++) out[order[j] as number] = rank;
    start = end;
  }
  return out;
}

/**
 * |m − baseline| as a measured value, for a metric whose best value is the exact samples' own, not its
 * lowest: the mean NLL under the true mixture, which a sampler that collapses samples onto the modes
 * makes lower than exact samples do (E_q[−ln p] is least for q a point mass at p's mode). Replicates
 * pair with the baseline's (the same resamples); the error is the spread of the paired gaps.
 *
 * @example
 * ```ts
 * import { gapFromBaseline } from "@klsched/kl-metrics";
 * const baseline = { value: 10, error: 1, replicates: Float64Array.of(9, 11) };
 * gapFromBaseline({ value: 7, error: 1, replicates: Float64Array.of(6, 8) }, baseline).value; // 3
 * ```
 */
export function gapFromBaseline(m: MeasuredValue, baseline: MeasuredValue): MeasuredValue {
  const paired = m.replicates.length === baseline.replicates.length && m.replicates.length >= 2;
  const replicates = paired
    ? m.replicates.map((v, i) => Math.abs(v - (baseline.replicates[i] as number)))
    : Float64Array.of(Math.abs(m.value - baseline.value));
  let s = 0;
  for (const v of replicates) s += v;
  const average = s / replicates.length;
  let ss = 0;
  for (const v of replicates) ss += (v - average) ** 2;
  const error = paired ? Math.sqrt(ss / (replicates.length - 1)) : Math.hypot(m.error, baseline.error);
  return { value: Math.abs(m.value - baseline.value), error, replicates };
}
