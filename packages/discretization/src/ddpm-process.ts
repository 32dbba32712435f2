import { InvalidArgumentError } from "@klsched/core-linalg";
import { type BetaSchedule, diffusersAlphasCumprod } from "./diffusers-alphas-cumprod.js";
import type { NoiseProcess } from "./noise-process.js";

/**
 * A discrete-time variance-preserving model trained on T timesteps with ᾱ_i = Π_{j≤i}(1 − β_j)
 * (Ho et al. 2020), i = 0..T−1, ᾱ as diffusers computes it.
 *
 * At integer t, α = √ᾱ_t and σ = √(1 − ᾱ_t). Between integers, ln s is interpolated linearly in t as
 * k-diffusion's `DiscreteSchedule.t_to_sigma` does; its inverse is `sigma_to_t` without quantisation.
 * The range is t ∈ [0, T−1]; the clean level sits at t = −1 (diffusers' `final_alpha_cumprod = 1`).
 */
export function ddpmProcess(schedule: BetaSchedule, T = 1000, label?: string): NoiseProcess {
  const alphasCumprod = diffusersAlphasCumprod(schedule, T);
  return discreteProcess(alphasCumprod, label ?? ddpmLabel(schedule, T));
}

/** A discrete process from its ᾱ table (strictly decreasing, in (0, 1)). */
export function discreteProcess(alphasCumprod: Float64Array, label: string): NoiseProcess {
  const T = alphasCumprod.length;
  const logS = new Float64Array(T);
  for (let i = 0; i < T; i++) {
    const a = alphasCumprod[i] as number;
    if (!(a > 0 && a < 1)) throw new InvalidArgumentError("alphas_cumprod", a, `ᾱ_${i} must lie in (0, 1)`);
    logS[i] = 0.5 * Math.log((1 - a) / a);
    if (i > 0 && !((logS[i] as number) > (logS[i - 1] as number))) {
      throw new InvalidArgumentError("alphas_cumprod", a, `ᾱ must decrease strictly (at index ${i})`);
    }
  }
  const check = (t: number) => {
    if (!(t >= -1 && t <= T - 1)) throw new InvalidArgumentError("timestep", t, `outside [0, ${T - 1}]`);
  };
  /** ln s at fractional t by linear interpolation between training timesteps. */
  const interpolatedLogS = (t: number) => {
    const low = Math.floor(t);
    const w = t - low;
    const a = logS[low] as number;
    return w === 0 ? a : (1 - w) * a + w * (logS[low + 1] as number);
  };
  const alphaSquared = (t: number): number => {
    check(t);
    if (t === -1) return 1;
    if (Number.isInteger(t)) return alphasCumprod[t] as number;
    return 1 / (1 + Math.exp(2 * interpolatedLogS(t)));
  };
  return Object.freeze({
    kind: "ddpm" as const,
    label,
    tStart: T - 1,
    tEnd: 0,
    tClean: -1,
    endsClean: false,
    trainingSteps: T,
    priorVariance: 1,
    alpha: (t: number) => Math.sqrt(alphaSquared(t)),
    sigma: (t: number) => {
      check(t);
      if (t === -1) return 0;
      if (Number.isInteger(t)) return Math.sqrt(1 - (alphasCumprod[t] as number));
      const s2 = Math.exp(2 * interpolatedLogS(t));
      return Math.sqrt(s2 / (1 + s2));
    },
    s: (t: number) => {
      check(t);
      return t === -1 ? 0 : Math.exp(interpolatedLogS(t));
    },
    tFromS: (s: number) => {
      if (s === 0) return -1;
      const target = Math.log(s);
      if (!(target >= (logS[0] as number) - 1e-12 && target <= (logS[T - 1] as number) + 1e-12)) {
        throw new InvalidArgumentError(
          "sigma",
          s,
          `outside the model's range [${Math.exp(logS[0] as number)}, ${Math.exp(logS[T - 1] as number)}]`,
        );
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
}

function ddpmLabel(schedule: BetaSchedule, T: number): string {
  if (schedule.kind === "cosine") return `ddpm:schedule=cosine,T=${T}`;
  return `ddpm:schedule=${schedule.kind},T=${T},bstart=${schedule.betaStart},bend=${schedule.betaEnd}`;
}
