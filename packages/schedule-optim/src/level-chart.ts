/**
 * Unconstrained coordinates for decreasing levels. A schedule of N steps starts at s₀ (fixed), visits
 * free levels s₁ > … > s_{N−1} > floor, and ends at the clean level 0. With Φ(s) = atan(s/c) the gaps
 * Φ_{k−1} − Φ_k (k = 1..N−1) and Φ_{N−1} − Φ(floor) are a softmax of N logits times the whole span, so
 * any logits give valid, strictly decreasing levels, and a logit is the log of a gap: scale-free.
 */
export interface LevelChart {
  /** s₀; +Infinity where the process starts at α = 0. */
  readonly start: number;
  /** Lower bound of the free levels (0, or a discrete model's smallest level). */
  readonly floor: number;
  /** c in Φ = atan(s/c). */
  readonly scale: number;
  /** N: the number of steps; N − 1 levels are free. */
  readonly steps: number;
}

const angle = (chart: LevelChart, s: number) => Math.atan(s / chart.scale);

/** The N + 1 levels s₀, s₁ … s_{N−1}, 0 given N logits. */
export function levelsFromLogits(chart: LevelChart, logits: Float64Array): Float64Array {
  const weights = softmax(logits);
  const lo = angle(chart, chart.floor);
  const span = angle(chart, chart.start) - lo;
  const levels = new Float64Array(chart.steps + 1);
  levels[0] = chart.start;
  let suffix = 0; // Σ_{j>k} w_j, summed from the small end so that no level cancels
  for (let k = chart.steps - 1; k >= 1; k--) {
    suffix += weights[k] as number;
    levels[k] = chart.scale * Math.tan(lo + span * suffix);
  }
  levels[chart.steps] = 0;
  return levels;
}

/** Logits whose levels are `levels` (N + 1 values from s₀ to 0; the free ones strictly inside the range). */
export function logitsFromLevels(chart: LevelChart, levels: ArrayLike<number>): Float64Array {
  const n = chart.steps;
  const logits = new Float64Array(n);
  const lo = angle(chart, chart.floor);
  const span = angle(chart, chart.start) - lo;
  for (let k = 1; k <= n; k++) {
    const upper = angle(chart, levels[k - 1] as number);
    const lower = k === n ? lo : angle(chart, levels[k] as number);
    logits[k - 1] = Math.log(Math.max((upper - lower) / span, 1e-300));
  }
  return logits;
}

/**
 * The gradient with respect to the logits given ∂f/∂s_k for the free levels (levelGradient[k], k = 1..N−1;
 * entries 0 and N are ignored): chain rule through s = c·tan Φ and the softmax.
 */
export function logitGradient(
  chart: LevelChart,
  logits: Float64Array,
  levels: Float64Array,
  levelGradient: Float64Array,
): Float64Array {
  const n = chart.steps;
  const weights = softmax(logits);
  const span = angle(chart, chart.start) - angle(chart, chart.floor);
  // ∂f/∂w_j = span · Σ_{k=1}^{j−1} ∂f/∂Φ_k, since Φ_k grows with every w_j, j > k
  const byWeight = new Float64Array(n);
  let prefix = 0;
  for (let j = 1; j <= n; j++) {
    byWeight[j - 1] = span * prefix;
    if (j <= n - 1) {
      const s = levels[j] as number;
      const ds = chart.scale + (s * s) / chart.scale; // ds/dΦ = c·sec²Φ
      prefix += (levelGradient[j] as number) * ds;
    }
  }
  let mean = 0;
  for (let j = 0; j < n; j++) mean += (weights[j] as number) * (byWeight[j] as number);
  const out = new Float64Array(n);
  for (let m = 0; m < n; m++) out[m] = (weights[m] as number) * ((byWeight[m] as number) - mean);
  return out;
}

function softmax(x: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of x) max = Math.max(max, v);
  const out = new Float64Array(x.length);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const e = Math.exp((x[i] as number) - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < x.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}
