import { geometricSpectrum, type Spectrum } from "@klsched/core-linalg";
import { referenceScale } from "./optimization-context.js";

/**
 * The candidate set of `klsched rank` (the paper's use case for pretrained models, theory §7 “Pretrained models with fixed training schedules”): every
 * standard strategy with parameter sweeps — polynomial powers, Karras ρ, tangent coefficients spread
 * around the spectrum's scale — then the fitted tangent laws, the geodesic and the exact optimum.
 * Strategies a process cannot take are left out by the caller.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { rankingCandidates } from "@klsched/schedule-optim";
 * const candidates = rankingCandidates(syntheticSpectrum("geometric:d=8,min=0.01,max=1"));
 * candidates.length; // 23
 * candidates.slice(14, 16); // ["tangent:c=5.06", "tangent:c=1.265"]
 * candidates.slice(-4); // ["tangent", "tangent:fit=asymptotic", "geodesic", "optimal"]
 * ```
 */
export function rankingCandidates(spectrum: Spectrum): string[] {
  const scale = referenceScale(spectrum.eigenvalues);
  const coefficients = geometricSpectrum(5, scale / 16, scale * 16).eigenvalues;
  return [
    "uniform",
    "quadratic",
    ...[1.5, 3, 4].map((p) => `polynomial:p=${p}`),
    "logsnr",
    "exponential",
    ...[1, 2, 3, 5, 7, 10, 15].map((rho) => `karras:rho=${rho}`),
    ...Array.from(coefficients, (c) => `tangent:c=${Number(c.toPrecision(4))}`),
    "tangent",
    "tangent:fit=asymptotic",
    "geodesic",
    "optimal",
  ];
}
