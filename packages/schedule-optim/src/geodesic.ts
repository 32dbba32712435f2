import { gaussLegendre } from "./gauss-legendre.js";

/**
 * The metric of theory §6 “A spectrum: the geodesic and the exact optimum”: W(s) = Σ_i w_i λ_i / (λ_i + s²)², whose geodesic (the schedule uniform in
 * S(s) = ∫₀ˢ √W) minimises Σ_i w_i A_i at leading order. S is tabulated by Gauss–Legendre quadrature
 * on panels uniform in ln s, with the two tails closed analytically (√W → √(Σw/λ) as s → 0 and
 * √W → √(Σwλ)/s² as s → ∞), and inverted by Newton's method inside a panel.
 */
export class GeodesicMetric {
  private readonly eigenvalues: Float64Array;
  private readonly weights: Float64Array;
  private readonly edges: Float64Array; // panel edges in s
  private readonly cumulative: Float64Array; // S at each edge
  private readonly slopes: Float64Array; // dS/d(ln s) = s·√W(s) at each edge
  private readonly upperTail: number; // S(∞) − S(last edge)

  constructor(eigenvalues: Float64Array, weights: Float64Array, panelsPerE = 4) {
    this.eigenvalues = eigenvalues;
    this.weights = weights;
    let lo = Number.POSITIVE_INFINITY;
    let hi = 0;
    let lowLimit = 0; // Σ w/λ
    let highLimit = 0; // Σ wλ
    for (let i = 0; i < eigenvalues.length; i++) {
      const l = eigenvalues[i] as number;
      const w = weights[i] as number;
      if (w <= 0) continue;
      lo = Math.min(lo, Math.sqrt(l));
      hi = Math.max(hi, Math.sqrt(l));
      lowLimit += w / l;
      highLimit += w * l;
    }
    const start = Math.log(lo) - 8;
    const end = Math.log(hi) + 8;
    const panels = Math.ceil((end - start) * panelsPerE);
    this.edges = Float64Array.from({ length: panels + 1 }, (_, k) => Math.exp(start + ((end - start) * k) / panels));
    this.cumulative = new Float64Array(panels + 1);
    this.slopes = this.edges.map((e) => e * this.density(e));
    this.cumulative[0] = (this.edges[0] as number) * Math.sqrt(lowLimit);
    for (let k = 0; k < panels; k++) {
      this.cumulative[k + 1] =
        (this.cumulative[k] as number) + this.integrate(this.edges[k] as number, this.edges[k + 1] as number);
    }
    this.upperTail = Math.sqrt(highLimit) / (this.edges[panels] as number);
  }

  /** √W(s). */
  density(s: number): number {
    let w = 0;
    const s2 = s * s;
    for (let i = 0; i < this.eigenvalues.length; i++) {
      const l = this.eigenvalues[i] as number;
      const r = l + s2;
      w += ((this.weights[i] as number) * l) / (r * r);
    }
    return Math.sqrt(w);
  }

  /** S(s) = ∫₀ˢ √W; s may be ∞. */
  length(s: number): number {
    const last = this.edges.length - 1;
    if (s === Number.POSITIVE_INFINITY) return (this.cumulative[last] as number) + this.upperTail;
    if (s <= (this.edges[0] as number)) return s * this.density(0);
    if (s >= (this.edges[last] as number)) {
      const e = this.edges[last] as number;
      return (this.cumulative[last] as number) + this.upperTail * (1 - e / s);
    }
    const k = this.panelOf(s);
    return (this.cumulative[k] as number) + this.integrate(this.edges[k] as number, s);
  }

  /** The level s with S(s) = target, 0 ≤ target < S(∞). */
  inverse(target: number): number {
    const last = this.edges.length - 1;
    if (target <= 0) return 0;
    if (target <= (this.cumulative[0] as number)) return target / this.density(0);
    if (target >= (this.cumulative[last] as number)) {
      const e = this.edges[last] as number;
      const fraction = (target - (this.cumulative[last] as number)) / this.upperTail;
      return fraction >= 1 ? Number.POSITIVE_INFINITY : e / (1 - fraction);
    }
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) <= target) lo = mid;
      else hi = mid;
    }
    const a = this.edges[lo] as number;
    const b = this.edges[hi] as number;
    let s = hermiteGuess(
      Math.log(a),
      Math.log(b),
      this.cumulative[lo] as number,
      this.cumulative[hi] as number,
      this.slopes[lo] as number,
      this.slopes[hi] as number,
      target,
    );
    let left = a;
    let right = b;
    for (let iteration = 0; iteration < 30; iteration++) {
      const residual = (this.cumulative[lo] as number) + this.integrate(a, s) - target;
      if (Math.abs(residual) <= 2e-16 * target) return s;
      if (residual > 0) right = s;
      else left = s;
      let next = s - residual / this.density(s);
      if (!(next > left && next < right)) next = 0.5 * (left + right);
      if (Math.abs(next - s) <= 1e-13 * s) return next;
      s = next;
    }
    return s;
  }

  private panelOf(s: number): number {
    let lo = 0;
    let hi = this.edges.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((this.edges[mid] as number) <= s) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** ∫_a^b √W ds by 10-point Gauss–Legendre in ln s. */
  private integrate(a: number, b: number): number {
    const la = Math.log(a);
    const lb = Math.log(b);
    const half = 0.5 * (lb - la);
    const mid = 0.5 * (lb + la);
    let sum = 0;
    for (let j = 0; j < RULE.nodes.length; j++) {
      const s = Math.exp(mid + half * (RULE.nodes[j] as number));
      sum += (RULE.weights[j] as number) * this.density(s) * s;
    }
    return sum * half;
  }
}

const RULE = gaussLegendre(10);

/**
 * The s in [e^x0, e^x1] where the cubic Hermite interpolant of S in x = ln s (values y, slopes m at the
 * ends) equals `target`: a cheap first guess that the exact Newton steps then polish.
 */
function hermiteGuess(x0: number, x1: number, y0: number, y1: number, m0: number, m1: number, target: number): number {
  const h = x1 - x0;
  let t = (target - y0) / (y1 - y0);
  for (let i = 0; i < 20; i++) {
    const t2 = t * t;
    const t3 = t2 * t;
    const value = (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * h * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * h * m1;
    const slope = (6 * t2 - 6 * t) * y0 + (3 * t2 - 4 * t + 1) * h * m0 + (-6 * t2 + 6 * t) * y1 + (3 * t2 - 2 * t) * h * m1;
    if (!(slope > 0)) break;
    const next = Math.min(1, Math.max(0, t - (value - target) / slope));
    if (Math.abs(next - t) < 1e-15) break;
    t = next;
  }
  return Math.exp(x0 + t * h);
}

/**
 * N + 1 levels uniform in S from `start` down to the clean level 0; when a discrete model cannot go
 * below `floor` and the last noisy level would, N levels uniform in S from `start` to `floor`, then 0.
 */
export function geodesicLevels(metric: GeodesicMetric, start: number, floor: number, steps: number): Float64Array {
  const total = metric.length(start);
  const levels = new Float64Array(steps + 1);
  levels[0] = start;
  for (let k = 1; k < steps; k++) levels[k] = metric.inverse(total * (1 - k / steps));
  if (steps > 1 && (levels[steps - 1] as number) < floor) {
    const bottom = metric.length(floor);
    for (let k = 1; k < steps; k++)
      levels[k] = k === steps - 1 ? floor : metric.inverse(bottom + (total - bottom) * (1 - k / (steps - 1)));
  }
  levels[steps] = 0;
  return levels;
}
