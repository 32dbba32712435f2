import { compensatedSum, createSpectrum, geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess, parseStrategy, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { divergenceSums } from "./divergence-sums.js";
import { DIVERGENCE_NAMES } from "./divergences/registry.js";
import { directionalDivergences, scheduleKL } from "./schedule-kl.js";

/** The registry's route, kept as the oracle: every descriptor's perDirection, then compensatedSum. */
function registrySums(output: Parameters<typeof divergenceSums>[0]) {
  const terms = directionalDivergences(output);
  return Object.fromEntries(DIVERGENCE_NAMES.map((name) => [name, compensatedSum(terms[name])]));
}

function expectClose(got: number, want: number, tolerance: number): void {
  if (!Number.isFinite(want) || want === 0) expect(got).toBe(want);
  else expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance * Math.abs(want));
}

const output = (delta: number[], meanError?: number[], targetVariance?: number[]) => ({
  logVarianceRatio: Float64Array.from(delta),
  meanError: Float64Array.from(meanError ?? delta.map(() => 0)),
  targetVariance: Float64Array.from(targetVariance ?? delta.map((_, i) => 10 ** ((i % 9) - 4))),
});

describe("divergenceSums", () => {
  // every branch and its boundaries: the series (|δ| < ½), one expm1 (½ ≤ |δ| < 700), the registry (beyond)
  const deltas = [
    0, 1e-300, -1e-300, 1e-12, -1e-12, 3e-7, -3e-7, 1e-3, -1e-3, 0.1, -0.1, 0.4999999999, -0.4999999999, 0.5, -0.5, 0.7, -0.7, 1,
    -1, 5, -5, 30, -30, 200, -200, 699.9, -699.9, 700, -700, 800, -800,
  ];

  it.each(deltas)("divergenceSums of one direction with δ = %d equals the registry's terms to 1e-14", (delta) => {
    const sums = divergenceSums(output([delta], [0], [2.5]));
    const want = registrySums(output([delta], [0], [2.5]));
    for (const name of DIVERGENCE_NAMES) expectClose(sums[name], want[name] as number, 1e-14);
  });

  it("divergenceSums with mean errors, ±∞ and NaN: the registry's own terms", () => {
    const cases = [
      output([0.2, -3, 1e-9], [1, -2, 0.5]),
      output([Number.NEGATIVE_INFINITY, 0.1]),
      output([Number.POSITIVE_INFINITY, -0.1]),
    ];
    for (const out of cases) {
      const sums = divergenceSums(out);
      const want = registrySums(out);
      for (const name of DIVERGENCE_NAMES) expectClose(sums[name], want[name] as number, 1e-14);
    }
    const nan = divergenceSums(output([Number.NaN, 0.1]));
    for (const name of DIVERGENCE_NAMES) expect(nan[name]).toBeNaN();
  });

  it("divergenceSums of 3000 directions spread over every branch equals the registry's route to 1e-14", () => {
    const delta = Array.from({ length: 3000 }, (_, i) => Math.sign(Math.sin(i)) * 10 ** (-14 + (17 * i) / 2999));
    const out = output(delta);
    const sums = divergenceSums(out);
    const want = registrySums(out);
    for (const name of DIVERGENCE_NAMES) expectClose(sums[name], want[name] as number, 1e-14);
  });
});

describe("scheduleKL's fused route", () => {
  const spectra = {
    geometric: geometricSpectrum(3072, 1e-4, 10),
    extreme: createSpectrum([1e12, 1e6, 80, 1, 1e-3, 1e-8, 1e-14, 1e-30]),
  };
  it.each([
    ["edm", "karras", 1],
    ["edm", "karras", 10],
    ["edm", "karras", 1000],
    ["vp", "logsnr", 25],
    ["flow", "uniform", 3], // starts at α = 0
    ["sd15", "tangent:c=2", 50],
  ] as const)(
    "scheduleKL on %s %s N=%i equals the per-direction (registry) route to 1e-14, both priors, both spectra",
    (process, strategy, steps) => {
      const spec = parseStrategy(strategy);
      const schedule = strategySchedule(parseProcess(process), spec.strategy, steps, spec.options);
      for (const spectrum of Object.values(spectra)) {
        for (const prior of ["standard", "exact"] as const) {
          for (const clean of steps > 1 ? [true, false] : [true]) {
            const fused = scheduleKL({ spectrum, schedule, prior, clean });
            const registry = scheduleKL({ spectrum, schedule, prior, clean, perDirection: true });
            for (const name of DIVERGENCE_NAMES) expectClose(fused[name], registry[name], 1e-14);
          }
        }
      }
    },
  );
});
