/** The computation every consumer program and the browser bundle perform, computed here from the workspace. */
import { syntheticSpectrum } from "@klsched/core-linalg";
import { strategySchedule, veProcess } from "@klsched/discretization";
import { scheduleKL } from "@klsched/kl-metrics";

/** The MNIST-sized spectrum the consumers use. */
export const SPECTRUM = "geometric:d=784,min=1e-4,max=10";

/**
 * KL and step count of a 20-step Karras (ρ = 7) schedule for the VE process on [0.002, 80] (EDM's range),
 * as test/consumer/*.ts|cjs and the bundle entry compute them.
 */
export function referenceKarrasKL(): { kl: number; steps: number } {
  const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 20);
  const { kl, steps } = scheduleKL({ spectrum: syntheticSpectrum(SPECTRUM), schedule });
  return { kl, steps };
}
