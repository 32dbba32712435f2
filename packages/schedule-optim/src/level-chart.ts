/**
 * Unconstrained coordinates for decreasing levels. A schedule of N steps starts at s₀ (fixed), visits
 * free levels s₁ > … > s_{N−1} > floor, and ends at the clean level 0. With Φ(s) = atan(s/c) the gaps
 * Φ_{k−1} − Φ_k (k = 1..N−1) and Φ_{N−1} − Φ(floor) are a softmax of N logits times the whole span, so
 * any logits give valid, strictly decreasing levels, and a logit is the log of a gap: scale-free.
 *
 * With a minimum gap g in ln s, the chart places the shifted levels s̃_k = s_k·e^{kg} instead, between s₀
 * and floor·e^{(N−1)g}: s̃ decreasing is exactly s_{k−1}/s_k ≥ e^g, so every step but the clean jump spans
 * at least g in ln s, and s_{N−1} stays above the floor.
 */
export interface LevelChart {
  /** s₀; +Infinity where the process starts at α = 0. */
  readonly start: number;
  /** Lower bound of the free levels (0, a discrete model's smallest level, or a trained range's end). */
  readonly floor: number;
  /** c in Φ = atan(s/c). */
  readonly scale: number;
  /** N: the number of steps; N − 1 levels are free. */
  readonly steps: number;
  /** The least ln s_{k−1} − ln s_k between neighbouring noisy levels (default 0: none). */
  readonly minGap?: number;
}

const angle = (chart: LevelChart, s: number) => Math.atan(s / chart.scale);

/** e^{kg} for the shift of level k (1 without a minimum gap). */
const shift = (chart: LevelChart, k: number) => (chart.minGap ? Math.exp(k * chart.minGap) : 1);

/** The floor of the shifted levels s̃: floor·e^{(N−1)g}. */
const shiftedFloor = (chart: LevelChart) => chart.floor * shift(chart, chart.steps - 1);

/**
 * True when N levels fit between the chart's start and floor with the minimum gap: (N − 1)·g below
 * ln(s₀/floor). Always true without a gap, from s₀ = ∞ or to a floor of 0.
 */
export function chartIsFeasible(chart: LevelChart): boolean {
  return shiftedFloor(chart) < chart.start;
}

/** The N + 1 levels s₀, s₁ … s_{N−1}, 0 given N logits. */
export function levelsFromLogits(chart: LevelChart, logits: Float64Array): Float64Array {
  const weights = softmax(logits);
  const lo = angle(chart, shiftedFloor(chart));
  const top = angle(chart, chart.start);
  const span = top - lo;
  const levels = new Float64Array(chart.steps + 1);
  levels[0] = chart.start;
  // Σ_{j>k} w_j (from the small end) and Σ_{j≤k} w_j (from the top), so that no level cancels at either end
  let suffix = 0;
  const suffixes = new Float64Array(chart.steps);
  for (let k = chart.steps - 1; k >= 1; k--) {
    suffix += weights[k] as number;
    suffixes[k] = suffix;
  }
  let prefix = 0;
  for (let k = 1; k < chart.steps; k++) {
    prefix += weights[k - 1] as number;
    const fromTop = span * prefix; // Φ₀ − Φ_k
    const shifted =
      chart.start === Number.POSITIVE_INFINITY && fromTop < Math.PI / 4
        ? chart.scale / Math.tan(fromTop) // c·cot(Φ₀ − Φ_k) with Φ₀ = π/2
        : chart.scale * Math.tan(Math.min(lo + span * (suffixes[k] as number), top));
    levels[k] = shifted / shift(chart, k);
  }
  levels[chart.steps] = 0;
  return levels;
}

/**
 * Logits whose levels are `levels` (N + 1 values from s₀ to 0). Levels that break the chart's order or
 * gap are repaired: each gap of the shifted levels is taken as at least 10⁻⁸ of the span, so a start with
 * merged levels becomes a valid one close to it, from which the optimiser can still move them apart.
 */
export function logitsFromLevels(chart: LevelChart, levels: ArrayLike<number>): Float64Array {
  const n = chart.steps;
  const logits = new Float64Array(n);
  const lo = angle(chart, shiftedFloor(chart));
  const span = angle(chart, chart.start) - lo;
  for (let k = 1; k <= n; k++) {
    const upper = k === 1 ? angle(chart, chart.start) : angle(chart, (levels[k - 1] as number) * shift(chart, k - 1));
    const lower = k === n ? lo : angle(chart, (levels[k] as number) * shift(chart, k));
    logits[k - 1] = Math.log(Math.max((upper - lower) / span, 1e-8));
  }
  return logits;
}

/**
 * The gradient with respect to the logits given ∂f/∂s_k for the free levels (levelGradient[k], k = 1..N−1;
 * entries 0 and N are ignored): chain rule through s = c·tan Φ·e^{−kg} and the softmax.
 */
export function logitGradient(
  chart: LevelChart,
  logits: Float64Array,
  levels: Float64Array,
  levelGradient: Float64Array,
): Float64Array {
  const n = chart.steps;
  const weights = softmax(logits);
  const span = angle(chart, chart.start) - angle(chart, shiftedFloor(chart));
  // ∂f/∂w_j = span · Σ_{k=1}^{j−1} ∂f/∂Φ_k, since Φ_k grows with every w_j, j > k
  const byWeight = new Float64Array(n);
  let prefix = 0;
  for (let j = 1; j <= n; j++) {
    byWeight[j - 1] = span * prefix;
    if (j <= n - 1) {
      const e = shift(chart, j);
      const shifted = (levels[j] as number) * e;
      const ds = chart.scale + (shifted * shifted) / chart.scale; // ds̃/dΦ = c·sec²Φ
      prefix += ((levelGradient[j] as number) / e) * ds; // ∂f/∂s̃ = ∂f/∂s · e^{−jg}
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
