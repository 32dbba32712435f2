import type { Kernels } from "./simd-kernels.js";

/** A symmetric tridiagonal matrix: `diagonal[i]`, and `offDiagonal[i]` coupling i − 1 and i (`offDiagonal[0]` = 0). */
export interface Tridiagonal {
  readonly diagonal: Float64Array;
  readonly offDiagonal: Float64Array;
}

/** Doubles of kernel heap `tridiagonalize` needs for order n: the packed triangle and five work vectors. */
export const tridiagonalHeapSize = (n: number): number => (n * (n + 1)) / 2 + 5 * n;

/**
 * Householder tridiagonalisation T = QᵀAQ (Golub & Van Loan, Matrix Computations, 4th ed., §8.3.1,
 * Algorithm 8.3.1), in the bottom-up row form of EISPACK's tred1 (Martin, Reinsch & Wilkinson 1968):
 * step i reflects row i's entries A[i][0..i−1] onto e_{i−1} with H = I − v·vᵀ/h, and updates the
 * leading i × i block as A ← A − q·vᵀ − v·qᵀ, where p = A·v/h and q = p − (vᵀp/2h)·v.
 *
 * The matrix is the lower triangle packed row by row at the start of `kernels.heap`, so row j of the
 * block is contiguous and the whole block is one stream. The rank-2 update of step i is fused with the
 * product p = A·v of step i − 1 (the "BLAS 2.5" fusion of Howell, Demmel, Fulton, Hammarling & Marmol,
 * ACM TOMS 34(3), 2008): row i − 1 is updated first, gives the next v, and then one pass over the block
 * both updates it and accumulates the next p. That halves the memory traffic of the 4n³/3 flops.
 *
 * The block is destroyed. With `reflectors` (length n), the scaled Householder vector of row i is
 * left in that row's packed entries 0..i−1 and its h in reflectors[i] (0 where no reflection was
 * needed); Q = H_{n−1}·…·H₂.
 */
export function tridiagonalize(kernels: Kernels, n: number, reflectors?: Float64Array): Tridiagonal {
  const a = kernels.heap;
  const diagonal = new Float64Array(n);
  const offDiagonal = new Float64Array(n);
  const rowAt = (i: number) => (i * (i + 1)) / 2;
  const packed = rowAt(n);
  // Work vectors: v (this step's reflector), p (A·v, then q), w (next reflector), next p, zeros.
  let vAt = packed;
  let pAt = packed + n;
  let wAt = packed + 2 * n;
  let nextAt = packed + 3 * n;
  const zeroAt = packed + 4 * n;
  a.fill(0, zeroAt, zeroAt + n);

  /** Reflector of row r into `out` (scaled so that its largest entry is O(1)); returns h, or 0 if none. */
  const reflect = (r: number, out: number): number => {
    const row = rowAt(r);
    let scale = 0;
    for (let k = 0; k < r; k++) scale = Math.max(scale, Math.abs(a[row + k] as number));
    if (r === 1 || scale === 0) {
      offDiagonal[r] = a[row] as number;
      a.fill(0, out, out + r);
      if (reflectors) reflectors[r] = 0;
      return 0;
    }
    const inverse = 1 / scale;
    let norm2 = 0;
    for (let k = 0; k < r; k++) {
      const x = (a[row + k] as number) * inverse;
      a[out + k] = x;
      norm2 += x * x;
    }
    const last = a[out + r - 1] as number;
    const alpha = last >= 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
    a[out + r - 1] = last - alpha;
    offDiagonal[r] = alpha * scale;
    const h = norm2 - last * alpha;
    if (reflectors) {
      reflectors[r] = h;
      a.copyWithin(row, out, out + r);
    }
    return h;
  };

  /** Rows 0..l−1: A[j][k] −= q[j]v[k] + v[j]q[k], and out = A·w with the updated entries. */
  const fused = (l: number, v: number, q: number, w: number, out: number) => {
    a.fill(0, out, out + l);
    let start = 0;
    if (l % 2 === 1) {
      // row 0 alone (one entry), so that the kernel gets whole pairs of rows
      const v0 = a[v] as number;
      const q0 = a[q] as number;
      const x = (a[0] as number) - q0 * v0 - v0 * q0;
      a[0] = x;
      a[out] = x * (a[w] as number);
      start = 1;
    }
    kernels.fusedRank2(rowAt(start), v, q, w, out, start, l);
  };

  let i = n - 1;
  diagonal[i] = a[rowAt(i) + i] as number;
  if (n === 1) return { diagonal, offDiagonal };
  let h = reflect(i, vAt);
  if (h !== 0) fused(i, zeroAt, zeroAt, vAt, pAt); // the first p = A·v: a pass with a zero update
  for (; i >= 1; i--) {
    const l = i - 1;
    if (h !== 0) {
      let vp = 0;
      for (let k = 0; k < i; k++) vp += (a[vAt + k] as number) * (a[pAt + k] as number);
      const half = vp / (2 * h * h);
      for (let k = 0; k < i; k++) a[pAt + k] = (a[pAt + k] as number) / h - half * (a[vAt + k] as number);
      // p now holds q; update row l (the next reflector's source) ahead of the others
      const row = rowAt(l);
      const ql = a[pAt + l] as number;
      const vl = a[vAt + l] as number;
      for (let k = 0; k <= l; k++)
        a[row + k] = (a[row + k] as number) - ql * (a[vAt + k] as number) - vl * (a[pAt + k] as number);
    }
    diagonal[l] = a[rowAt(l) + l] as number;
    if (l === 0) break;
    const next = reflect(l, wAt);
    if (h !== 0 || next !== 0) fused(l, h !== 0 ? vAt : zeroAt, h !== 0 ? pAt : zeroAt, wAt, nextAt);
    [vAt, wAt] = [wAt, vAt];
    [pAt, nextAt] = [nextAt, pAt];
    h = next;
  }
  return { diagonal, offDiagonal };
}
