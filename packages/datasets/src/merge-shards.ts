import { InvalidArgumentError } from "@klsched/core-linalg";
import { type CovarianceShard, parseShard } from "./covariance-shard.js";
import { MAX_EXACT_DIMENSION, type MeasuredSpectrum } from "./measure-spectrum.js";
import { readRegularFile } from "./regular-file.js";
import { withFloor } from "./spectrum-floor.js";

/** The largest shard file read: a d × d float64 co-moment at d = 8192 (512 MiB) and its small entries. */
export const SHARD_FILE_BYTES = 8 * MAX_EXACT_DIMENSION ** 2 + 2 ** 20;

/** Options of {@link mergeShards}. */
export interface MergeOptions {
  /** With n ≤ d rows in all: the variance of each direction they do not span (see `MeasureOptions.floor`). */
  readonly floor?: number | undefined;
  /** Called after each shard is read (`done` of `total` files). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The covariance spectrum of the union of the rows of several shard files (`klsched spectrum --partial`,
 * or `benchmarks/numpy_shard.py`): their accumulators combined by the pairwise update of Chan, Golub &
 * LeVeque (1979) — n = n_A + n_B, δ = x̄_B − x̄_A, M = M_A + M_B + δδᵀ·n_A·n_B/n — which is exact: the
 * result equals the covariance of all rows read in one pass up to rounding, in any order of the shards.
 * Eigenvalues and dequantisation as `measureSpectrum` (method "exact", covariance route); with n ≤ d
 * rows in all, the directions they do not span get the floor as on the Gram route.
 *
 * @example
 * ```ts
 * import type { DataMatrix } from "@klsched/core-linalg";
 * import { encodeShard, mergeShards } from "@klsched/datasets";
 * import { writeFileSync } from "node:fs";
 * const part = (values: number[]): DataMatrix => ({ label: "x", rows: 2, dimension: 1, quantizationStep: 0, batches: () => [Float64Array.from(values)] });
 * writeFileSync("a.npz", encodeShard(part([1, 2])));
 * writeFileSync("b.npz", encodeShard(part([3, 4])));
 * mergeShards(["a.npz", "b.npz"]).eigenvalues; // Float64Array [1.6666…]
 * ```
 * @throws InvalidArgumentError(`merge`, file, …) for fewer than 1 file or shards that differ in d,
 * quantisation step or layout; CorruptFileError for a file that is not a shard.
 */
export function mergeShards(files: readonly string[], options: MergeOptions = {}, argument = "merge"): MeasuredSpectrum {
  if (files.length === 0) throw new InvalidArgumentError(argument, "", "expected at least one shard file");
  const shards: CovarianceShard[] = [];
  for (const file of files) {
    const shard = parseShard(readRegularFile(file, argument, SHARD_FILE_BYTES), argument, file);
    const first = shards[0];
    if (first !== undefined) checkSameData(first, shard, files[0] as string, file, argument);
    shards.push(shard);
    options.onProgress?.(shards.length, files.length);
  }
  const [first, ...rest] = shards as [CovarianceShard, ...CovarianceShard[]];
  const accumulator = first.accumulator;
  for (const shard of rest) accumulator.merge(shard.accumulator);
  const n = accumulator.count;
  const d = accumulator.dimension;
  if (n < 2)
    throw new InvalidArgumentError(argument, files.join(" "), `the shards hold ${n} row in all; the covariance needs at least 2`);
  const dequantization = first.quantizationStep ** 2 / 12;
  const raw = accumulator.eigenvalues();
  const variance = accumulator.varianceSum();
  const label = files.length === 1 ? "1 shard" : `${files.length} shards`;
  const common = { label, method: "exact", route: "covariance", rows: n, dimension: d, dequantization } as const;
  if (n > d) {
    return { ...common, eigenvalues: raw.map((v) => v + dequantization), trace: variance + d * dequantization };
  }
  const floored = withFloor(raw.subarray(0, n), { rows: n, dimension: d, dequantization, floor: options.floor });
  const { value, directions } = floored.floor;
  return {
    ...common,
    floor: { ...floored.floor, rank: floored.rank },
    eigenvalues: floored.eigenvalues,
    trace: variance + floored.rank * dequantization + directions * value,
  };
}

/** Shards of one data set share d, the quantisation step and the layout. */
function checkSameData(first: CovarianceShard, shard: CovarianceShard, firstFile: string, file: string, argument: string): void {
  const describe = (s: CovarianceShard) => ({
    d: s.accumulator.dimension,
    "quantization step": s.quantizationStep,
    layout: s.layout === undefined ? "none" : `(${s.layout.join(", ")})`,
  });
  const a = describe(first);
  const b = describe(shard);
  for (const key of Object.keys(a) as (keyof typeof a)[]) {
    if (a[key] !== b[key]) {
      throw new InvalidArgumentError(
        argument,
        file,
        `${JSON.stringify(file)} has ${key} ${b[key]}, but ${JSON.stringify(firstFile)} has ${a[key]}: shards to merge come from one data set`,
      );
    }
  }
}
