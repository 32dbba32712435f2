import { InvalidArgumentError } from "@klsched/core-linalg";
import type { Schedule } from "@klsched/discretization";
import type { Level } from "./level.js";
import type { Sampler } from "./sampler.js";
import type { NoiseSource, VectorSpace } from "./vector-space.js";

/** Op kinds of a {@link SamplerTape}. */
export const TAPE_OP = { denoise: 0, combine: 1, noise: 2, compact: 3 } as const;

/**
 * Any sampler's run on a schedule — deterministic or stochastic — as a straight-line program in
 * single-assignment form: every op writes a new register (register 0 is the start state), so a replay
 * can keep every intermediate value for reverse-mode differentiation. Ops: denoise a register at a level
 * (its α and σ are parameters), combine registers (each coefficient is a parameter), draw fresh standard
 * normal noise, and compact (the sampler's `VectorSpace.compact`: from here on the state is the only value
 * alive). The program is the sampler's own code run on register ids, so it is that sampler, written once;
 * unlike {@link recordLinearTape} it keeps the noise and does no inlining or register reuse.
 *
 * Between compacts the program is linear in the segment's start state and the noise drawn in it, which
 * is what makes the output variance a recursion over segments (see `replaySamplerTape`).
 */
export interface SamplerTape {
  /** Registers written, register 0 included. */
  readonly registers: number;
  /** The register holding the result. */
  readonly result: number;
  /** Per op: a {@link TAPE_OP} kind. */
  readonly kind: Uint8Array;
  /** Per op: the register it writes. */
  readonly output: Int32Array;
  /** denoise, compact: the register read; combine: the first of its terms; noise: its index in its segment. */
  readonly input: Int32Array;
  /** combine: the end (exclusive) of its terms. */
  readonly termsEnd: Int32Array;
  readonly termRegister: Int32Array;
  /** Per op: where its parameters start (denoise: α, σ; combine: one coefficient per term). */
  readonly parameterStart: Int32Array;
  /** The parameters, in op order: what the levels determine. */
  readonly parameters: Float64Array;
  /** Segments between compacts: their first op, their end (the compact op or the op count), their start and end registers. */
  readonly segmentStart: Int32Array;
  readonly segmentEnd: Int32Array;
  readonly segmentInput: Int32Array;
  readonly segmentOutput: Int32Array;
  /** The most noise draws in one segment. */
  readonly noisesPerSegment: number;
}

interface Recording {
  kind: number[];
  output: number[];
  input: number[];
  termsEnd: number[];
  termRegister: number[];
  parameterStart: number[];
  parameters: number[];
}

/**
 * Records `sampler` on `schedule` as a {@link SamplerTape}. Valid because a sampler's coefficients depend
 * on the levels only, never on the state's values.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { parseSampler } from "@klsched/gaussian-flow";
 * import { recordSamplerTape } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 4);
 * const tape = recordSamplerTape(parseSampler("ddpm"), schedule);
 * tape.segmentStart.length; // 5 (one segment per step, then the result's)
 * tape.noisesPerSegment; // 1
 * tape.parameters.length; // 19 (α, σ of 4 denoises; 3 coefficients in 3 steps, 2 in the last)
 * ```
 *
 * @throws InvalidArgumentError when the sampler reads a value from before a compact (it then kept more
 * than one state, against `VectorSpace.compact`'s contract), which the segment recursion cannot replay.
 */
export function recordSamplerTape(sampler: Sampler, schedule: Schedule): SamplerTape {
  const r = run(sampler, schedule);
  const ops = r.kind.length;
  const segmentStart: number[] = [0];
  const segmentInput: number[] = [0];
  const segmentEnd: number[] = [];
  const segmentOutput: number[] = [];
  const segmentOfRegister = new Int32Array(r.registers);
  let segment = 0;
  let noises = 0;
  let noisesPerSegment = 0;
  const readInSegment = (register: number) => {
    if (segmentOfRegister[register] !== segment) {
      throw new InvalidArgumentError("sampler", sampler.name, "reads a state from before a compact; its tape cannot be replayed");
    }
  };
  for (let op = 0; op < ops; op++) {
    const kind = r.kind[op] as number;
    if (kind === TAPE_OP.combine) {
      for (let t = r.input[op] as number; t < (r.termsEnd[op] as number); t++) readInSegment(r.termRegister[t] as number);
    } else if (kind === TAPE_OP.denoise || kind === TAPE_OP.compact) {
      readInSegment(r.input[op] as number);
    } else {
      r.input[op] = noises++;
      noisesPerSegment = Math.max(noisesPerSegment, noises);
    }
    if (kind === TAPE_OP.compact) {
      segmentEnd.push(op);
      segmentOutput.push(r.input[op] as number);
      segment++;
      noises = 0;
      segmentStart.push(op + 1);
      segmentInput.push(r.output[op] as number);
    }
    segmentOfRegister[r.output[op] as number] = segment;
  }
  readInSegment(r.result);
  segmentEnd.push(ops);
  segmentOutput.push(r.result);
  return {
    registers: r.registers,
    result: r.result,
    kind: Uint8Array.from(r.kind),
    output: Int32Array.from(r.output),
    input: Int32Array.from(r.input),
    termsEnd: Int32Array.from(r.termsEnd),
    termRegister: Int32Array.from(r.termRegister),
    parameterStart: Int32Array.from(r.parameterStart),
    parameters: Float64Array.from(r.parameters),
    segmentStart: Int32Array.from(segmentStart),
    segmentEnd: Int32Array.from(segmentEnd),
    segmentInput: Int32Array.from(segmentInput),
    segmentOutput: Int32Array.from(segmentOutput),
    noisesPerSegment,
  };
}

/**
 * The parameters of `sampler` on `schedule`, written to `out`, for a schedule whose tape has the
 * structure of `tape` (the same levels moved a little: what the level derivatives need).
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { parseSampler } from "@klsched/gaussian-flow";
 * import { recordSamplerTape, recordTapeParameters } from "@klsched/gaussian-flow/closed-form";
 * const process = veProcess(0.002, 80);
 * const tape = recordSamplerTape(parseSampler("euler"), strategySchedule(process, { kind: "karras", rho: 7 }, 4));
 * const moved = new Float64Array(tape.parameters.length);
 * recordTapeParameters(parseSampler("euler"), strategySchedule(process, { kind: "karras", rho: 5 }, 4), tape, moved);
 * moved[1]; // 80
 * ```
 *
 * @throws InvalidArgumentError when the structure differs (a sampler whose ops depend on the levels' values).
 */
export function recordTapeParameters(sampler: Sampler, schedule: Schedule, tape: SamplerTape, out: Float64Array): void {
  const r = run(sampler, schedule);
  if (r.kind.length !== tape.kind.length || r.parameters.length !== tape.parameters.length) {
    throw new InvalidArgumentError(
      "sampler",
      sampler.name,
      "its ops change with the levels' values; it cannot be differentiated",
    );
  }
  for (let p = 0; p < out.length; p++) out[p] = r.parameters[p] as number;
}

/** Runs the sampler on register ids, recording every op. */
function run(sampler: Sampler, schedule: Schedule): Recording & { registers: number; result: number } {
  const rec: Recording = { kind: [], output: [], input: [], termsEnd: [], termRegister: [], parameterStart: [], parameters: [] };
  let registers = 1;
  const push = (kind: number, input: number, termsEnd: number) => {
    rec.kind.push(kind);
    rec.output.push(registers);
    rec.input.push(input);
    rec.termsEnd.push(termsEnd);
    rec.parameterStart.push(rec.parameters.length);
    return registers++;
  };
  const space: VectorSpace<number> = {
    combine(coefficients, vectors) {
      const first = rec.termRegister.length;
      for (let m = 0; m < vectors.length; m++) {
        rec.termRegister.push(vectors[m] as number);
      }
      const register = push(TAPE_OP.combine, first, rec.termRegister.length);
      for (let m = 0; m < vectors.length; m++) rec.parameters.push(coefficients[m] as number);
      return register;
    },
    compact: (x) => push(TAPE_OP.compact, x, 0),
  };
  const denoise = (x: number, level: Level) => {
    const register = push(TAPE_OP.denoise, x, 0);
    rec.parameters.push(level.alpha, level.sigma);
    return register;
  };
  const noise: NoiseSource<number> = () => push(TAPE_OP.noise, 0, 0);
  const result = sampler.sample(0, { space, denoise, schedule, noise });
  return { ...rec, registers, result };
}
