import { InvalidArgumentError } from "@klsched/core-linalg";
import { checkProcessRange } from "./level-range.js";
import type { NoiseProcess } from "./noise-process.js";

/**
 * Variance exploding: α = 1, σ = t for t ∈ [s_min, s_max] (Song et al. 2021; Karras et al. 2022, Table 1
 * with σ(t) = t). The prior is N(0, s_max²·I). `edm` is `veProcess(0.002, 80)`.
 *
 * @example
 * ```ts
 * import { veProcess } from "@klsched/discretization";
 * const edm = veProcess(0.002, 80);
 * edm.label; // "ve:smin=0.002,smax=80"
 * edm.priorVariance; // 6400
 * edm.sigma(3); // 3
 * ```
 * @throws InvalidArgumentError unless 0 < sMin < sMax < ∞.
 */
export function veProcess(sMin: number, sMax: number): NoiseProcess {
  if (!(sMin > 0 && Number.isFinite(sMin))) throw new InvalidArgumentError("smin", sMin, "expected a positive number");
  if (!(sMax > sMin && Number.isFinite(sMax)))
    throw new InvalidArgumentError("smax", sMax, `expected a finite number above smin=${sMin}`);
  const process: NoiseProcess = Object.freeze({
    kind: "ve" as const,
    label: `ve:smin=${sMin},smax=${sMax}`,
    tStart: sMax,
    tEnd: sMin,
    tClean: 0,
    endsClean: false,
    priorVariance: sMax * sMax,
    alpha: () => 1,
    sigma: (t: number) => t,
    s: (t: number) => t,
    tFromS: (s: number) => s,
    priorGap: (t: number) => (t - sMax) * (t + sMax),
  });
  return checkProcessRange(process, "process", process.label);
}
