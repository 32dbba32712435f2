import { InvalidArgumentError } from "@klsched/core-linalg";

/**
 * The type-I discrete cosine transform, y_k = ½x₀ + ½(−1)ᵏxₙ + Σ_{j=1}^{n−1} x_j cos(πjk/n), k = 0..n,
 * for n + 1 inputs with n a power of two. It is half the FFT of the even extension
 * (x₀, x₁, …, xₙ, xₙ₋₁, …, x₁) of length 2n, so it costs O(n log n) and its rounding error grows like
 * log n, not n. The transform is its own inverse up to the factor 2/n.
 */
export function dctI(x: Float64Array): Float64Array {
  const n = x.length - 1;
  if (!(n >= 1 && (n & (n - 1)) === 0)) {
    throw new InvalidArgumentError("length", x.length, "the DCT-I needs n + 1 values with n a power of two");
  }
  const size = 2 * n;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let j = 0; j <= n; j++) re[j] = x[j] as number;
  for (let j = 1; j < n; j++) re[size - j] = x[j] as number;
  fft(re, im);
  const y = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) y[k] = 0.5 * (re[k] as number);
  return y;
}

/**
 * In-place radix-2 decimation-in-time FFT, X_k = Σ_j x_j e^{−2πijk/L} (L a power of two). The twiddle
 * factors are taken from one table of cos and sin of 2πk/L, each computed directly (no recurrence).
 */
function fft(re: Float64Array, im: Float64Array): void {
  const size = re.length;
  for (let i = 1, j = 0; i < size; i++) {
    let bit = size >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const r = re[i] as number;
      re[i] = re[j] as number;
      re[j] = r;
      const m = im[i] as number;
      im[i] = im[j] as number;
      im[j] = m;
    }
  }
  const half = size >> 1;
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  for (let k = 0; k < half; k++) {
    const angle = (2 * Math.PI * k) / size;
    cos[k] = Math.cos(angle);
    sin[k] = Math.sin(angle);
  }
  for (let length = 2; length <= size; length <<= 1) {
    const span = length >> 1;
    const stride = size / length;
    for (let start = 0; start < size; start += length) {
      for (let k = 0; k < span; k++) {
        const wr = cos[k * stride] as number;
        const wi = -(sin[k * stride] as number);
        const a = start + k;
        const b = a + span;
        const br = re[b] as number;
        const bi = im[b] as number;
        const tr = wr * br - wi * bi;
        const ti = wr * bi + wi * br;
        re[b] = (re[a] as number) - tr;
        im[b] = (im[a] as number) - ti;
        re[a] = (re[a] as number) + tr;
        im[a] = (im[a] as number) + ti;
      }
    }
  }
}
