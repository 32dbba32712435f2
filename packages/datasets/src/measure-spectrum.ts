import {
  accumulateCovariance,
  accumulatePowerSpectrum,
  checkLimit,
  compensatedSum,
  type DataMatrix,
  DEFAULT_BATCH_ROWS,
  gramSpectrum,
  type ImageShape,
  InvalidArgumentError,
  MAX_DIMENSION,
} from "@klsched/core-linalg";
import { type SpectrumFloor, withFloor } from "./spectrum-floor.js";

export type { FloorSource, SpectrumFloor } from "./spectrum-floor.js";

/** How the eigenvalues are found: of the exact covariance, or the stationary (power-spectrum) estimate. */
export type SpectrumMethod = "exact" | "stationary";

/** Values per batch the stationary estimate reads (16 rows of 16 × 128 × 128 latents, 16 MiB as float32). */
const STATIONARY_BATCH_VALUES = 2 ** 22;

/**
 * How the exact eigenvalues were found: from the d × d covariance (n > d), or from the n × n Gram matrix
 * of the centred rows (n ≤ d), whose nonzero eigenvalues are the same and whose other directions get a floor.
 */
export type SpectrumRoute = "covariance" | "gram";

/** The largest d whose exact covariance is formed: 8·d² bytes (512 MiB) and about a minute of eigensolver. */
export const MAX_EXACT_DIMENSION = 8192;

/** The covariance spectrum of a data set. */
export interface MeasuredSpectrum {
  readonly label: string;
  readonly method: SpectrumMethod;
  /** With `method: "exact"`: the covariance route (n > d) or the Gram route (n ≤ d). */
  readonly route?: SpectrumRoute;
  /**
   * With n ≤ d rows (the Gram route, or merged shards): the estimated rank r (at most n − 1) and the variance given to each of the d − r
   * directions the rows do not span (see {@link MeasureOptions.floor}).
   */
  readonly floor?: SpectrumFloor & { readonly rank: number };
  /** n, the rows read. */
  readonly rows: number;
  /** d, the values per row and the number of eigenvalues. */
  readonly dimension: number;
  /** step²/12, the variance uniform dequantisation adds to every eigenvalue (0 for continuous data). */
  readonly dequantization: number;
  /** Descending; a value a covariance eigensolver rounds to just below 0 is kept as it came. */
  readonly eigenvalues: Float64Array;
  /**
   * What the eigenvalues sum to (up to rounding): Σ per-coordinate variance + d·dequantization, and on the
   * Gram route with a floor other than the dequantisation, + (d − r)·(floor − dequantization).
   */
  readonly trace: number;
  /** The rows' image layout when one is known: the data's own, a 4-D array's C × H × W, or `layout`. */
  readonly image?: ImageShape;
}

/** The layout of a row of C·H·W values, channels first (C × H × W, row-major), as latents are stored. */
export interface ChannelLayout {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
}

/** What {@link measureSpectrum} is doing: reading rows (`done` of `total`), then solving for eigenvalues. */
export type MeasureStage = "reading" | "eigenvalues";

/** Options of {@link measureSpectrum}. */
export interface MeasureOptions {
  readonly method?: SpectrumMethod;
  /** Called as data are read and the eigenvalues computed. */
  readonly onProgress?: (stage: MeasureStage, done: number, total: number) => void;
  /**
   * How each row of a matrix is laid out, channels first: n × d rows of flattened C × H × W latents
   * (C·H·W must be d). Without it a 4-D n × C × H × W array (`data.rowShape` [C, H, W]) is taken as such.
   */
  readonly layout?: ChannelLayout;
  /**
   * Gram route (exact method, n ≤ d): the variance (> 0) of each direction the rows do not span. Default:
   * the dequantisation step²/12 for quantised data (what the covariance route gives them), and for
   * continuous data λ_min·(n − 1)/d, the isotropic-noise level the smallest nonzero eigenvalue λ_min
   * points to (Marchenko–Pastur; docs/theory/few-samples.md).
   */
  readonly floor?: number | undefined;
}

/**
 * The eigenvalues of the covariance of `data` (1/(n − 1), as `np.cov`), plus uniform dequantisation:
 * values on a grid of spacing δ (`data.quantizationStep`, 2/255 for 8-bit pixels on [−1, 1]) are what a
 * model trained on continuous data sees after adding independent U(−δ/2, δ/2) noise, whose covariance is
 * (δ²/12)·I; so δ²/12 is added to every eigenvalue. It also makes a pixel that never changes (MNIST's
 * borders) a direction of small positive variance instead of a zero eigenvalue, which no KL can take.
 *
 * With n ≤ d rows the covariance has rank at most n − 1: the exact method then takes the Gram route
 * (core-linalg's `gramSpectrum`, O(n²d)), and each of the d − r directions the rows do not span gets the
 * floor of {@link MeasureOptions.floor}; with n > d it forms the d × d covariance, up to
 * {@link MAX_EXACT_DIMENSION}. `method: "stationary"` replaces the exact eigenvalues by the stationary
 * estimate (core-linalg's `PowerSpectrumAccumulator`: per spatial frequency, the eigenvalues of the C × C
 * cross-spectral matrix); it needs the rows' layout: `data.image` for images, a 4-D n × C × H × W array's
 * own shape, or `layout` for rows of flattened C × H × W latents.
 *
 * @example
 * ```ts
 * import { measureSpectrum, openNpyData } from "@klsched/datasets";
 * // x.npy: np.save("x.npy", np.array([[1, 0], [-1, 0], [0, 2], [0, -2]], dtype=np.float64))
 * const measured = measureSpectrum(openNpyData("x.npy"));
 * measured.eigenvalues; // Float64Array [2.6666…, 0.6666…]
 * measured.trace; // 3.3333…
 * measured.dequantization; // 0
 * ```
 * @throws InvalidArgumentError for d above {@link MAX_EXACT_DIMENSION} with n > d (exact method), no image
 * shape or layout (stationary method), a `layout` that is not positive integers with C·H·W = d (or given
 * for images), a `floor` that is not a positive number, or what the reader finds wrong with the data;
 * LimitExceededError when the Gram route's n × d rows exceed 4 GiB.
 */
export function measureSpectrum(data: DataMatrix, options: MeasureOptions = {}): MeasuredSpectrum {
  const { method = "exact", onProgress, floor } = options;
  const d = data.dimension;
  const image = rowImage(data, options.layout);
  const dequantization = data.quantizationStep ** 2 / 12;
  const reading = { onProgress: (done: number, total: number) => onProgress?.("reading", done, total) };
  if (floor !== undefined && !(method === "exact" && data.rows <= d)) {
    throw new InvalidArgumentError(
      "floor",
      floor,
      `only applies to the Gram route (exact method, n ≤ d); here n = ${data.rows}, d = ${d}${method === "stationary" ? ", stationary method" : ""}`,
    );
  }
  if (method === "exact" && data.rows <= d) {
    const measured = measureByGram(data, dequantization, floor, reading, onProgress);
    return image === undefined ? measured : { ...measured, image };
  }
  let raw: Float64Array;
  let variance: number;
  if (method === "stationary") {
    checkLimit(
      "dimension",
      d,
      MAX_DIMENSION,
      "the stationary estimate holds several arrays of d values, and its eigenvalues make a --spectrum",
    );
    if (image === undefined) {
      throw new InvalidArgumentError(
        "method",
        method,
        `needs images or rows of channels × height × width: ${data.label} is an n × ${d} matrix with no such shape (a 4-D n × C × H × W array has one, or give the layout)`,
      );
    }
    // rows of latents are large (1 MiB of float32 at 16 × 128 × 128): read about 2²² values at a time
    const batchRows = Math.max(1, Math.min(DEFAULT_BATCH_ROWS, Math.floor(STATIONARY_BATCH_VALUES / d)));
    const accumulator = accumulatePowerSpectrum(image === data.image ? data : withImage(data, image), {
      ...reading,
      batchRows,
    });
    onProgress?.("eigenvalues", 0, 1);
    raw = accumulator.eigenvalues();
    variance = compensatedSum(raw);
  } else {
    if (d > MAX_EXACT_DIMENSION) {
      throw new InvalidArgumentError(
        "dimension",
        d,
        `the exact covariance stops at d=${MAX_EXACT_DIMENSION} (${((8 * d * d) / 2 ** 30).toFixed(1)} GiB here) when n > d (n = ${data.rows}); use the stationary estimate, smaller images, or at most d rows (the Gram route)`,
      );
    }
    const accumulator = accumulateCovariance(data, reading);
    onProgress?.("eigenvalues", 0, 1);
    raw = accumulator.eigenvalues();
    variance = accumulator.varianceSum();
  }
  onProgress?.("eigenvalues", 1, 1);
  const eigenvalues = raw.map((value) => value + dequantization);
  return {
    label: data.label,
    method,
    ...(method === "exact" ? { route: "covariance" as const } : {}),
    rows: data.rows,
    dimension: d,
    dequantization,
    eigenvalues,
    trace: variance + d * dequantization,
    ...(image === undefined ? {} : { image }),
  };
}

/**
 * The image layout of the rows: `layout` (checked against d), else the data's own image shape, else
 * channels first from a 4-D array's trailing [C, H, W].
 */
function rowImage(data: DataMatrix, layout: ChannelLayout | undefined): ImageShape | undefined {
  if (layout === undefined) {
    if (data.image !== undefined) return data.image;
    const shape = data.rowShape;
    if (shape?.length !== 3) return undefined;
    const [channels, height, width] = shape as [number, number, number];
    return { channels, height, width, layout: "chw" };
  }
  const { channels, height, width } = layout;
  const text = `${channels},${height},${width}`;
  if (![channels, height, width].every((x) => Number.isSafeInteger(x) && x >= 1)) {
    throw new InvalidArgumentError("layout", text, "expected three positive integers C,H,W (channels, height, width)");
  }
  if (channels * height * width !== data.dimension) {
    throw new InvalidArgumentError(
      "layout",
      text,
      `${channels}×${height}×${width} = ${channels * height * width} values per row, but ${data.label} has d = ${data.dimension}`,
    );
  }
  if (data.image !== undefined) {
    throw new InvalidArgumentError("layout", text, `${data.label} is images, whose layout is their own`);
  }
  return { channels, height, width, layout: "chw" };
}

/** `data` read as rows of the given image layout (a view: the batches are the data's own). */
function withImage(data: DataMatrix, image: ImageShape): DataMatrix {
  return {
    label: data.label,
    rows: data.rows,
    dimension: data.dimension,
    quantizationStep: data.quantizationStep,
    image,
    batches: (batchRows) => data.batches(batchRows),
  };
}

/** The exact method with n ≤ d: the Gram route's n eigenvalues, then the floor for the unseen directions. */
function measureByGram(
  data: DataMatrix,
  dequantization: number,
  floor: number | undefined,
  reading: { onProgress: (done: number, total: number) => void },
  onProgress: MeasureOptions["onProgress"],
): MeasuredSpectrum {
  const d = data.dimension;
  checkLimit("dimension", d, MAX_DIMENSION, "the Gram route's d eigenvalues make a --spectrum");
  const gram = gramSpectrum(data, reading);
  onProgress?.("eigenvalues", 0, 1);
  const floored = withFloor(gram.eigenvalues, { rows: data.rows, dimension: d, dequantization, floor });
  onProgress?.("eigenvalues", 1, 1);
  const { value, directions } = floored.floor;
  return {
    label: data.label,
    method: "exact",
    route: "gram",
    floor: { ...floored.floor, rank: floored.rank },
    rows: data.rows,
    dimension: d,
    dequantization,
    eigenvalues: floored.eigenvalues,
    trace: gram.varianceSum + floored.rank * dequantization + directions * value,
  };
}
