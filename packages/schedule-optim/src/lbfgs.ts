/**
 * Limited-memory BFGS with a strong-Wolfe line search (Nocedal & Wright 2006, Algorithms 7.4, 3.5
 * and 3.6). Minimises a smooth f: ℝⁿ → ℝ given f and ∇f together; used by klsched to find exact
 * KL-optimal schedules. Deterministic, allocation per iteration only (vectors of length n).
 */

/** f(x) and writes ∇f(x) into `gradient`. */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

/** Options of {@link minimizeLbfgs}. */
export interface LbfgsOptions {
  /** Correction pairs kept (default 10). */
  readonly memory?: number;
  /** Iteration cap (default 1000). */
  readonly maxIterations?: number;
  /** Stop when |f_k − f_{k+1}| ≤ relativeTolerance·max(|f_k|, |f_{k+1}|, tiny) (default 1e-15). */
  readonly relativeTolerance?: number;
  /** Stop when ‖∇f‖∞ ≤ gradientTolerance (default 0: rely on the function test). */
  readonly gradientTolerance?: number;
  /** Called after every accepted step. */
  readonly onIteration?: (iteration: number, value: number) => void;
}

/** The minimiser found by {@link minimizeLbfgs}, its value and why the iteration stopped. */
export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly reason: "converged" | "gradient" | "max-iterations" | "line-search";
}

/** Minimises a smooth function from `start` by L-BFGS with a strong-Wolfe line search (Nocedal & Wright, Alg. 7.4). */
export function minimizeLbfgs(
  objective: ObjectiveWithGradient,
  start: ArrayLike<number>,
  options: LbfgsOptions = {},
): LbfgsResult {
  const n = start.length;
  const memory = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.relativeTolerance ?? 1e-15;
  const gradientTolerance = options.gradientTolerance ?? 0;
  let evaluations = 0;
  const evaluate = (x: Float64Array, g: Float64Array) => {
    evaluations++;
    return objective(x, g);
  };

  let x: Float64Array = Float64Array.from(start);
  let g: Float64Array = new Float64Array(n);
  let f = evaluate(x, g);
  const sHistory: Float64Array[] = [];
  const yHistory: Float64Array[] = [];
  const rhoHistory: number[] = [];
  const direction = new Float64Array(n);
  const alphas = new Float64Array(memory);

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (maxAbs(g) <= gradientTolerance) return { x, value: f, iterations: iteration - 1, evaluations, reason: "gradient" };
    twoLoopDirection(g, sHistory, yHistory, rhoHistory, direction, alphas);
    let slope = dot(g, direction);
    if (!(slope < 0)) {
      // not a descent direction (numerical trouble): restart from steepest descent
      sHistory.length = 0;
      yHistory.length = 0;
      rhoHistory.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -(g[i] as number);
      slope = dot(g, direction);
    }
    const initialStep = sHistory.length === 0 ? Math.min(1, 1 / Math.max(maxAbs(g), 1e-300)) : 1;
    const search = strongWolfeSearch(evaluate, x, f, g, direction, slope, initialStep);
    if (search === undefined) return { x, value: f, iterations: iteration - 1, evaluations, reason: "line-search" };
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (search.x[i] as number) - (x[i] as number);
      y[i] = (search.gradient[i] as number) - (g[i] as number);
    }
    const sy = dot(s, y);
    if (sy > 1e-300) {
      if (sHistory.length === memory) {
        sHistory.shift();
        yHistory.shift();
        rhoHistory.shift();
      }
      sHistory.push(s);
      yHistory.push(y);
      rhoHistory.push(1 / sy);
    }
    const previous = f;
    x = search.x;
    g = search.gradient;
    f = search.value;
    options.onIteration?.(iteration, f);
    if (Math.abs(previous - f) <= tolerance * Math.max(Math.abs(previous), Math.abs(f), 1e-300)) {
      return { x, value: f, iterations: iteration, evaluations, reason: "converged" };
    }
  }
  return { x, value: f, iterations: maxIterations, evaluations, reason: "max-iterations" };
}

/** The L-BFGS two-loop recursion: direction = −H·g with H the implicit inverse-Hessian approximation. */
function twoLoopDirection(
  g: Float64Array,
  sHistory: readonly Float64Array[],
  yHistory: readonly Float64Array[],
  rhoHistory: readonly number[],
  out: Float64Array,
  alphas: Float64Array,
): void {
  const n = g.length;
  for (let i = 0; i < n; i++) out[i] = -(g[i] as number);
  const m = sHistory.length;
  for (let j = m - 1; j >= 0; j--) {
    const a = (rhoHistory[j] as number) * dot(sHistory[j] as Float64Array, out);
    alphas[j] = a;
    axpy(-a, yHistory[j] as Float64Array, out);
  }
  if (m > 0) {
    const y = yHistory[m - 1] as Float64Array;
    const gamma = dot(sHistory[m - 1] as Float64Array, y) / dot(y, y);
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) * gamma;
  }
  for (let j = 0; j < m; j++) {
    const b = (rhoHistory[j] as number) * dot(yHistory[j] as Float64Array, out);
    axpy((alphas[j] as number) - b, sHistory[j] as Float64Array, out);
  }
}

interface LinePoint {
  readonly x: Float64Array;
  readonly value: number;
  readonly gradient: Float64Array;
  readonly slope: number;
  readonly step: number;
}

/** Strong Wolfe conditions with c₁ = 1e-4, c₂ = 0.9 (Nocedal & Wright Alg. 3.5 with zoom, Alg. 3.6). */
function strongWolfeSearch(
  evaluate: ObjectiveWithGradient,
  x0: Float64Array,
  f0: number,
  g0: Float64Array,
  direction: Float64Array,
  slope0: number,
  initialStep: number,
): LinePoint | undefined {
  const c1 = 1e-4;
  const c2 = 0.9;
  const at = (step: number): LinePoint => {
    const x = new Float64Array(x0.length);
    for (let i = 0; i < x.length; i++) x[i] = (x0[i] as number) + step * (direction[i] as number);
    const gradient = new Float64Array(x0.length);
    const value = evaluate(x, gradient);
    return { x, value, gradient, slope: dot(gradient, direction), step };
  };
  let previous: LinePoint = { x: x0, value: f0, gradient: g0, slope: slope0, step: 0 };
  let step = initialStep;
  for (let i = 0; i < 40; i++) {
    const current = at(step);
    if (
      !Number.isFinite(current.value) ||
      current.value > f0 + c1 * step * slope0 ||
      (i > 0 && current.value >= previous.value)
    ) {
      return zoom(at, f0, slope0, previous, current, c1, c2);
    }
    if (Math.abs(current.slope) <= -c2 * slope0) return current;
    if (current.slope >= 0) return zoom(at, f0, slope0, current, previous, c1, c2);
    previous = current;
    step *= 2;
  }
  return undefined;
}

function zoom(
  at: (step: number) => LinePoint,
  f0: number,
  slope0: number,
  low: LinePoint,
  high: LinePoint,
  c1: number,
  c2: number,
): LinePoint | undefined {
  let lo = low;
  let hi = high;
  for (let i = 0; i < 60; i++) {
    const step = interpolateStep(lo, hi);
    if (!(Math.abs(hi.step - lo.step) > 1e-16 * Math.max(1, Math.abs(lo.step)))) break;
    const current = at(step);
    if (!Number.isFinite(current.value) || current.value > f0 + c1 * step * slope0 || current.value >= lo.value) {
      hi = current;
    } else {
      if (Math.abs(current.slope) <= -c2 * slope0) return current;
      if (current.slope * (hi.step - lo.step) >= 0) hi = lo;
      lo = current;
    }
  }
  return lo.step > 0 && lo.value < f0 ? lo : undefined;
}

/** Cubic interpolation between two points with values and slopes, safeguarded to the inner 80 % of the bracket. */
function interpolateStep(a: LinePoint, b: LinePoint): number {
  const lo = Math.min(a.step, b.step);
  const hi = Math.max(a.step, b.step);
  let step = 0.5 * (a.step + b.step);
  if (Number.isFinite(b.value)) {
    const d1 = a.slope + b.slope - (3 * (a.value - b.value)) / (a.step - b.step);
    const radicand = d1 * d1 - a.slope * b.slope;
    if (radicand >= 0) {
      const d2 = Math.sign(b.step - a.step) * Math.sqrt(radicand);
      const cubic = b.step - (b.step - a.step) * ((b.slope + d2 - d1) / (b.slope - a.slope + 2 * d2));
      if (Number.isFinite(cubic)) step = cubic;
    }
  }
  const margin = 0.1 * (hi - lo);
  return Math.min(hi - margin, Math.max(lo + margin, step));
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + a * (x[i] as number);
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] as number));
  return m;
}
