import type { SymmetricOperator } from "./block-krylov.js";
import { compensatedSum } from "./compensated-sum.js";
import { type DataMatrix, DEFAULT_BATCH_ROWS, type ProgressCallback } from "./data-matrix.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { createPanelProductKernel } from "./panel-product-kernel.js";

/**
 * The sample covariance C = Xcᵀ·Xc/(n − 1) of a data set (Xc its rows minus their mean, as `np.cov`) as
 * an operator applied by passes over the rows: see {@link covarianceOperator}.
 */
export interface CovarianceOperator extends SymmetricOperator {
  /** n, the rows of every pass. */
  readonly rows: number;
  /** The column means, from the first pass. */
  readonly mean: Float64Array;
  /** tr C = Σⱼ var(xⱼ), the sum of the per-coordinate variances (1/(n − 1)), exact from the first pass. */
  readonly trace: number;
  /** Passes over the data so far, the first (the moments) included. */
  readonly passes: number;
}

/** Options of {@link covarianceOperator}. */
export interface CovarianceOperatorOptions {
  readonly batchRows?: number;
  /** Called after each batch of each pass with the rows read in that pass. */
  readonly onProgress?: ProgressCallback;
}

/**
 * The covariance of `data` as a {@link SymmetricOperator}, never forming the d × d matrix. A first pass
 * takes each column's mean and scatter, per batch and merged by Chan, Golub & LeVeque (1979), so
 * tr C = Σⱼ Mⱼ/(n − 1) is exact (compensated sum). Each `apply` is one more pass: for every batch B of
 * rows, centred on the mean, Y = B·V and Z += Yᵀ·B, so Z = (C·V)·(n − 1), in 4·n·d·count flops.
 *
 * @example
 * ```ts
 * import { covarianceOperator, type DataMatrix } from "@klsched/core-linalg";
 * const data: DataMatrix = {
 *   label: "four points", rows: 4, dimension: 2, quantizationStep: 0,
 *   batches: () => [Float64Array.of(1, 0, -1, 0), Float64Array.of(0, 2, 0, -2)],
 * };
 * const covariance = covarianceOperator(data);
 * covariance.trace; // 3.3333…
 * covariance.apply(Float64Array.of(1, 0, 0, 1), 2); // Float64Array [0.6666…, 0, 0, 2.6666…]
 * ```
 * @throws InvalidArgumentError when the data have fewer than 2 rows, a value is not finite, or a pass
 * yields another number of rows than the first.
 */
export function covarianceOperator(data: DataMatrix, options: CovarianceOperatorOptions = {}): CovarianceOperator {
  const { batchRows = DEFAULT_BATCH_ROWS, onProgress } = options;
  const d = data.dimension;
  const { count, mean, scatter } = columnMoments(data, batchRows, onProgress);
  if (count < 2) throw new InvalidArgumentError(data.label, `${count} rows`, "a covariance needs at least 2 rows");
  const trace = compensatedSum(scatter) / (count - 1);
  let passes = 1;
  const apply = (vectors: Float64Array, vectorCount: number): Float64Array => {
    if (!Number.isInteger(vectorCount) || vectorCount < 1 || vectors.length !== vectorCount * d) {
      throw new InvalidArgumentError("vectors", `${vectors.length} values`, `expected ${vectorCount} vectors of d=${d}`);
    }
    const pass = covariancePass(vectors, vectorCount, d, mean);
    let read = 0;
    onProgress?.(0, count);
    for (const batch of data.batches(batchRows)) {
      const rows = batch.length / d;
      for (let first = 0; first < rows; first += BLOCK_ROWS) pass.add(batch, first, Math.min(BLOCK_ROWS, rows - first));
      read += rows;
      onProgress?.(read, count);
    }
    if (read !== count)
      throw new InvalidArgumentError(data.label, `${read} rows`, `expected ${count} rows, as in the first pass`);
    passes++;
    return pass.result(1 / (count - 1));
  };
  return {
    dimension: d,
    rows: count,
    mean,
    trace,
    get passes() {
      return passes;
    },
    apply,
  };
}

/** Column means and scatters Mⱼ = Σ (xⱼ − x̄ⱼ)², batch by batch, merged by Chan et al. (1979). */
function columnMoments(data: DataMatrix, batchRows: number, onProgress?: ProgressCallback) {
  const d = data.dimension;
  const mean = new Float64Array(d);
  const scatter = new Float64Array(d);
  const batchMean = new Float64Array(d);
  const own = new Float64Array(d);
  let count = 0;
  onProgress?.(0, data.rows);
  for (const batch of data.batches(batchRows)) {
    if (batch.length % d !== 0) {
      throw new InvalidArgumentError("batch", `${batch.length} values`, `not a whole number of rows of d=${d}`);
    }
    const rows = batch.length / d;
    if (rows === 0) continue;
    batchMean.fill(0);
    for (let i = 0; i < batch.length; i++) {
      const x = batch[i] as number;
      if (!Number.isFinite(x)) {
        throw new InvalidArgumentError(`${data.label}[${count + Math.floor(i / d)}][${i % d}]`, x, "not a finite number");
      }
      batchMean[i % d] = (batchMean[i % d] as number) + x;
    }
    for (let j = 0; j < d; j++) batchMean[j] = (batchMean[j] as number) / rows;
    own.fill(0);
    for (let i = 0; i < batch.length; i++)
      own[i % d] = (own[i % d] as number) + ((batch[i] as number) - (batchMean[i % d] as number)) ** 2;
    const total = count + rows;
    for (let j = 0; j < d; j++) {
      const delta = (batchMean[j] as number) - (mean[j] as number);
      scatter[j] = (scatter[j] as number) + (own[j] as number) + (delta * delta * count * rows) / total;
      mean[j] = (mean[j] as number) + (delta * rows) / total;
    }
    count = total;
    onProgress?.(count, data.rows);
  }
  if (count !== data.rows) throw new InvalidArgumentError(data.label, `${count} rows`, `expected ${data.rows} rows`);
  return { count, mean, scatter };
}

/** Rows of data per kernel call, and of the d-chunks of the second product (as matrix-product.ts). */
const BLOCK_ROWS = 256;

/**
 * One pass's two products per block B of centred rows (r × d), with one WebAssembly heap for the pass:
 * Y = B·V (r × m, V = vectorsᵀ packed once) and Z += Bᵀ·Y (d × m), both by panel-product-kernel.ts's
 * C += PᵀQ on panels of 4 (P[t][i] at g·4k + 4t + i mod 4 for i in panel g). Z is returned transposed,
 * one vector per row, scaled.
 */
function covariancePass(vectors: Float64Array, m: number, d: number, mean: Float64Array) {
  const groupsM = Math.ceil(m / 4);
  const ldc = 4 * groupsM;
  const groupsB = BLOCK_ROWS / 4;
  const vAt = 0; // V: groupsM panels of 4·d
  const bAt = vAt + groupsM * 4 * d; // Bᵀ: groupsB panels of 4·d (P of the first product)
  const yAt = bAt + groupsB * 4 * d; // Y (r × m) as C of the first product, ld ldc
  const qAt = yAt + BLOCK_ROWS * ldc; // Y packed as Q of the second product: groupsM panels of 4·BLOCK_ROWS
  const pAt = qAt + groupsM * 4 * BLOCK_ROWS; // a chunk of 256 columns of B as P of the second product
  const zAt = pAt + groupsB * 4 * BLOCK_ROWS; // that chunk of Z (256 × m), ld ldc
  const kernel = createPanelProductKernel(zAt + BLOCK_ROWS * ldc);
  const heap = kernel.heap;
  for (let j = 0; j < m; j++) {
    const at = vAt + (j >> 2) * 4 * d + (j & 3);
    for (let t = 0; t < d; t++) heap[at + 4 * t] = vectors[j * d + t] as number;
  }
  const z = new Float64Array(d * m);
  const add = (batch: Float64Array | Float32Array, first: number, rows: number): void => {
    // Bᵀ packed: column i of Bᵀ is centred row i
    const groupsR = Math.ceil(rows / 4);
    heap.fill(0, bAt, bAt + groupsR * 4 * d);
    for (let i = 0; i < rows; i++) {
      const at = bAt + (i >> 2) * 4 * d + (i & 3);
      const row = (first + i) * d;
      for (let t = 0; t < d; t++) heap[at + 4 * t] = (batch[row + t] as number) - (mean[t] as number);
    }
    heap.fill(0, yAt, yAt + 4 * groupsR * ldc);
    kernel.productPanels(yAt, bAt, vAt, groupsR, groupsM, d, ldc); // Y = B·V
    // Y as panels over its rows (k = 4·groupsR, the padding rows are 0)
    const k = 4 * groupsR;
    for (let j = 0; j < ldc; j++) {
      const at = qAt + (j >> 2) * 4 * k + (j & 3);
      for (let t = 0; t < k; t++) heap[at + 4 * t] = heap[yAt + t * ldc + j] as number;
    }
    for (let chunk = 0; chunk < d; chunk += BLOCK_ROWS) {
      const width = Math.min(BLOCK_ROWS, d - chunk);
      const groupsW = Math.ceil(width / 4);
      // P[t][i] = B[t][chunk + i]: read back from the packed Bᵀ (entry (chunk + i, t) of Bᵀ)
      for (let i = 0; i < 4 * groupsW; i++) {
        const at = pAt + (i >> 2) * 4 * k + (i & 3);
        const column = chunk + i;
        if (column >= d) {
          for (let t = 0; t < k; t++) heap[at + 4 * t] = 0;
          continue;
        }
        for (let t = 0; t < k; t++) heap[at + 4 * t] = heap[bAt + (t >> 2) * 4 * d + 4 * column + (t & 3)] as number;
      }
      heap.fill(0, zAt, zAt + 4 * groupsW * ldc);
      kernel.productPanels(zAt, pAt, qAt, groupsW, groupsM, k, ldc); // Z[chunk…] = Bᵀ·Y
      for (let i = 0; i < width; i++) {
        const from = zAt + i * ldc;
        const to = (chunk + i) * m;
        for (let j = 0; j < m; j++) z[to + j] = (z[to + j] as number) + (heap[from + j] as number);
      }
    }
  };
  const result = (scale: number): Float64Array => {
    const out = new Float64Array(m * d);
    for (let t = 0; t < d; t++) for (let j = 0; j < m; j++) out[j * d + t] = (z[t * m + j] as number) * scale;
    return out;
  };
  return { add, result };
}
