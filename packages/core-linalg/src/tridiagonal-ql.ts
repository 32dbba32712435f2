import type { Tridiagonal } from "./householder-tridiagonal.js";
import { KlschedError } from "./klsched-error.js";

const MAX_SWEEPS = 60;

/**
 * Eigenvalues of a symmetric tridiagonal matrix by the implicit QL algorithm with Wilkinson shifts:
 * the QL form of Golub & Van Loan, Matrix Computations, 4th ed., §8.3.4–8.3.5 (Algorithm 8.3.2),
 * as in EISPACK's tql1/tql2 (Bowdler, Martin, Reinsch & Wilkinson 1968). An off-diagonal entry is
 * taken as zero once |e| ≤ ε·(|dₘ| + |dₘ₊₁|) (GVL §8.3.5).
 *
 * Returns the eigenvalues, unsorted, in a new array. With `rows` (n × n, row-major), every plane
 * rotation is applied to rows i and i+1 of it: starting from the identity, row k ends as the k-th
 * eigenvector of T (the transpose of tql2's Z, so that each rotation touches two contiguous rows).
 */
export function tridiagonalQL({ diagonal, offDiagonal }: Tridiagonal, rows?: Float64Array): Float64Array {
  const n = diagonal.length;
  // Scale by a power of two (exactly) so that √(f² + g²) can neither overflow nor lose everything to underflow.
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(diagonal[i] as number), Math.abs(offDiagonal[i] as number));
  const scale = largest > 0 ? 2 ** Math.min(1000, Math.max(-1000, -Math.round(Math.log2(largest)))) : 1;
  const d = new Float64Array(n);
  const e = new Float64Array(n); // e[i] couples i and i + 1
  for (let i = 0; i < n; i++) {
    d[i] = (diagonal[i] as number) * scale;
    if (i + 1 < n) e[i] = (offDiagonal[i + 1] as number) * scale;
  }
  qlIterate(d, e, n, rows, "tridiagonal QL");
  for (let i = 0; i < n; i++) d[i] = (d[i] as number) / scale;
  return d;
}

/**
 * The implicit QL sweeps on the first n entries of d (diagonal) and e (e[i] couples i and i + 1, e[n − 1] = 0), in place: d ends
 * as the eigenvalues, unsorted; with `rows`, each rotation is applied to it as in {@link tridiagonalQL}.
 * Allocates nothing, so that many small problems can share their workspace. `label` names the caller in
 * the no-convergence error.
 */
export function qlIterate(d: Float64Array, e: Float64Array, n: number, rows: Float64Array | undefined, label: string): void {
  for (let l = 0; l < n; l++) {
    for (let sweep = 0; ; sweep++) {
      let m = l;
      while (m < n - 1 && Math.abs(e[m] as number) > Number.EPSILON * (Math.abs(d[m] as number) + Math.abs(d[m + 1] as number)))
        m++;
      if (m === l) break;
      if (sweep === MAX_SWEEPS) {
        throw new KlschedError("no-convergence", `${label}: eigenvalue ${l} did not converge in ${MAX_SWEEPS} sweeps`);
      }
      // Wilkinson shift: the eigenvalue of the leading 2 × 2 block [l, l+1] nearer d[l]
      const el = e[l] as number;
      let g = ((d[l + 1] as number) - (d[l] as number)) / (2 * el);
      let r = Math.sqrt(g * g + 1);
      g = (d[m] as number) - (d[l] as number) + el / (g + (g >= 0 ? r : -r));
      let s = 1;
      let c = 1;
      let p = 0;
      let underflow = false;
      for (let i = m - 1; i >= l; i--) {
        const f = s * (e[i] as number);
        const b = c * (e[i] as number);
        r = Math.sqrt(f * f + g * g);
        e[i + 1] = r;
        if (r === 0) {
          // the rotation underflowed: deflate here and start the sweep again
          d[i + 1] = (d[i + 1] as number) - p;
          e[m] = 0;
          underflow = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = (d[i + 1] as number) - p;
        r = ((d[i] as number) - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
        if (rows) rotateRows(rows, n, i, c, s);
      }
      if (underflow) continue;
      d[l] = (d[l] as number) - p;
      e[l] = g;
      e[m] = 0;
    }
  }
}

/** rows i and i+1 ← the plane rotation [[c, −s], [s, c]] applied to their columns (tql2's z update). */
function rotateRows(rows: Float64Array, n: number, i: number, c: number, s: number): void {
  const upper = i * n;
  const lower = upper + n;
  for (let k = 0; k < n; k++) {
    const t = rows[lower + k] as number;
    const z = rows[upper + k] as number;
    rows[lower + k] = s * z + c * t;
    rows[upper + k] = c * z - s * t;
  }
}
