import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Median wall times in seconds keyed as benchmarks/eigen_covariance_numpy.py prints them. */
export type NumpyFigures = Readonly<Record<string, number>>;

/** benchmarks/eigen_covariance_numpy.py of the repository holding `from` (a bench file, built or not). */
export function numpyScript(from: string): string {
  for (let dir = dirname(fileURLToPath(from)); dir !== dirname(dir); dir = dirname(dir)) {
    const script = join(dir, "benchmarks", "eigen_covariance_numpy.py");
    if (existsSync(script)) return script;
  }
  throw new Error(`no benchmarks/eigen_covariance_numpy.py above ${from}`);
}

/**
 * Runs benchmarks/eigen_covariance_numpy.py with OpenBLAS on `threads` threads (undefined: its default,
 * every core), or returns undefined with the reason printed when python3 with numpy is not there.
 */
export function numpyFigures(
  script: string,
  threads: number | undefined,
  args: readonly string[] = [],
): NumpyFigures | undefined {
  const env = { ...process.env };
  if (threads !== undefined) env.OPENBLAS_NUM_THREADS = env.OMP_NUM_THREADS = String(threads);
  const run = spawnSync("python3", [script, ...args], { env, encoding: "utf8" });
  if (run.status !== 0) {
    console.log(`  (no numpy reference: ${run.error?.message ?? run.stderr.trim().split("\n").at(-1)})`);
    return undefined;
  }
  return JSON.parse(run.stdout) as NumpyFigures;
}

/** "ours 1.234 s | numpy 2 threads 0.567 s (2.18×) | 1 thread 0.890 s (1.39×)". */
export function besideNumpy(ours: number, two: number | undefined, one: number | undefined): string {
  const side = (label: string, x: number | undefined) =>
    x === undefined ? "" : ` | numpy ${label} ${format(x)} (ours ${(ours / x).toFixed(2)}×)`;
  return `ours ${format(ours)}${side("2 threads", two)}${side("1 thread", one)}`;
}

function format(seconds: number): string {
  return seconds < 1e-3
    ? `${(seconds * 1e6).toFixed(1)} µs`
    : seconds < 1
      ? `${(seconds * 1e3).toFixed(2)} ms`
      : `${seconds.toFixed(3)} s`;
}
