/**
 * Benchmark of scheduleKL: N = 1000 levels × d = 3072 eigenvalues (CIFAR-sized), DDIM closed form.
 * Reports ns per (level × eigenvalue); a benchmark, not a test: it asserts nothing about time and
 * fails only on a non-finite result. Run with `pnpm bench` (or `pnpm --filter @klsched/kl-metrics bench`).
 */
import { geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { scheduleKL } from "../src/schedule-kl.js";

const levels = 1000;
const d = 3072;
const spectrum = geometricSpectrum(d, 1e-4, 10);
const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, levels);

function timeOnce(): { ms: number; kl: number } {
  const start = process.hrtime.bigint();
  const { kl } = scheduleKL({ spectrum, schedule, prior: "standard" });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, kl };
}

for (let i = 0; i < 5; i++) timeOnce(); // warm-up: let V8 optimise the kernel
const runs = Array.from({ length: 25 }, timeOnce);
for (const r of runs) if (!Number.isFinite(r.kl)) throw new Error(`scheduleKL returned ${r.kl}`);
const times = runs.map((r) => r.ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;
const perElement = (median * 1e6) / (levels * d);
console.log(
  `scheduleKL  N=${levels} × d=${d}: median ${median.toFixed(2)} ms over ${runs.length} runs (min ${times[0]?.toFixed(2)} ms)`,
);
console.log(`            ${perElement.toFixed(3)} ns per (level × eigenvalue)   KL = ${runs[0]?.kl}`);
