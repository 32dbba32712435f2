import type { Schedule } from "@klsched/discretization";
import type { Level } from "./level.js";
import type { Sampler } from "./sampler.js";
import type { VectorSpace } from "./vector-space.js";

/**
 * A deterministic sampler's run on a schedule recorded as a straight-line program over registers:
 * "denoise register r at level ℓ" and "register = Σ c_m · register_m". The sampler's own code produces
 * it (run on register ids instead of vectors), so the program is that sampler, written once; replaying
 * it per eigen-direction with scalars is the closed form without allocating a vector per step.
 * Valid because a sampler's coefficients depend on the levels only, never on the state's values.
 */
export interface LinearTape {
  /** Number of registers; register 0 is the start state. */
  readonly registers: number;
  /** The register holding the result. */
  readonly result: number;
  /** Per op: 0 = denoise, 1 = combine. */
  readonly kind: Uint8Array;
  readonly output: Int32Array;
  /** denoise: the input register; combine: the start of its terms in `terms`. */
  readonly input: Int32Array;
  /** combine: the end (exclusive) of its terms. */
  readonly termsEnd: Int32Array;
  /** denoise: α and σ of the level. */
  readonly alpha: Float64Array;
  readonly sigma: Float64Array;
  readonly termRegister: Int32Array;
  readonly termCoefficient: Float64Array;
}

/** A recorded op before encoding: denoise (`terms` empty) or combine. */
interface RecordedOp {
  readonly denoise: boolean;
  readonly output: number;
  readonly input: number;
  readonly alpha: number;
  readonly sigma: number;
  terms: [number, number][]; // [register, coefficient]
}

/**
 * Records the tape of a deterministic sampler on a schedule (stochastic samplers have none), then
 * inlines every combination read exactly once by another combination (DPM-Solver++'s corrected
 * denoised output, for instance), so each step is one denoise and one fused pass.
 */
export function recordLinearTape(sampler: Sampler, schedule: Schedule): LinearTape | undefined {
  if (sampler.stochastic) return undefined;
  let registers = 1;
  const ops: RecordedOp[] = [];
  const space: VectorSpace<number> = {
    combine(coefficients, vectors) {
      const terms = vectors.map((v, m): [number, number] => [v, coefficients[m] as number]);
      ops.push({ denoise: false, output: registers, input: -1, alpha: 0, sigma: 0, terms });
      return registers++;
    },
  };
  const denoise = (x: number, level: Level) => {
    ops.push({ denoise: true, output: registers, input: x, alpha: level.alpha, sigma: level.sigma, terms: [] });
    return registers++;
  };
  const recorded = sampler.sample(0, { space, denoise, schedule });
  const kept = inlineSingleUseCombines(ops, recorded, registers);
  const kind: number[] = [];
  const output: number[] = [];
  const input: number[] = [];
  const termsEnd: number[] = [];
  const alpha: number[] = [];
  const sigma: number[] = [];
  const termRegister: number[] = [];
  const termCoefficient: number[] = [];
  for (const op of kept) {
    kind.push(op.denoise ? 0 : 1);
    output.push(op.output);
    alpha.push(op.alpha);
    sigma.push(op.sigma);
    if (op.denoise) {
      input.push(op.input);
      termsEnd.push(0);
    } else {
      input.push(termRegister.length);
      for (const [r, c] of op.terms) {
        termRegister.push(r);
        termCoefficient.push(c);
      }
      termsEnd.push(termRegister.length);
    }
  }
  const { registers: slots, result } = reuseRegisters(output, input, kind, termsEnd, termRegister, recorded, registers);
  return {
    registers: slots,
    result,
    kind: Uint8Array.from(kind),
    output: Int32Array.from(output),
    input: Int32Array.from(input),
    termsEnd: Int32Array.from(termsEnd),
    alpha: Float64Array.from(alpha),
    sigma: Float64Array.from(sigma),
    termRegister: Int32Array.from(termRegister),
    termCoefficient: Float64Array.from(termCoefficient),
  };
}

/** Substitutes each combination whose output is read once, by a later combination, into that reader. */
function inlineSingleUseCombines(ops: RecordedOp[], result: number, count: number): RecordedOp[] {
  const uses = new Int32Array(count);
  uses[result] = (uses[result] as number) + 1;
  for (const op of ops) {
    if (op.denoise) uses[op.input] = (uses[op.input] as number) + 1;
    else for (const [r] of op.terms) uses[r] = (uses[r] as number) + 1;
  }
  const producer = new Map<number, RecordedOp>();
  for (const op of ops) if (!op.denoise) producer.set(op.output, op);
  const inlined = new Set<RecordedOp>();
  for (const op of ops) {
    if (op.denoise) continue;
    const merged = new Map<number, number>();
    for (const [r, c] of op.terms) {
      const source = producer.get(r);
      if (source !== undefined && uses[r] === 1 && r !== result) {
        inlined.add(source);
        for (const [r2, c2] of source.terms) merged.set(r2, (merged.get(r2) ?? 0) + c * c2);
      } else {
        merged.set(r, (merged.get(r) ?? 0) + c);
      }
    }
    op.terms = [...merged];
  }
  return ops.filter((op) => !inlined.has(op));
}

/**
 * Linear-scan register reuse: a register whose last reader has run is free for the next output, so a
 * run of thousands of steps needs a handful of registers. Rewrites `output`, `input` (denoise) and
 * `termRegister` in place; register 0 (the start) keeps slot 0 until its last use.
 */
function reuseRegisters(
  output: number[],
  input: number[],
  kind: number[],
  termsEnd: number[],
  termRegister: number[],
  result: number,
  count: number,
): { registers: number; result: number } {
  const lastUse = new Int32Array(count).fill(-1);
  for (let op = 0; op < kind.length; op++) {
    if (kind[op] === 0) lastUse[input[op] as number] = op;
    else for (let t = input[op] as number; t < (termsEnd[op] as number); t++) lastUse[termRegister[t] as number] = op;
  }
  lastUse[result] = kind.length; // the result lives to the end
  const slot = new Int32Array(count).fill(-1);
  slot[0] = 0;
  const free: number[] = [];
  let slots = 1;
  const release = (register: number, op: number) => {
    if (lastUse[register] === op) free.push(slot[register] as number);
  };
  for (let op = 0; op < kind.length; op++) {
    // map the inputs to their slots, give the output a slot that no input holds, then free the inputs
    // read for the last time: so a replay may write the output while still reading the inputs
    const read: number[] = [];
    if (kind[op] === 0) {
      read.push(input[op] as number);
      input[op] = slot[input[op] as number] as number;
    } else {
      for (let t = input[op] as number; t < (termsEnd[op] as number); t++) {
        const r = termRegister[t] as number;
        read.push(r);
        termRegister[t] = slot[r] as number;
      }
    }
    const target = output[op] as number;
    const s = free.pop() ?? slots++;
    slot[target] = s;
    output[op] = s;
    for (const r of new Set(read)) release(r, op);
    if (lastUse[target] === -1) free.push(s); // never read: its slot is free again at once
  }
  return { registers: slots, result: slot[result] as number };
}

/**
 * Replays a tape on a block of eigen-directions of a Gaussian source (lanes = lambdas.length): each
 * register holds, per lane, the gain of the start noise and — when `withMean` — the mean; the exact
 * denoiser maps (m, g) to (μ + k(m − αμ), k·g) with k = λα/(α²λ + σ²). `gains`/`means` are scratch of
 * registers × lanes values, initialised by the caller in register 0. The result register's offset is
 * `tape.result × lanes`.
 */
export function replayLinearTape(
  tape: LinearTape,
  lambdas: Float64Array,
  mus: Float64Array,
  withMean: boolean,
  gains: Float64Array,
  means: Float64Array,
): void {
  const { kind, output, input, termsEnd, alpha, sigma, termRegister, termCoefficient } = tape;
  const lanes = lambdas.length;
  for (let op = 0; op < kind.length; op++) {
    const target = (output[op] as number) * lanes;
    if (!withMean && kind[op] === 0 && fuseDenoiseAndCombine(tape, op, lambdas, gains)) {
      op++; // the combination that reads this denoised output ran in the same pass
      continue;
    }
    if (kind[op] === 0) {
      const a = alpha[op] as number;
      const a2 = a * a;
      const s2 = (sigma[op] as number) * (sigma[op] as number);
      const source = (input[op] as number) * lanes;
      for (let j = 0; j < lanes; j++) {
        const lambda = lambdas[j] as number;
        const k = (lambda * a) / (a2 * lambda + s2);
        gains[target + j] = k * (gains[source + j] as number);
        if (withMean) {
          const mu = mus[j] as number;
          means[target + j] = mu + k * ((means[source + j] as number) - a * mu);
        }
      }
    } else {
      const first = input[op] as number;
      const end = termsEnd[op] as number;
      combineLanes(gains, target, lanes, first, end, termRegister, termCoefficient);
      if (withMean) combineLanes(means, target, lanes, first, end, termRegister, termCoefficient);
    }
  }
}

/**
 * values[target + j] = Σ_t c_t · values[r_t + j] over the lanes, as axpy passes. The register allocation
 * never gives an op's output the slot of one of its inputs, so the passes may write in place.
 */
function combineLanes(
  values: Float64Array,
  target: number,
  lanes: number,
  first: number,
  end: number,
  termRegister: Int32Array,
  termCoefficient: Float64Array,
): void {
  const c0 = termCoefficient[first] as number;
  const r0 = (termRegister[first] as number) * lanes;
  const terms = end - first;
  if (terms === 2) {
    // the common case (every one- and two-step update): one fused pass
    const c1 = termCoefficient[first + 1] as number;
    const r1 = (termRegister[first + 1] as number) * lanes;
    for (let j = 0; j < lanes; j++) values[target + j] = c0 * (values[r0 + j] as number) + c1 * (values[r1 + j] as number);
    return;
  }
  if (terms === 3) {
    const c1 = termCoefficient[first + 1] as number;
    const r1 = (termRegister[first + 1] as number) * lanes;
    const c2 = termCoefficient[first + 2] as number;
    const r2 = (termRegister[first + 2] as number) * lanes;
    for (let j = 0; j < lanes; j++) {
      values[target + j] = c0 * (values[r0 + j] as number) + c1 * (values[r1 + j] as number) + c2 * (values[r2 + j] as number);
    }
    return;
  }
  for (let j = 0; j < lanes; j++) values[target + j] = c0 * (values[r0 + j] as number);
  for (let t = first + 1; t < end; t++) {
    const c = termCoefficient[t] as number;
    const r = (termRegister[t] as number) * lanes;
    for (let j = 0; j < lanes; j++) values[target + j] = (values[target + j] as number) + c * (values[r + j] as number);
  }
}

/**
 * One pass for "D = denoise(r); out = c_D·D + Σ c_t·r_t" when the op after a denoise is a combination
 * of D with one or two other registers (every step of Euler and DPM-Solver++(2M)): k, D and the sum per
 * lane, D still stored for later readers. Returns false, doing nothing, when the pattern does not apply.
 */
function fuseDenoiseAndCombine(tape: LinearTape, op: number, lambdas: Float64Array, gains: Float64Array): boolean {
  const { kind, output, input, termsEnd, alpha, sigma, termRegister, termCoefficient } = tape;
  const next = op + 1;
  if (next >= kind.length || kind[next] !== 1) return false;
  const denoised = output[op] as number;
  let cD = 0;
  const others: number[] = [];
  const weights: number[] = [];
  for (let t = input[next] as number; t < (termsEnd[next] as number); t++) {
    const r = termRegister[t] as number;
    const c = termCoefficient[t] as number;
    if (r === denoised) cD += c;
    else {
      others.push(r);
      weights.push(c);
    }
  }
  if (cD === 0 || others.length === 0 || others.length > 2) return false;
  const lanes = lambdas.length;
  const a = alpha[op] as number;
  const a2 = a * a;
  const s2 = (sigma[op] as number) * (sigma[op] as number);
  const source = (input[op] as number) * lanes;
  const dSlot = denoised * lanes;
  const target = (output[next] as number) * lanes;
  const r1 = (others[0] as number) * lanes;
  const c1 = weights[0] as number;
  if (others.length === 1) {
    for (let j = 0; j < lanes; j++) {
      const lambda = lambdas[j] as number;
      const d = ((lambda * a) / (a2 * lambda + s2)) * (gains[source + j] as number);
      gains[dSlot + j] = d;
      gains[target + j] = cD * d + c1 * (gains[r1 + j] as number);
    }
    return true;
  }
  const r2 = (others[1] as number) * lanes;
  const c2 = weights[1] as number;
  for (let j = 0; j < lanes; j++) {
    const lambda = lambdas[j] as number;
    const d = ((lambda * a) / (a2 * lambda + s2)) * (gains[source + j] as number);
    gains[dSlot + j] = d;
    gains[target + j] = cD * d + c1 * (gains[r1 + j] as number) + c2 * (gains[r2 + j] as number);
  }
  return true;
}
