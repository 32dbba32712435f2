import { compensatedSum } from "@klsched/core-linalg";
import type { ClosedFormInput } from "./closed-form.js";
import type { DirectionalOutput } from "./directional-output.js";
import { type SamplerTape, TAPE_OP } from "./sampler-tape.js";

/**
 * One direction's contribution to an objective given its output (δ = ln(v/r), Δm, r): returns it and
 * writes ∂/∂δ to `out[0]` and ∂/∂Δm to `out[1]` (a divergence descriptor's `perDirection` and `gradient`).
 */
export type DirectionalObjective = (
  logVarianceRatio: number,
  meanError: number,
  targetVariance: number,
  out: Float64Array,
) => number;

/** Values per register block: a block's registers stay in cache, and memory stays bounded for long tapes. */
const BLOCK_VALUES = 1 << 17;

/**
 * The closed-form output of a recorded {@link SamplerTape} (theory §2, continued): per direction the
 * exact denoiser maps (mean m, gain g) to (μ + k(m − αμ), k·g) with k = λα/(α²λ + σ²), combinations are
 * linear, and fresh noise is a new independent source. Within a segment between compacts every register is
 * g_r·x + Σ_q f_{r,q}·z_q + m_r in the segment's start state x (variance V) and its noise draws z_q, so
 * the segment's output variance is V' = g_x²·V + Σ_q f_{x,q}²: a recursion from the prior's variance to
 * the output's. Equals `closedFormOutput` (tested) for every sampler.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { closedFormOutput, parseSampler } from "@klsched/gaussian-flow";
 * import { recordSamplerTape, replaySamplerTape } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 4);
 * const input = { eigenvalues: syntheticSpectrum("isotropic:d=2,lambda=1").eigenvalues, schedule, prior: "standard" as const };
 * replaySamplerTape(recordSamplerTape(parseSampler("ddpm"), schedule), input).logVarianceRatio[0]; // -1.8439
 * closedFormOutput(parseSampler("ddpm"), input).logVarianceRatio[0]; // -1.8439
 * ```
 */
export function replaySamplerTape(tape: SamplerTape, input: ClosedFormInput): DirectionalOutput {
  return sweep(tape, input, undefined, undefined).output;
}

/**
 * Σ_i f(δ_i, Δm_i, r_i) over the directions of a tape's output, and its gradient with respect to every
 * parameter of the tape (added to `parameterGradient`): reverse mode through the segment recursion.
 * With ā_r = ∂x_out/∂r (the segment's Jacobian, one scalar per direction), a coefficient c of the term
 * c·r of an op writing t moves the output variance by 2·ā_t·Cov(x_out, r) and its mean by ā_t·m_r; a
 * denoise's α and σ move them through ∂k/∂α = λ(σ² − α²λ)/(α²λ + σ²)² and ∂k/∂σ = −2λασ/(α²λ + σ²)²
 * (and the mean's −kμ). Segment adjoints pass back as V̄ ← V̄·g_x², m̄ ← m̄·g_x. Tested against central
 * differences.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { parseSampler } from "@klsched/gaussian-flow";
 * import { recordSamplerTape, tapeObjectiveGradient } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 4);
 * const tape = recordSamplerTape(parseSampler("ddpm"), schedule);
 * const eigenvalues = syntheticSpectrum("isotropic:d=2,lambda=1").eigenvalues;
 * // the reverse KL ½(e^δ − 1 − δ) of each direction, and its ∂/∂δ, ∂/∂Δm
 * const reverse = (delta: number, _dm: number, _r: number, out: Float64Array) => {
 *   out[0] = 0.5 * Math.expm1(delta);
 *   out[1] = 0;
 *   return 0.5 * (Math.expm1(delta) - delta);
 * };
 * const gradient = new Float64Array(tape.parameters.length);
 * tapeObjectiveGradient(tape, { eigenvalues, schedule, prior: "standard" }, reverse, gradient); // 1.0021
 * ```
 */
export function tapeObjectiveGradient(
  tape: SamplerTape,
  input: ClosedFormInput,
  objective: DirectionalObjective,
  parameterGradient: Float64Array,
): number {
  return sweep(tape, input, objective, parameterGradient).value;
}

/** Per-register views of one block of directions: gains, noise gains, means and adjoints. */
interface Workspace {
  readonly lanes: number;
  readonly g: Float64Array[];
  /** f[r·Q + q]: register r's gain of the segment's q-th noise draw. */
  readonly f: Float64Array[];
  readonly m: Float64Array[] | null;
  readonly a: Float64Array[];
  /** Per segment: the variance of its start state. */
  readonly startVariance: Float64Array[];
}

/** One workspace per tape structure and shape, reused across calls (an optimiser replays one tape thousands of times). */
const WORKSPACES = new WeakMap<Int32Array, Map<string, Workspace>>();

function workspace(tape: SamplerTape, d: number, withMean: boolean, withAdjoint: boolean): Workspace {
  const key = `${d}:${withMean}:${withAdjoint}`;
  let byShape = WORKSPACES.get(tape.output);
  if (byShape === undefined) {
    byShape = new Map();
    WORKSPACES.set(tape.output, byShape);
  }
  const cached = byShape.get(key);
  if (cached !== undefined) return cached;
  const made = makeWorkspace(tape, d, withMean, withAdjoint);
  byShape.set(key, made);
  return made;
}

function makeWorkspace(tape: SamplerTape, d: number, withMean: boolean, withAdjoint: boolean): Workspace {
  const Q = tape.noisesPerSegment;
  const lanes = Math.max(1, Math.min(d, Math.floor(BLOCK_VALUES / tape.registers)));
  const views = (count: number) => {
    const block = new Float64Array(count * lanes);
    return Array.from({ length: count }, (_, r) => block.subarray(r * lanes, (r + 1) * lanes));
  };
  return {
    lanes,
    g: views(tape.registers),
    f: views(tape.registers * Q),
    m: withMean ? views(tape.registers) : null,
    a: withAdjoint ? views(tape.registers) : [],
    startVariance: views(tape.segmentStart.length),
  };
}

function sweep(
  tape: SamplerTape,
  input: ClosedFormInput,
  objective: DirectionalObjective | undefined,
  parameterGradient: Float64Array | undefined,
): { output: DirectionalOutput; value: number } {
  const { eigenvalues, schedule, prior, mean } = input;
  const d = eigenvalues.length;
  const space = workspace(tape, d, mean !== undefined, objective !== undefined);
  const { lanes } = space;
  const last = schedule.t.length - 1;
  const alpha0 = schedule.alpha[0] as number;
  const sigma0 = schedule.sigma[0] as number;
  const alphaEnd = schedule.alpha[last] as number;
  const sigmaEnd = schedule.sigma[last] as number;
  const logVarianceRatio = new Float64Array(d);
  const targetVariance = new Float64Array(d);
  const meanError = new Float64Array(d);
  const values = new Float64Array(d);
  const partial = new Float64Array(2);
  const variance = new Float64Array(lanes);
  const meanOut = new Float64Array(lanes);
  const dVariance = new Float64Array(lanes);
  const dMean = new Float64Array(lanes);
  for (let first = 0; first < d; first += lanes) {
    const count = Math.min(lanes, d - first);
    const lambdas = eigenvalues.subarray(first, first + count);
    const mus = mean === undefined ? null : mean.subarray(first, first + count);
    for (let j = 0; j < count; j++) {
      const lambda = lambdas[j] as number;
      variance[j] = prior === "exact" ? alpha0 * alpha0 * lambda + sigma0 * sigma0 : schedule.process.priorVariance;
      meanOut[j] = prior === "exact" && mus !== null ? alpha0 * (mus[j] as number) : 0;
    }
    forward(tape, lambdas, mus, count, space, variance, meanOut);
    for (let j = 0; j < count; j++) {
      const i = first + j;
      const lambda = lambdas[j] as number;
      const target = alphaEnd * alphaEnd * lambda + sigmaEnd * sigmaEnd;
      targetVariance[i] = target;
      logVarianceRatio[i] = Math.log((variance[j] as number) / target);
      meanError[i] = (meanOut[j] as number) - alphaEnd * (mus === null ? 0 : (mus[j] as number));
      if (objective === undefined) continue;
      values[i] = objective(logVarianceRatio[i] as number, meanError[i] as number, target, partial);
      dVariance[j] = (partial[0] as number) / (variance[j] as number);
      dMean[j] = partial[1] as number;
    }
    if (objective !== undefined && parameterGradient !== undefined) {
      backward(tape, lambdas, mus, count, space, dVariance, dMean, parameterGradient);
    }
  }
  return { output: { logVarianceRatio, targetVariance, meanError }, value: objective === undefined ? 0 : compensatedSum(values) };
}

/**
 * Every register's gain g, noise gains f and mean m for a block of directions, segment by segment;
 * `variance` and `meanOut` enter as the prior's and leave as the output's.
 */
function forward(
  tape: SamplerTape,
  lambdas: Float64Array,
  mus: Float64Array | null,
  count: number,
  { g, f, m, startVariance }: Workspace,
  variance: Float64Array,
  meanOut: Float64Array,
): void {
  const Q = tape.noisesPerSegment;
  const { kind, output, input, termsEnd, termRegister, parameterStart, parameters } = tape;
  for (let segment = 0; segment < tape.segmentStart.length; segment++) {
    const start = tape.segmentInput[segment] as number;
    (g[start] as Float64Array).fill(1, 0, count);
    (startVariance[segment] as Float64Array).set(variance.subarray(0, count));
    if (m !== null) (m[start] as Float64Array).set(meanOut.subarray(0, count));
    for (let q = 0; q < Q; q++) (f[start * Q + q] as Float64Array).fill(0, 0, count);
    for (let op = tape.segmentStart[segment] as number; op < (tape.segmentEnd[segment] as number); op++) {
      const t = output[op] as number;
      const p = parameterStart[op] as number;
      const opKind = kind[op];
      if (opKind === TAPE_OP.denoise) {
        const r = input[op] as number;
        const a = parameters[p] as number;
        const s = parameters[p + 1] as number;
        denoiseGains(lambdas, a, a * a, s * s, g[r] as Float64Array, g[t] as Float64Array, count);
        for (let q = 0; q < Q; q++)
          denoiseGains(lambdas, a, a * a, s * s, f[r * Q + q] as Float64Array, f[t * Q + q] as Float64Array, count);
        if (m !== null && mus !== null) denoiseMean(lambdas, mus, a, s, m[r] as Float64Array, m[t] as Float64Array, count);
      } else if (opKind === TAPE_OP.combine) {
        const from = input[op] as number;
        const to = termsEnd[op] as number;
        combine(g, t, termRegister, parameters, from, to, p, 1, 0, count);
        for (let q = 0; q < Q; q++) combine(f, t * Q + q, termRegister, parameters, from, to, p, Q, q, count);
        if (m !== null) combine(m, t, termRegister, parameters, from, to, p, 1, 0, count);
      } else if (opKind === TAPE_OP.noise) {
        (g[t] as Float64Array).fill(0, 0, count);
        if (m !== null) (m[t] as Float64Array).fill(0, 0, count);
        for (let q = 0; q < Q; q++) (f[t * Q + q] as Float64Array).fill(q === input[op] ? 1 : 0, 0, count);
      }
      // a compact op ends its segment: its input is the segment's output
    }
    const x = tape.segmentOutput[segment] as number;
    const gx = g[x] as Float64Array;
    for (let j = 0; j < count; j++) variance[j] = (gx[j] as number) * (gx[j] as number) * (variance[j] as number);
    for (let q = 0; q < Q; q++) {
      const fx = f[x * Q + q] as Float64Array;
      for (let j = 0; j < count; j++) variance[j] = (variance[j] as number) + (fx[j] as number) * (fx[j] as number);
    }
    if (m !== null) meanOut.set((m[x] as Float64Array).subarray(0, count));
  }
}

/** out = k·x per lane, k = λα/(α²λ + σ²). */
function denoiseGains(
  lambdas: Float64Array,
  a: number,
  a2: number,
  s2: number,
  x: Float64Array,
  out: Float64Array,
  count: number,
): void {
  for (let j = 0; j < count; j++) {
    const lambda = lambdas[j] as number;
    out[j] = ((lambda * a) / (a2 * lambda + s2)) * (x[j] as number);
  }
}

/** out = μ + k(m − αμ) per lane. */
function denoiseMean(
  lambdas: Float64Array,
  mus: Float64Array,
  a: number,
  s: number,
  x: Float64Array,
  out: Float64Array,
  count: number,
): void {
  for (let j = 0; j < count; j++) {
    const lambda = lambdas[j] as number;
    const mu = mus[j] as number;
    out[j] = mu + ((lambda * a) / (a * a * lambda + s * s)) * ((x[j] as number) - a * mu);
  }
}

/** values[t·stride + q] = Σ_term c·values[r·stride + q] over the lanes (stride 1 for gains and means, Q for noise gains). */
function combine(
  values: Float64Array[],
  t: number,
  termRegister: Int32Array,
  parameters: Float64Array,
  from: number,
  to: number,
  p: number,
  stride: number,
  q: number,
  count: number,
): void {
  const out = values[t] as Float64Array;
  const x0 = values[(termRegister[from] as number) * stride + q] as Float64Array;
  const c0 = parameters[p] as number;
  if (to - from === 2) {
    const x1 = values[(termRegister[from + 1] as number) * stride + q] as Float64Array;
    const c1 = parameters[p + 1] as number;
    for (let j = 0; j < count; j++) out[j] = c0 * (x0[j] as number) + c1 * (x1[j] as number);
    return;
  }
  for (let j = 0; j < count; j++) out[j] = c0 * (x0[j] as number);
  for (let term = from + 1; term < to; term++) {
    const x = values[(termRegister[term] as number) * stride + q] as Float64Array;
    const c = parameters[p + term - from] as number;
    for (let j = 0; j < count; j++) out[j] = (out[j] as number) + c * (x[j] as number);
  }
}

/**
 * The reverse sweep: per segment (last first) the Jacobian adjoints ā_r, the parameters' gradient
 * contributions, then the segment-start adjoints. `dVariance` and `dMean` enter as ∂f/∂V and ∂f/∂m of
 * the output and are overwritten. Per lane, a term c·r of an op writing t contributes
 * ā_t·(w_g·g_r + Σ_q w_q·f_{r,q} + m̄·m_r) with w_g = 2V̄·g_x·V and w_q = 2V̄·f_{x,q}: 2V̄·Cov(x_out, r) plus
 * the mean's part, written out as `moves`, one sum per register read.
 */
function backward(
  tape: SamplerTape,
  lambdas: Float64Array,
  mus: Float64Array | null,
  count: number,
  { g, f, m, a, startVariance }: Workspace,
  dVariance: Float64Array,
  dMean: Float64Array,
  parameterGradient: Float64Array,
): void {
  const Q = tape.noisesPerSegment;
  const weightG = new Float64Array(count);
  const weightF = Array.from({ length: Q }, () => new Float64Array(count));
  const moves = new Float64Array(count); // w_g·g_r + Σ_q w_q·f_{r,q} + m̄·m_r for the register at hand
  const { kind, output, input, termsEnd, termRegister, parameterStart, parameters } = tape;
  const plain = Q === 0 && m === null;
  const sensitivity = (r: number) => {
    const gr = g[r] as Float64Array;
    for (let j = 0; j < count; j++) moves[j] = (weightG[j] as number) * (gr[j] as number);
    for (let q = 0; q < Q; q++) {
      const fr = f[r * Q + q] as Float64Array;
      const w = weightF[q] as Float64Array;
      for (let j = 0; j < count; j++) moves[j] = (moves[j] as number) + (w[j] as number) * (fr[j] as number);
    }
    if (m !== null) {
      const mr = m[r] as Float64Array;
      for (let j = 0; j < count; j++) moves[j] = (moves[j] as number) + (dMean[j] as number) * (mr[j] as number);
    }
  };
  for (let segment = tape.segmentStart.length - 1; segment >= 0; segment--) {
    const x = tape.segmentOutput[segment] as number;
    const first = tape.segmentStart[segment] as number;
    const end = tape.segmentEnd[segment] as number;
    const start = tape.segmentInput[segment] as number;
    const gx = g[x] as Float64Array;
    const v = startVariance[segment] as Float64Array;
    for (let j = 0; j < count; j++) weightG[j] = 2 * (dVariance[j] as number) * (gx[j] as number) * (v[j] as number);
    for (let q = 0; q < Q; q++) {
      const fx = f[x * Q + q] as Float64Array;
      const w = weightF[q] as Float64Array;
      for (let j = 0; j < count; j++) w[j] = 2 * (dVariance[j] as number) * (fx[j] as number);
    }
    (a[start] as Float64Array).fill(0, 0, count);
    for (let op = first; op < end; op++) (a[output[op] as number] as Float64Array).fill(0, 0, count);
    (a[x] as Float64Array).fill(1, 0, count);
    for (let op = end - 1; op >= first; op--) {
      const at = a[output[op] as number] as Float64Array;
      const p = parameterStart[op] as number;
      if (kind[op] === TAPE_OP.combine) {
        const from = input[op] as number;
        for (let term = from; term < (termsEnd[op] as number); term++) {
          const r = termRegister[term] as number;
          const c = parameters[p + term - from] as number;
          const ar = a[r] as Float64Array;
          let sum = 0;
          if (plain) {
            // no noise, no mean: the sensitivity is w_g·g_r, fused into one pass
            const gr = g[r] as Float64Array;
            for (let j = 0; j < count; j++) {
              const adj = at[j] as number;
              ar[j] = (ar[j] as number) + c * adj;
              sum += adj * (weightG[j] as number) * (gr[j] as number);
            }
          } else {
            sensitivity(r);
            for (let j = 0; j < count; j++) {
              const adj = at[j] as number;
              ar[j] = (ar[j] as number) + c * adj;
              sum += adj * (moves[j] as number);
            }
          }
          parameterGradient[p + term - from] = (parameterGradient[p + term - from] as number) + sum;
        }
      } else if (kind[op] === TAPE_OP.denoise) {
        const r = input[op] as number;
        const al = parameters[p] as number;
        const si = parameters[p + 1] as number;
        const ar = a[r] as Float64Array;
        let sumAlpha = 0;
        let sumSigma = 0;
        if (plain) {
          const gr = g[r] as Float64Array;
          const a2 = al * al;
          const s2 = si * si;
          for (let j = 0; j < count; j++) {
            const adj = at[j] as number;
            const lambda = lambdas[j] as number;
            const inverse = 1 / (a2 * lambda + s2);
            ar[j] = (ar[j] as number) + lambda * al * inverse * adj;
            const moved = adj * (weightG[j] as number) * (gr[j] as number) * lambda * inverse * inverse;
            sumAlpha += moved * (s2 - a2 * lambda);
            sumSigma += moved * al * si;
          }
          parameterGradient[p] = (parameterGradient[p] as number) + sumAlpha;
          parameterGradient[p + 1] = (parameterGradient[p + 1] as number) - 2 * sumSigma;
          continue;
        }
        sensitivity(r);
        for (let j = 0; j < count; j++) {
          const adj = at[j] as number;
          const lambda = lambdas[j] as number;
          const inverse = 1 / (al * al * lambda + si * si);
          const k = lambda * al * inverse;
          const kAlpha = lambda * (si * si - al * al * lambda) * inverse * inverse;
          const kSigma = -2 * lambda * al * si * inverse * inverse;
          ar[j] = (ar[j] as number) + k * adj;
          // the gains scale by ∂k; the mean μ + k(m − αμ) moves by ∂k·(m − αμ), and by −kμ in α
          let moved = moves[j] as number;
          let meanShift = 0;
          if (mus !== null) {
            const mu = mus[j] as number;
            moved -= (dMean[j] as number) * al * mu;
            meanShift = (dMean[j] as number) * k * mu;
          }
          sumAlpha += adj * (kAlpha * moved - meanShift);
          sumSigma += adj * kSigma * moved;
        }
        parameterGradient[p] = (parameterGradient[p] as number) + sumAlpha;
        parameterGradient[p + 1] = (parameterGradient[p + 1] as number) + sumSigma;
      }
    }
    for (let j = 0; j < count; j++) {
      const gain = gx[j] as number;
      dVariance[j] = (dVariance[j] as number) * gain * gain;
      dMean[j] = (dMean[j] as number) * gain;
    }
  }
}
