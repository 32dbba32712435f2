/**
 * Minimum of a function of one variable on [a, b]: a scan of `samples` equally spaced points to find
 * the best bracket (so a multimodal f does not trap it in the first dip), then Brent's method
 * (Brent 1973, ch. 5: golden section with parabolic steps) inside it.
 */
export function minimizeScalar(
  f: (x: number) => number,
  a: number,
  b: number,
  samples = 33,
  tolerance = 1e-10,
): { x: number; value: number } {
  let bestIndex = 0;
  let bestValue = Number.POSITIVE_INFINITY;
  const grid = Array.from({ length: samples }, (_, k) => a + ((b - a) * k) / (samples - 1));
  grid.forEach((x, k) => {
    const v = f(x);
    if (v < bestValue) {
      bestValue = v;
      bestIndex = k;
    }
  });
  const lo = grid[Math.max(0, bestIndex - 1)] as number;
  const hi = grid[Math.min(samples - 1, bestIndex + 1)] as number;
  const refined = brent(f, lo, hi, grid[bestIndex] as number, bestValue, tolerance);
  return refined.value <= bestValue ? refined : { x: grid[bestIndex] as number, value: bestValue };
}

/** Brent's minimisation in [a, b] started at x with f(x) = fx. */
function brent(
  f: (x: number) => number,
  a: number,
  b: number,
  x: number,
  fx: number,
  tolerance: number,
): { x: number; value: number } {
  const golden = 0.381966011250105;
  let lo = a;
  let hi = b;
  let w = x;
  let v = x;
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    const tol1 = tolerance * Math.abs(x) + 1e-14;
    const tol2 = 2 * tol1;
    if (Math.abs(x - mid) <= tol2 - 0.5 * (hi - lo)) break;
    let useGolden = true;
    if (Math.abs(e) > tol1) {
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      q = Math.abs(q);
      const eOld = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * eOld) && p > q * (lo - x) && p < q * (hi - x)) {
        d = p / q;
        const u = x + d;
        if (u - lo < tol2 || hi - u < tol2) d = mid >= x ? tol1 : -tol1;
        useGolden = false;
      }
    }
    if (useGolden) {
      e = (x >= mid ? lo : hi) - x;
      d = golden * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
    const fu = f(u);
    if (fu <= fx) {
      if (u >= x) lo = x;
      else hi = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) lo = u;
      else hi = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, value: fx };
}
