import { builtinSpectrum, geometricSpectrum, powerlawSpectrum } from "@klsched/core-linalg";
import { parseProcess } from "@klsched/discretization";
import { ddim, parseSampler } from "@klsched/gaussian-flow";
import { describe, expect, it } from "vitest";
import { geodesicSchedule } from "./geodesic-schedule.js";
import { optimalSchedule } from "./optimal-schedule.js";
import type { OptimizationContext } from "./optimization-context.js";

/** The previous default: DDIM started from the geodesic (two weight iterations, tolerance 1e-3). */
function geodesicStartOptimum(context: OptimizationContext, steps: number) {
  const geodesic = (c: OptimizationContext) => geodesicSchedule(c, steps, 2, 1e-3).levels;
  if (context.sampler === undefined || context.sampler === ddim) return optimalSchedule(context, steps, geodesic(context));
  const ddimOptimum = optimalSchedule({ ...context, sampler: ddim }, steps, geodesic({ ...context, sampler: ddim }));
  return optimalSchedule(context, steps, ddimOptimum.levels);
}

describe("optimal's tangent start", () => {
  const mnist = builtinSpectrum("mnist");
  it.each<[string, number, OptimizationContext]>([
    ["edm, geometric d=3072", 10, { spectrum: geometricSpectrum(3072, 1e-4, 10), process: parseProcess("edm") }],
    ["sd15, mnist", 8, { spectrum: mnist, process: parseProcess("sd15") }],
    ["sd15, mnist", 20, { spectrum: mnist, process: parseProcess("sd15") }],
    ["vp, powerlaw, exact prior", 6, { spectrum: powerlawSpectrum(500, 2, 1), process: parseProcess("vp"), prior: "exact" }],
    ["flow, mnist", 12, { spectrum: mnist, process: parseProcess("flow") }],
    ["edm, mnist, reverse KL", 10, { spectrum: mnist, process: parseProcess("edm"), objective: "klReverse" }],
    ["edm, mnist, W2", 4, { spectrum: mnist, process: parseProcess("edm"), objective: "w2" }],
    ["sd15, mnist, heun", 6, { spectrum: mnist, process: parseProcess("sd15"), sampler: parseSampler("heun") }],
  ])("optimalSchedule (%s, N=%i) reaches the geodesic start's optimum: equal objective to 1e-12", (_name, steps, context) => {
    const tangent = optimalSchedule(context, steps);
    const geodesic = geodesicStartOptimum(context, steps);
    expect(Number.isFinite(tangent.value)).toBe(true);
    expect(Math.abs(tangent.value / geodesic.value - 1)).toBeLessThanOrEqual(1e-12);
    if ((context.objective ?? "kl") === "kl") expect(Math.abs(tangent.kl / geodesic.kl - 1)).toBeLessThanOrEqual(1e-12);
    expect(tangent.fallback).toBe(geodesic.fallback);
  });
});
