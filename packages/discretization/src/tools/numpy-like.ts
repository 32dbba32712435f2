/**
 * The few array routines of numpy and PyTorch whose exact arithmetic the reproduced schedules depend on.
 * Float32 results are modelled with `Math.fround` after every operation; transcendental functions in
 * float32 are taken as correctly rounded (float64 result rounded once), which PyTorch's SLEEF kernels and
 * numpy's SIMD loops match to within one float32 ulp (docs/guide/reproduced-schedules.md, "Arithmetic").
 */

/** Rounds to the nearest float32. */
export const f32 = Math.fround;

/**
 * `numpy.linspace(start, stop, num)` in float64 (numpy/core/function_base.py): y_i = i·step + start with
 * step = (stop − start)/(num − 1), and the last point set to `stop` exactly; num = 1 gives [start].
 */
export function numpyLinspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  if (num === 1) {
    out[0] = start;
    return out;
  }
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}

/**
 * `torch.linspace(start, end, steps, dtype=torch.float64)` on CPU (RangeFactoriesKernel.cpp): the first
 * half as start + step·i, the second as end − step·(steps − 1 − i).
 */
export function torchLinspaceFloat64(start: number, end: number, steps: number): Float64Array {
  const out = new Float64Array(steps);
  if (steps === 1) {
    out[0] = start;
    return out;
  }
  const step = (end - start) / (steps - 1);
  const halfway = Math.floor(steps / 2);
  for (let i = 0; i < steps; i++) out[i] = i < halfway ? start + step * i : end - step * (steps - 1 - i);
  return out;
}

/**
 * `numpy.interp(x, xp, fp)` for increasing `xp` (numpy/core/src/multiarray/compiled_base.c): the end values
 * outside [xp₀, xp_last], fp_j where x equals xp_j, else slope·(x − xp_j) + fp_j with
 * slope = (fp_{j+1} − fp_j)/(xp_{j+1} − xp_j).
 */
export function numpyInterp(x: number, xp: ArrayLike<number>, fp: ArrayLike<number>): number {
  const n = xp.length;
  const last = n - 1;
  if (Number.isNaN(x)) return Number.NaN;
  if (x >= (xp[last] as number)) return fp[last] as number;
  if (x <= (xp[0] as number)) return fp[0] as number;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xp[mid] as number) <= x) lo = mid;
    else hi = mid;
  }
  const x0 = xp[lo] as number;
  const y0 = fp[lo] as number;
  if (x === x0) return y0;
  const slope = ((fp[lo + 1] as number) - y0) / ((xp[lo + 1] as number) - x0);
  return slope * (x - x0) + y0;
}

/** numpy's `rint`/`round`: round half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * `numpy.arange(start, stop, step)` for float arguments (numpy/core/src/multiarray/ctors.c, `DOUBLE_fill`):
 * length ceil((stop − start)/step); the values start, start + step, then start + i·δ with
 * δ = (start + step) − start. The length can exceed the intended count by one when (stop − start)/step
 * rounds above an integer (diffusers' `trailing` spacing for N = 61, 103, …).
 */
export function numpyArange(start: number, stop: number, step: number): Float64Array {
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const out = new Float64Array(n);
  if (n === 0) return out;
  out[0] = start;
  if (n === 1) return out;
  out[1] = start + step;
  const delta = (out[1] as number) - start;
  for (let i = 2; i < n; i++) out[i] = start + i * delta;
  return out;
}
