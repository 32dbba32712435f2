/**
 * Benchmarks of the optimisers (a benchmark, not a test: it asserts nothing about time and fails only on
 * a non-finite result). Prints wall time per call (median of runs).
 *
 * 1. `optimal` at d = 3072 (geometric spectrum 1e-4…10, edm, standard prior), N = 10 and 50 (its default
 *    start, the tangent law; then the previous default, the geodesic start), and the geodesic alone; the
 *    scipy counterpart is benchmarks/optimal_schedule_scipy.py (same figure keys, for `pnpm bench`'s table).
 * 2. `optimize --sampler heun|dpmpp-2m --process sd15 --spectrum mnist --steps 50` (issue 13: ≤ 2 s):
 *    the library call behind it with the exact gradients, and the first version's route beside it in the
 *    same run — the same L-BFGS from the DDIM optimum on the same chart with central differences of the
 *    closed form (2N + 1 closed forms per gradient) — so before and after are measured together.
 * 3. The integer search on sd15 at N = 8, 16, 50 with d = 784 and 3072 (powerlaw spectra).
 */
import { builtinSpectrum, geometricSpectrum, powerlawSpectrum } from "@klsched/core-linalg";
import { parseProcess } from "@klsched/discretization";
import { parseSampler } from "@klsched/gaussian-flow";
import { geodesicSchedule } from "../src/geodesic-schedule.js";
import { integerOptimalTimesteps } from "../src/integer-optimal.js";
import { minimizeLbfgs } from "../src/lbfgs.js";
import { logitsFromLevels } from "../src/level-chart.js";
import { resolveMinGap } from "../src/min-gap.js";
import { objectiveInLogits } from "../src/objective-gradient.js";
import { optimalSchedule } from "../src/optimal-schedule.js";
import { freeLevelRange, referenceScale } from "../src/optimization-context.js";
import { samplerKLWithGradient } from "../src/sampler-kl-gradient.js";

/** One figure for `pnpm bench`'s table (scripts/bench.mjs): a JSON line keyed like the reference's. */
function figure(key: string, value: number, unit: string): void {
  console.log(JSON.stringify({ figure: key, value, unit }));
}

/** Median wall time in ms of `runs` calls after one warm-up, printed with the call's last value. */
function median(label: string, runs: number, call: () => number, name = "KL"): { ms: number; value: number } {
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
  const ms = times[Math.floor(runs / 2)] as number;
  console.log(`${label.padEnd(52)} median ${ms.toFixed(1)} ms over ${runs} runs   ${name} = ${value}`);
  return { ms, value };
}

const context = { spectrum: geometricSpectrum(3072, 1e-4, 10), process: parseProcess("edm"), prior: "standard" as const };
for (const steps of [10, 50]) {
  // the default start is the tangent law at the spectrum's scale, as in the scipy script
  const optimal = median(`optimal   N=${steps} d=3072`, 7, () => optimalSchedule(context, steps).kl);
  figure(`optimal N=${steps} d=3072`, optimal.ms, "ms");
  figure(`optimal N=${steps} d=3072 KL`, optimal.value, "nats");
  // the previous default start, for comparison: the geodesic (two weight iterations)
  median(
    `optimal   N=${steps} (geodesic start, previous default)`,
    7,
    () => optimalSchedule(context, steps, geodesicSchedule(context, steps, 2, 1e-3).levels).kl,
  );
  median(`geodesic  N=${steps} d=3072`, 7, () => geodesicSchedule(context, steps).levels[1] as number, "s₁");
}

const mnist = builtinSpectrum("mnist");
const sd15 = parseProcess("sd15");
for (const name of ["heun", "dpmpp-2m"]) {
  const sampler = parseSampler(name);
  const exact = { spectrum: mnist, process: sd15, sampler };
  median(`optimal ${name} sd15 mnist N=50 (default: exact gradients)`, 3, () => optimalSchedule(exact, 50).kl);
  median(`optimal ${name} sd15 mnist N=50 (no guard)`, 3, () => optimalSchedule({ ...exact, guard: false }, 50).kl);
  // the first version's route, on the same chart from the same start: central differences of the closed form
  const range = freeLevelRange(exact);
  const chart = {
    ...range,
    scale: referenceScale(mnist.eigenvalues),
    steps: 50,
    minGap: resolveMinGap(undefined, 50, range.start, range.floor),
  };
  const start = optimalSchedule({ ...exact, sampler: parseSampler("ddim") }, 50).levels;
  median(`  same run, central differences (first version)`, 1, () => {
    const result = minimizeLbfgs((x, g) => samplerKLWithGradient(exact, chart, x, g), logitsFromLevels(chart, start), {
      maxIterations: 500,
      relativeTolerance: 1e-13,
    });
    return result.value;
  });
  const exactObjective = objectiveInLogits(exact, chart);
  median(`  same run, exact gradients`, 3, () => {
    const result = minimizeLbfgs(exactObjective, logitsFromLevels(chart, start), {
      maxIterations: 500,
      relativeTolerance: 1e-13,
    });
    return result.value;
  });
}

for (const d of [784, 3072]) {
  const spectrum = powerlawSpectrum(d, 1.5, 20);
  for (const steps of [8, 16, 50]) {
    median(`integer   sd15 N=${steps} d=${d}`, 3, () => integerOptimalTimesteps({ spectrum, process: sd15 }, steps).kl);
  }
}
