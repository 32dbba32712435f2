import { InvalidArgumentError } from "@klsched/core-linalg";
import { checkProcessRange } from "./level-range.js";
import type { NoiseProcess } from "./noise-process.js";

/**
 * Continuous variance-preserving process of Song et al. (2021), Eq. 33 with a linear β(t):
 * ln α(t) = −¼t²(β_max − β_min) − ½t·β_min, σ = √(1 − α²), t ∈ [ε, 1]. Prior N(0, I).
 * σ and s = σ/α are formed from expm1 of 2 ln α so that they keep full precision near t = 0.
 *
 * @example
 * ```ts
 * import { vpProcess } from "@klsched/discretization";
 * const vp = vpProcess();
 * vp.label; // "vp:bmin=0.1,bmax=20,eps=0.001"
 * vp.s(1); // 152.16697…
 * vp.tFromS(vp.s(0.5)); // 0.5
 * ```
 * @throws InvalidArgumentError unless 0 ≤ betaMin < betaMax < ∞ and 0 < eps < 1.
 */
export function vpProcess(betaMin = 0.1, betaMax = 20, eps = 1e-3): NoiseProcess {
  if (!(betaMin >= 0 && Number.isFinite(betaMin)))
    throw new InvalidArgumentError("bmin", betaMin, "expected a non-negative number");
  if (!(betaMax > betaMin && Number.isFinite(betaMax)))
    throw new InvalidArgumentError("bmax", betaMax, `expected a finite number above bmin=${betaMin}`);
  if (!(eps > 0 && eps < 1)) throw new InvalidArgumentError("eps", eps, "expected 0 < eps < 1");
  const spread = betaMax - betaMin;
  /** −2 ln α(t) = ½t²(β_max − β_min) + t·β_min ≥ 0. */
  const minusTwoLogAlpha = (t: number) => 0.5 * t * t * spread + t * betaMin;
  const process: NoiseProcess = Object.freeze({
    kind: "vp" as const,
    label: `vp:bmin=${betaMin},bmax=${betaMax},eps=${eps}`,
    tStart: 1,
    tEnd: eps,
    tClean: 0,
    endsClean: false,
    priorVariance: 1,
    alpha: (t: number) => Math.exp(-0.5 * minusTwoLogAlpha(t)),
    sigma: (t: number) => Math.sqrt(-Math.expm1(-minusTwoLogAlpha(t))),
    s: (t: number) => Math.sqrt(Math.expm1(minusTwoLogAlpha(t))),
    /** Solves ½Δt² + β_min·t = ln(1 + s²) with the cancellation-free root 2L / (β_min + √(β_min² + 2ΔL)). */
    tFromS: (s: number) => {
      const L = Math.log1p(s * s);
      return (2 * L) / (betaMin + Math.sqrt(betaMin * betaMin + 2 * spread * L));
    },
    priorGap: (t: number) => -Math.exp(-minusTwoLogAlpha(t)),
  });
  return checkProcessRange(process, "process", process.label);
}
