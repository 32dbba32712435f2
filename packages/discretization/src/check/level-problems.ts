import { InvalidArgumentError } from "@klsched/core-linalg";
import { FLOW_TIMESTEPS } from "../convert-level.js";
import { edmRampSigma } from "../export-targets/edm-ramp.js";
import type { TargetUnit } from "../export-targets/export-target.js";
import { type NoiseProcess, TOOL_ROUNDING_TOLERANCE } from "../noise-process.js";

/** What `klsched check` finds wrong with a list of levels, by kind. */
export type LevelProblemKind = "non-monotone" | "repeated" | "outside-range" | "dpm-ratio" | "final-jump" | "distilled";

/** One problem of a list of levels: its kind, the index it concerns (where one does), and a sentence. */
export interface LevelProblem {
  readonly kind: LevelProblemKind;
  readonly index?: number;
  readonly message: string;
}

/** The levels of a user's list on a process, and what is wrong with them as a sequence. */
export interface CheckedLevels {
  /**
   * Process times of every level, the clean level appended when missing; levels outside the range are
   * placed at its ends, as the tools' lookups clamp them, so that the list can still be scored.
   */
  readonly times: Float64Array;
  readonly problems: readonly LevelProblem[];
}

/**
 * The weight DPM-Solver++(2M) puts on the previous denoiser output, `1/(2r)` with r = h_{k−1}/h_k the
 * ratio of consecutive steps in λ = −ln(σ/α) (Lu et al. 2022, Alg. 2; k-diffusion `sample_dpmpp_2m`),
 * above which `checkLevels` reports the step: 10 (r ≤ 0.05), where the solver amplifies the network's
 * error tenfold; a smooth schedule has r ≈ 1, weight ≈ 0.5.
 */
export const DPM_WEIGHT_LIMIT = 10;

/**
 * Reads a user's list of levels in `unit` on `process` without refusing it, and lists what is wrong:
 * - `non-monotone`: a level above the one before it (a sampler would step backwards);
 * - `repeated`: a level equal to the one before it (a step of length zero);
 * - `outside-range`: a noisy level beyond the model's trained range [s_min, s_max] by more than float32
 *   rounding (`TOOL_ROUNDING_TOLERANCE`, 2⁻¹⁹ relative: what a tool's float32 arithmetic may move an end —
 *   ComfyUI's Karras, 8·10⁻⁷ — is no problem);
 * - `dpm-ratio`: a step at which DPM-Solver++(2M) weights the previous denoiser output by more than
 *   {@link DPM_WEIGHT_LIMIT} (near-duplicate levels).
 * Units: `s` (σ/α), `flow-t` (σ = t on flow), `timestep` (training timesteps of a discrete model),
 * `edm-ramp` (EDMEulerScheduler's ramp with rho = 1, on VE).
 *
 * @example
 * ```ts
 * import { parseProcess } from "@klsched/discretization";
 * import { checkLevels } from "@klsched/discretization/reproduced";
 * checkLevels(parseProcess("edm"), [80, 10, 10, 1], "s").problems.map((p) => p.kind); // ["repeated"]
 * ```
 * @throws InvalidArgumentError for NaN, a negative level, or a unit the process has no reading of.
 */
export function checkLevels(process: NoiseProcess, values: readonly number[], unit: TargetUnit): CheckedLevels {
  const problems: LevelProblem[] = [];
  const levels = values.map((value, k) => readLevel(process, value, unit, k));
  const s = levels.map((level) => level.s);
  const clean = s[s.length - 1] === 0;
  for (let k = 1; k < s.length; k++) {
    const a = s[k - 1] as number;
    const b = s[k] as number;
    if (b > a) {
      problems.push({
        kind: "non-monotone",
        index: k,
        message: `level ${k} (${values[k]}) lies above level ${k - 1} (${values[k - 1]}): a sampler would step back towards noise`,
      });
    } else if (b === a) {
      problems.push({
        kind: "repeated",
        index: k,
        message: `level ${k} repeats level ${k - 1} (${values[k]}): a step of length zero`,
      });
    }
  }
  levels.forEach((level, k) => {
    if (level.outside !== undefined) {
      problems.push({
        kind: "outside-range",
        index: k,
        message: `level ${k} (${values[k]}) lies ${level.outside}, outside the range the model was trained on`,
      });
    }
  });
  const times = levels.map((level) => level.t);
  if (!clean) times.push(process.tClean);
  problems.push(...dpmRatioProblems(s));
  return { times: Float64Array.from(times), problems };
}

/** One value of a user's list: its σ/α, its process time (placed at the range's end when outside it), and how far outside. */
interface ReadLevel {
  readonly s: number;
  readonly t: number;
  readonly outside?: string;
}

/** A σ/α level on the process: its time, or the range's end with how far beyond it (more than float32 rounding). */
function placeS(process: NoiseProcess, s: number): ReadLevel {
  if (s === 0) return { s, t: process.tClean };
  const top = process.s(process.tStart);
  const bottom = process.s(process.tEnd);
  if (s > top) {
    const by = s / top - 1;
    return by > TOOL_ROUNDING_TOLERANCE
      ? { s, t: process.tStart, outside: `above ${process.label}'s σ_max = ${top} by ${by.toExponential(2)} (relative)` }
      : { s, t: process.tStart };
  }
  if (s < bottom) {
    const by = 1 - s / bottom;
    return by > TOOL_ROUNDING_TOLERANCE
      ? { s, t: process.tEnd, outside: `below ${process.label}'s σ_min = ${bottom} by ${by.toExponential(2)} (relative)` }
      : { s, t: process.tEnd };
  }
  return { s, t: process.tFromS(s) };
}

/** One value of a user's list in `unit`, checked for NaN and sign. */
function readLevel(process: NoiseProcess, value: number, unit: TargetUnit, k: number): ReadLevel {
  if (Number.isNaN(value) || value < 0)
    throw new InvalidArgumentError("levels", value, `level ${k} must be a non-negative number`);
  switch (unit) {
    case "s":
      return placeS(process, value);
    case "flow-t":
      if (process.kind !== "flow")
        throw new InvalidArgumentError("levels", value, `flow times need a flow process, not ${process.label}`);
      if (value > 1)
        return { s: Number.POSITIVE_INFINITY, t: 1, outside: `above flow's t = 1 (pure noise; α = 1 − t < 0 beyond)` };
      return { s: process.s(value), t: value };
    case "timestep": {
      if (process.kind === "flow") return readLevel(process, value / FLOW_TIMESTEPS, "flow-t", k);
      const T = process.trainingSteps;
      if (T === undefined)
        throw new InvalidArgumentError("levels", value, `training timesteps need a discrete process, not ${process.label}`);
      if (value > T - 1)
        return { s: process.s(T - 1) * (1 + value - (T - 1)), t: T - 1, outside: `above the last training timestep ${T - 1}` };
      return { s: process.s(value), t: value };
    }
    case "edm-ramp":
      if (process.kind !== "ve")
        throw new InvalidArgumentError("levels", value, `EDM ramps need a VE process, not ${process.label}`);
      return placeS(process, edmRampSigma(value, process.tEnd, process.tStart));
  }
}

/** Steps at which DPM-Solver++(2M)'s weight 1/(2r) on the previous output exceeds {@link DPM_WEIGHT_LIMIT}. */
function dpmRatioProblems(s: readonly number[]): LevelProblem[] {
  const problems: LevelProblem[] = [];
  for (let k = 1; k + 1 < s.length; k++) {
    const [a, b, c] = [s[k - 1] as number, s[k] as number, s[k + 1] as number];
    if (!(Number.isFinite(a) && b > 0 && c > 0 && a > b && b > c)) continue;
    const r = Math.log(a / b) / Math.log(b / c);
    const weight = 1 / (2 * r);
    if (weight > DPM_WEIGHT_LIMIT) {
      problems.push({
        kind: "dpm-ratio",
        index: k,
        message: `at the step from level ${k} DPM-Solver++(2M) weights the previous denoiser output by ${weight.toPrecision(3)} (step ratio r = ${r.toPrecision(3)}; a smooth schedule has ≈ 0.5): levels ${k - 1} and ${k} are nearly one`,
      });
    }
  }
  return problems;
}
