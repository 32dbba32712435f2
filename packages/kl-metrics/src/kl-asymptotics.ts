import { compensatedSum, InvalidArgumentError, phi, type Spectrum } from "@klsched/core-linalg";
import {
  type NoiseProcess,
  type Strategy,
  type StrategyOptions,
  scheduleFromTimes,
  shiftFlowTime,
  strategyTime,
} from "@klsched/discretization";
import type { Prior } from "@klsched/gaussian-flow";
import { priorLogRatio } from "@klsched/gaussian-flow/closed-form";
import { chebyshevDerivative, chebyshevFit, chebyshevValues, clenshawCurtisWeights } from "./chebyshev.js";

/** Inputs of {@link klAsymptotics} and {@link angleExpansion}. */
export interface KLAsymptoticsInput {
  readonly spectrum: Spectrum;
  readonly process: NoiseProcess;
  readonly strategy: Strategy;
  /** `shift` (flow) is part of the map u ↦ level; `round` is refused (rounded levels are no smooth map). */
  readonly options?: StrategyOptions;
  /** Default `standard`, as in `scheduleKL`. */
  readonly prior?: Prior;
  /** Source mean μ in eigen-coordinates; zero when omitted. */
  readonly mean?: Float64Array;
}

/** The expansion KL(N) ≈ c₀ + c₁/N + c₂/N² + c₃/N³ of {@link klAsymptotics}. */
export interface KLAsymptotics {
  /** c₀, c₁, c₂, c₃ (nats), summed over directions. */
  readonly coefficients: readonly [number, number, number, number];
  /** True when the Chebyshev interpolant of the level map and every quadrature reached their tolerances. */
  readonly converged: boolean;
  /** Number of Chebyshev coefficients kept for g(u) = atan(s(u)/c_ref). */
  readonly chebyshevTerms: number;
}

/**
 * Per-direction ingredients of the Euler–Maclaurin expansion δ_i(N) = D_i − h·A_i + h³·B_i + O(h⁵) of
 * DDIM's log variance ratio, h = 1/(N − 1) (`jump`) or 1/N (flow).
 */
export interface AngleExpansion {
  /** D_i = δ₀,i + ln cos²θ_i(1): the prior's offset plus the final jump to the clean level. */
  readonly offset: Float64Array;
  /** A_i = ∫₀¹ θ_i′(u)² du. */
  readonly speed: Float64Array;
  /** B_i = (1/12)∫₀¹ θ_i″² du − (1/6)∫₀¹ θ_i′⁴ du. */
  readonly curvature: Float64Array;
  /** The N-independent mean part of KL_i: ½α₀²μ_i²/v_prior under the standard prior, 0 under the exact one. */
  readonly meanTerm: Float64Array;
  /** True when the N noisy levels span N − 1 intervals and a final jump to θ = 0 follows (every process but flow). */
  readonly jump: boolean;
  /** As in {@link KLAsymptotics}. */
  readonly converged: boolean;
  /** As in {@link KLAsymptotics}. */
  readonly chebyshevTerms: number;
}

/**
 * The Euler–Maclaurin expansion KL(N) ≈ c₀ + c₁/N + c₂/N² + c₃/N³ of KL(source ‖ output) for deterministic
 * DDIM (the closed form of theory §2 “DDIM in closed form”; no other sampler) along a strategy with N noisy levels, summed
 * over eigen-directions with compensation.
 *
 * Per direction (theory §5 “Many steps: the Euler–Maclaurin expansion”): θ(u) is the angle atan(s(u)/√λ) along the strategy's continuous map
 * u ↦ level. The noisy levels sit at u_k = k/M, k = 0..M, M = N − 1, h = 1/M, and a final jump to the
 * clean level follows; midpoint Euler–Maclaurin on Σ_k ln cos²Δθ_k with ln cos²x = −x² − x⁴/6 − … gives
 *
 *     δ = D − hA + h³B + O(h⁵),   A = ∫₀¹ θ′² du,   B = (1/12)∫₀¹ θ″² du − (1/6)∫₀¹ θ′⁴ du,
 *
 * D = δ₀ + ln cos²θ(1), δ₀ = ln(v_prior/r₀²) (0 for the exact prior). With x₀ = −D, KL = ½φ(x₀ + hA − h³B)
 * + mean term expands to a₀ = ½φ(x₀), a₁ = ½(e^{x₀} − 1)A, a₂ = ¼e^{x₀}A², a₃ = ½[−(e^{x₀} − 1)B + e^{x₀}A³/6],
 * and h = 1/N + 1/N² + 1/N³ + … gives c₀ = a₀ + mean term, c₁ = a₁, c₂ = a₁ + a₂, c₃ = a₁ + 2a₂ + a₃.
 * On `flow` the grid is u_k = k/N, k = 0..N, ending at the clean level: no jump, h = 1/N, c_j = a_j.
 * With the exact prior and no jump this is A²/(4N²) + A³/(12N³), the form of theory §5 “Many steps: the Euler–Maclaurin expansion”.
 *
 * The error is O(N⁻⁴) once h is small against the scale on which θ turns, which for a direction with
 * √λ below a strategy's s-resolution near the clean end (uniform and quadratic on edm, for instance)
 * can need N in the thousands. On discrete processes (`ddpm`, `sd15`) ln s is piecewise linear in t, so
 * for time-uniform maps θ″ jumps, the interpolant does not converge (`converged: false`) and only the
 * leading terms are meaningful.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { klAsymptotics } from "@klsched/kl-metrics";
 * const spectrum = syntheticSpectrum("isotropic:d=4,lambda=1");
 * const expansion = klAsymptotics({ spectrum, process: veProcess(0.002, 80), strategy: { kind: "karras", rho: 7 } });
 * expansion.converged; // true
 * expansion.coefficients; // [2.568e-8, 0.0016498, 26.504, 98.48]
 * ```
 * @throws InvalidArgumentError for `options.round`, a `shift` off flow, or a mean of another length
 * than the spectrum.
 */
export function klAsymptotics(input: KLAsymptoticsInput): KLAsymptotics {
  const expansion = angleExpansion(input);
  const { offset, speed, curvature, meanTerm, jump } = expansion;
  const d = offset.length;
  const c = [new Float64Array(d), new Float64Array(d), new Float64Array(d), new Float64Array(d)] as const;
  for (let i = 0; i < d; i++) {
    const x0 = -(offset[i] as number);
    const a = speed[i] as number;
    const b = curvature[i] as number;
    const grow = Math.exp(x0);
    const excess = Math.expm1(x0);
    const a0 = 0.5 * phi(x0);
    const a1 = 0.5 * excess * a;
    const a2 = 0.25 * grow * a * a;
    const a3 = 0.5 * (-excess * b + (grow * a * a * a) / 6);
    c[0][i] = a0 + (meanTerm[i] as number);
    c[1][i] = a1;
    c[2][i] = jump ? a1 + a2 : a2;
    c[3][i] = jump ? a1 + 2 * a2 + a3 : a3;
  }
  return {
    coefficients: [compensatedSum(c[0]), compensatedSum(c[1]), compensatedSum(c[2]), compensatedSum(c[3])],
    converged: expansion.converged,
    chebyshevTerms: expansion.chebyshevTerms,
  };
}

/**
 * c₀ + c₁/N + c₂/N² + c₃/N³ by Horner's rule.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { klAsymptotics, predictKL, scheduleKL } from "@klsched/kl-metrics";
 * const input = { spectrum: syntheticSpectrum("isotropic:d=4,lambda=1"), process: veProcess(0.002, 80), strategy: { kind: "karras", rho: 7 } } as const;
 * predictKL(klAsymptotics(input).coefficients, 100); // 0.002765
 * scheduleKL({ spectrum: input.spectrum, schedule: strategySchedule(input.process, input.strategy, 100) }).kl; // 0.002768
 * ```
 * @throws InvalidArgumentError unless `steps` is positive.
 */
export function predictKL(coefficients: readonly [number, number, number, number], steps: number): number {
  if (!(steps > 0)) throw new InvalidArgumentError("steps", steps, "expected a positive number");
  const x = 1 / steps;
  const [c0, c1, c2, c3] = coefficients;
  return c0 + x * (c1 + x * (c2 + x * c3));
}

/**
 * D_i, A_i, B_i and the mean term of every direction (see {@link klAsymptotics}).
 *
 * Numerics: g(u) = atan(s(u)/c_ref) ∈ [0, π/2], c_ref = √(geometric mean of λ), is bounded and smooth
 * for every strategy (flow's s = ∞ start included) and is interpolated once, on Chebyshev–Lobatto points
 * of [0, 1], degree doubled from 64 to 4096 until its tail is below 1e-15·max (or is the flat rounding
 * noise of the map itself, see `chebyshevFit`). Each direction's angle is
 * θ = atan(κ tan g), κ = c_ref/√λ, so with Δ = cos²g + κ² sin²g
 *
 *     θ′ = κg′/Δ,   θ″ = κ[g″/Δ − (κ² − 1) sin(2g) g′²/Δ²],
 *
 * and A, ∫θ″², ∫θ′⁴ are Clenshaw–Curtis sums on a Lobatto grid doubled until every direction's
 * integrals agree to 1e-13 relative (1e-11 for ∫θ″², see below), at most 2¹⁶ intervals. The loop over
 * directions allocates nothing. A is accurate to ~1e-14; B, built on the interpolant's second
 * derivative and a difference of two integrals, to ~1e-9 relative. Both steps are reported in
 * `converged`, which turns false when g or some θ_i turns over a stretch of u narrower than ~1e-6 (on
 * edm uniform: λ = 1e-9 beside λ = 1, where θ′ is a spike of width √λ/80 at the clean end), or when the
 * map has kinks (time-uniform maps on discrete processes).
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { veProcess } from "@klsched/discretization";
 * import { angleExpansion } from "@klsched/kl-metrics";
 * const spectrum = syntheticSpectrum("isotropic:d=2,lambda=1");
 * const expansion = angleExpansion({ spectrum, process: veProcess(0.002, 80), strategy: { kind: "karras", rho: 7 } });
 * expansion.jump; // true
 * expansion.speed; // Float64Array [5.147614, 5.147614]
 * expansion.curvature; // Float64Array [0.240777, 0.240777]
 * ```
 * @throws InvalidArgumentError as {@link klAsymptotics}.
 */
export function angleExpansion(input: KLAsymptoticsInput): AngleExpansion {
  const { spectrum, process, strategy, options = {}, prior = "standard", mean } = input;
  const lambdas = spectrum.eigenvalues;
  const d = lambdas.length;
  if (mean !== undefined && mean.length !== d) {
    throw new InvalidArgumentError("mean", mean.length, `expected ${d} entries, one per eigenvalue`);
  }
  const timeAt = timeMap(process, strategy, options);
  let logSum = 0;
  for (let i = 0; i < d; i++) logSum += Math.log(lambdas[i] as number);
  const cRef = Math.exp((0.5 * logSum) / d);
  const fit = chebyshevFit((u) => Math.atan(process.s(timeAt(u)) / cRef));
  const kappa = lambdas.map((lambda) => cRef / Math.sqrt(lambda));
  const speed = new Float64Array(d);
  const bending = new Float64Array(d);
  const quartic = new Float64Array(d);
  const quadratureConverged = angleIntegrals(fit.coefficients, kappa, speed, bending, quartic);

  const start = scheduleFromTimes(process, [timeAt(0)]);
  const alpha0 = start.alpha[0] as number;
  const sEnd = process.s(timeAt(1));
  const offset = new Float64Array(d);
  const curvature = new Float64Array(d);
  const meanTerm = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    const lambda = lambdas[i] as number;
    offset[i] = priorLogRatio(lambda, start, prior) + -Math.log1p((sEnd * sEnd) / lambda); // 2 ln cos(atan(x)) = −ln(1 + x²), exact where atan(x) is near π/2;
    curvature[i] = (bending[i] as number) / 12 - (quartic[i] as number) / 6;
    const mu = mean?.[i] ?? 0;
    meanTerm[i] = prior === "standard" && mu !== 0 ? (0.5 * (alpha0 * mu) ** 2) / process.priorVariance : 0;
  }
  return {
    offset,
    speed,
    curvature,
    meanTerm,
    jump: !process.endsClean,
    converged: fit.converged && quadratureConverged,
    chebyshevTerms: fit.coefficients.length,
  };
}

/**
 * Quadrature: relative agreement of successive grids for ∫θ′² and ∫θ′⁴, and for ∫θ″², whose integrand
 * cancels in the g-parametrisation for directions far from c_ref (κ ≪ 1 or ≫ 1) and carries rounding
 * noise near 1e-12 there; then the first and last grid size.
 */
const QUADRATURE_TOLERANCE = 1e-13;
const BENDING_TOLERANCE = 1e-11;
const MIN_QUADRATURE = 256;
const MAX_QUADRATURE = 65536;

/**
 * ∫θ′², ∫θ″², ∫θ′⁴ for every κ from the Chebyshev series of g, written to the three outputs.
 * @returns whether successive grids agreed before the cap.
 */
function angleIntegrals(
  g: Float64Array,
  kappa: Float64Array,
  speed: Float64Array,
  bending: Float64Array,
  quartic: Float64Array,
): boolean {
  const d = kappa.length;
  const g1 = chebyshevDerivative(g);
  const g2 = chebyshevDerivative(g1);
  let m = MIN_QUADRATURE;
  while (m < 2 * g.length) m *= 2;
  let first = true;
  for (; m <= MAX_QUADRATURE; m *= 2) {
    const w = clenshawCurtisWeights(m);
    const gValues = chebyshevValues(g, m);
    const slope = chebyshevValues(g1, m);
    const bend = chebyshevValues(g2, m);
    const cos2 = gValues.map((x) => Math.cos(x) ** 2);
    const sin2 = gValues.map((x) => Math.sin(x) ** 2);
    const sinDouble = gValues.map((x) => Math.sin(2 * x));
    let agreed = true;
    for (let i = 0; i < d; i++) {
      const k = kappa[i] as number;
      const k2 = k * k;
      const k2m1 = k2 - 1;
      let sumA = 0;
      let sumC = 0;
      let sumQ = 0;
      for (let j = 0; j <= m; j++) {
        const inverse = 1 / ((cos2[j] as number) + k2 * (sin2[j] as number));
        const gp = slope[j] as number;
        const t1 = k * gp * inverse;
        const t2 = k * inverse * ((bend[j] as number) - k2m1 * (sinDouble[j] as number) * gp * gp * inverse);
        const weight = w[j] as number;
        const t1s = t1 * t1;
        sumA += weight * t1s;
        sumC += weight * t2 * t2;
        sumQ += weight * t1s * t1s;
      }
      if (
        first ||
        !close(sumA, speed[i] as number, QUADRATURE_TOLERANCE) ||
        !close(sumC, bending[i] as number, BENDING_TOLERANCE) ||
        !close(sumQ, quartic[i] as number, QUADRATURE_TOLERANCE)
      ) {
        agreed = false;
      }
      speed[i] = sumA;
      bending[i] = sumC;
      quartic[i] = sumQ;
    }
    if (agreed) return true;
    first = false;
  }
  return false;
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.abs(a);
}

/** The strategy's continuous map u ↦ t, with flow's shift applied as `strategySchedule` does. */
function timeMap(process: NoiseProcess, strategy: Strategy, options: StrategyOptions): (u: number) => number {
  if (options.round) {
    throw new InvalidArgumentError("round", true, "rounded levels are no smooth map of u; the expansion needs one");
  }
  const shift = options.shift;
  if (shift === undefined || shift === 1) return (u) => strategyTime(process, strategy, u);
  if (process.kind !== "flow") throw new InvalidArgumentError("shift", shift, `applies only to flow, not ${process.label}`);
  return (u) => shiftFlowTime(strategyTime(process, strategy, u), shift);
}
