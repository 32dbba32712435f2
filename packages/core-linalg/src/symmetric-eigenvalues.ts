import { checkSymmetricMatrix, symmetricEigenvaluesUnchecked } from "./symmetric-eigensolver.js";

/**
 * Eigenvalues of a symmetric n×n matrix stored row-major, in descending order: Householder
 * tridiagonalisation with WebAssembly SIMD kernels, then implicit QL (symmetric-eigensolver.ts).
 * Agrees with numpy's `eigvalsh` to 1e-10 relative to the largest eigenvalue; ml-matrix remains the
 * reference the tests compare against. Rejects a matrix that is not n×n, has a non-finite entry, or
 * whose asymmetry exceeds 1e-10 relative to its largest entry.
 *
 * @example
 * ```ts
 * import { symmetricEigenvalues } from "@klsched/core-linalg";
 * symmetricEigenvalues(Float64Array.of(2, 1, 1, 2), 2); // Float64Array [3, 1]
 * ```
 * @throws InvalidArgumentError when `values` is not n × n, holds a non-finite entry or is not symmetric.
 * @throws KlschedError (`no-convergence`) if the QL iteration does not converge.
 */
export function symmetricEigenvalues(values: Float64Array, n: number): Float64Array {
  checkSymmetricMatrix(values, n);
  return symmetricEigenvaluesUnchecked(values, n);
}
