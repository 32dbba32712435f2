import { EigenvalueDecomposition, Matrix } from "ml-matrix";

/**
 * Eigenvalues of a symmetric n × n matrix by ml-matrix (its JAMA port: tred2 + tql2), descending: the
 * independent reference klsched's own solver is tested and benchmarked against.
 */
export function mlMatrixEigenvalues(values: Float64Array, n: number): Float64Array {
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(Array.from(values.subarray(i * n, (i + 1) * n)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  return Float64Array.from(evd.realEigenvalues).sort().reverse();
}
