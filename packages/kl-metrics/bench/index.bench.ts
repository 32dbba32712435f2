/**
 * Benchmark of scheduleKL at d = 3072 eigenvalues (CIFAR-sized): N = 1000 levels (the per-element cost of
 * the DDIM kernel) and N = 10 (where the fixed cost per eigenvalue dominates), the DDIM closed form and the
 * closed forms of the other samplers side by side. Reports ns per (level × eigenvalue); a benchmark, not a
 * test: it asserts nothing about time and fails only on a non-finite result.
 * Run with `pnpm bench` (one benchmark at a time, each figure beside its numpy reference from
 * benchmarks/schedule_kl_numpy.py, which prints the same figure keys).
 */
import { geometricSpectrum } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { parseSampler } from "@klsched/gaussian-flow";
import { scheduleKL } from "../src/schedule-kl.js";

const d = 3072;
const spectrum = geometricSpectrum(d, 1e-4, 10);

/** One figure for `pnpm bench`'s table (scripts/bench.mjs): a JSON line keyed like the reference's. */
function figure(key: string, value: number, unit: string): void {
  console.log(JSON.stringify({ figure: key, value, unit }));
}

/**
 * Median wall time in ms of one scheduleKL call, each sample the mean of `batch` calls (N = 10 is µs-short);
 * the median CPU time of the process beside it, which a loaded machine's preemption does not inflate.
 */
function measure(name: string, levels: number, runs: number, batch: number): number {
  const sampler = parseSampler(name);
  const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, levels);
  let kl = 0;
  const timeOnce = () => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) kl = scheduleKL({ spectrum, schedule, sampler, prior: "standard" }).kl;
    if (!Number.isFinite(kl)) throw new Error(`scheduleKL (${name}) returned ${kl}`);
    const { user, system } = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - start) / 1e6 / batch, cpu: (user + system) / 1e3 / batch };
  };
  for (let i = 0; i < 3; i++) timeOnce(); // warm-up: let V8 optimise the kernel
  const samples = Array.from({ length: runs }, timeOnce);
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const median = middle(samples.map((s) => s.wall));
  const cpu = middle(samples.map((s) => s.cpu));
  const perElement = (ms: number) => (ms * 1e6) / (levels * d);
  console.log(
    `scheduleKL ${name.padEnd(16)} N=${levels} × d=${d}: median ${median.toFixed(3)} ms, ${perElement(median).toFixed(3)} ns per (level × eigenvalue) (CPU ${perElement(cpu).toFixed(3)}), KL = ${kl}`,
  );
  if (name === "ddim") {
    figure(`scheduleKL ddim N=${levels} d=${d}`, perElement(median), "ns/elem");
    figure(`scheduleKL ddim N=${levels} d=${d} (CPU time)`, perElement(cpu), "ns/elem");
  }
  return median;
}

measure("ddim", 10, 25, 200);
const ddimTime = measure("ddim", 1000, 25, 1);
for (const name of ["euler", "dpmpp-2m", "heun", "ddpm"]) {
  const time = measure(name, 1000, 9, 1);
  console.log(`           ${name} / ddim time: ${(time / ddimTime).toFixed(2)}×`);
}
