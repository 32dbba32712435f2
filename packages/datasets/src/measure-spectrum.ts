import {
  accumulateCovariance,
  accumulatePowerSpectrum,
  checkLimit,
  compensatedSum,
  type DataMatrix,
  gramSpectrum,
  InvalidArgumentError,
  MAX_DIMENSION,
} from "@klsched/core-linalg";
import { type SpectrumFloor, withFloor } from "./spectrum-floor.js";

export type { FloorSource, SpectrumFloor } from "./spectrum-floor.js";

/** How the eigenvalues are found: of the exact covariance, or the stationary (power-spectrum) estimate. */
export type SpectrumMethod = "exact" | "stationary";

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
}

/** What {@link measureSpectrum} is doing: reading rows (`done` of `total`), then solving for eigenvalues. */
export type MeasureStage = "reading" | "eigenvalues";

/** Options of {@link measureSpectrum}. */
export interface MeasureOptions {
  readonly method?: SpectrumMethod;
  /** Called as data are read and the eigenvalues computed. */
  readonly onProgress?: (stage: MeasureStage, done: number, total: number) => void;
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
 * {@link MAX_EXACT_DIMENSION}. `method: "stationary"` replaces the exact eigenvalues by the power spectrum
 * of the images (core-linalg's `PowerSpectrumAccumulator`); it needs `data.image`.
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
 * shape (stationary method), a `floor` that is not a positive number, or what the reader finds wrong with
 * the data; LimitExceededError when the Gram route's n × d rows exceed 4 GiB.
 */
export function measureSpectrum(data: DataMatrix, options: MeasureOptions = {}): MeasuredSpectrum {
  const { method = "exact", onProgress, floor } = options;
  const d = data.dimension;
  const dequantization = data.quantizationStep ** 2 / 12;
  const reading = { onProgress: (done: number, total: number) => onProgress?.("reading", done, total) };
  if (floor !== undefined && !(method === "exact" && data.rows <= d)) {
    throw new InvalidArgumentError(
      "floor",
      floor,
      `only applies to the Gram route (exact method, n ≤ d); here n = ${data.rows}, d = ${d}${method === "stationary" ? ", stationary method" : ""}`,
    );
  }
  if (method === "exact" && data.rows <= d) return measureByGram(data, dequantization, floor, reading, onProgress);
  let raw: Float64Array;
  let variance: number;
  if (method === "stationary") {
    checkLimit(
      "dimension",
      d,
      MAX_DIMENSION,
      "the stationary estimate holds several arrays of d values, and its eigenvalues make a --spectrum",
    );
    const accumulator = accumulatePowerSpectrum(data, reading);
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
