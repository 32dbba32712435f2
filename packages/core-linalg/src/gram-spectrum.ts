import type { DataMatrix, ProgressCallback } from "./data-matrix.js";
import { DEFAULT_BATCH_ROWS } from "./data-matrix.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { checkLimit } from "./limit-exceeded-error.js";
import { createKernels } from "./simd-kernels.js";
import { symmetricEigenvaluesUnchecked } from "./symmetric-eigensolver.js";

/** Coordinates per syrk call: the panels of one chunk (n × 256 doubles) stay in cache while they are multiplied. */
const CHUNK = 256;

/** Values per batch asked of the reader: 8 MiB, so that the batch beside the held rows stays small. */
const BATCH_VALUES = 2 ** 20;

/** Rows per batch: {@link DEFAULT_BATCH_ROWS}, fewer for wide rows (16 at d = 65 536), at least 1. */
function batchRows(d: number): number {
  return Math.max(1, Math.min(DEFAULT_BATCH_ROWS, Math.floor(BATCH_VALUES / d)));
}

/** The most rows the Gram route takes: its n × n matrix is as large as the exact covariance of d = 8192. */
export const MAX_GRAM_ROWS = 8192;

/** The most doubles the Gram route holds: one WebAssembly memory (4 GiB) of the data and the n × n matrix. */
const MAX_GRAM_DOUBLES = 2 ** 29;

/** The nonzero part of a covariance spectrum, from the Gram matrix of the centred rows. */
export interface GramSpectrum {
  /** n, the rows read. */
  readonly rows: number;
  /** d, the values per row. */
  readonly dimension: number;
  /**
   * The n eigenvalues of G/(n − 1), G = X̃X̃ᵀ (X̃ the rows minus their mean), descending: the n largest
   * eigenvalues of the d × d covariance X̃ᵀX̃/(n − 1); the last is 0 up to rounding (centring removes one
   * direction), and so are the d − n the rows do not span.
   */
  readonly eigenvalues: Float64Array;
  /** tr(G)/(n − 1) = Σᵢ var(xᵢ), the sum of the per-coordinate variances (and of the eigenvalues). */
  readonly varianceSum: number;
}

/**
 * The covariance eigenvalues of n × d data with few rows (n ≤ d) from the n × n Gram matrix of the centred
 * rows: X̃ᵀX̃ and X̃X̃ᵀ have the same nonzero eigenvalues (both are σᵢ² for the singular values σᵢ of X̃),
 * so the d × d covariance is never formed: O(n²d) for G and O(n³) for its eigenvalues, against O(nd² + d³).
 * Exact: no approximation besides rounding, the same as `np.linalg.eigvalsh(Xc @ Xc.T / (n - 1))` with
 * `Xc = X - X.mean(0)`.
 *
 * The rows are read once, in batches of at most 8 MiB, into one WebAssembly memory in the column panels the rank-k kernel
 * reads (the data are held once, 8·n·d bytes, plus 8·n² for G); their mean is subtracted there, and G
 * is summed over chunks of 256 coordinates by the same cache-blocked kernel as the covariance.
 *
 * @example
 * ```ts
 * import { type DataMatrix, gramSpectrum } from "@klsched/core-linalg";
 * const data: DataMatrix = {
 *   label: "two rows", rows: 2, dimension: 3, quantizationStep: 0,
 *   batches: () => [Float64Array.of(1, 2, 3, 3, 2, 1)],
 * };
 * const { eigenvalues } = gramSpectrum(data); // n = 2 eigenvalues, the last 0 up to rounding
 * eigenvalues[0]; // 4
 * Math.abs(eigenvalues[1] as number) < 1e-15; // true
 * gramSpectrum(data).varianceSum; // 4
 * ```
 * @throws InvalidArgumentError when n < 2 or the reader yields another number of rows than it announced;
 * LimitExceededError when n exceeds {@link MAX_GRAM_ROWS} or the data and G exceed 4 GiB.
 */
export function gramSpectrum(data: DataMatrix, { onProgress }: { readonly onProgress?: ProgressCallback } = {}): GramSpectrum {
  const n = data.rows;
  const d = data.dimension;
  if (!Number.isInteger(n) || n < 2) throw new InvalidArgumentError("rows", n, "the covariance needs at least 2 rows");
  checkLimit("rows", n, MAX_GRAM_ROWS, "the Gram route forms an n × n matrix");
  const ld = 4 * Math.ceil(n / 4);
  const panelsAt = ld * ld;
  checkLimit(
    "rows × dimension",
    ld * d + panelsAt,
    MAX_GRAM_DOUBLES,
    `the Gram route holds the n × d rows once, in one 4 GiB WebAssembly memory; here n = ${n}, d = ${d}`,
  );
  const kernels = createKernels(panelsAt + ld * d);
  const heap = kernels.heap;
  const mean = new Float64Array(d);
  let row = 0;
  onProgress?.(0, n);
  for (const batch of data.batches(batchRows(d))) {
    if (batch.length % d !== 0) {
      throw new InvalidArgumentError("batch", `${batch.length} values`, `not a whole number of rows of d=${d}`);
    }
    const count = batch.length / d;
    if (row + count > n) break;
    for (let r = 0; r < count; r++, row++) placeRow(heap, panelsAt, ld, d, row, batch, r * d, mean);
    onProgress?.(row, n);
  }
  if (row !== n) throw new InvalidArgumentError(data.label, `${row} rows`, `expected ${n} rows`);
  for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) / n;
  centre(heap, panelsAt, ld, d, n, mean);
  const groups = ld / 4;
  for (let first = 0; first < d; first += CHUNK) {
    kernels.syrkPanels(0, panelsAt + first * ld, groups, Math.min(CHUNK, d - first), ld);
  }
  const scale = 1 / (n - 1);
  const gram = new Float64Array(n * n);
  let varianceSum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) gram[i * n + j] = (heap[i * ld + j] as number) * scale;
    varianceSum += gram[i * n + i] as number;
  }
  return { rows: n, dimension: d, eigenvalues: symmetricEigenvaluesUnchecked(gram, n), varianceSum };
}

/**
 * Where value (row i, coordinate j) sits: coordinates in chunks of 256, each chunk's n × w block stored as
 * the column panels `syrkPanels` reads (panel g holds rows 4g..4g+3, interleaved, for each coordinate).
 */
function panelIndex(panelsAt: number, ld: number, d: number, i: number, j: number): number {
  const first = j - (j % CHUNK);
  const width = Math.min(CHUNK, d - first);
  return panelsAt + first * ld + (i >> 2) * 4 * width + 4 * (j - first) + (i & 3);
}

/** Copies row `row` (d values of `batch` from `at`) into the panels and adds it to the column sums. */
function placeRow(
  heap: Float64Array,
  panelsAt: number,
  ld: number,
  d: number,
  row: number,
  batch: Float64Array | Float32Array,
  at: number,
  sums: Float64Array,
): void {
  for (let first = 0; first < d; first += CHUNK) {
    let to = panelIndex(panelsAt, ld, d, row, first);
    const last = Math.min(first + CHUNK, d);
    for (let j = first; j < last; j++, to += 4) {
      const x = batch[at + j] as number;
      if (!Number.isFinite(x)) throw new InvalidArgumentError(`batch[${row}][${j}]`, x, "not a finite number");
      heap[to] = x;
      sums[j] = (sums[j] as number) + x;
    }
  }
}

/** Subtracts the mean from the n real rows (the padding rows up to ld stay 0, adding nothing to G). */
function centre(heap: Float64Array, panelsAt: number, ld: number, d: number, n: number, mean: Float64Array): void {
  for (let i = 0; i < n; i++) {
    for (let first = 0; first < d; first += CHUNK) {
      let at = panelIndex(panelsAt, ld, d, i, first);
      const last = Math.min(first + CHUNK, d);
      for (let j = first; j < last; j++, at += 4) heap[at] = (heap[at] as number) - (mean[j] as number);
    }
  }
}
