import { type DataMatrix, DEFAULT_BATCH_ROWS, InvalidArgumentError, type ProgressCallback } from "@klsched/core-linalg";

/**
 * Every row of a data set in one n × d row-major Float64Array, in the reader's order (the readers have
 * checked each value is finite). 8·n·d bytes: MNIST's 10 000 digits take 63 MB.
 *
 * @throws InvalidArgumentError when the reader yields another number of values than n·d.
 * @example
 * ```ts
 * import { readAllRows } from "@klsched/datasets";
 * const data = { label: "two rows", rows: 2, dimension: 1, quantizationStep: 0, *batches() { yield Float64Array.of(1, 2); } };
 * readAllRows(data); // Float64Array [1, 2]
 * ```
 */
export function readAllRows(data: DataMatrix, onProgress?: ProgressCallback): Float64Array {
  const total = data.rows * data.dimension;
  const out = new Float64Array(total);
  let at = 0;
  onProgress?.(0, data.rows);
  for (const batch of data.batches(DEFAULT_BATCH_ROWS)) {
    if (at + batch.length > total) break;
    out.set(batch, at);
    at += batch.length;
    onProgress?.(at / data.dimension, data.rows);
  }
  if (at !== total) throw new InvalidArgumentError(data.label, `${at / data.dimension} rows`, `expected ${data.rows} rows`);
  return out;
}
