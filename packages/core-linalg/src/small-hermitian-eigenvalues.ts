import { InvalidArgumentError } from "./invalid-argument-error.js";
import { qlIterate } from "./tridiagonal-ql.js";

/**
 * Eigenvalues of many small Hermitian matrices of one size n, in plain TypeScript over a workspace
 * allocated once: the stationary estimate solves one C × C cross-spectral matrix per spatial frequency
 * (16 384 of them at 128 × 128), where a WebAssembly instance per call cost ~0.8 ms each.
 *
 * Two stages, the textbook route of LAPACK's `zheevd` (unblocked):
 *
 * 1. Householder reduction to tridiagonal form, Golub & Van Loan, Matrix Computations, 4th ed., §8.3.1
 *    (complex form as in LAPACK `zhetd2`). For column k, x = A[k+1:, k], v = x + e^(iθ)‖x‖e₁ with
 *    θ = arg x₀, H = I − τvvᴴ, τ = 2/vᴴv = 1/(‖x‖(‖x‖ + |x₀|)), so Hx = −e^(iθ)‖x‖e₁; the trailing block
 *    becomes HAH = A − vwᴴ − wvᴴ with p = τAv, w = p − (τ·vᴴp/2)·v (Numerical Recipes' `tred2` update).
 *    The result is Hermitian tridiagonal with subdiagonal entries tₖ; a diagonal unitary similarity
 *    turns it into the real symmetric tridiagonal matrix with off-diagonals |tₖ| and the same eigenvalues.
 * 2. Implicit QL with Wilkinson shifts on that real tridiagonal matrix, GVL §8.3.4–8.3.5 as in EISPACK
 *    `tql1` (the same iteration as `tridiagonalQL`, here in place on the workspace).
 *
 * The matrix is first scaled by a power of two (exactly) so its largest entry is near 1: entries from
 * 1e-300 to 1e300 neither underflow in ‖x‖² nor overflow. A NaN entry gives NaN eigenvalues.
 */
export class SmallHermitianEigensolver {
  readonly size: number;
  /** The working copy, n × n interleaved complex, row-major. */
  private readonly a: Float64Array;
  private readonly v: Float64Array;
  private readonly p: Float64Array;
  private readonly d: Float64Array;
  private readonly e: Float64Array;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new InvalidArgumentError("size", size, "expected a positive integer");
    this.size = size;
    this.a = new Float64Array(2 * size * size);
    this.v = new Float64Array(2 * size);
    this.p = new Float64Array(2 * size);
    this.d = new Float64Array(size);
    this.e = new Float64Array(size);
  }

  /**
   * Writes the n eigenvalues of the Hermitian matrix `matrix` (n × n interleaved complex (re, im),
   * row-major, entry (i, j) at 2·(i·n + j) + `from`; only the lower triangle j ≤ i is read, the diagonal's
   * imaginary parts are ignored) to out[at … at + n), ascending.
   */
  eigenvalues(matrix: Float64Array, out: Float64Array, at = 0, from = 0): void {
    const n = this.size;
    const { a, d, e } = this;
    let largest = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        const q = from + 2 * (i * n + j);
        largest = Math.max(largest, Math.abs(matrix[q] as number), Math.abs(matrix[q + 1] as number));
      }
    }
    if (Number.isNaN(largest) || largest === Number.POSITIVE_INFINITY) {
      out.fill(Number.NaN, at, at + n);
      return;
    }
    if (largest === 0) {
      out.fill(0, at, at + n);
      return;
    }
    const scale = 2 ** Math.min(1000, Math.max(-1000, -Math.round(Math.log2(largest))));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) {
        const q = from + 2 * (i * n + j);
        const re = (matrix[q] as number) * scale;
        const im = (matrix[q + 1] as number) * scale;
        a[2 * (i * n + j)] = re;
        a[2 * (i * n + j) + 1] = im;
        a[2 * (j * n + i)] = re;
        a[2 * (j * n + i) + 1] = -im;
      }
      a[2 * (i * n + i)] = (matrix[from + 2 * (i * n + i)] as number) * scale;
      a[2 * (i * n + i) + 1] = 0;
    }
    for (let k = 0; k + 2 < n; k++) e[k] = this.reflect(k);
    if (n >= 2) e[n - 2] = Math.hypot(a[2 * ((n - 1) * n + n - 2)] as number, a[2 * ((n - 1) * n + n - 2) + 1] as number);
    e[n - 1] = 0;
    for (let i = 0; i < n; i++) d[i] = a[2 * (i * n + i)] as number;
    qlIterate(d, e, n, undefined, "small Hermitian QL");
    // insertion sort, ascending (n is small)
    for (let i = 1; i < n; i++) {
      const x = d[i] as number;
      let j = i - 1;
      while (j >= 0 && (d[j] as number) > x) {
        d[j + 1] = d[j] as number;
        j--;
      }
      d[j + 1] = x;
    }
    for (let i = 0; i < n; i++) out[at + i] = (d[i] as number) / scale;
  }

  /**
   * Applies the Householder reflection that zeroes A[k+2:, k] to the trailing block A[k+1:, k+1:];
   * returns ‖A[k+1:, k]‖, the new (real) subdiagonal entry's modulus.
   */
  private reflect(k: number): number {
    const n = this.size;
    const { a, v, p } = this;
    const start = k + 1;
    const m = n - start;
    let norm2 = 0;
    for (let i = 0; i < m; i++) {
      const re = a[2 * ((start + i) * n + k)] as number;
      const im = a[2 * ((start + i) * n + k) + 1] as number;
      v[2 * i] = re;
      v[2 * i + 1] = im;
      norm2 += re * re + im * im;
    }
    const norm = Math.sqrt(norm2);
    const r0 = Math.hypot(v[0] as number, v[1] as number);
    if (norm === 0 || norm === r0) return norm; // x is already a multiple of e₁
    const cos = r0 === 0 ? 1 : (v[0] as number) / r0;
    const sin = r0 === 0 ? 0 : (v[1] as number) / r0;
    v[0] = (v[0] as number) + cos * norm;
    v[1] = (v[1] as number) + sin * norm;
    const tau = 1 / (norm * (norm + r0));
    // p = τ·A22·v, and vᴴp (real for Hermitian A22)
    let vp = 0;
    for (let i = 0; i < m; i++) {
      let sr = 0;
      let si = 0;
      const row = 2 * ((start + i) * n + start);
      for (let j = 0; j < m; j++) {
        const ar = a[row + 2 * j] as number;
        const ai = a[row + 2 * j + 1] as number;
        const vr = v[2 * j] as number;
        const vi = v[2 * j + 1] as number;
        sr += ar * vr - ai * vi;
        si += ar * vi + ai * vr;
      }
      p[2 * i] = tau * sr;
      p[2 * i + 1] = tau * si;
      vp += (v[2 * i] as number) * tau * sr + (v[2 * i + 1] as number) * tau * si;
    }
    const half = (tau * vp) / 2;
    for (let i = 0; i < m; i++) {
      p[2 * i] = (p[2 * i] as number) - half * (v[2 * i] as number); // p becomes w
      p[2 * i + 1] = (p[2 * i + 1] as number) - half * (v[2 * i + 1] as number);
    }
    // A22 ← A22 − v·wᴴ − w·vᴴ
    for (let i = 0; i < m; i++) {
      const vr = v[2 * i] as number;
      const vi = v[2 * i + 1] as number;
      const wr = p[2 * i] as number;
      const wi = p[2 * i + 1] as number;
      const row = 2 * ((start + i) * n + start);
      for (let j = 0; j < m; j++) {
        const xr = v[2 * j] as number;
        const xi = v[2 * j + 1] as number;
        const yr = p[2 * j] as number;
        const yi = p[2 * j + 1] as number;
        // v_i·conj(w_j) + w_i·conj(v_j)
        a[row + 2 * j] = (a[row + 2 * j] as number) - (vr * yr + vi * yi + wr * xr + wi * xi);
        a[row + 2 * j + 1] = (a[row + 2 * j + 1] as number) - (vi * yr - vr * yi + wi * xr - wr * xi);
      }
    }
    return norm;
  }
}
