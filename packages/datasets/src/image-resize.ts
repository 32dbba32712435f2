import type { ImageShape } from "@klsched/core-linalg";

/** Height and width after scaling the shorter side to `size`, the longer one by the same factor (truncated). */
export function shorterSideShape(height: number, width: number, size: number): { height: number; width: number } {
  if (width <= height) return { height: Math.floor((size * height) / width), width: size };
  return { height: size, width: Math.floor((size * width) / height) };
}

/**
 * Resizes an image so that its shorter side is `size`, then crops the centre `size` × `size`, as the
 * diffusers and guided-diffusion training scripts do (torchvision `Resize(size)` + `CenterCrop(size)`,
 * including their rounding of the output size and of the crop offset). Resampling is PIL's antialiased
 * bilinear filter (`Image.resize(…, BILINEAR)`, which torchvision calls on PIL images): a triangle kernel
 * widened by the scale factor when shrinking, so downscaling averages every source pixel instead of
 * aliasing, and plain bilinear interpolation when enlarging. Computed in float64 in two separable passes
 * (PIL rounds to 8 bits between them; this does not). `pixels` is height × width × channels, row-major.
 */
export function resizeAndCenterCrop(pixels: Float64Array, shape: ImageShape, size: number): Float64Array {
  const { height, width, channels } = shape;
  const resized = shorterSideShape(height, width, size);
  const top = roundHalfEven((resized.height - size) / 2);
  const left = roundHalfEven((resized.width - size) / 2);
  const columns = bilinearWeights(width, resized.width, left, size);
  const rows = bilinearWeights(height, resized.height, top, size);
  // horizontal pass: height × size × channels
  const wide = new Float64Array(height * size * channels);
  for (let y = 0; y < height; y++) {
    resampleLine(pixels, y * width * channels, channels, wide, y * size * channels, channels, channels, columns);
  }
  // vertical pass, one column of the intermediate image at a time: size × size × channels
  const out = new Float64Array(size * size * channels);
  const stride = size * channels;
  for (let x = 0; x < size; x++) resampleLine(wide, x * channels, stride, out, x * channels, stride, channels, rows);
  return out;
}

/** For each of `count` outputs from `first` on: the first input it reads, how many, and their weights. */
interface Weights {
  readonly start: Int32Array;
  readonly taps: Int32Array;
  readonly span: number;
  readonly values: Float64Array;
}

/**
 * PIL's `precompute_coeffs` (libImaging/Resample.c) for the bilinear filter, for outputs
 * `first … first + count − 1` of a resize from `inSize` to `outSize` samples: output o is centred at
 * (o + ½)·scale in input coordinates and reads the inputs within `support` = max(scale, 1) of it,
 * weighted by the triangle 1 − |x| at (input centre − output centre)/max(scale, 1), normalised to sum 1.
 */
function bilinearWeights(inSize: number, outSize: number, first: number, count: number): Weights {
  const scale = inSize / outSize;
  const filterScale = Math.max(scale, 1);
  const support = filterScale;
  const span = Math.ceil(support) * 2 + 1;
  const start = new Int32Array(count);
  const taps = new Int32Array(count);
  const values = new Float64Array(count * span);
  for (let k = 0; k < count; k++) {
    const center = (first + k + 0.5) * scale;
    const lo = Math.max(Math.trunc(center - support + 0.5), 0);
    const hi = Math.min(Math.trunc(center + support + 0.5), inSize);
    let total = 0;
    for (let x = lo; x < hi; x++) {
      const w = Math.max(0, 1 - Math.abs((x - center + 0.5) / filterScale));
      values[k * span + x - lo] = w;
      total += w;
    }
    for (let x = lo; x < hi; x++) values[k * span + x - lo] = (values[k * span + x - lo] as number) / total;
    start[k] = lo;
    taps[k] = hi - lo;
  }
  return { start, taps, span, values };
}

/**
 * Resamples one line of an image: input samples at `inAt + i·inStep`, outputs at `outAt + k·outStep`,
 * each sample `channels` interleaved values.
 */
function resampleLine(
  input: Float64Array,
  inAt: number,
  inStep: number,
  output: Float64Array,
  outAt: number,
  outStep: number,
  channels: number,
  weights: Weights,
): void {
  const { start, taps, span, values } = weights;
  for (let k = 0; k < start.length; k++) {
    const from = inAt + (start[k] as number) * inStep;
    const count = taps[k] as number;
    for (let ch = 0; ch < channels; ch++) {
      let sum = 0;
      for (let t = 0; t < count; t++) sum += (values[k * span + t] as number) * (input[from + t * inStep + ch] as number);
      output[outAt + k * outStep + ch] = sum;
    }
  }
}

/** Python's `round`: to the nearest integer, ties to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
