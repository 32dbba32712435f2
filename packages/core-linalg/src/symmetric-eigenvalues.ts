import { checkSymmetricMatrix, symmetricEigenvaluesUnchecked } from "./symmetric-eigensolver.js";

/**
 * Eigenvalues of a symmetric n×n matrix stored row-major, in descending order: Householder
 * tridiagonalisation with WebAssembly SIMD kernels, then implicit QL (symmetric-eigensolver.ts).
 * Agrees with numpy's `eigvalsh` to 1e-10 relative to the largest eigenvalue; ml-matrix remains the
 * reference the tests compare against. Rejects a matrix that is not n×n, has a non-finite entry, or
 * whose asymmetry exceeds 1e-10 relative to its largest entry.
 */
export function symmetricEigenvalues(values: Float64Array, n: number): Float64Array {
  checkSymmetricMatrix(values, n);
  return symmetricEigenvaluesUnchecked(values, n);
}
