import { InvalidArgumentError } from "@klsched/core-linalg";
import { type BetaSchedule, diffusersAlphasCumprod, diffusersBetas } from "./diffusers-alphas-cumprod.js";
import { checkProcessRange } from "./level-range.js";
import { type DiscreteTable, type NoiseProcess, RANGE_END_TOLERANCE } from "./noise-process.js";
import { f32 } from "./tools/numpy-like.js";
import { checkTinyTerminal, DIFFUSERS_TINY_ALPHA_CUMPROD, rescaleZeroTerminalSnr } from "./zero-terminal-snr.js";

/** How `rescale_betas_zero_snr` is applied: not at all, ᾱ_{T−1} = 0 (DDIMScheduler), or 2⁻²⁴ (Euler, DPM-Solver). */
export type ZeroSnrMode = "off" | "zero" | "tiny";

/**
 * A discrete-time variance-preserving model trained on T timesteps with ᾱ_i = Π_{j≤i}(1 − β_j)
 * (Ho et al. 2020), i = 0..T−1, ᾱ as diffusers computes it.
 *
 * At integer t, α = √ᾱ_t and σ = √(1 − ᾱ_t). Between integers, ln s is interpolated linearly in t as
 * k-diffusion's `DiscreteSchedule.t_to_sigma` does; its inverse is `sigma_to_t` without quantisation.
 * The range is t ∈ [0, T−1]; the clean level sits at t = −1 (diffusers' `final_alpha_cumprod = 1`).
 * `zeroSnr` applies diffusers' `rescale_zero_terminal_snr` (see {@link discreteProcess} for ᾱ_{T−1} = 0).
 *
 * @example
 * ```ts
 * import { ddpmProcess } from "@klsched/discretization";
 * const sd15 = ddpmProcess({ kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 });
 * sd15.label; // "ddpm:schedule=scaled_linear,T=1000,bstart=0.00085,bend=0.012"
 * sd15.s(999); // 14.6146466…
 * ddpmProcess({ kind: "linear", betaStart: 1e-4, betaEnd: 0.02 }, 1000, "ddpm", "zero").alpha(999); // 0
 * ```
 * @throws InvalidArgumentError for T < 2, betas outside (0, 1), or `tiny` where the rescaled ᾱ_{T−2} is below 2⁻²⁴.
 */
export function ddpmProcess(schedule: BetaSchedule, T = 1000, label?: string, zeroSnr: ZeroSnrMode = "off"): NoiseProcess {
  const base = ddpmLabel(schedule, T);
  const name = label ?? (zeroSnr === "off" ? base : `${base},zsnr=${zeroSnr}`);
  if (zeroSnr === "off") return discreteProcess(diffusersAlphasCumprod(schedule, T), name, { source: "diffusers" });
  return discreteProcess(zeroSnrAlphasCumprod(diffusersBetas(schedule, T), zeroSnr), name, { source: "diffusers", zeroSnr });
}

/**
 * A discrete model from its own betas (diffusers' `trained_betas`): `torch.tensor(trained_betas,
 * dtype=float32)`, then ᾱ as for the named schedules.
 *
 * @example
 * ```ts
 * import { trainedBetasProcess } from "@klsched/discretization";
 * const toy = trainedBetasProcess([0.1, 0.5]);
 * toy.discrete?.alphasCumprod; // Float64Array [0.9000000, 0.4500000]
 * toy.label; // "ddpm:betas=[2]"
 * ```
 * @throws InvalidArgumentError for fewer than two betas or one outside (0, 1).
 */
export function trainedBetasProcess(betas: ArrayLike<number>, zeroSnr: ZeroSnrMode = "off", label?: string): NoiseProcess {
  if (betas.length < 2) throw new InvalidArgumentError("betas", betas.length, "needs at least two betas");
  const rounded = Float64Array.from(betas, (b, i) => {
    if (!(b > 0 && b < 1)) throw new InvalidArgumentError("betas", b, `β_${i} must lie in (0, 1)`);
    return f32(b);
  });
  const name = label ?? `ddpm:betas=[${betas.length}]${zeroSnr === "off" ? "" : `,zsnr=${zeroSnr}`}`;
  const alphasCumprod = zeroSnr === "off" ? float32Cumprod(rounded) : zeroSnrAlphasCumprod(rounded, zeroSnr);
  return discreteProcess(alphasCumprod, name, zeroSnr === "off" ? { source: "trained" } : { source: "trained", zeroSnr });
}

/**
 * ᾱ after `rescale_zero_terminal_snr`; `tiny` then sets ᾱ_{T−1} = 2⁻²⁴ as EulerDiscrete and
 * DPMSolverMultistep do. Where the rescaled ᾱ_{T−2} is already below 2⁻²⁴ (linear betas 1e-4 … 0.02:
 * 4.2e-9), the tool's σ table is not monotonic and `tiny` is refused (use `zero`, on which those
 * strategies substitute 2⁻²⁴ themselves and say so).
 */
function zeroSnrAlphasCumprod(betas: Float64Array, mode: "zero" | "tiny"): Float64Array {
  const out = float32Cumprod(rescaleZeroTerminalSnr(betas));
  if (mode === "tiny") {
    checkTinyTerminal(
      out,
      DIFFUSERS_TINY_ALPHA_CUMPROD,
      "diffusers' EulerDiscrete/DPMSolverMultistep",
      "zsnr",
      "tiny",
      "use zsnr=zero, on which the diffusers-euler and diffusers-dpm strategies substitute 2⁻²⁴ as the tool does",
    );
    out[out.length - 1] = DIFFUSERS_TINY_ALPHA_CUMPROD;
  }
  return out;
}

/** 1 − β in float32, then `torch.cumprod` (float64 accumulator, each output rounded to float32). */
function float32Cumprod(betas: ArrayLike<number>): Float64Array {
  const out = new Float64Array(betas.length);
  let product = 1;
  for (let i = 0; i < betas.length; i++) {
    product *= f32(1 - (betas[i] as number));
    out[i] = f32(product);
  }
  return out;
}

/** {@link RANGE_END_TOLERANCE} on ln s: how far above ln σ_max and below ln σ_min a level is taken as that end. */
const LOG_ABOVE = Math.log1p(RANGE_END_TOLERANCE);
const LOG_BELOW = Math.log1p(-RANGE_END_TOLERANCE);

/**
 * A discrete process from its ᾱ table (strictly decreasing, in (0, 1), except that the last entry may be
 * 0: zero terminal SNR). ln s is interpolated linearly between timesteps; next to ᾱ_{T−1} = 0, where
 * ln s is infinite, the angle atan(s) is interpolated instead (from atan(s_{T−2}) to π/2), so that the
 * level is continuous and reaches α = 0 exactly at t = T−1. `tFromS` takes a level beyond an end of the
 * table by at most {@link RANGE_END_TOLERANCE} (relative: float32 rounding of the end) as that end and
 * refuses one further out.
 *
 * @example
 * ```ts
 * import { discreteProcess } from "@klsched/discretization";
 * const toy = discreteProcess(Float64Array.of(0.9, 0.5, 0.1), "toy");
 * toy.s(1); // 1
 * toy.s(0.5); // 0.5773502691896257
 * toy.tFromS(3); // 2
 * ```
 * @throws InvalidArgumentError when ᾱ is not strictly decreasing in (0, 1) (a last entry 0 excepted);
 * the process's functions throw it for a time outside [−1, T−1] or, `tFromS`, a level outside the range.
 */
export function discreteProcess(
  alphasCumprod: Float64Array,
  label: string,
  table: Omit<DiscreteTable, "alphasCumprod"> = { source: "diffusers" },
): NoiseProcess {
  const T = alphasCumprod.length;
  const logS = new Float64Array(T);
  for (let i = 0; i < T; i++) {
    const a = alphasCumprod[i] as number;
    const zeroAllowed = i === T - 1 && a === 0;
    if (!(zeroAllowed || (a > 0 && a < 1))) throw new InvalidArgumentError("alphas_cumprod", a, `ᾱ_${i} must lie in (0, 1)`);
    logS[i] = zeroAllowed ? Number.POSITIVE_INFINITY : 0.5 * Math.log((1 - a) / a);
    if (i > 0 && !((logS[i] as number) > (logS[i - 1] as number))) {
      throw new InvalidArgumentError("alphas_cumprod", a, `ᾱ must decrease strictly (at index ${i})`);
    }
  }
  const zeroSnr = alphasCumprod[T - 1] === 0;
  /** Angle atan(s) at T−2, where the last interval of a zero-SNR table starts. */
  const lastAngle = zeroSnr ? Math.atan(Math.exp(logS[T - 2] as number)) : 0;
  const check = (t: number) => {
    if (!(t >= -1 && t <= T - 1)) throw new InvalidArgumentError("timestep", t, `outside [0, ${T - 1}]`);
  };
  /** s at fractional t: ln s interpolated linearly (the angle in the last interval of a zero-SNR table). */
  const sAt = (t: number): number => {
    const low = Math.floor(t);
    const w = t - low;
    const a = logS[low] as number;
    if (w === 0) return Math.exp(a);
    if (zeroSnr && low === T - 2) return Math.tan((1 - w) * lastAngle + w * (Math.PI / 2));
    return Math.exp((1 - w) * a + w * (logS[low + 1] as number));
  };
  const alphaSquared = (t: number): number => {
    check(t);
    if (t === -1) return 1;
    if (Number.isInteger(t)) return alphasCumprod[t] as number;
    const s = sAt(t);
    return 1 / (1 + s * s);
  };
  const process: NoiseProcess = Object.freeze({
    kind: "ddpm" as const,
    label,
    tStart: T - 1,
    tEnd: 0,
    tClean: -1,
    endsClean: false,
    trainingSteps: T,
    discrete: Object.freeze({ alphasCumprod, ...table }),
    priorVariance: 1,
    alpha: (t: number) => Math.sqrt(alphaSquared(t)),
    sigma: (t: number) => {
      check(t);
      if (t === -1) return 0;
      if (Number.isInteger(t)) return Math.sqrt(1 - (alphasCumprod[t] as number));
      const s = sAt(t);
      return s === Number.POSITIVE_INFINITY ? 1 : Math.sqrt((s * s) / (1 + s * s));
    },
    s: (t: number) => {
      check(t);
      return t === -1 ? 0 : sAt(t);
    },
    tFromS: (s: number) => {
      if (s === 0) return -1;
      const target = Math.log(s);
      if (!(target >= (logS[0] as number) + LOG_BELOW && target <= (logS[T - 1] as number) + LOG_ABOVE)) {
        throw new InvalidArgumentError(
          "sigma",
          s,
          `outside the model's range [${Math.exp(logS[0] as number)}, ${Math.exp(logS[T - 1] as number)}] by more than float32 rounding (2⁻²² relative)`,
        );
      }
      if (zeroSnr && target > (logS[T - 2] as number)) {
        const w = (Math.atan(s) - lastAngle) / (Math.PI / 2 - lastAngle);
        return w >= 1 ? T - 1 : T - 2 + w;
      }
      let lo = 0;
      let hi = T - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if ((logS[mid] as number) <= target) lo = mid;
        else hi = mid;
      }
      const a = logS[lo] as number;
      const b = logS[hi] as number;
      const w = Math.min(1, Math.max(0, (target - a) / (b - a)));
      return w === 1 ? hi : lo + w;
    },
    priorGap: (t: number) => -alphaSquared(t),
  });
  return checkProcessRange(process, "process", label, zeroSnr);
}

function ddpmLabel(schedule: BetaSchedule, T: number): string {
  if (schedule.kind === "cosine") return `ddpm:schedule=cosine,T=${T}`;
  return `ddpm:schedule=${schedule.kind},T=${T},bstart=${schedule.betaStart},bend=${schedule.betaEnd}`;
}
