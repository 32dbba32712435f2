/**
 * Small dense linear algebra for tests only (d ≤ 16): an independent route to the per-direction closed
 * form, which never forms a full matrix. Row-major Float64Arrays of d·d entries.
 */

/** A random orthogonal matrix: Gram–Schmidt on a standard normal matrix. */
export function randomOrthogonal(d: number, normal: () => number): Float64Array {
  const q = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    const v = Array.from({ length: d }, normal);
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let i = 0; i < d; i++) dot += (v[i] as number) * (q[i * d + k] as number);
      for (let i = 0; i < d; i++) v[i] = (v[i] as number) - dot * (q[i * d + k] as number);
    }
    const norm = Math.hypot(...v);
    for (let i = 0; i < d; i++) q[i * d + j] = (v[i] as number) / norm;
  }
  return q;
}

/** U·diag(values)·Uᵀ. */
export function fromEigen(u: Float64Array, values: ArrayLike<number>, d: number): Float64Array {
  const out = new Float64Array(d * d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += (u[i * d + k] as number) * (values[k] as number) * (u[j * d + k] as number);
      out[i * d + j] = s;
    }
  return out;
}

/** Lower Cholesky factor of a symmetric positive-definite matrix. */
export function cholesky(a: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    let diag = a[j * d + j] as number;
    for (let k = 0; k < j; k++) diag -= (l[j * d + k] as number) ** 2;
    const ljj = Math.sqrt(diag);
    l[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let s = a[i * d + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * d + k] as number) * (l[j * d + k] as number);
      l[i * d + j] = s / ljj;
    }
  }
  return l;
}

/** X solving A·X = B by Gaussian elimination with partial pivoting (A, B: d×d). */
export function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(m[r * d + c] as number) > Math.abs(m[p * d + c] as number)) p = r;
    for (let k = 0; k < d; k++) {
      [m[c * d + k], m[p * d + k]] = [m[p * d + k] as number, m[c * d + k] as number];
      [x[c * d + k], x[p * d + k]] = [x[p * d + k] as number, x[c * d + k] as number];
    }
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const f = (m[r * d + c] as number) / (m[c * d + c] as number);
      for (let k = 0; k < d; k++) {
        m[r * d + k] = (m[r * d + k] as number) - f * (m[c * d + k] as number);
        x[r * d + k] = (x[r * d + k] as number) - f * (x[c * d + k] as number);
      }
    }
  }
  for (let r = 0; r < d; r++) {
    const piv = m[r * d + r] as number;
    for (let k = 0; k < d; k++) x[r * d + k] = (x[r * d + k] as number) / piv;
  }
  return x;
}
