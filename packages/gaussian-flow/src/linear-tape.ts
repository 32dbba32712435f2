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
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { ddpm, heun } from "@klsched/gaussian-flow";
 * import { recordLinearTape } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * recordLinearTape(heun, schedule)?.registers; // 5
 * recordLinearTape(ddpm, schedule); // undefined
 * ```
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
    if (!op.terms.some(([r]) => uses[r] === 1 && r !== result && producer.has(r))) continue;
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
    for (let m = 0; m < read.length; m++) {
      const r = read[m] as number;
      if (read.indexOf(r) === m) release(r, op); // each register once, even if read twice
    }
    if (lastUse[target] === -1) free.push(s); // never read: its slot is free again at once
  }
  return { registers: slots, result: slot[result] as number };
}

/**
 * One step of a compiled tape, every field used by some kind (a single object shape keeps the replay
 * loop monomorphic): `denoise` writes k·g to `target`; `combine` writes Σ c·r; `fused` does a denoise
 * and the combination that reads it in one pass (D stored at `denoised` for later readers).
 */
export interface CompiledOp {
  readonly kind: 0 | 1 | 2; // 0 denoise, 1 combine, 2 fused denoise + combine
  readonly target: number;
  readonly source: number;
  readonly denoised: number;
  readonly alpha: number;
  readonly sigma: number;
  readonly cD: number;
  readonly registers: Int32Array;
  readonly coefficients: Float64Array;
}

/**
 * Compiles a tape for replay: each denoise followed by a combination that reads it (with one or two
 * other registers: every step of Euler and DPM-Solver++(2M)) becomes one fused op.
 */
export function compileTape(tape: LinearTape): CompiledOp[] {
  const { kind, output, input, termsEnd, alpha, sigma, termRegister, termCoefficient } = tape;
  const ops: CompiledOp[] = [];
  const terms = (op: number) => {
    const registers: number[] = [];
    const coefficients: number[] = [];
    for (let t = input[op] as number; t < (termsEnd[op] as number); t++) {
      registers.push(termRegister[t] as number);
      coefficients.push(termCoefficient[t] as number);
    }
    return { registers, coefficients };
  };
  for (let op = 0; op < kind.length; op++) {
    const base = { alpha: alpha[op] as number, sigma: sigma[op] as number, cD: 0 };
    if (kind[op] === 1) {
      const { registers, coefficients } = terms(op);
      ops.push({
        kind: 1,
        target: output[op] as number,
        source: -1,
        denoised: -1,
        ...base,
        registers: Int32Array.from(registers),
        coefficients: Float64Array.from(coefficients),
      });
      continue;
    }
    const next = op + 1;
    if (next < kind.length && kind[next] === 1) {
      const { registers, coefficients } = terms(next);
      const denoised = output[op] as number;
      const others: number[] = [];
      const weights: number[] = [];
      let cD = 0;
      registers.forEach((r, m) => {
        if (r === denoised) cD += coefficients[m] as number;
        else {
          others.push(r);
          weights.push(coefficients[m] as number);
        }
      });
      const self = others.indexOf(input[op] as number);
      if (self > 0) {
        others.unshift(...others.splice(self, 1));
        weights.unshift(...weights.splice(self, 1));
      }
      if (cD !== 0 && others.length >= 1 && others.length <= 2) {
        ops.push({
          kind: 2,
          target: output[next] as number,
          source: input[op] as number,
          denoised,
          ...base,
          cD,
          registers: Int32Array.from(others),
          coefficients: Float64Array.from(weights),
        });
        op++;
        continue;
      }
    }
    ops.push({
      kind: 0,
      target: output[op] as number,
      source: input[op] as number,
      denoised: -1,
      ...base,
      registers: new Int32Array(0),
      coefficients: new Float64Array(0),
    });
  }
  return ops;
}

/**
 * Replays a compiled tape on a block of eigen-directions of a Gaussian source (lanes = lambdas.length).
 * `gains[r]` holds, per lane, register r's gain of the start noise (register 0 set by the caller); with
 * `means` (one array per register, or null for a centred source and start) the means are carried too:
 * the exact denoiser maps (m, g) to (μ + k(m − αμ), k·g) with k = λα/(α²λ + σ²).
 */
export function replayLinearTape(
  ops: readonly CompiledOp[],
  lambdas: Float64Array,
  mus: Float64Array,
  gains: Float64Array[],
  means: Float64Array[] | null,
): void {
  const lanes = lambdas.length;
  for (let index = 0; index < ops.length; index++) {
    const op = ops[index] as CompiledOp;
    const a = op.alpha;
    const a2 = a * a;
    const s2 = op.sigma * op.sigma;
    if (op.kind === 2 && means === null) {
      const x = gains[op.source] as Float64Array;
      const dOut = gains[op.denoised] as Float64Array;
      const out = gains[op.target] as Float64Array;
      const r1 = gains[op.registers[0] as number] as Float64Array;
      const c1 = op.coefficients[0] as number;
      const r2 = gains[op.registers[1] ?? 0] as Float64Array;
      const c2 = op.coefficients[1] ?? 0;
      if (op.registers.length === 1) fusedStep1(lambdas, a, a2, s2, x, dOut, out, op.cD, r1, c1);
      else if (r1 === x) fusedStepSelf(lambdas, a, a2, s2, x, dOut, out, op.cD, c1, r2, c2);
      else fusedStep2(lambdas, a, a2, s2, x, dOut, out, op.cD, r1, c1, r2, c2);
      continue;
    }
    if (op.kind !== 1) {
      // a denoise (also the first half of a fused op when means are carried)
      const target = op.kind === 2 ? op.denoised : op.target;
      denoiseLanes(
        lambdas,
        mus,
        a,
        a2,
        s2,
        gains[op.source] as Float64Array,
        gains[target] as Float64Array,
        means?.[op.source] ?? null,
        means?.[target] ?? null,
      );
      if (op.kind === 0) continue;
      const registers = Int32Array.from([op.denoised, ...op.registers]);
      const coefficients = Float64Array.from([op.cD, ...op.coefficients]);
      combineLanes(gains, op.target, registers, coefficients, lanes);
      if (means !== null) combineLanes(means, op.target, registers, coefficients, lanes);
      continue;
    }
    combineLanes(gains, op.target, op.registers, op.coefficients, lanes);
    if (means !== null) combineLanes(means, op.target, op.registers, op.coefficients, lanes);
  }
}

/** D = k·x stored, out = c_D·D + c₁·r₁, per lane (k = λα/(α²λ + σ²)). */
function fusedStep1(
  l: Float64Array,
  a: number,
  a2: number,
  s2: number,
  x: Float64Array,
  dOut: Float64Array,
  out: Float64Array,
  cD: number,
  r1: Float64Array,
  c1: number,
): void {
  for (let j = 0; j < l.length; j++) {
    const lambda = l[j] as number;
    const dj = ((lambda * a) / (a2 * lambda + s2)) * (x[j] as number);
    dOut[j] = dj;
    out[j] = cD * dj + c1 * (r1[j] as number);
  }
}

/** D = k·x stored, out = c_D·D + c₁·r₁ + c₂·r₂, per lane. */
function fusedStep2(
  l: Float64Array,
  a: number,
  a2: number,
  s2: number,
  x: Float64Array,
  dOut: Float64Array,
  out: Float64Array,
  cD: number,
  r1: Float64Array,
  c1: number,
  r2: Float64Array,
  c2: number,
): void {
  for (let j = 0; j < l.length; j++) {
    const lambda = l[j] as number;
    const dj = ((lambda * a) / (a2 * lambda + s2)) * (x[j] as number);
    dOut[j] = dj;
    out[j] = cD * dj + c1 * (r1[j] as number) + c2 * (r2[j] as number);
  }
}

/** fusedStep2 when the first other register is the denoiser's input x itself (DPM-Solver++'s x'): one load fewer. */
function fusedStepSelf(
  l: Float64Array,
  a: number,
  a2: number,
  s2: number,
  x: Float64Array,
  dOut: Float64Array,
  out: Float64Array,
  cD: number,
  cX: number,
  r2: Float64Array,
  c2: number,
): void {
  for (let j = 0; j < l.length; j++) {
    const lambda = l[j] as number;
    const xj = x[j] as number;
    const dj = ((lambda * a) / (a2 * lambda + s2)) * xj;
    dOut[j] = dj;
    out[j] = cD * dj + cX * xj + c2 * (r2[j] as number);
  }
}

function denoiseLanes(
  lambdas: Float64Array,
  mus: Float64Array,
  a: number,
  a2: number,
  s2: number,
  x: Float64Array,
  out: Float64Array,
  xMean: Float64Array | null,
  outMean: Float64Array | null,
): void {
  for (let j = 0; j < lambdas.length; j++) {
    const lambda = lambdas[j] as number;
    const k = (lambda * a) / (a2 * lambda + s2);
    out[j] = k * (x[j] as number);
    if (outMean !== null && xMean !== null) {
      const mu = mus[j] as number;
      outMean[j] = mu + k * ((xMean[j] as number) - a * mu);
    }
  }
}

/**
 * values[target] = Σ_t c_t · values[r_t] over the lanes. The register allocation never gives an op's
 * output the slot of one of its inputs, so the passes may write in place.
 */
function combineLanes(
  values: Float64Array[],
  target: number,
  registers: Int32Array,
  coefficients: Float64Array,
  lanes: number,
): void {
  const out = values[target] as Float64Array;
  const c0 = coefficients[0] as number;
  const r0 = values[registers[0] as number] as Float64Array;
  if (registers.length === 2) {
    const c1 = coefficients[1] as number;
    const r1 = values[registers[1] as number] as Float64Array;
    for (let j = 0; j < lanes; j++) out[j] = c0 * (r0[j] as number) + c1 * (r1[j] as number);
    return;
  }
  for (let j = 0; j < lanes; j++) out[j] = c0 * (r0[j] as number);
  for (let t = 1; t < registers.length; t++) {
    const c = coefficients[t] as number;
    const r = values[registers[t] as number] as Float64Array;
    for (let j = 0; j < lanes; j++) out[j] = (out[j] as number) + c * (r[j] as number);
  }
}
