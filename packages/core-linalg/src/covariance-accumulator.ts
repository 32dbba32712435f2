import { InvalidArgumentError } from "./invalid-argument-error.js";
import { createKernels, type Kernels } from "./simd-kernels.js";
import { symmetricEigenvaluesUnchecked } from "./symmetric-eigensolver.js";

/** What determines a {@link CovarianceAccumulator}: n rows, their mean and their co-moment matrix. */
export interface CovarianceMoments {
  /** n, the rows. */
  readonly count: number;
  /** x̄, length d. */
  readonly mean: Float64Array;
  /** M = Σ (x − x̄)(x − x̄)ᵀ, d × d row-major (np.cov's numerator: `Xc.T @ Xc`). */
  readonly comoment: Float64Array;
}

/**
 * Rows per internal block. Blocks of 256 rows keep the rank-k kernel at full speed (128 is 8 % slower,
 * 32 30 % slower, measured at d = 784 and 3072), and make the O(d²) update per block 0.4 % of the work.
 */
const BLOCK_ROWS = 256;

/**
 * Row `x[start..start+d−1]` into the pending block's column panels at row offset `at`: value c goes to
 * panel c >> 2, lane c & 3 (panels are 4·BLOCK_ROWS apart). Four lanes per step, no index arithmetic
 * per value: this copy was a fifth of `add`'s time when written value by value.
 */
function packRow(heap: Float64Array, at: number, x: Float64Array | Float32Array, start: number, d: number): void {
  const stride = 4 * BLOCK_ROWS;
  const whole = d & ~3;
  let to = at;
  let from = start;
  for (; from < start + whole; from += 4, to += stride) {
    heap[to] = x[from] as number;
    heap[to + 1] = x[from + 1] as number;
    heap[to + 2] = x[from + 2] as number;
    heap[to + 3] = x[from + 3] as number;
  }
  for (let lane = 0; from < start + d; from++, lane++) heap[to + lane] = x[from] as number;
}

/**
 * Streaming covariance of n × d data in float64, with numpy's default normalisation 1/(n − 1)
 * (`np.cov(X, rowvar=False)`). Rows arrive in batches of any size and are regrouped into blocks of
 * 256; each block is centred on its own mean, its scatter BᵀB is added by a cache-blocked rank-k
 * update, and block and running totals are combined by the pairwise update of Chan, Golub & LeVeque
 * (1979, "Updating formulae and a pairwise algorithm for computing sample variances"), in mean form:
 *
 *   n = n_A + n_B,  δ = x̄_B − x̄_A,  x̄ = x̄_A + δ·n_B/n,  M = M_A + M_B + δδᵀ·n_A·n_B/n.
 *
 * The same update merges two accumulators, so a dataset read in chunks, in workers or on several
 * machines combines to the one-pass result up to rounding.
 *
 * @example
 * ```ts
 * import { CovarianceAccumulator } from "@klsched/core-linalg";
 * const acc = new CovarianceAccumulator(2); // rows of d = 2 values
 * acc.add(Float64Array.of(1, 0, -1, 0)); // two rows
 * acc.add(Float64Array.of(0, 2, 0, -2)); // two more: batches of any size
 * acc.count; // 4
 * acc.covariance(); // Float64Array [0.6666…, 0, 0, 2.6666…]
 * ```
 * @throws InvalidArgumentError from the constructor when `dimension` is not a positive integer.
 */
export class CovarianceAccumulator {
  readonly dimension: number;
  private readonly ld: number;
  private readonly kernels: Kernels;
  /**
   * The kernel heap holds M = Σ (x − x̄)(x − x̄)ᵀ at offset 0 (lower triangle, ld × ld, ld = 4⌈d/4⌉),
   * then the pending block's column panels from `panelsAt` on.
   */
  private readonly panelsAt: number;
  private readonly runningMean: Float64Array;
  private readonly blockMean: Float64Array;
  private readonly delta: Float64Array;
  private rows = 0;
  private pending = 0;

  constructor(dimension: number) {
    if (!Number.isInteger(dimension) || dimension < 1) {
      throw new InvalidArgumentError("dimension", dimension, "expected a positive integer");
    }
    this.dimension = dimension;
    this.ld = 4 * Math.ceil(dimension / 4);
    this.panelsAt = this.ld * this.ld;
    this.kernels = createKernels(this.panelsAt + this.ld * BLOCK_ROWS);
    this.runningMean = new Float64Array(dimension);
    this.blockMean = new Float64Array(dimension);
    this.delta = new Float64Array(dimension);
  }

  /** Rows added so far. */
  get count(): number {
    return this.rows + this.pending;
  }

  /**
   * Adds the rows of an n × d row-major batch. The whole batch is checked first (length a multiple of
   * d, every value finite), so a rejected batch leaves the accumulator unchanged.
   *
   * @example
   * ```ts
   * import { CovarianceAccumulator } from "@klsched/core-linalg";
   * const acc = new CovarianceAccumulator(3);
   * acc.add(Float32Array.of(1, 2, 3, 4, 5, 6)).count; // 2
   * let message = "";
   * try { acc.add(Float64Array.of(1, 2)); } catch (error) { message = (error as Error).message; }
   * message; // 'batch="2 values": not a whole number of rows of d=3'
   * ```
   * @throws InvalidArgumentError when the batch's length is not a multiple of d or a value is not finite.
   */
  add(batch: Float64Array | Float32Array): this {
    const d = this.dimension;
    if (batch.length % d !== 0) {
      throw new InvalidArgumentError("batch", `${batch.length} values`, `not a whole number of rows of d=${d}`);
    }
    for (let i = 0; i < batch.length; i++) {
      const x = batch[i] as number;
      if (!Number.isFinite(x)) throw new InvalidArgumentError(`batch[${Math.floor(i / d)}][${i % d}]`, x, "not a finite number");
    }
    for (let start = 0; start < batch.length; start += d) {
      packRow(this.kernels.heap, this.panelsAt + 4 * this.pending, batch, start, d);
      if (++this.pending === BLOCK_ROWS) this.flush();
    }
    return this;
  }

  /**
   * Adds another accumulator's rows (Chan et al. 1979); `other` is left as it was.
   *
   * @example
   * ```ts
   * import { CovarianceAccumulator } from "@klsched/core-linalg";
   * const first = new CovarianceAccumulator(1).add(Float64Array.of(1, 2));
   * const second = new CovarianceAccumulator(1).add(Float64Array.of(3, 4));
   * first.merge(second).count; // 4
   * first.covariance(); // Float64Array [1.6666…]
   * ```
   * @throws InvalidArgumentError when the two dimensions differ.
   */
  merge(other: CovarianceAccumulator): this {
    if (other.dimension !== this.dimension) {
      throw new InvalidArgumentError("other", `d=${other.dimension}`, `cannot merge into an accumulator of d=${this.dimension}`);
    }
    this.flush();
    other.flush();
    this.combine(other.rows, other.runningMean, other.kernels.heap);
    return this;
  }

  /**
   * The state that determines the accumulator: n, the mean x̄ and the co-moment M = Σ (x − x̄)(x − x̄)ᵀ
   * (d × d, row-major, symmetric), as a shard file stores it; {@link CovarianceAccumulator.fromMoments}
   * rebuilds an accumulator from it, and merging rebuilt ones is exact (Chan et al. 1979).
   *
   * @example
   * ```ts
   * import { CovarianceAccumulator } from "@klsched/core-linalg";
   * const { count, mean, comoment } = new CovarianceAccumulator(2).add(Float64Array.of(1, 1, 3, 5)).moments();
   * count; // 2
   * mean; // Float64Array [2, 3]
   * comoment; // Float64Array [2, 4, 4, 8]
   * ```
   */
  moments(): CovarianceMoments {
    this.flush();
    const d = this.dimension;
    const ld = this.ld;
    const heap = this.kernels.heap;
    const comoment = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j <= i; j++) {
        const value = heap[i * ld + j] as number;
        comoment[i * d + j] = value;
        comoment[j * d + i] = value;
      }
    }
    return { count: this.rows, mean: this.runningMean.slice(), comoment };
  }

  /**
   * An accumulator holding the given moments, as if their rows had been added: the inverse of
   * {@link CovarianceAccumulator.moments}. Only the lower triangle of `comoment` is read.
   *
   * @example
   * ```ts
   * import { CovarianceAccumulator } from "@klsched/core-linalg";
   * const rebuilt = CovarianceAccumulator.fromMoments({ count: 2, mean: Float64Array.of(2, 3), comoment: Float64Array.of(2, 4, 4, 8) });
   * rebuilt.covariance(); // Float64Array [2, 4, 4, 8]
   * rebuilt.add(Float64Array.of(2, 3)).count; // 3
   * ```
   * @throws InvalidArgumentError when count is not a whole number, mean is empty, comoment is not d × d,
   * a value is not finite or a diagonal entry is negative.
   */
  static fromMoments({ count, mean, comoment }: CovarianceMoments): CovarianceAccumulator {
    const d = mean.length;
    if (!Number.isSafeInteger(count) || count < 0)
      throw new InvalidArgumentError("count", count, "expected a whole number of rows");
    if (comoment.length !== d * d) {
      throw new InvalidArgumentError("comoment", `${comoment.length} values`, `expected d × d = ${d * d} for a mean of d=${d}`);
    }
    const accumulator = new CovarianceAccumulator(d);
    const ld = accumulator.ld;
    const heap = accumulator.kernels.heap;
    for (let i = 0; i < d; i++) {
      const mu = mean[i] as number;
      if (!Number.isFinite(mu)) throw new InvalidArgumentError(`mean[${i}]`, mu, "not a finite number");
      for (let j = 0; j <= i; j++) {
        const value = comoment[i * d + j] as number;
        if (!Number.isFinite(value)) throw new InvalidArgumentError(`comoment[${i}][${j}]`, value, "not a finite number");
        heap[i * ld + j] = value;
      }
      if ((heap[i * ld + i] as number) < 0) {
        throw new InvalidArgumentError(`comoment[${i}][${i}]`, heap[i * ld + i], "a sum of squares cannot be negative");
      }
    }
    if (count > 0) accumulator.runningMean.set(mean);
    accumulator.rows = count;
    return accumulator;
  }

  /**
   * The mean row x̄ (length d).
   *
   * @example
   * ```ts
   * import { CovarianceAccumulator } from "@klsched/core-linalg";
   * new CovarianceAccumulator(2).add(Float64Array.of(1, 2, 3, 6)).mean(); // Float64Array [2, 4]
   * ```
   * @throws InvalidArgumentError before any row was added.
   */
  mean(): Float64Array {
    this.flush();
    if (this.rows === 0) throw new InvalidArgumentError("rows", 0, "the mean needs at least 1 row");
    return this.runningMean.slice();
  }

  /**
   * The d × d sample covariance M/(n − 1), row-major, symmetric.
   *
   * @example
   * ```ts
   * import { CovarianceAccumulator } from "@klsched/core-linalg";
   * const acc = new CovarianceAccumulator(2).add(Float64Array.of(1, 1, 2, 3, 3, 2));
   * acc.covariance(); // Float64Array [1, 0.5, 0.5, 1]
   * ```
   * @throws InvalidArgumentError with fewer than 2 rows.
   */
  covariance(): Float64Array {
    const scale = this.normalisation();
    const d = this.dimension;
    const ld = this.ld;
    const heap = this.kernels.heap;
    const out = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j <= i; j++) {
        const value = (heap[i * ld + j] as number) * scale;
        out[i * d + j] = value;
        out[j * d + i] = value;
      }
    }
    return out;
  }

  /**
   * The eigenvalues of {@link covariance}, descending (unclipped: rounding may leave a zero one just below 0).
   * @example
   * ```ts
   * import { CovarianceAccumulator } from "@klsched/core-linalg";
   * const acc = new CovarianceAccumulator(2).add(Float64Array.of(1, 0, -1, 0, 0, 2, 0, -2));
   * acc.eigenvalues(); // Float64Array [2.6666…, 0.6666…]
   * ```
   * @throws InvalidArgumentError with fewer than 2 rows.
   */
  eigenvalues(): Float64Array {
    return symmetricEigenvaluesUnchecked(this.covariance(), this.dimension);
  }

  /**
   * tr(covariance) = Σᵢ var(xᵢ): the sum of the per-coordinate variances, and of the eigenvalues.
   *
   * @example
   * ```ts
   * import { CovarianceAccumulator } from "@klsched/core-linalg";
   * new CovarianceAccumulator(2).add(Float64Array.of(1, 0, -1, 0, 0, 2, 0, -2)).varianceSum(); // 3.3333…
   * ```
   * @throws InvalidArgumentError with fewer than 2 rows.
   */
  varianceSum(): number {
    const scale = this.normalisation();
    const heap = this.kernels.heap;
    let sum = 0;
    for (let i = 0; i < this.dimension; i++) sum += heap[i * (this.ld + 1)] as number;
    return sum * scale;
  }

  private normalisation(): number {
    this.flush();
    if (this.rows < 2) throw new InvalidArgumentError("rows", this.rows, "the covariance needs at least 2 rows");
    return 1 / (this.rows - 1);
  }

  /** Centres the pending block on its own mean, adds its scatter BᵀB and combines it with the total. */
  private flush(): void {
    const m = this.pending;
    if (m === 0) return;
    const { heap } = this.kernels;
    const d = this.dimension;
    const groups = this.ld / 4;
    // Pack the panels to the block's height: panel g moves from g·4·BLOCK_ROWS to g·4·m.
    if (m < BLOCK_ROWS) {
      for (let g = 1; g < groups; g++) {
        const from = this.panelsAt + g * 4 * BLOCK_ROWS;
        heap.copyWithin(this.panelsAt + g * 4 * m, from, from + 4 * m);
      }
    }
    const mean = this.blockMean;
    for (let col = 0; col < d; col++) {
      const at = this.panelsAt + (col >> 2) * 4 * m + (col & 3);
      let sum = 0;
      for (let k = 0; k < 4 * m; k += 4) sum += heap[at + k] as number;
      const mu = sum / m;
      mean[col] = mu;
      for (let k = 0; k < 4 * m; k += 4) heap[at + k] = (heap[at + k] as number) - mu;
    }
    // M += BᵀB for the block, then the δδᵀ term of the update (M_B is already in place).
    this.pending = 0;
    this.kernels.syrkPanels(0, this.panelsAt, groups, m, this.ld);
    this.combine(m, mean, undefined);
  }

  /**
   * Chan et al.'s update with a part of nB rows, mean meanB and scatter M_B, read from `scatterB`
   * (lower triangle, leading dimension ld), or already added to M when `scatterB` is undefined.
   */
  private combine(nB: number, meanB: Float64Array, scatterB: Float64Array | undefined): void {
    if (nB === 0) return;
    const nA = this.rows;
    const n = nA + nB;
    const d = this.dimension;
    const ld = this.ld;
    const heap = this.kernels.heap;
    const mean = this.runningMean;
    const delta = this.delta;
    for (let i = 0; i < d; i++) delta[i] = (meanB[i] as number) - (mean[i] as number);
    const weight = (nA * nB) / n;
    for (let i = 0; i < d; i++) {
      const row = i * ld;
      const wi = weight * (delta[i] as number);
      if (scatterB === undefined) {
        for (let j = 0; j <= i; j++) heap[row + j] = (heap[row + j] as number) + wi * (delta[j] as number);
      } else {
        for (let j = 0; j <= i; j++)
          heap[row + j] = (heap[row + j] as number) + (scatterB[row + j] as number) + wi * (delta[j] as number);
      }
    }
    if (nA === 0) mean.set(meanB);
    else for (let i = 0; i < d; i++) mean[i] = (mean[i] as number) + ((delta[i] as number) * nB) / n;
    this.rows = n;
  }
}
