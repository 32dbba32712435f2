import {
  covarianceOperator,
  type DataMatrix,
  InvalidArgumentError,
  spectralDensity,
  type TailModel,
  topEigenvalues,
  withTail,
} from "@klsched/core-linalg";
import type { MeasuredSpectrum } from "./measure-spectrum.js";

/** Options of {@link measureTopSpectrum}. */
export interface TopSpectrumOptions {
  /** How many of the largest eigenvalues to find, 1 ≤ k < d. */
  readonly k: number;
  /**
   * How the other d − k share the remaining trace (core-linalg's `TailModel`); default `density`, whose
   * stochastic Lanczos quadrature takes 60 more passes (of 32 vectors each).
   */
  readonly tail?: TailModel;
  /** Seed of the Krylov start block (default 0). */
  readonly seed?: number;
  /** Called with the pass (1 = the moments) and the rows read in it. */
  readonly onProgress?: (pass: number, done: number, total: number) => void;
}

/** A spectrum of top k eigenvalues plus a modelled tail: see {@link measureTopSpectrum}. */
export interface TopSpectrum extends Omit<MeasuredSpectrum, "method"> {
  readonly method: "top-k";
  /** k, the eigenvalues found by the Krylov solver; the other d − k are the tail. */
  readonly k: number;
  readonly tail: TailModel;
  /** Passes over the data: 1 for the mean and trace, then one per Krylov block. */
  readonly passes: number;
  /** Vectors in the Krylov basis. */
  readonly basisSize: number;
  /** Whether the top k settled (core-linalg's `topEigenvalues`). */
  readonly converged: boolean;
  /** Σ of the top k and of the tail, dequantisation included: they add up to `trace`. */
  readonly topTrace: number;
  readonly tailTrace: number;
}

/**
 * The covariance spectrum of `data` for d too large to form the d × d covariance: its k largest
 * eigenvalues by randomized block Krylov iteration on the covariance operator (core-linalg's
 * `topEigenvalues` on `covarianceOperator`, one pass over the rows per block, 8·d·(basis size) bytes),
 * and the other d − k from the exact trace (Σ per-coordinate variance, the first pass) by `tail`
 * (core-linalg's `withTail`; for `density`, the quantiles of the eigenvalue density that
 * `spectralDensity` estimates in 60 further passes), so that the d eigenvalues sum to the trace exactly. Uniform
 * dequantisation adds step²/12 to every eigenvalue, as in `measureSpectrum`.
 *
 * @example
 * ```ts
 * import { measureTopSpectrum } from "@klsched/datasets";
 * const data = {
 *   label: "four points", rows: 4, dimension: 3, quantizationStep: 0,
 *   batches: () => [Float64Array.of(1, 0, 0, -1, 0, 0, 0, 2, 0, 0, -2, 0)],
 * };
 * const measured = measureTopSpectrum(data, { k: 1, tail: "flat" });
 * measured.eigenvalues; // Float64Array [2.6666…, 0.3333…, 0.3333…]
 * measured.trace; // 3.3333…
 * ```
 * @throws InvalidArgumentError for k outside 1 … d − 1, or what the passes find wrong with the data.
 * @throws LimitExceededError when the Krylov basis would exceed core-linalg's `MAX_KRYLOV_ENTRIES`.
 */
export function measureTopSpectrum(data: DataMatrix, options: TopSpectrumOptions): TopSpectrum {
  const { k, tail = "density", seed = 0, onProgress } = options;
  const d = data.dimension;
  if (!Number.isInteger(k) || k < 1 || k >= d) {
    throw new InvalidArgumentError("k", k, `expected an integer from 1 to d − 1 = ${d - 1} (the tail needs a direction)`);
  }
  let pass = 1;
  const operator = covarianceOperator(data, { onProgress: (done, total) => onProgress?.(pass, done, total) });
  const counted = {
    dimension: d,
    apply: (vectors: Float64Array, count: number) => {
      pass++;
      return operator.apply(vectors, count);
    },
  };
  const top = topEigenvalues(counted, { k, seed, blockSize: Math.min(k, d) });
  const dequantization = data.quantizationStep ** 2 / 12;
  const density = tail === "density" ? spectralDensity(counted, { seed: seed + 1 }) : undefined;
  const raw = withTail(top.values, {
    dimension: d,
    trace: operator.trace,
    model: tail,
    ...(density === undefined ? {} : { density }),
  });
  const eigenvalues = raw.map((value) => value + dequantization);
  let topTrace = 0;
  for (let i = 0; i < k; i++) topTrace += eigenvalues[i] as number;
  const trace = operator.trace + d * dequantization;
  return {
    label: data.label,
    method: "top-k",
    rows: operator.rows,
    dimension: d,
    dequantization,
    eigenvalues,
    trace,
    k,
    tail,
    passes: operator.passes,
    basisSize: top.basisSize,
    converged: top.converged,
    topTrace,
    tailTrace: trace - topTrace,
  };
}
