/**
 * Benchmark of scheduleKL: N = 1000 levels × d = 3072 eigenvalues (CIFAR-sized), the DDIM closed form
 * and the closed forms of the other samplers side by side. Reports ns per (level × eigenvalue); a
 * benchmark, not a test: it asserts nothing about time and fails only on a non-finite result.
 * Run with `pnpm bench`. The numpy counterpart is benchmarks/schedule_kl_numpy.py.
 */
import { geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { parseSampler } from "@klsched/gaussian-flow";
import { scheduleKL } from "../src/schedule-kl.js";

const levels = 1000;
const d = 3072;
const spectrum = geometricSpectrum(d, 1e-4, 10);
const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, levels);

function measure(name: string, runs: number): number {
  const sampler = parseSampler(name);
  const timeOnce = () => {
    const start = process.hrtime.bigint();
    const { kl } = scheduleKL({ spectrum, schedule, sampler, prior: "standard" });
    if (!Number.isFinite(kl)) throw new Error(`scheduleKL (${name}) returned ${kl}`);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, kl };
  };
  for (let i = 0; i < 3; i++) timeOnce(); // warm-up: let V8 optimise the kernel
  const results = Array.from({ length: runs }, timeOnce);
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const perElement = (median * 1e6) / (levels * d);
  console.log(
    `scheduleKL ${name.padEnd(16)} N=${levels} × d=${d}: median ${median.toFixed(2)} ms, ${perElement.toFixed(3)} ns per (level × eigenvalue), KL = ${results[0]?.kl}`,
  );
  return median;
}

const ddimTime = measure("ddim", 25);
for (const name of ["euler", "dpmpp-2m", "heun", "ddpm"]) {
  const time = measure(name, 9);
  console.log(`           ${name} / ddim time: ${(time / ddimTime).toFixed(2)}×`);
}
