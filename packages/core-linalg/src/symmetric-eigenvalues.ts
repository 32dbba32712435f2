import { EigenvalueDecomposition, Matrix } from "ml-matrix";
import { InvalidArgumentError } from "./invalid-argument-error.js";

/**
 * Eigenvalues of a symmetric n×n matrix stored row-major, in descending order. Delegates to
 * ml-matrix's symmetric path (Householder tridiagonalisation + QL); the one place klsched touches
 * ml-matrix, so no other package depends on its types.
 * Rejects a matrix whose asymmetry exceeds 1e-10 relative to its largest entry.
 */
export function symmetricEigenvalues(values: Float64Array, n: number): Float64Array {
  if (values.length !== n * n) throw new InvalidArgumentError("matrix", `${values.length} entries`, `expected ${n}×${n}`);
  let scale = 0;
  for (let i = 0; i < values.length; i++) scale = Math.max(scale, Math.abs(values[i] as number));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = values[i * n + j] as number;
      const b = values[j * n + i] as number;
      if (!(Math.abs(a - b) <= 1e-10 * scale)) {
        throw new InvalidArgumentError("matrix", `[${i}][${j}]=${a}, [${j}][${i}]=${b}`, "the covariance is not symmetric");
      }
    }
  }
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(Array.from(values.subarray(i * n, (i + 1) * n)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  return Float64Array.from(evd.realEigenvalues).sort().reverse();
}
