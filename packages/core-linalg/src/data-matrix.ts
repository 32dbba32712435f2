import { CovarianceAccumulator } from "./covariance-accumulator.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

/** `done` of `total` units of work so far (rows read, images decoded). */
export type ProgressCallback = (done: number, total: number) => void;

/**
 * The layout of a row that is an image, row-major: height × width × channels, channels last (`"hwc"`,
 * decoded images; the default), or channels × height × width (`"chw"`, a latent tensor n × C × H × W).
 */
export interface ImageShape {
  readonly height: number;
  readonly width: number;
  readonly channels: number;
  readonly layout?: "hwc" | "chw";
}

/**
 * An n × d data set read in row-major batches, in a fixed order: a `.npy` matrix, a folder of images,
 * a built-in dataset. Readers check every value (finite numbers only) and say where a bad one is.
 */
export interface DataMatrix {
  /** A short name for messages and labels: the file or folder name, `mnist`. */
  readonly label: string;
  /** n, the number of rows. */
  readonly rows: number;
  /** d, the values per row. */
  readonly dimension: number;
  /**
   * The spacing of the grid the values lie on: 2/255 for 8-bit pixels scaled to [−1, 1], 0 for data
   * taken as continuous. Uniform dequantisation adds step²/12 to every eigenvalue.
   */
  readonly quantizationStep: number;
  /** Present when each row is an image, for the stationary (power-spectrum) estimate. */
  readonly image?: ImageShape;
  /**
   * The shape of one row before it was flattened in C order, when the source has one: a `.npy` array's
   * trailing dimensions ([C, H, W] for n × C × H × W latents, [d] for a matrix).
   */
  readonly rowShape?: readonly number[];
  /** The rows in batches of at most `batchRows` rows; each batch is a fresh array the caller may keep. */
  batches(batchRows: number): Iterable<Float64Array | Float32Array>;
}

/** Rows per batch the readers are asked for: large enough to amortise I/O, small enough to stay in cache. */
export const DEFAULT_BATCH_ROWS = 256;

/** Options of {@link accumulateCovariance}. */
export interface AccumulateOptions {
  readonly onProgress?: ProgressCallback;
  readonly batchRows?: number;
}

/**
 * Streams `data` through a {@link CovarianceAccumulator}, reporting rows read after every batch.
 *
 * @example
 * ```ts
 * import { accumulateCovariance, type DataMatrix } from "@klsched/core-linalg";
 * const data: DataMatrix = {
 *   label: "four points", rows: 4, dimension: 2, quantizationStep: 0,
 *   batches: () => [Float64Array.of(1, 0, -1, 0), Float64Array.of(0, 2, 0, -2)],
 * };
 * accumulateCovariance(data).eigenvalues(); // Float64Array [2.6666…, 0.6666…]
 * ```
 * @throws InvalidArgumentError if the reader yields another number of rows than it announced, or a
 * batch the accumulator refuses.
 */
export function accumulateCovariance(data: DataMatrix, options: AccumulateOptions = {}): CovarianceAccumulator {
  const { onProgress, batchRows = DEFAULT_BATCH_ROWS } = options;
  const accumulator = new CovarianceAccumulator(data.dimension);
  onProgress?.(0, data.rows);
  for (const batch of data.batches(batchRows)) {
    accumulator.add(batch);
    onProgress?.(accumulator.count, data.rows);
  }
  if (accumulator.count !== data.rows) {
    throw new InvalidArgumentError(data.label, `${accumulator.count} rows`, `expected ${data.rows} rows`);
  }
  return accumulator;
}
