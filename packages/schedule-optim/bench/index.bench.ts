/**
 * Benchmarks of the optimisers at d = 3072 (geometric spectrum 1e-4…10, edm, standard prior):
 * `optimal` at N = 10 and N = 50, and the geodesic alone. Prints wall time per call (median of runs);
 * a benchmark, not a test: it asserts nothing about time and fails only on a non-finite KL.
 * The scipy counterpart is benchmarks/optimal_schedule_scipy.py.
 */
import { geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess } from "@klsched/discretization";
import { geodesicSchedule } from "../src/geodesic-schedule.js";
import { optimalSchedule } from "../src/optimal-schedule.js";
import { referenceScale } from "../src/optimization-context.js";
import { tangentLevels } from "../src/tangent-fit.js";

const context = { spectrum: geometricSpectrum(3072, 1e-4, 10), process: parseProcess("edm"), prior: "standard" as const };

function median(label: string, runs: number, call: () => number, name = "KL"): void {
  call();
  const times: number[] = [];
  let value = 0;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    value = call();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (!Number.isFinite(value)) throw new Error(`${label}: non-finite result ${value}`);
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} median ${(times[Math.floor(runs / 2)] as number).toFixed(1)} ms over ${runs} runs   ${name} = ${value}`,
  );
}

const scale = referenceScale(context.spectrum.eigenvalues);
for (const steps of [10, 50]) {
  median(`optimal   N=${steps} d=3072`, 7, () => optimalSchedule(context, steps).kl);
  // the scipy script's start: the tangent law with c = √(geometric mean λ) run to 0
  median(`optimal   N=${steps} (tangent start)`, 7, () => optimalSchedule(context, steps, tangentLevels(80, 0, scale, steps)).kl);
  median(`geodesic  N=${steps} d=3072`, 7, () => geodesicSchedule(context, steps).levels[1] as number, "s₁");
}
