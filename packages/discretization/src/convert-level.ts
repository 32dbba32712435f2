import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "./noise-process.js";

/**
 * The ways one noise level is named across tools:
 * - `time`: the process's own time t;
 * - `timestep`: a training timestep — on a discrete process the index t itself (fractional between
 *   integers, by k-diffusion's log-σ interpolation); on `flow` the diffusers/ComfyUI timestep 1000·t
 *   (`num_train_timesteps`, ComfyUI's `multiplier`); continuous VE/VP processes have none;
 * - `sigma`: σ, the standard deviation of the noise in x_t = α·x₀ + σ·ε;
 * - `s`: σ/α, the VE-normalised level that k-diffusion, ComfyUI and diffusers' Euler call "sigma";
 * - `logsnr`: ln(α²/σ²) = −2 ln s;
 * - `flow-sigma`: the rectified-flow time with the same signal-to-noise ratio, σ/(α + σ) = s/(1 + s);
 * - `alpha`: α.
 */
export type LevelUnit = "time" | "timestep" | "sigma" | "s" | "logsnr" | "flow-sigma" | "alpha";

/** Every unit `convertLevel` converts between. */
export const LEVEL_UNITS: readonly LevelUnit[] = ["time", "timestep", "sigma", "s", "logsnr", "flow-sigma", "alpha"];

/** diffusers' `num_train_timesteps` and ComfyUI's `multiplier` for flow models. */
export const FLOW_TIMESTEPS = 1000;

/**
 * Converts a level between units on a process, through process time: on `sd15`, timestep 999 is
 * σ/α = 14.6146466… and back. Every reproduced strategy maps its tool's levels with this one function.
 * The clean level converts to time `tClean` (s = 0, logSNR = +∞, flow-sigma = 0).
 *
 * @example
 * ```ts
 * import { convertLevel, flowProcess, parseProcess } from "@klsched/discretization";
 * const sd15 = parseProcess("sd15");
 * const sigmaMax = convertLevel(sd15, 999, "timestep", "s"); // 14.6146466…
 * convertLevel(sd15, sigmaMax, "s", "timestep"); // 999
 * convertLevel(flowProcess(), 0.5, "time", "timestep"); // 500
 * ```
 * @throws InvalidArgumentError for NaN, a level outside the process's range, `timestep` on a continuous
 * process, or `sigma`/`alpha`/`flow-sigma` outside [0, 1] where they are bounded.
 */
export function convertLevel(process: NoiseProcess, value: number, from: LevelUnit, to: LevelUnit): number {
  const t = toTime(process, value, from);
  return from === to ? value : fromTime(process, t, to);
}

/** The process time of a level given in `unit`. */
export function toTime(process: NoiseProcess, value: number, unit: LevelUnit): number {
  if (Number.isNaN(value)) throw new InvalidArgumentError(unit, value, "is not a number");
  switch (unit) {
    case "time":
      return value;
    case "timestep":
      return process.kind === "flow" ? value / FLOW_TIMESTEPS : discreteTimestep(process, value);
    case "s":
      return process.tFromS(value);
    case "logsnr":
      return process.tFromS(Math.exp(-0.5 * value));
    case "flow-sigma":
      if (!(value >= 0 && value <= 1)) throw new InvalidArgumentError("flow-sigma", value, "expected a value in [0, 1]");
      return process.tFromS(value === 1 ? Number.POSITIVE_INFINITY : value / (1 - value));
    case "sigma":
    case "alpha": {
      const other = Math.sqrt(Math.max(0, 1 - value * value));
      if (process.kind !== "vp" && process.kind !== "ddpm") {
        return unit === "sigma" && process.kind === "ve" ? process.tFromS(value) : solveMonotone(process, unit, value);
      }
      if (!(value >= 0 && value <= 1))
        throw new InvalidArgumentError(unit, value, "expected a value in [0, 1] on a variance-preserving process");
      const s = unit === "sigma" ? value / other : other / value;
      return process.tFromS(s);
    }
  }
}

/** A level at process time t, in `unit`. */
export function fromTime(process: NoiseProcess, t: number, unit: LevelUnit): number {
  switch (unit) {
    case "time":
      return t;
    case "timestep":
      if (process.kind === "flow") return t * FLOW_TIMESTEPS;
      discreteTimestep(process, t);
      return t;
    case "sigma":
      return process.sigma(t);
    case "alpha":
      return process.alpha(t);
    case "s":
      return process.s(t);
    case "logsnr":
      return -2 * Math.log(process.s(t));
    case "flow-sigma": {
      const s = process.s(t);
      return s === Number.POSITIVE_INFINITY ? 1 : s / (1 + s);
    }
  }
}

function discreteTimestep(process: NoiseProcess, value: number): number {
  if (process.trainingSteps === undefined) {
    throw new InvalidArgumentError("timestep", value, `${process.label} is continuous and has no training timesteps`);
  }
  return value;
}

/** σ or α on a process that is not variance preserving (`flow`): bisection on the monotone map t ↦ level. */
function solveMonotone(process: NoiseProcess, unit: "sigma" | "alpha", value: number): number {
  const level = (t: number) => (unit === "sigma" ? process.sigma(t) : process.alpha(t));
  let lo = Math.min(process.tClean, process.tEnd);
  let hi = process.tStart;
  const increasing = level(hi) > level(lo);
  const [low, high] = increasing ? [level(lo), level(hi)] : [level(hi), level(lo)];
  if (!(value >= low && value <= high)) {
    throw new InvalidArgumentError(unit, value, `outside ${process.label}'s range [${low}, ${high}]`);
  }
  for (let i = 0; i < 200 && hi - lo > 0; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    if (level(mid) < value === increasing) lo = mid;
    else hi = mid;
  }
  return Math.abs(level(lo) - value) <= Math.abs(level(hi) - value) ? lo : hi;
}
