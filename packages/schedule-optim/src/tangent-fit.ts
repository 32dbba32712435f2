import { compensatedSum } from "@klsched/core-linalg";
import { sigmasOf, strategySchedule } from "@klsched/discretization";
import { scheduleKL } from "@klsched/kl-metrics";
import { minimizeScalar } from "./minimize-scalar.js";
import { contextSampler, freeLevelRange, levelRange, type OptimizationContext } from "./optimization-context.js";
import { scheduleFromLevels } from "./schedule-from-levels.js";

/** How the tangent law's coefficient is chosen. */
export type TangentFit = "exact" | "asymptotic";

/**
 * Where a tangent law ends (theory §4 “Where the levels end”): `zero` runs to s = 0 in N equal angle steps;
 * `floor` runs to the end of the process's range, s(t_end), in N − 1 equal angle steps and then jumps to
 * the clean level — klsched's own `tangent:c=…` (and ComfyUI's `kl_optimal` at c = 1). On `flow`, whose
 * range ends at the clean level, they are one law.
 */
export type TangentEnd = "zero" | "floor";

/**
 * The tangent law with coefficient c run to the clean level in N equal angle steps (theory §4 “One eigenvalue: the tangent law”):
 * s_k = c·tan((1 − k/N)·atan(s₀/c)), k = 0..N. If the last noisy level would fall below a discrete
 * model's `floor`, the law runs from s₀ to `floor` in N − 1 steps and then jumps to 0.
 *
 * @example
 * ```ts
 * import { tangentLevels } from "@klsched/schedule-optim";
 * tangentLevels(80, 0, 1, 4); // Float64Array [80, 2.3516…, 0.98757…, 0.41055…, 0]
 * ```
 */
export function tangentLevels(start: number, floor: number, c: number, steps: number): Float64Array {
  const top = Math.atan(start / c);
  const levels = new Float64Array(steps + 1);
  for (let k = 0; k < steps; k++) levels[k] = c * Math.tan((1 - k / steps) * top);
  if (steps > 1 && (levels[steps - 1] as number) < floor) {
    const bottom = Math.atan(floor / c);
    for (let k = 1; k < steps; k++) {
      const u = k / (steps - 1);
      levels[k] = k === steps - 1 ? floor : c * Math.tan((1 - u) * top + u * bottom);
    }
  }
  levels[0] = start;
  levels[steps] = 0;
  return levels;
}

/**
 * The levels s₀ … 0 of the tangent law with coefficient c and end convention `end` on the context's
 * process at N steps; `undefined` for a `zero` law whose last noisy level falls below the free levels'
 * floor (a discrete model's smallest level, or the trained range's end unless `keepInRange` is false).
 * The `floor` law is `strategySchedule(process, { kind: "tangent", c }, N)` itself, level for level.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { tangentLawLevels } from "@klsched/schedule-optim";
 * const context = { spectrum: syntheticSpectrum("isotropic:d=2,lambda=1"), process: veProcess(0.002, 80) };
 * tangentLawLevels(context, 1, 3, "floor"); // Float64Array [80, 0.98956, 0.002, 0]
 * tangentLawLevels(context, 1, 3, "zero"); // Float64Array [80, 1.6992, 0.57181, 0]
 * tangentLawLevels(context, 0.001, 3, "zero"); // undefined: its last noisy level 0.00058 is below s_min = 0.002
 * ```
 */
export function tangentLawLevels(
  context: Pick<OptimizationContext, "process" | "keepInRange">,
  c: number,
  steps: number,
  end: TangentEnd,
): Float64Array | undefined {
  const { process } = context;
  if (end === "floor") return sigmasOf(strategySchedule(process, { kind: "tangent", c }, steps));
  const { start, floor } = freeLevelRange(context);
  const top = Math.atan(start / c);
  const levels = new Float64Array(steps + 1);
  for (let k = 1; k < steps; k++) levels[k] = c * Math.tan((1 - k / steps) * top);
  levels[0] = start;
  if (steps > 1 && !((levels[steps - 1] as number) >= floor)) return undefined;
  return levels;
}

/**
 * A_i = ∫₀¹ θ_i'(u)² du for the tangent law with coefficient c run to 0 from s₀ (theory §5 “Many steps: the Euler–Maclaurin expansion”), in closed
 * form: with Φ₀ = atan(s₀/c), κ = c/√λ and T = s₀/√λ,
 * A = Φ₀·(κ·I₁(T) + I₂(T)/κ), I₁ = ½(T/(1 + T²) + atan T), I₂ = ½(atan T − T/(1 + T²)).
 */
export function tangentAngleEnergy(lambda: number, start: number, c: number): number {
  const root = Math.sqrt(lambda);
  const top = Math.atan(start / c);
  const t = start / root;
  const ratio = t === Number.POSITIVE_INFINITY ? 0 : t / (1 + t * t);
  const arc = Math.atan(t);
  const kappa = c / root;
  return top * (kappa * 0.5 * (ratio + arc) + (0.5 * (arc - ratio)) / kappa);
}

/** A fitted tangent law: its coefficient, its end, its levels and the objective's value there. */
export interface TangentLaw {
  readonly c: number;
  readonly end: TangentEnd;
  readonly levels: Float64Array;
  /** The context's objective (default the forward KL) at the levels. */
  readonly value: number;
}

/**
 * The best tangent law for a context at N steps (theory §4): `exact` minimises the context's objective
 * (default the exact forward KL, for its process, sampler and prior) over the coefficient c and both end
 * conventions, so it is never worse than any `tangent:c=…` schedule; `asymptotic` minimises Σ_i A_i², the
 * leading N⁻² term of the KL with an exact prior (theory §5), independent of N, and runs to 0 where that
 * stays in range (else to the floor). The search in ln c scans the whole range where the law changes —
 * seven e-folds beyond the spectrum's and the process's scales on each side (beyond, the law is at its
 * limit) — then polishes the three best local minima by Brent's method.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { fitTangentLaw } from "@klsched/schedule-optim";
 * const law = fitTangentLaw({ spectrum: syntheticSpectrum("geometric:d=8,min=0.01,max=1"), process: veProcess(0.002, 80) }, 4);
 * law.end; // "zero"
 * law.c; // 0.3138
 * law.value; // 2.1386: its KL
 * ```
 */
export function fitTangentLaw(context: OptimizationContext, steps: number, fit: TangentFit = "exact"): TangentLaw {
  const { eigenvalues } = context.spectrum;
  const { start, floor } = freeLevelRange(context);
  const objectiveAt = (levels: Float64Array | undefined) =>
    levels === undefined ? Number.POSITIVE_INFINITY : objectiveValue(context, levels);
  if (fit === "asymptotic") {
    const span = coefficientSpan(eigenvalues, start, floor);
    const energy = (logC: number) => {
      const c = Math.exp(logC);
      return compensatedSum(eigenvalues.map((l) => tangentAngleEnergy(l, levelRange(context.process).start, c) ** 2));
    };
    const c = Math.exp(minimizeScalar(energy, span.lo, span.hi, 113, 1e-12).x);
    const zero = tangentLawLevels(context, c, steps, "zero");
    const levels = zero ?? (tangentLawLevels(context, c, steps, "floor") as Float64Array);
    return { c, end: zero === undefined ? "floor" : "zero", levels, value: objectiveAt(levels) };
  }
  const ends: TangentEnd[] = context.process.endsClean ? ["zero"] : ["zero", "floor"];
  let best: TangentLaw | undefined;
  for (const end of ends) {
    const law = fitEnd(context, steps, end, objectiveAt);
    if (best === undefined || law.value < best.value) best = law;
  }
  return best as TangentLaw;
}

/**
 * The tangent law's coefficient for a spectrum: the c of {@link fitTangentLaw}.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { fitTangentCoefficient } from "@klsched/schedule-optim";
 * const context = { spectrum: syntheticSpectrum("geometric:d=8,min=0.01,max=1"), process: veProcess(0.002, 80) };
 * fitTangentCoefficient(context, 4); // 0.3138
 * fitTangentCoefficient(context, 4, "asymptotic"); // 0.3148
 * ```
 */
export function fitTangentCoefficient(context: OptimizationContext, steps: number, fit: TangentFit = "exact"): number {
  return fitTangentLaw(context, steps, fit).c;
}

/** The best c for one end convention: a scan of ln c, then Brent's method from the scan's three best dips. */
function fitEnd(
  context: OptimizationContext,
  steps: number,
  end: TangentEnd,
  objectiveAt: (levels: Float64Array | undefined) => number,
): TangentLaw {
  const { start, floor } = freeLevelRange(context);
  const { lo, hi } = coefficientSpan(context.spectrum.eigenvalues, start, floor);
  const f = (logC: number) => objectiveAt(tangentLawLevels(context, Math.exp(logC), steps, end));
  const samples = 113;
  const grid = Float64Array.from({ length: samples }, (_, k) => lo + ((hi - lo) * k) / (samples - 1));
  const values = grid.map(f);
  const dips: number[] = [];
  for (let k = 0; k < samples; k++) {
    const v = values[k] as number;
    if ((k === 0 || v <= (values[k - 1] as number)) && (k === samples - 1 || v <= (values[k + 1] as number))) dips.push(k);
  }
  dips.sort((a, b) => (values[a] as number) - (values[b] as number));
  let bestLogC = grid[dips[0] ?? 0] as number;
  let bestValue = values[dips[0] ?? 0] as number;
  for (const k of dips.slice(0, 3)) {
    const a = grid[Math.max(0, k - 1)] as number;
    const b = grid[Math.min(samples - 1, k + 1)] as number;
    const refined = minimizeScalar(f, a, b, 5, 1e-12);
    if (refined.value < bestValue) {
      bestValue = refined.value;
      bestLogC = refined.x;
    }
  }
  const c = Math.exp(bestLogC);
  const levels = tangentLawLevels(context, c, steps, end) ?? (tangentLawLevels(context, c, steps, "floor") as Float64Array);
  return { c, end, levels, value: bestValue };
}

/** ln c from seven e-folds below the least of √λ_min and the floor to seven above the largest of √λ_max and a finite start. */
function coefficientSpan(eigenvalues: Float64Array, start: number, floor: number): { lo: number; hi: number } {
  const small = Math.log(Math.sqrt(eigenvalues[eigenvalues.length - 1] as number));
  const large = Math.log(Math.sqrt(eigenvalues[0] as number));
  const lo = Math.min(small, floor > 0 ? Math.log(floor) : small) - 7;
  const hi = Math.max(large, Number.isFinite(start) ? Math.log(start) : large) + 7;
  return { lo, hi };
}

/** The context's objective (default the forward KL) at levels s₀ … 0 under its sampler and prior. */
function objectiveValue(context: OptimizationContext, levels: Float64Array): number {
  return scheduleKL({
    spectrum: context.spectrum,
    schedule: scheduleFromLevels(context.process, levels),
    sampler: contextSampler(context),
    prior: context.prior ?? "standard",
    ...(context.mean === undefined ? {} : { mean: context.mean }),
  })[context.objective ?? "kl"];
}
