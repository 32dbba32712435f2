import { InvalidArgumentError } from "./invalid-argument-error.js";
import { checkLimit } from "./limit-exceeded-error.js";
import { rightMultiplier } from "./matrix-product.js";
import { seededRandom } from "./seeded-random.js";
import { symmetricEigenvaluesUnchecked } from "./symmetric-eigensolver.js";

/**
 * A symmetric positive semi-definite d × d operator known only by its action, such as the covariance of a
 * data set applied by a pass over its rows (`covarianceOperator`). `apply` maps `count` vectors, stored
 * one per row (count × d, row-major), to their images in the same layout; one call is one pass.
 */
export interface SymmetricOperator {
  /** d, the length of each vector. */
  readonly dimension: number;
  /** The images A·v of `count` vectors v (count × d, row-major), in the same layout: one pass. */
  apply(vectors: Float64Array, count: number): Float64Array;
}

/** Options of {@link topEigenvalues}. */
export interface TopEigenvalueOptions {
  /** How many of the largest eigenvalues to return, 1 ≤ k ≤ d. */
  readonly k: number;
  /** Vectors per Krylov block, one operator call each; default k (Musco & Musco's choice), at most d. */
  readonly blockSize?: number;
  /**
   * The most operator calls (blocks); default 24. The basis holds at most blockSize · maxPasses ≤ d
   * vectors, and at most `maxBasisEntries`/d: a run that reaches either stops, `converged` false.
   */
  readonly maxPasses?: number;
  /**
   * Stop when no one of the top k Ritz values moved by more than `tolerance` · θ₁ in the last pass
   * (default 1e-11): Ritz values rise monotonically to the eigenvalues, about geometrically.
   */
  readonly tolerance?: number;
  /** Seed of the Gaussian start block (default 0): the same seed gives the same result. */
  readonly seed?: number;
  /** The memory budget, basis size × d entries; default (and at most) {@link MAX_KRYLOV_ENTRIES}. */
  readonly maxBasisEntries?: number;
}

/** What {@link topEigenvalues} found. */
export interface TopEigenvalues {
  /** The k largest Ritz values, descending; each is at most the eigenvalue of its rank (Cauchy interlacing). */
  readonly values: Float64Array;
  /** Operator calls made: blocks in the basis. */
  readonly passes: number;
  /** Vectors in the orthonormal Krylov basis. */
  readonly basisSize: number;
  /** Whether the Ritz values settled to `tolerance` (or the basis spans the whole space, making them exact). */
  readonly converged: boolean;
  /** The largest move of a top-k Ritz value in the last pass, relative to θ₁ (0 after one pass). */
  readonly lastChange: number;
}

/** The most basis entries (basis size × d) held: 2²⁷ doubles = 1 GiB, copied twice more while a projection runs (3 GiB at peak). */
export const MAX_KRYLOV_ENTRIES = 2 ** 27;

/**
 * The k largest eigenvalues of a symmetric positive semi-definite operator C by randomized block Krylov
 * iteration with Rayleigh–Ritz (Musco & Musco 2015, "Randomized block Krylov methods for stronger and
 * faster approximate singular value decomposition", Algorithm 2), in the block Lanczos form with full
 * reorthogonalisation (Golub & Van Loan, 4th ed., §10.3.6): from a seeded Gaussian block Q₁ (b × d),
 *
 *   Wᵢ = C·Qᵢ,  T[j, i] = Qⱼᵀ·Wᵢ (j ≤ i),  Qᵢ₊₁ = orth(Wᵢ − Σⱼ≤ᵢ Qⱼ(QⱼᵀWᵢ))  (twice: CGS2),
 *
 * so that T = QᵀCQ on the basis Q = [Q₁ … Qᵢ] of the Krylov space span{Q₁, CQ₁, …, C^{i−1}Q₁}, and its
 * eigenvalues (the Ritz values, core-linalg's symmetric eigensolver) approach C's largest from below.
 * One operator call per block: never a d × d matrix. A block direction lost to rank deficiency is
 * replaced by a fresh random one, so the basis stays orthonormal; when it reaches d vectors the Ritz
 * values are C's eigenvalues.
 *
 * @example
 * ```ts
 * import { topEigenvalues } from "@klsched/core-linalg";
 * const diagonal = Float64Array.of(5, 4, 3, 2, 1);
 * const operator = {
 *   dimension: 5,
 *   apply: (v: Float64Array, count: number) => v.map((x, i) => x * (diagonal[i % 5] as number)),
 * };
 * const top = topEigenvalues(operator, { k: 2, blockSize: 2 });
 * top.values; // Float64Array [5, 4]
 * top.converged; // true
 * ```
 * @throws InvalidArgumentError for k, blockSize, maxPasses or tolerance out of range, or an operator
 * whose image of a block has another size or a non-finite value.
 * @throws LimitExceededError when the budget (`maxBasisEntries`) cannot hold k + blockSize vectors of d.
 */
export function topEigenvalues(operator: SymmetricOperator, options: TopEigenvalueOptions): TopEigenvalues {
  const d = operator.dimension;
  const { k, blockSize = Math.min(k, d), maxPasses = 24, tolerance = 1e-11, seed = 0 } = options;
  const budget = Math.min(options.maxBasisEntries ?? MAX_KRYLOV_ENTRIES, MAX_KRYLOV_ENTRIES);
  checkCount("dimension", d, 1, Number.MAX_SAFE_INTEGER);
  checkCount("k", k, 1, d);
  checkCount("blockSize", blockSize, 1, d);
  checkCount("maxPasses", maxPasses, 1, 1e6);
  if (!(tolerance >= 0 && tolerance < 1)) throw new InvalidArgumentError("tolerance", tolerance, "expected a number in [0, 1)");
  // the basis grows to at most what MAX_KRYLOV_ENTRIES holds (then the run stops, unconverged), but it
  // must hold two blocks beyond k for a Krylov step at all
  const capacity = Math.min(d, blockSize * maxPasses, Math.floor(budget / d));
  const least = Math.min(d, k + blockSize);
  if (capacity < least) checkLimit("basis entries", least * d, budget, "the Krylov basis is held in memory");
  const random = seededRandom(seed);
  const basis = new Float64Array(capacity * d);
  const projection = new Float64Array(capacity * capacity);
  let size = appendOrthonormal(gaussianBlock(random, Math.min(blockSize, capacity), d), basis, 0, d, random);
  let blockStart = 0;
  let passes = 0;
  let previous: Float64Array | undefined;
  let lastChange = 0;
  let converged = false;
  let values: Float64Array = new Float64Array(0);
  for (;;) {
    const rows = size - blockStart;
    const image = operator.apply(basis.slice(blockStart * d, size * d), rows);
    passes++;
    checkImage(image, rows, d);
    // T[j][blockStart + r] = q_j · (C q_{blockStart+r}) for every basis vector j < size
    const coefficients = rowProducts(image, rows, basis, size, d);
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < size; j++) {
        const t = coefficients[r * size + j] as number;
        projection[j * capacity + blockStart + r] = t;
        projection[(blockStart + r) * capacity + j] = t;
      }
    }
    values = ritzValues(projection, capacity, size, Math.min(k, size));
    if (previous !== undefined && values.length === k && previous.length === k) {
      lastChange = largestMove(values, previous);
      converged = lastChange <= tolerance;
    }
    if (size === d) converged = true;
    if (converged || passes >= maxPasses || size >= capacity) break;
    previous = values;
    const next = Math.min(rows, capacity - size);
    subtractProjection(image, rows, basis, size, d, coefficients);
    subtractProjection(image, rows, basis, size, d);
    blockStart = size;
    size = appendOrthonormal(image.subarray(0, next * d), basis, size, d, random);
  }
  if (values.length < k) {
    throw new InvalidArgumentError("k", k, `more than the ${values.length} vectors the Krylov basis reached (raise maxPasses)`);
  }
  return { values, passes, basisSize: size, converged, lastChange };
}

function checkCount(argument: string, value: number, low: number, high: number): void {
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new InvalidArgumentError(argument, value, `expected an integer from ${low} to ${high}`);
  }
}

function checkImage(image: Float64Array, rows: number, d: number): void {
  if (image.length !== rows * d) {
    throw new InvalidArgumentError("operator", `${image.length} values`, `expected the image of ${rows} vectors of d=${d}`);
  }
  for (let i = 0; i < image.length; i++) {
    if (!Number.isFinite(image[i] as number)) {
      throw new InvalidArgumentError("operator", image[i], `not a finite number at vector ${Math.floor(i / d)}, entry ${i % d}`);
    }
  }
}

/** `rows` × d standard normal values. */
function gaussianBlock(random: ReturnType<typeof seededRandom>, rows: number, d: number): Float64Array {
  const block = new Float64Array(rows * d);
  for (let i = 0; i < block.length; i++) block[i] = random.normal();
  return block;
}

/** A·Bᵀ for A (rows × d) and B's first `count` rows (count × d): rows × count, every entry a d-term dot product. */
function rowProducts(a: Float64Array, rows: number, b: Float64Array, count: number, d: number): Float64Array {
  return rightMultiplier(transpose(b, count, d), d, count).multiply(a, rows);
}

/** A ← A − C·B for B's first `count` rows, C = A·Bᵀ when not given (one Gram–Schmidt sweep). */
function subtractProjection(
  a: Float64Array,
  rows: number,
  b: Float64Array,
  count: number,
  d: number,
  coefficients = rowProducts(a, rows, b, count, d),
): void {
  const removed = rightMultiplier(b, count, d).multiply(coefficients, rows);
  for (let i = 0; i < rows * d; i++) a[i] = (a[i] as number) - (removed[i] as number);
}

function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = a[i * cols + j] as number;
  return out;
}

/**
 * Appends the rows of `block` to the basis, orthonormalised against each other by modified Gram–Schmidt
 * run twice ("twice is enough", Giraud et al. 2005); the caller has already projected them off the
 * basis's first `size` rows (block CGS2). A row that loses all but 1e-8 of its norm (a direction already
 * spanned) is replaced by a random one, projected off the whole basis. Returns the new basis size.
 */
function appendOrthonormal(
  block: Float64Array,
  basis: Float64Array,
  size: number,
  d: number,
  random: ReturnType<typeof seededRandom>,
): number {
  const rows = block.length / d;
  const first = size;
  for (let r = 0; r < rows && size < d; r++) {
    const row = block.subarray(r * d, (r + 1) * d);
    for (let attempt = 0; ; attempt++) {
      const before = norm(row);
      for (let sweep = 0; sweep < 2; sweep++) {
        for (let j = attempt === 0 ? first : 0; j < size; j++) {
          const q = basis.subarray(j * d, (j + 1) * d);
          let dot = 0;
          for (let i = 0; i < d; i++) dot += (row[i] as number) * (q[i] as number);
          for (let i = 0; i < d; i++) row[i] = (row[i] as number) - dot * (q[i] as number);
        }
      }
      const after = norm(row);
      if (after > 1e-8 * before && after > 0) {
        for (let i = 0; i < d; i++) basis[size * d + i] = (row[i] as number) / after;
        size++;
        break;
      }
      if (attempt > 8) throw new InvalidArgumentError("operator", "rank-deficient", "no new direction found for the basis");
      for (let i = 0; i < d; i++) row[i] = random.normal();
    }
  }
  return size;
}

function norm(v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += (v[i] as number) ** 2;
  return Math.sqrt(sum);
}

/** The largest `k` eigenvalues of the leading size × size block of T (stored with row stride `stride`). */
function ritzValues(projection: Float64Array, stride: number, size: number, k: number): Float64Array {
  const t = new Float64Array(size * size);
  for (let i = 0; i < size; i++) t.set(projection.subarray(i * stride, i * stride + size), i * size);
  return symmetricEigenvaluesUnchecked(t, size).slice(0, k);
}

/** max_j |θⱼ − θⱼ′| / θ₁. */
function largestMove(values: Float64Array, previous: Float64Array): number {
  const scale = Math.abs(values[0] as number) || 1;
  let move = 0;
  for (let j = 0; j < values.length; j++) move = Math.max(move, Math.abs((values[j] as number) - (previous[j] as number)));
  return move / scale;
}
