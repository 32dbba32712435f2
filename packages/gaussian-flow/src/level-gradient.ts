import type { NoiseProcess, Schedule } from "@klsched/discretization";
import type { ClosedFormInput } from "./closed-form.js";
import type { Sampler } from "./sampler.js";
import { recordSamplerTape, recordTapeParameters, type SamplerTape } from "./sampler-tape.js";
import { type DirectionalObjective, tapeObjectiveGradient } from "./tape-gradient.js";

/**
 * α and σ at the level s = σ/α of a process, with no range check: α = 1 on `ve`, α = 1/√(1 + s²) on `vp`
 * and discrete models (α² + σ² = 1), α = 1/(1 + s) on `flow` (α + σ = 1); σ = s·α. The levels a
 * process's own `alpha(tFromS(s))` gives, to rounding (tested), for a level moved a little off its place.
 *
 * @example
 * ```ts
 * import { flowProcess } from "@klsched/discretization";
 * import { levelCoefficients } from "@klsched/gaussian-flow/closed-form";
 * levelCoefficients(flowProcess(), 1); // { alpha: 0.5, sigma: 0.5 }
 * ```
 */
export function levelCoefficients(process: NoiseProcess, s: number): { alpha: number; sigma: number } {
  switch (process.kind) {
    case "ve":
      return { alpha: 1, sigma: s };
    case "flow": {
      const alpha = 1 / (1 + s);
      return { alpha, sigma: s * alpha };
    }
    default: {
      const alpha = 1 / Math.hypot(1, s);
      return { alpha, sigma: s * alpha };
    }
  }
}

/**
 * What the level derivatives of one sampler on schedules of one shape need, found once: the tape's
 * structure and, per free level (every level but the first and the last), the parameters it moves, and a
 * colouring of the free levels such that no parameter depends on two levels of one colour (so one colour
 * is perturbed at a time: DDIM, Euler, Heun and the ancestral samplers need 2 colours, DPM-Solver++(2M) 3).
 */
export interface LevelGradientPlan {
  readonly sampler: Sampler;
  readonly tape: SamplerTape;
  /** Per level: its colour, −1 for the fixed first and last levels. */
  readonly colour: Int32Array;
  readonly colours: number;
  /** Per level: the parameters it moves (empty for fixed levels). */
  readonly dependents: readonly Int32Array[];
}

/**
 * Plans {@link levelObjectiveGradient} for `sampler` on schedules shaped like `schedule` (same length,
 * same first and last level): records the tape, then moves each free level alone by 10⁻³ in ln s to see
 * which parameters follow, and colours the levels greedily.
 *
 * @example
 * ```ts
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { parseSampler } from "@klsched/gaussian-flow";
 * import { planLevelGradient } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 10);
 * planLevelGradient(parseSampler("heun"), schedule).colours; // 2
 * planLevelGradient(parseSampler("dpmpp-2m"), schedule).colours; // 3: its steps read the previous step's length
 * ```
 * @throws InvalidArgumentError when the sampler's tape cannot be replayed or its ops change with the levels.
 */
export function planLevelGradient(sampler: Sampler, schedule: Schedule): LevelGradientPlan {
  const tape = recordSamplerTape(sampler, schedule);
  const levels = schedule.t.length;
  const moved = new Float64Array(tape.parameters.length);
  const dependents: Int32Array[] = [];
  const owners: number[][] = Array.from({ length: tape.parameters.length }, () => []);
  const s = levelsOf(schedule);
  for (let k = 0; k < levels; k++) {
    if (!isFree(k, levels)) {
      dependents.push(new Int32Array(0));
      continue;
    }
    const shifted = Float64Array.from(s);
    shifted[k] = (s[k] as number) * Math.exp(-Math.min(1e-3, gapOf(s, k) / 4));
    recordTapeParameters(sampler, scheduleAtLevels(schedule, shifted, [k]), tape, moved);
    const list: number[] = [];
    for (let p = 0; p < moved.length; p++) {
      if (moved[p] !== tape.parameters[p]) {
        list.push(p);
        (owners[p] as number[]).push(k);
      }
    }
    dependents.push(Int32Array.from(list));
  }
  // greedy colouring: a level takes the least colour no level sharing a parameter with it has
  const colour = new Int32Array(levels).fill(-1);
  let colours = 0;
  for (let k = 0; k < levels; k++) {
    if (!isFree(k, levels)) continue;
    const taken = new Set<number>();
    for (const p of dependents[k] as Int32Array) for (const other of owners[p] as number[]) taken.add(colour[other] as number);
    let c = 0;
    while (taken.has(c)) c++;
    colour[k] = c;
    colours = Math.max(colours, c + 1);
  }
  return { sampler, tape, colour, colours, dependents };
}

/**
 * Σ_i f(δ_i, Δm_i, r_i) of `sampler`'s closed-form output on `input.schedule`, and its gradient with
 * respect to every free level s_k = σ_k/α_k, written to `levelGradient[k]` (entries of the first and last
 * level 0). The state is differentiated exactly, in reverse mode through the tape
 * ({@link tapeObjectiveGradient}); the tape's parameters (step coefficients, α and σ of each denoise) are
 * smooth functions of the levels computed by the sampler's own code, and their derivatives come from
 * re-recording the tape with the levels of one colour moved along their process by ±h, ±2h in ln s (the
 * fourth-order stencil (−p(2h) + 8p(h) − 8p(−h) + p(−2h))/(12h), h = min(10⁻³, gap/256) in ln s, so a
 * truncation error of ~(h/gap)⁴ relative: below 10⁻⁹). Tested against central differences of the
 * closed form for every sampler.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { strategySchedule, veProcess } from "@klsched/discretization";
 * import { parseSampler } from "@klsched/gaussian-flow";
 * import { levelObjectiveGradient, planLevelGradient } from "@klsched/gaussian-flow/closed-form";
 * const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 4);
 * const eigenvalues = syntheticSpectrum("isotropic:d=2,lambda=1").eigenvalues;
 * const reverse = (delta: number, _dm: number, _r: number, out: Float64Array) => {
 *   out[0] = 0.5 * Math.expm1(delta);
 *   out[1] = 0;
 *   return 0.5 * (Math.expm1(delta) - delta);
 * };
 * const gradient = new Float64Array(5);
 * const plan = planLevelGradient(parseSampler("heun"), schedule);
 * levelObjectiveGradient(plan, { eigenvalues, schedule, prior: "standard" }, reverse, gradient); // 11.4196
 * gradient; // Float64Array [0, 2.4458, -27.094, -0.073275, 0]: ∂/∂s at σ = 9.7232, 0.46998, 0.002
 * ```
 * @throws InvalidArgumentError when the sampler's ops change with the levels' values.
 */
export function levelObjectiveGradient(
  plan: LevelGradientPlan,
  input: ClosedFormInput,
  objective: DirectionalObjective,
  levelGradient: Float64Array,
): number {
  const { sampler, colour, colours, dependents } = plan;
  const { schedule } = input;
  const tape = { ...plan.tape, parameters: currentParameters(plan, schedule) };
  const parameterGradient = new Float64Array(tape.parameters.length);
  const value = tapeObjectiveGradient(tape, input, objective, parameterGradient);
  const levels = schedule.t.length;
  levelGradient.fill(0);
  const s = levelsOf(schedule);
  const steps = new Float64Array(levels);
  // (a merged neighbour, gap 0, leaves the derivative undefined; a step of 10⁻¹² then gives what it gives)
  for (let k = 0; k < levels; k++) if (isFree(k, levels)) steps[k] = Math.max(Math.min(1e-3, gapOf(s, k) / 256), 1e-12);
  const stencil: [number, number][] = [
    [2, -1 / 12],
    [1, 8 / 12],
    [-1, -8 / 12],
    [-2, 1 / 12],
  ];
  const derivative = new Float64Array(tape.parameters.length);
  const moved = new Float64Array(tape.parameters.length);
  for (let c = 0; c < colours; c++) {
    const members: number[] = [];
    for (let k = 0; k < levels; k++) if (colour[k] === c) members.push(k);
    derivative.fill(0);
    for (const [multiple, weight] of stencil) {
      const shifted = Float64Array.from(s);
      for (const k of members) shifted[k] = (s[k] as number) * Math.exp(multiple * (steps[k] as number));
      recordTapeParameters(sampler, scheduleAtLevels(schedule, shifted, members), plan.tape, moved);
      for (const k of members) {
        for (const p of dependents[k] as Int32Array) derivative[p] = (derivative[p] as number) + weight * (moved[p] as number);
      }
    }
    for (const k of members) {
      let sum = 0;
      for (const p of dependents[k] as Int32Array) sum += (parameterGradient[p] as number) * (derivative[p] as number);
      // ∂/∂s = (1/s)·∂/∂ln s, and the stencil's weights are per unit step h
      levelGradient[k] = sum / ((steps[k] as number) * (s[k] as number));
    }
  }
  return value;
}

/** The tape's parameters on `schedule` (the plan's own when it was planned on this schedule). */
function currentParameters(plan: LevelGradientPlan, schedule: Schedule): Float64Array {
  const out = new Float64Array(plan.tape.parameters.length);
  recordTapeParameters(plan.sampler, schedule, plan.tape, out);
  return out;
}

function isFree(k: number, levels: number): boolean {
  return k > 0 && k < levels - 1;
}

/** s = σ/α at every level (∞ where α = 0, 0 at the clean level). */
function levelsOf(schedule: Schedule): Float64Array {
  return schedule.alpha.map((a, k) => {
    const sigma = schedule.sigma[k] as number;
    return sigma === 0 ? 0 : a === 0 ? Number.POSITIVE_INFINITY : sigma / a;
  });
}

/** The distance in ln s from level k to its nearer neighbour (∞ beside s = ∞ and s = 0). */
function gapOf(s: Float64Array, k: number): number {
  const here = Math.log(s[k] as number);
  const above = here === Number.POSITIVE_INFINITY ? 0 : Math.log(s[k - 1] as number) - here;
  const below = here - Math.log(s[k + 1] as number);
  return Math.min(above, below);
}

/** `schedule` with the levels `moved` placed at `levels[k]` along the process (t kept: samplers read α and σ). */
function scheduleAtLevels(schedule: Schedule, levels: Float64Array, moved: readonly number[]): Schedule {
  const alpha = Float64Array.from(schedule.alpha);
  const sigma = Float64Array.from(schedule.sigma);
  for (const k of moved) {
    const at = levelCoefficients(schedule.process, levels[k] as number);
    alpha[k] = at.alpha;
    sigma[k] = at.sigma;
  }
  return { process: schedule.process, t: schedule.t, alpha, sigma };
}
