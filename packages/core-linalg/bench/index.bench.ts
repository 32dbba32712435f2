/**
 * Benchmarks of the real-data path, each figure printed beside numpy's from the same invocation
 * (benchmarks/eigen_covariance_numpy.py, run first with OpenBLAS on every core, then on one thread; skipped
 * with a note without python3 + numpy). Not tests: they assert nothing about time and fail only on a
 * non-finite result. Run alone on a quiet machine: `pnpm --filter @klsched/core-linalg bench`
 * (`-- --quick` skips d = 3072 and the covariance).
 *
 * - symmetricEigenvalues for d = 8 and 256 (the fixed cost of a call: many small problems), 784 and 3072
 *   on S + d·I, S symmetric uniform on (−1, 1) (positive definite by Gershgorin), and ml-matrix's
 *   EigenvalueDecomposition for d = 784 side by side;
 * - CovarianceAccumulator on 60000 × 784 uniform random float64 rows, added 1000 rows at a time (one
 *   thread; the worker-thread version is packages/datasets/bench).
 */
import { CovarianceAccumulator } from "../src/covariance-accumulator.js";
import { symmetricEigenvalues } from "../src/symmetric-eigenvalues.js";
import { mlMatrixEigenvalues } from "../src/test-support/ml-matrix-eigenvalues.js";
import { diagonallyDominantMatrix, uniformArray } from "../src/test-support/random.js";
import { besideNumpy, numpyFigures, numpyScript } from "./numpy-reference.js";

const quick = process.argv.includes("--quick");

/** Median wall time in seconds of `runs` calls after `warmups` (V8 and the WebAssembly tier-up settle). */
function measure<T>(warmups: number, runs: number, f: () => T, check: (result: T) => void): number {
  for (let i = 0; i < warmups; i++) check(f());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = f();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    check(result);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const finite = (values: Float64Array) => {
  for (const x of values) if (!Number.isFinite(x)) throw new Error(`non-finite result ${x}`);
};

const script = numpyScript(import.meta.url);
const args = quick ? ["--quick"] : [];
const numpyAll = numpyFigures(script, undefined, args);
const numpyOne = numpyFigures(script, 1, args);
const row = (label: string, ours: number, key: string) =>
  console.log(`${label.padEnd(40)} ${besideNumpy(ours, numpyAll?.[key], numpyOne?.[key])}`);

for (const [d, runs] of [[8, 2001], [256, 51], [784, 9], ...(quick ? [] : [[3072, 3]])] as const) {
  const a = diagonallyDominantMatrix(d, d);
  row(
    `symmetricEigenvalues d=${d}`,
    measure(Math.min(runs, 20), runs, () => symmetricEigenvalues(a, d), finite),
    `eigvalsh_${d}`,
  );
  if (d === 784) {
    const ml = measure(1, 3, () => mlMatrixEigenvalues(a, d), finite);
    const ours = symmetricEigenvalues(a, d);
    const reference = mlMatrixEigenvalues(a, d);
    const difference = Math.max(...ours.map((x, i) => Math.abs(x - reference[i]!))) / reference[0]!;
    console.log(
      `  ml-matrix EigenvalueDecomposition d=784: ${ml.toFixed(3)} s; eigenvalues agree to ${difference.toExponential(1)} of λ_max`,
    );
  }
}

if (!quick) {
  const [n, d] = [60000, 784];
  const rows = uniformArray(n * d, 3);
  const covariance = measure(
    1,
    3,
    () => {
      const accumulator = new CovarianceAccumulator(d);
      for (let start = 0; start < n; start += 1000) accumulator.add(rows.subarray(start * d, (start + 1000) * d));
      return accumulator.covariance();
    },
    finite,
  );
  row(`CovarianceAccumulator ${n}×${d} (1 thread)`, covariance, "cov_xtx");
  console.log(`  numpy's np.cov on the same rows: ${numpyAll?.cov_np?.toFixed(3) ?? "–"} s (every core)`);
}
