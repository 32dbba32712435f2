/**
 * Benchmarks of the real-data path; not tests: they assert nothing about time and fail only on a
 * non-finite result. Run with `pnpm bench`; the numpy counterpart is benchmarks/spectrum_numpy.py.
 *
 * - symmetricEigenvalues for d = 784 and 3072 on S + d·I, S symmetric uniform on (−1, 1) (positive
 *   definite by Gershgorin), and ml-matrix's EigenvalueDecomposition for d = 784 side by side;
 * - CovarianceAccumulator on 60000 × 784 uniform random float64 rows, added 1000 rows at a time.
 */
import { CovarianceAccumulator } from "../src/covariance-accumulator.js";
import { symmetricEigenvalues } from "../src/symmetric-eigenvalues.js";
import { mlMatrixEigenvalues } from "../src/test-support/ml-matrix-eigenvalues.js";
import { diagonallyDominantMatrix, uniformArray } from "../src/test-support/random.js";

/** Median wall time in seconds of `runs` calls after `warmups` (V8 and the WebAssembly tier-up settle). */
function measure<T>(label: string, warmups: number, runs: number, f: () => T, check: (result: T) => void): number {
  for (let i = 0; i < warmups; i++) check(f());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = f();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    check(result);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(46)} median ${median.toFixed(3)} s  (runs: ${times.map((t) => t.toFixed(3)).join(", ")})`);
  return median;
}

const finite = (values: Float64Array) => {
  for (const x of values) if (!Number.isFinite(x)) throw new Error(`non-finite result ${x}`);
};

const a784 = diagonallyDominantMatrix(784, 1);
const ours784 = measure("symmetricEigenvalues d=784", 2, 9, () => symmetricEigenvalues(a784, 784), finite);
const ml784 = measure("ml-matrix EigenvalueDecomposition d=784", 1, 3, () => mlMatrixEigenvalues(a784, 784), finite);
const ours = symmetricEigenvalues(a784, 784);
const reference = mlMatrixEigenvalues(a784, 784);
const difference = Math.max(...ours.map((x, i) => Math.abs(x - reference[i]!))) / reference[0]!;
console.log(`  ml-matrix / ours: ${(ml784 / ours784).toFixed(1)}×; eigenvalues agree to ${difference.toExponential(1)} of λ_max`);

const a3072 = diagonallyDominantMatrix(3072, 2);
measure("symmetricEigenvalues d=3072", 1, 3, () => symmetricEigenvalues(a3072, 3072), finite);

const [n, d] = [60000, 784];
const rows = uniformArray(n * d, 3);
measure(
  `CovarianceAccumulator ${n}×${d} (float64)`,
  1,
  3,
  () => {
    const accumulator = new CovarianceAccumulator(d);
    for (let start = 0; start < n; start += 1000) accumulator.add(rows.subarray(start * d, (start + 1000) * d));
    return accumulator.covariance();
  },
  finite,
);
