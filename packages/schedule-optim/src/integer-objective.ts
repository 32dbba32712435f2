import { type NoiseProcess, scheduleFromTimes } from "@klsched/discretization";
import { ddim, type Prior } from "@klsched/gaussian-flow";
import { priorLogRatio } from "@klsched/gaussian-flow/closed-form";
import { scheduleKL } from "@klsched/kl-metrics";
import { type Objective, objectiveDivergence } from "./objective.js";
import { contextSampler, type OptimizationContext } from "./optimization-context.js";

/**
 * The objective of integer timesteps t₀ > … > t_{N−1} (then the clean level), as the integer search
 * needs it: the value of the current timesteps, and of the current ones with a few changed (a trial
 * move), and `commit` to make a trial the current one. The values are the objective's `total` of the
 * summed directions.
 */
export interface IntegerObjective {
  /** Makes `timesteps` the current timesteps and returns their value. */
  reset(timesteps: Int32Array): number;
  /** The value with timesteps[k] replaced by `times[m]` for k = from … from + times.length − 1. */
  trial(from: number, times: ArrayLike<number>): number;
  /** Makes the last trial the current timesteps. */
  commit(): void;
}

/** A bound G ≤ limit on a second divergence (the guard of a degenerate optimum): timesteps above it are worth +∞. */
export interface IntegerBound {
  readonly divergence: Objective;
  readonly limit: number;
}

/** The integer objective of a context: incremental for DDIM ({@link ddimIntegerObjective}), the whole closed form otherwise. */
export function integerObjective(context: OptimizationContext, steps: number, bound?: IntegerBound): IntegerObjective {
  return contextSampler(context) === ddim
    ? ddimIntegerObjective(context, steps, bound)
    : closedFormIntegerObjective(context, steps, bound);
}

/** Any sampler: each value is `scheduleKL` of the whole schedule. */
function closedFormIntegerObjective(context: OptimizationContext, steps: number, bound?: IntegerBound): IntegerObjective {
  const { process } = context;
  const objective = context.objective ?? "kl";
  const current = new Int32Array(steps);
  const candidate = new Int32Array(steps);
  const times = new Float64Array(steps + 1);
  const value = (t: Int32Array) => {
    for (let k = 0; k < steps; k++) times[k] = t[k] as number;
    times[steps] = process.tClean;
    const figures = scheduleKL({
      spectrum: context.spectrum,
      schedule: scheduleFromTimes(process, times),
      sampler: contextSampler(context),
      prior: context.prior ?? "standard",
      ...(context.mean === undefined ? {} : { mean: context.mean }),
    });
    return bound !== undefined && figures[bound.divergence] > bound.limit ? Number.POSITIVE_INFINITY : figures[objective];
  };
  return {
    reset(timesteps) {
      current.set(timesteps);
      return value(current);
    },
    trial(from, moved) {
      candidate.set(current);
      for (let m = 0; m < moved.length; m++) candidate[from + m] = moved[m] as number;
      return value(candidate);
    },
    commit() {
      current.set(candidate);
    },
  };
}

/**
 * DDIM's objective, incrementally (theory §2 “DDIM in closed form”): δ_i = δ₀ + Σ_k ℓ_k(λ_i) with
 * ℓ_k = ln cos²Δθ_k of step k, so a trial that moves timesteps from..to changes only the steps that touch
 * them: O(d) per moved level instead of O(N·d). ℓ is log1p(−sin²Δθ) while sin²Δθ < ½ (ln cos²Δθ
 * otherwise), each term a sum of positive parts as in `ddimClosedForm`; a source mean enters as
 * Δm = −α₀μ·√(r_N/r₀·e^{δ−δ₀}) under the standard prior.
 */
function ddimIntegerObjective(context: OptimizationContext, steps: number, bound?: IntegerBound): IntegerObjective {
  const { process } = context;
  const { eigenvalues } = context.spectrum;
  const d = eigenvalues.length;
  const prior: Prior = context.prior ?? "standard";
  const divergence = objectiveDivergence(context.objective);
  const guard = bound === undefined ? undefined : objectiveDivergence(bound.divergence);
  const mean = prior === "standard" ? context.mean : undefined;
  const first = scheduleFromTimes(process, [process.tStart, process.tClean]);
  const alpha0 = first.alpha[0] as number;
  const sigma0 = first.sigma[0] as number;
  const start = new Float64Array(d); // δ₀
  const meanScale = new Float64Array(d); // −α₀μ·√(λ/r₀)
  for (let i = 0; i < d; i++) {
    const lambda = eigenvalues[i] as number;
    start[i] = priorLogRatio(lambda, first, prior);
    const mu = mean?.[i] ?? 0;
    meanScale[i] = mu === 0 ? 0 : -alpha0 * mu * Math.sqrt(lambda / (alpha0 * alpha0 * lambda + sigma0 * sigma0));
  }
  const logCos = new Float64Array(steps * d); // ℓ of step k (level k → k + 1) at row k
  const total = new Float64Array(d); // Σ_k ℓ_k
  const current = new Int32Array(steps);
  const candidate = new Int32Array(steps);
  const trialRows = new Float64Array(steps * d);
  let trialFrom = 0;
  let trialTo = -1; // the rows (steps) a trial recomputed: trialFrom … trialTo
  const level = (t: number) => ({ alpha: process.alpha(t), sigma: process.sigma(t) });
  const stepRow = (out: Float64Array, offset: number, from: number, to: number) =>
    stepLogCos(eigenvalues, level(from), level(to), out, offset);
  const timeOf = (t: Int32Array, k: number) => (k === steps ? process.tClean : (t[k] as number));
  const valueWith = (rows: Float64Array | null, from: number, to: number) => {
    let sum = 0;
    let compensation = 0;
    let guarded = 0;
    for (let i = 0; i < d; i++) {
      let logP = total[i] as number;
      if (rows !== null) {
        for (let k = from; k <= to; k++) logP += (rows[k * d + i] as number) - (logCos[k * d + i] as number);
      }
      const scale = meanScale[i] as number;
      const meanError = scale === 0 ? 0 : scale * Math.exp(0.5 * logP);
      const term = divergence.perDirection((start[i] as number) + logP, meanError, eigenvalues[i] as number);
      if (guard !== undefined) guarded += guard.perDirection((start[i] as number) + logP, meanError, eigenvalues[i] as number);
      const y = term - compensation;
      const next = sum + y;
      compensation = next - sum - y;
      sum = next;
    }
    if (bound !== undefined && guard !== undefined && guard.total(guarded) > bound.limit) return Number.POSITIVE_INFINITY;
    return divergence.total(sum);
  };
  return {
    reset(timesteps) {
      current.set(timesteps);
      total.fill(0);
      for (let k = 0; k < steps; k++) {
        stepRow(logCos, k * d, timeOf(current, k), timeOf(current, k + 1));
        for (let i = 0; i < d; i++) total[i] = (total[i] as number) + (logCos[k * d + i] as number);
      }
      trialTo = -1;
      return valueWith(null, 0, -1);
    },
    trial(from, moved) {
      candidate.set(current);
      for (let m = 0; m < moved.length; m++) candidate[from + m] = moved[m] as number;
      trialFrom = Math.max(0, from - 1);
      trialTo = Math.min(steps - 1, from + moved.length - 1);
      for (let k = trialFrom; k <= trialTo; k++) stepRow(trialRows, k * d, timeOf(candidate, k), timeOf(candidate, k + 1));
      return valueWith(trialRows, trialFrom, trialTo);
    },
    commit() {
      for (let k = trialFrom; k <= trialTo; k++) {
        for (let i = 0; i < d; i++) {
          const row = k * d + i;
          total[i] = (total[i] as number) + (trialRows[row] as number) - (logCos[row] as number);
          logCos[row] = trialRows[row] as number;
        }
      }
      current.set(candidate);
      trialTo = -1;
    },
  };
}

/**
 * ln cos²Δθ of one DDIM step from level a to level b, for every eigenvalue, into out[offset …]:
 * cos² = (α_aα_bλ + σ_aσ_b)²/(r_a r_b), sin² = λc²/(r_a r_b), r = α²λ + σ², c = α_aα_b(s_a − s_b) when
 * both α > 0 (else σ_aα_b − α_aσ_b), as in `ddimGeometry`.
 */
function stepLogCos(
  eigenvalues: Float64Array,
  a: { alpha: number; sigma: number },
  b: { alpha: number; sigma: number },
  out: Float64Array,
  offset: number,
): void {
  const cross =
    a.alpha > 0 && b.alpha > 0
      ? a.alpha * b.alpha * (a.sigma / a.alpha - b.sigma / b.alpha)
      : a.sigma * b.alpha - a.alpha * b.sigma;
  const c2 = cross * cross;
  const ap = a.alpha * b.alpha;
  const sp = a.sigma * b.sigma;
  const aa = a.alpha * a.alpha;
  const ss = a.sigma * a.sigma;
  const ba = b.alpha * b.alpha;
  const bs = b.sigma * b.sigma;
  for (let i = 0; i < eigenvalues.length; i++) {
    const lambda = eigenvalues[i] as number;
    const inverse = 1 / ((aa * lambda + ss) * (ba * lambda + bs));
    const sin2 = lambda * c2 * inverse;
    if (sin2 < 0.5) out[offset + i] = Math.log1p(-sin2);
    else {
      const g = ap * lambda + sp;
      out[offset + i] = Math.log(g * g * inverse);
    }
  }
}

/** A process's ln s at every integer timestep 0 … T − 1 (∞ at a zero-terminal-SNR top). */
export function timestepLogLevels(process: NoiseProcess): Float64Array {
  const T = process.trainingSteps ?? 0;
  return Float64Array.from({ length: T }, (_, t) => Math.log(process.s(t)));
}
