import { type AccumulateOptions, type DataMatrix, DEFAULT_BATCH_ROWS, type ImageShape } from "./data-matrix.js";
import { createDft2d, type Dft2d } from "./dft.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { checkLimit } from "./limit-exceeded-error.js";
import { SmallHermitianEigensolver } from "./small-hermitian-eigenvalues.js";
import { sortDescending } from "./sort-descending.js";

/** The most complex values the C × C cross-spectral matrices of all H·W frequencies may hold (1 GiB). */
const MAX_CROSS_SPECTRAL_VALUES = 2 ** 26;
/** At most this many images are transformed at once… */
const MAX_GROUP = 16;
/** …and their transforms hold at most this many float64 values (32 MiB). */
const GROUP_VALUES = 1 << 22;

/**
 * The stationary estimate of an image covariance's eigenvalues, accumulated image by image. A covariance
 * that is shift-invariant with periodic boundaries, Cov(x_p, x_q) = c(p − q mod (H, W)), is block-
 * circulant, and the 2-D DFT diagonalises it: its eigenvalues are the power spectrum. With C channels each
 * frequency k carries the C × C Hermitian cross-spectral matrix
 *
 *   S_k = Σᵢ X̂ᵢ(k) X̂ᵢ(k)ᴴ / (H·W·(n − 1)),   X̂ᵢ = DFT₂(xᵢ − x̄) per channel,
 *
 * whose C eigenvalues are that frequency's (one value, the average |X̂|², for grey images); the H·W·C
 * eigenvalues of the covariance are those of all H·W matrices S_k. The data are real, so
 * S_(−k) = conj(S_k) has the same eigenvalues: only one frequency of each pair {k, −k} is accumulated
 * and solved, its eigenvalues counted twice (k = −k, where S_k is real, once), and of each S_k only the
 * lower triangle c' ≤ c. By Parseval the H·W·C eigenvalues sum exactly to the total variance
 * Σ_p var(x_p) of the exact covariance, so only their distribution over directions is an
 * approximation. It needs O(n·C²·HW + n·C·HW·log HW) time and O(HW·C²) memory instead of the exact
 * covariance's O(n·(HWC)²) and (HWC)²; the eigenvalue step is HW/2 small Hermitian problems
 * (`SmallHermitianEigensolver`, one workspace for all).
 *
 * Rows are HWC (channels last, decoded images) unless `shape.layout` is `"chw"` (channels first, a
 * latent tensor n × C × H × W as numpy stores it).
 *
 * Centring: the sums of X̂ and X̂X̂ᴴ are taken of the images minus the first image, so the one-pass
 * formula Σ X̂X̂ᴴ − n·mean·meanᴴ cancels only the spread of the data, not its offset from zero.
 *
 * @example
 * ```ts
 * import { PowerSpectrumAccumulator } from "@klsched/core-linalg";
 * const acc = new PowerSpectrumAccumulator({ height: 1, width: 2, channels: 1 });
 * acc.add(Float64Array.of(1, 0, 0, 1)); // two 1 × 2 grey images
 * acc.eigenvalues(); // Float64Array [1, 0]
 * ```
 * @throws InvalidArgumentError from the constructor unless height, width and channels are positive
 * integers and the layout is "hwc" or "chw".
 * @throws LimitExceededError from the constructor when H·W·C² exceeds 2²⁶ (the cross-spectral matrices'
 * 1 GiB: 64 channels at 128 × 128).
 */
export class PowerSpectrumAccumulator {
  readonly shape: ImageShape;
  private readonly pixels: number;
  private readonly dft: Dft2d;
  private readonly reference: Float64Array;
  /** The frequency k of each pair {k, −k} that is accumulated (the smaller index), ascending. */
  private readonly representatives: Int32Array;
  /** −k of each representative k. */
  private readonly conjugates: Int32Array;
  /** One complex transform of two channels. */
  private readonly pair: Float64Array;
  /** Σ X̂(k, c), interleaved complex, index (k·C + c). */
  private readonly sums: Float64Array;
  /**
   * Σ X̂(k, c) conj(X̂(k, c')), interleaved complex, index (k·C + c)·C + c', filled only for
   * representative k and c' ≤ c (the rest stays 0: it is the conjugate of what is kept).
   */
  private readonly products: Float64Array;
  /** Images transformed before their terms are added (see `accumulate`). */
  private readonly group: number;
  /** The 2-D DFTs of `group` images, image-major, then channel, then frequency (interleaved complex). */
  private readonly planes: Float64Array;
  private readonly shifted: Float64Array;
  /** One frequency's C values, gathered from the planes. */
  private readonly gathered: Float64Array;
  private rows = 0;

  constructor(shape: ImageShape) {
    for (const key of ["height", "width", "channels"] as const) {
      const value = shape[key];
      if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(key, value, "expected a positive integer");
    }
    if (shape.layout !== undefined && shape.layout !== "hwc" && shape.layout !== "chw") {
      throw new InvalidArgumentError("layout", shape.layout, 'expected "hwc" or "chw"');
    }
    this.shape = shape;
    const { height, width, channels } = shape;
    checkLimit(
      "channels",
      channels,
      Math.floor(Math.sqrt(MAX_CROSS_SPECTRAL_VALUES / (height * width))),
      `the cross-spectral matrices hold H·W·C² complex values (at most ${MAX_CROSS_SPECTRAL_VALUES / 2 ** 26} GiB)`,
    );
    this.pixels = height * width;
    this.dft = createDft2d(height, width);
    this.representatives = conjugateRepresentatives(height, width);
    this.conjugates = this.representatives.map((k) => conjugateFrequency(k, height, width));
    this.pair = new Float64Array(channels > 1 ? 2 * this.pixels : 0);
    this.reference = new Float64Array(this.pixels * channels);
    this.sums = new Float64Array(2 * this.pixels * channels);
    this.products = new Float64Array(2 * this.pixels * channels * channels);
    this.group = Math.max(1, Math.min(MAX_GROUP, Math.floor(GROUP_VALUES / (2 * this.pixels * channels))));
    this.planes = new Float64Array(2 * this.pixels * channels * this.group);
    this.shifted = new Float64Array(this.pixels * channels);
    this.gathered = new Float64Array(2 * channels);
  }

  /** Images added so far. */
  get count(): number {
    return this.rows;
  }

  /**
   * Adds rows of height × width × channels values (in the shape's layout, row-major); a batch with a
   * non-finite value is refused whole.
   *
   * @example
   * ```ts
   * import { PowerSpectrumAccumulator } from "@klsched/core-linalg";
   * const acc = new PowerSpectrumAccumulator({ height: 2, width: 2, channels: 1 });
   * acc.add(Float64Array.of(1, 0, 0, 0, 0, 1, 0, 0)).add(Float64Array.of(0, 0, 1, 1)).count; // 3
   * ```
   * @throws InvalidArgumentError when the batch is not whole images or holds a non-finite value.
   */
  add(batch: Float64Array | Float32Array): this {
    const d = this.reference.length;
    if (batch.length % d !== 0) {
      throw new InvalidArgumentError("batch", `${batch.length} values`, `not a whole number of images of ${d} values`);
    }
    for (let i = 0; i < batch.length; i++) {
      const x = batch[i] as number;
      if (!Number.isFinite(x)) throw new InvalidArgumentError(`batch[${Math.floor(i / d)}][${i % d}]`, x, "not a finite number");
    }
    for (let start = 0; start < batch.length; ) {
      const group = Math.min(this.group, (batch.length - start) / d);
      for (let g = 0; g < group; g++, start += d) {
        if (this.rows === 0) this.reference.set(batch.subarray(start, start + d));
        for (let i = 0; i < d; i++) this.shifted[i] = (batch[start + i] as number) - (this.reference[i] as number);
        this.transformImage(g);
        this.rows++;
      }
      this.accumulate(group);
    }
    return this;
  }

  /**
   * planes[g] ← the 2-D DFT of each channel of `shifted`, at the representative frequencies. Channels go
   * in pairs through one complex transform Z = DFT₂(a + i·b), separated as A(k) = (Z(k) + conj Z(−k))/2,
   * B(k) = (Z(k) − conj Z(−k))/(2i) (both real planes for the price of one); an odd last channel alone.
   */
  private transformImage(g: number): void {
    const { channels: C } = this.shape;
    const P = this.pixels;
    const chw = this.shape.layout === "chw";
    const { planes, pair, representatives, conjugates } = this;
    const at = 2 * g * C * P;
    const offset = (c: number) => (chw ? c * P : c);
    const stride = chw ? 1 : C;
    for (let c = 0; c + 1 < C; c += 2) {
      this.dft.transformComplex(pair, this.shifted, offset(c), offset(c + 1), stride);
      const a = at + 2 * c * P;
      const b = a + 2 * P;
      for (let r = 0; r < representatives.length; r++) {
        const k = representatives[r] as number;
        const m = conjugates[r] as number;
        const zr = pair[2 * k] as number;
        const zi = pair[2 * k + 1] as number;
        const wr = pair[2 * m] as number;
        const wi = pair[2 * m + 1] as number;
        planes[a + 2 * k] = (zr + wr) / 2;
        planes[a + 2 * k + 1] = (zi - wi) / 2;
        planes[b + 2 * k] = (zi + wi) / 2;
        planes[b + 2 * k + 1] = (wr - zr) / 2;
      }
    }
    if (C % 2 === 1) {
      const plane = planes.subarray(at + 2 * (C - 1) * P, at + 2 * C * P);
      this.dft.transform(plane, this.shifted, offset(C - 1), stride);
    }
  }

  /**
   * Adds the transforms of the first `group` images in `planes` to the sums, frequency by frequency, so
   * that each C × C block of `products` is loaded once per group rather than once per image (for
   * 16 × 128 × 128 latents the products are 64 MiB: streaming them per image is what bounds the speed).
   * Every entry still receives the images' terms one by one, in order, so the result does not depend on
   * how the images were batched.
   */
  private accumulate(group: number): void {
    const { channels: C } = this.shape;
    const P = this.pixels;
    const { planes, sums, products, gathered, representatives } = this;
    for (let r = 0; r < representatives.length; r++) {
      const k = representatives[r] as number;
      for (let g = 0; g < group; g++) {
        const at = 2 * g * C * P;
        for (let c = 0; c < C; c++) {
          const ar = planes[at + 2 * (c * P + k)] as number;
          const ai = planes[at + 2 * (c * P + k) + 1] as number;
          gathered[2 * c] = ar;
          gathered[2 * c + 1] = ai;
          const s = 2 * (k * C + c);
          sums[s] = (sums[s] as number) + ar;
          sums[s + 1] = (sums[s + 1] as number) + ai;
        }
        for (let c = 0; c < C; c++) {
          const ar = gathered[2 * c] as number;
          const ai = gathered[2 * c + 1] as number;
          const row = 2 * (k * C + c) * C;
          for (let e = 0; e <= c; e++) {
            const br = gathered[2 * e] as number;
            const bi = gathered[2 * e + 1] as number;
            const p = row + 2 * e;
            products[p] = (products[p] as number) + ar * br + ai * bi; // a·conj(b)
            products[p + 1] = (products[p + 1] as number) + ai * br - ar * bi;
          }
        }
      }
    }
  }

  /**
   * The H·W·C eigenvalues, descending (unclipped: rounding may leave a zero one at −1e-17): for C > 1
   * those of each Hermitian S_k, found by `SmallHermitianEigensolver` for one k of each pair {k, −k}.
   *
   * @example
   * ```ts
   * import { PowerSpectrumAccumulator } from "@klsched/core-linalg";
   * const acc = new PowerSpectrumAccumulator({ height: 2, width: 2, channels: 1 });
   * acc.add(Float64Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1));
   * acc.eigenvalues(); // Float64Array [0.75, 0.25, 0.25, 0.08333…]
   * ```
   * @throws InvalidArgumentError with fewer than 2 images.
   */
  eigenvalues(): Float64Array {
    const n = this.rows;
    if (n < 2) throw new InvalidArgumentError("rows", n, "the covariance needs at least 2 rows");
    const C = this.shape.channels;
    const { height: H, width: W } = this.shape;
    const scale = 1 / (this.pixels * (n - 1));
    const out = new Float64Array(this.pixels * C);
    const cross = new Float64Array(2 * C * C);
    const solver = new SmallHermitianEigensolver(C);
    const { sums, products, representatives } = this;
    let written = 0;
    for (let r = 0; r < representatives.length; r++) {
      const k = representatives[r] as number;
      for (let c = 0; c < C; c++) {
        const ar = sums[2 * (k * C + c)] as number;
        const ai = sums[2 * (k * C + c) + 1] as number;
        for (let e = 0; e <= c; e++) {
          const br = sums[2 * (k * C + e)] as number;
          const bi = sums[2 * (k * C + e) + 1] as number;
          const p = 2 * ((k * C + c) * C + e);
          cross[2 * (c * C + e)] = ((products[p] as number) - (ar * br + ai * bi) / n) * scale;
          cross[2 * (c * C + e) + 1] = ((products[p + 1] as number) - (ai * br - ar * bi) / n) * scale;
        }
      }
      if (C === 1) out[written] = cross[0] as number;
      else solver.eigenvalues(cross, out, written);
      written += C;
      if (conjugateFrequency(k, H, W) !== k) {
        out.copyWithin(written, written - C, written);
        written += C;
      }
    }
    return sortDescending(out);
  }
}

/** The index of −k for the frequency k = ky·W + kx of an H × W DFT: ((H − ky) mod H)·W + (W − kx) mod W. */
function conjugateFrequency(k: number, height: number, width: number): number {
  const ky = Math.floor(k / width);
  const kx = k - ky * width;
  return ((height - ky) % height) * width + ((width - kx) % width);
}

/** The frequencies k ≤ −k of an H × W DFT: one of each conjugate pair, and every self-conjugate one. */
function conjugateRepresentatives(height: number, width: number): Int32Array {
  const out: number[] = [];
  for (let k = 0; k < height * width; k++) if (k <= conjugateFrequency(k, height, width)) out.push(k);
  return Int32Array.from(out);
}

/**
 * Streams the images of `data` through a {@link PowerSpectrumAccumulator}, reporting images read after every batch.
 *
 * @example
 * ```ts
 * import { accumulatePowerSpectrum, type DataMatrix } from "@klsched/core-linalg";
 * const data: DataMatrix = {
 *   label: "two 1 × 2 images", rows: 2, dimension: 2, quantizationStep: 0,
 *   image: { height: 1, width: 2, channels: 1 },
 *   batches: () => [Float64Array.of(1, 0, 0, 1)],
 * };
 * accumulatePowerSpectrum(data).eigenvalues(); // Float64Array [1, 0]
 * ```
 * @throws InvalidArgumentError when `data` has no image shape, or a batch the accumulator refuses.
 */
export function accumulatePowerSpectrum(data: DataMatrix, options: AccumulateOptions = {}): PowerSpectrumAccumulator {
  const { onProgress, batchRows = DEFAULT_BATCH_ROWS } = options;
  if (data.image === undefined) {
    throw new InvalidArgumentError(
      data.label,
      `d=${data.dimension}`,
      "the stationary estimate needs images (rows without an image shape)",
    );
  }
  const accumulator = new PowerSpectrumAccumulator(data.image);
  onProgress?.(0, data.rows);
  for (const batch of data.batches(batchRows)) {
    accumulator.add(batch);
    onProgress?.(accumulator.count, data.rows);
  }
  return accumulator;
}
