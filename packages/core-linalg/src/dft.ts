import FFT from "fft.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

/**
 * The forward discrete Fourier transform of one length n, X_k = Σⱼ xⱼ e^(−2πi·jk/n), unnormalised, on
 * interleaved complex arrays (re₀, im₀, re₁, im₁, …) of length 2n; `out` and `input` must differ.
 */
export interface Dft {
  readonly size: number;
  /** Writes the transform of `input` (interleaved re, im) into `out`. */
  transform(out: Float64Array, input: Float64Array): void;
}

/**
 * A DFT of any length n ≥ 1: fft.js's radix-4 FFT when n is a power of two, otherwise Bluestein's
 * chirp-z algorithm (Bluestein 1970; Rabiner, Schafer & Rader 1969) on fft.js transforms of the next power
 * of two m ≥ 2n − 1, using jk = (j² + k² − (k − j)²)/2:
 *
 *   X_k = w_k · Σⱼ (xⱼ w_j) · conj(w_(k−j)),   w_j = e^(−πi·j²/n),
 *
 * a circular convolution of length m (fft.js only takes powers of two). The chirp's phase is reduced as
 * j² mod 2n, so it stays exact for any n.
 */
export function createDft(n: number): Dft {
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("n", n, "expected a positive integer");
  if (n === 1) return { size: 1, transform: (out, input) => out.set(input.subarray(0, 2)) };
  if ((n & (n - 1)) === 0) {
    const fft = new FFT(n);
    return { size: n, transform: (out, input) => fft.transform(out, input) };
  }
  return bluestein(n);
}

function bluestein(n: number): Dft {
  let m = 2;
  while (m < 2 * n - 1) m *= 2;
  const fft = new FFT(m);
  const chirp = new Float64Array(2 * n); // w_j = e^(−πi·j²/n)
  for (let j = 0; j < n; j++) {
    const angle = (Math.PI * ((j * j) % (2 * n))) / n;
    chirp[2 * j] = Math.cos(angle);
    chirp[2 * j + 1] = -Math.sin(angle);
  }
  // FFT of b, b_j = conj(w_j) at j and at m − j (a circular, even sequence)
  const b = new Float64Array(2 * m);
  for (let j = 0; j < n; j++) {
    b[2 * j] = chirp[2 * j] as number;
    b[2 * j + 1] = -(chirp[2 * j + 1] as number);
    if (j > 0) {
      b[2 * (m - j)] = chirp[2 * j] as number;
      b[2 * (m - j) + 1] = -(chirp[2 * j + 1] as number);
    }
  }
  const kernel = new Float64Array(2 * m);
  fft.transform(kernel, b);
  const a = new Float64Array(2 * m);
  const spectrum = new Float64Array(2 * m);
  return {
    size: n,
    transform(out, input) {
      a.fill(0);
      multiplyComplex(a, input, chirp, n); // x·w
      fft.transform(spectrum, a);
      multiplyComplex(spectrum, spectrum, kernel, m); // convolution with the chirp kernel
      fft.inverseTransform(a, spectrum);
      multiplyComplex(out, a, chirp, n); // ·w again
    },
  };
}

/**
 * The 2-D DFT of a real height × width plane: rows, then columns. `transform(out, plane, at, stride)`
 * reads the plane's pixel (y, x) at `plane[at + (y·width + x)·stride]` (so one channel of an interleaved
 * image) and writes X_(ky,kx) interleaved at `out[2·(ky·width + kx)]`.
 */
export interface Dft2d {
  /** Writes the 2-D transform of the real plane starting at `at` (row stride `stride`) into `out`. */
  transform(out: Float64Array, plane: ArrayLike<number>, at: number, stride: number): void;
  /**
   * Writes the 2-D transform of the complex plane a + i·b into `out`, a and b two real planes of `plane`
   * starting at `re` and `im` (same stride): two real transforms for the price of one, separated by
   * A(k) = (Z(k) + conj Z(−k))/2, B(k) = (Z(k) − conj Z(−k))/(2i).
   */
  transformComplex(out: Float64Array, plane: ArrayLike<number>, re: number, im: number, stride: number): void;
}

/** A 2-D discrete Fourier transform of height × width real planes (row then column transforms). */
export function createDft2d(height: number, width: number): Dft2d {
  const rows = createDft(width);
  const columns = createDft(height);
  const line = new Float64Array(2 * Math.max(height, width));
  const result = new Float64Array(2 * Math.max(height, width));
  const transformColumns = (out: Float64Array) => {
    for (let x = 0; x < width; x++) {
      for (let y = 0; y < height; y++) {
        line[2 * y] = out[2 * (y * width + x)] as number;
        line[2 * y + 1] = out[2 * (y * width + x) + 1] as number;
      }
      columns.transform(result, line);
      for (let y = 0; y < height; y++) {
        out[2 * (y * width + x)] = result[2 * y] as number;
        out[2 * (y * width + x) + 1] = result[2 * y + 1] as number;
      }
    }
  };
  return {
    transformComplex(out, plane, re, im, stride) {
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          line[2 * x] = plane[re + (y * width + x) * stride] as number;
          line[2 * x + 1] = plane[im + (y * width + x) * stride] as number;
        }
        rows.transform(result, line);
        out.set(result.subarray(0, 2 * width), 2 * y * width);
      }
      transformColumns(out);
    },
    transform(out, plane, at, stride) {
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          line[2 * x] = plane[at + (y * width + x) * stride] as number;
          line[2 * x + 1] = 0;
        }
        rows.transform(result, line);
        out.set(result.subarray(0, 2 * width), 2 * y * width);
      }
      for (let x = 0; x < width; x++) {
        for (let y = 0; y < height; y++) {
          line[2 * y] = out[2 * (y * width + x)] as number;
          line[2 * y + 1] = out[2 * (y * width + x) + 1] as number;
        }
        columns.transform(result, line);
        for (let y = 0; y < height; y++) {
          out[2 * (y * width + x)] = result[2 * y] as number;
          out[2 * (y * width + x) + 1] = result[2 * y + 1] as number;
        }
      }
    },
  };
}

/**
 * out[k] = a[k]·b[k] for the first `count` complex numbers of interleaved (re, im) arrays. `out` may be
 * `a` or `b`: each element is read before it is written.
 */
function multiplyComplex(out: Float64Array, a: ArrayLike<number>, b: ArrayLike<number>, count: number): void {
  for (let k = 0; k < count; k++) {
    const ar = a[2 * k] as number;
    const ai = a[2 * k + 1] as number;
    const br = b[2 * k] as number;
    const bi = b[2 * k + 1] as number;
    out[2 * k] = ar * br - ai * bi;
    out[2 * k + 1] = ar * bi + ai * br;
  }
}
