/**
 * accumulateCovarianceInWorkers on 60000 × 784 uniform random float64 rows (batches of 256 rows, as the
 * readers deliver them) with 1 thread (the calling thread) and 2 workers, beside numpy's X.T @ X path on
 * the same problem from the same invocation (benchmarks/eigen_covariance_numpy.py, every core and one
 * thread). Asserts nothing about time; fails on a non-finite result or a merged covariance that differs
 * from the one-thread one by more than 1e-12. Run alone on a quiet machine: `pnpm --filter @klsched/datasets bench`.
 */
import type { DataMatrix } from "@klsched/core-linalg";
import { besideNumpy, numpyFigures, numpyScript } from "../../core-linalg/bench/numpy-reference.js";
import { uniformArray } from "../../core-linalg/src/test-support/random.js";
import { accumulateCovarianceInWorkers } from "../src/covariance-workers.js";

const [n, d] = [60000, 784];
const rows = uniformArray(n * d, 3);
const data: DataMatrix = {
  label: "uniform",
  rows: n,
  dimension: d,
  quantizationStep: 0,
  *batches(batchRows: number) {
    for (let r = 0; r < n; r += batchRows) yield rows.slice(r * d, Math.min(n, r + batchRows) * d);
  },
};

const script = numpyScript(import.meta.url);
const numpyAll = numpyFigures(script, undefined, ["--covariance"]);
const numpyOne = numpyFigures(script, 1, ["--covariance"]);

const results: Float64Array[] = [];
for (const threads of [1, 2]) {
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const start = process.hrtime.bigint();
    const covariance = (await accumulateCovarianceInWorkers(data, { threads })).covariance();
    if (run > 0) times.push(Number(process.hrtime.bigint() - start) / 1e9); // run 0 warms up
    for (const x of covariance) if (!Number.isFinite(x)) throw new Error(`non-finite result ${x}`);
    if (run === 0) results.push(covariance);
  }
  times.sort((a, b) => a - b);
  const label = `covariance ${n}×${d}, ${threads === 1 ? "calling thread" : `${threads} workers`}`;
  console.log(`${label.padEnd(40)} ${besideNumpy(times[1]!, numpyAll?.cov_xtx, numpyOne?.cov_xtx)}`);
}
const [one, two] = results as [Float64Array, Float64Array];
let difference = 0;
let scale = 0;
for (let i = 0; i < one.length; i++) {
  difference = Math.max(difference, Math.abs(one[i]! - two[i]!));
  scale = Math.max(scale, Math.abs(one[i]!));
}
console.log(`  2 workers vs calling thread: max |Δ| = ${(difference / scale).toExponential(1)} of max |C|`);
if (difference > 1e-12 * scale) throw new Error("the merged covariance differs from the one-thread one");
