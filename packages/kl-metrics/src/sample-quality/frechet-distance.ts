import {
  InvalidArgumentError,
  rightMultiplier,
  type SymmetricEigendecomposition,
  symmetricEigendecomposition,
  symmetricEigenvalues,
} from "@klsched/core-linalg";
import type { SampleMoments } from "./sample-moments.js";

/**
 * The Fréchet distance (the squared 2-Wasserstein distance between Gaussians with these moments; Dowson
 * & Landau 1982, the FID of Heusel et al. 2017) from fixed reference moments A to any moments B:
 *
 *   FD = |μ_A − μ_B|² + tr Σ_A + tr Σ_B − 2·tr (Σ_A^½·Σ_B·Σ_A^½)^½.
 *
 * Σ_A^½ is formed once from the eigendecomposition of Σ_A (`eigen`, computed when not given) (negative rounding eigenvalues clipped to
 * 0); each distance costs two products and the eigenvalues of the symmetric Σ_A^½·Σ_B·Σ_A^½, whose
 * square roots sum to the trace: a symmetric route, where pytorch-fid's `sqrtm(Σ_A·Σ_B)` of a
 * non-symmetric product can return a complex or inaccurate root. Eigenvalues below 0 (rounding) count 0.
 *
 * @throws InvalidArgumentError when B's dimension is not A's.
 * @example
 * ```ts
 * import { frechetReference } from "@klsched/kl-metrics";
 * const a = { d: 1, mean: Float64Array.of(0), covariance: Float64Array.of(4) };
 * frechetReference(a)({ d: 1, mean: Float64Array.of(1), covariance: Float64Array.of(1) }); // 2.00000000000
 * ```
 */
export function frechetReference(
  reference: SampleMoments,
  eigen: SymmetricEigendecomposition = symmetricEigendecomposition(reference.covariance, reference.d),
): (other: SampleMoments) => number {
  const { d } = reference;
  const { values, vectors } = eigen;
  // S = V·diag(√λ)·Vᵀ as (V·diag(√λ))·Vᵀ
  const scaled = new Float64Array(d * d);
  const transposed = new Float64Array(d * d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) {
      const v = vectors[i * d + j] as number;
      scaled[i * d + j] = v * Math.sqrt(Math.max(values[j] as number, 0));
      transposed[j * d + i] = v;
    }
  const root = rightMultiplier(transposed, d, d).multiply(scaled, d);
  symmetrize(root, d);
  const timesRoot = rightMultiplier(root, d, d);
  const traceA = trace(reference.covariance, d);
  return (other) => {
    if (other.d !== d) throw new InvalidArgumentError("other.d", other.d, `the reference has d=${d}`);
    const right = timesRoot.multiply(other.covariance, d); // Σ_B·S
    transposeInPlace(right, d); // (Σ_B·S)ᵀ = S·Σ_B, both symmetric
    const middle = timesRoot.multiply(right, d); // S·Σ_B·S
    symmetrize(middle, d);
    const eigenvalues = symmetricEigenvalues(middle, d);
    let rootTrace = 0;
    for (const lambda of eigenvalues) rootTrace += Math.sqrt(Math.max(lambda, 0));
    let meanTerm = 0;
    for (let i = 0; i < d; i++) meanTerm += ((reference.mean[i] as number) - (other.mean[i] as number)) ** 2;
    return meanTerm + traceA + trace(other.covariance, d) - 2 * rootTrace;
  };
}

/**
 * The Fréchet distance between two sets of moments: {@link frechetReference} for a single pair.
 *
 * @example
 * ```ts
 * import { frechetDistance } from "@klsched/kl-metrics";
 * const a = { d: 1, mean: Float64Array.of(0), covariance: Float64Array.of(1) };
 * frechetDistance(a, a); // 0
 * ```
 */
export function frechetDistance(a: SampleMoments, b: SampleMoments): number {
  return frechetReference(a)(b);
}

function trace(m: Float64Array, d: number): number {
  let s = 0;
  for (let i = 0; i < d; i++) s += m[i * d + i] as number;
  return s;
}

function symmetrize(m: Float64Array, d: number): void {
  for (let i = 0; i < d; i++)
    for (let j = 0; j < i; j++) {
      const v = 0.5 * ((m[i * d + j] as number) + (m[j * d + i] as number));
      m[i * d + j] = v;
      m[j * d + i] = v;
    }
}

function transposeInPlace(m: Float64Array, d: number): void {
  for (let i = 0; i < d; i++)
    for (let j = 0; j < i; j++) {
      const v = m[i * d + j] as number;
      m[i * d + j] = m[j * d + i] as number;
      m[j * d + i] = v;
    }
}
