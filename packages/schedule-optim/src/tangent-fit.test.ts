import { geometricSpectrum, isotropicSpectrum, powerlawSpectrum, type Spectrum } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { scheduleFromLevels } from "./schedule-from-levels.js";
import { fitTangentLaw, tangentLawLevels } from "./tangent-fit.js";

const SPECTRA: [string, Spectrum][] = [
  ["isotropic", isotropicSpectrum(6, 0.2)],
  ["geometric", geometricSpectrum(48, 1e-4, 10)],
  ["powerlaw", powerlawSpectrum(48, 1.2, 5)],
];
const CASES = ["edm", "sd15", "vp", "flow"].flatMap((process) =>
  SPECTRA.flatMap(([spectrum]) => [4, 5, 10, 20].map((steps) => [process, spectrum, steps] as const)),
);
/** 200 coefficients log-spaced from 10⁻³ to 10³. */
const GRID = Array.from({ length: 200 }, (_, k) => 10 ** (-3 + (6 * k) / 199));

describe("fitTangentLaw: the best tangent law in both end conventions", () => {
  it.each(CASES)(
    "fitTangentLaw on %s, %s, N = %i is ≤ every tangent law of a 200-point grid of c in both conventions (in range, and with keepInRange false)",
    (name, spectrumName, steps) => {
      const process = parseProcess(name);
      const spectrum = SPECTRA.find(([s]) => s === spectrumName)![1];
      for (const keepInRange of [true, false]) {
        const context = { spectrum, process, keepInRange };
        const law = fitTangentLaw(context, steps);
        const klOf = (levels: Float64Array) => scheduleKL({ spectrum, schedule: scheduleFromLevels(process, levels) }).kl;
        expect(law.value).toBeCloseTo(klOf(law.levels), 10);
        for (const c of GRID) {
          for (const end of ["zero", "floor"] as const) {
            const levels = tangentLawLevels(context, c, steps, end);
            if (levels === undefined) continue; // a zero law whose last level leaves the free range
            expect(law.value, `${end} c=${c}`).toBeLessThanOrEqual(klOf(levels) * (1 + 1e-9));
          }
        }
      }
    },
  );

  it("the floor law is klsched's own tangent:c=… level for level, and the zero law runs to s = 0 in N equal angles", () => {
    const process = parseProcess("edm");
    const context = { spectrum: isotropicSpectrum(2, 1), process };
    const floor = tangentLawLevels(context, 0.7, 6, "floor")!;
    const own = strategySchedule(process, { kind: "tangent", c: 0.7 }, 6);
    expect(Array.from(floor)).toEqual(Array.from(own.sigma, (s, k) => (s === 0 ? 0 : s / own.alpha[k]!)));
    const zero = tangentLawLevels({ ...context, keepInRange: false }, 0.7, 6, "zero")!;
    const angles = Array.from(zero, (s) => Math.atan(s / 0.7));
    for (let k = 1; k <= 6; k++) expect(angles[k - 1]! - angles[k]!).toBeCloseTo(Math.atan(80 / 0.7) / 6, 12);
    // in range, the zero law needs its last noisy level above edm's s_min = 0.002
    expect(tangentLawLevels(context, 0.001, 6, "zero")).toBeUndefined();
  });

  it("sd15 at N = 5 on a geometric spectrum: the fitted law beats kl_optimal (c = 1) and reports its end", () => {
    const process = parseProcess("sd15");
    const spectrum = geometricSpectrum(784, 1e-4, 10);
    const law = fitTangentLaw({ spectrum, process }, 5);
    const klOptimal = scheduleKL({ spectrum, schedule: strategySchedule(process, { kind: "tangent", c: 1 }, 5) }).kl;
    expect(["zero", "floor"]).toContain(law.end);
    expect(law.value).toBeLessThanOrEqual(klOptimal);
  });
});
