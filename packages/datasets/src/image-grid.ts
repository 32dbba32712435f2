import { createRequire } from "node:module";
import { type ImageShape, InvalidArgumentError } from "@klsched/core-linalg";
import type * as PngJs from "pngjs";

/** One row of a grid: a label (not drawn; for the caller's caption) and its images, n × (h·w·c) in [−1, 1]. */
export interface GridRow {
  readonly images: Float64Array;
  readonly count: number;
}

/**
 * An 8-bit PNG (pngjs) of images laid out in rows, one row per entry of `rows`, `gap` pixels of mid grey
 * between images: each pixel x ∈ [−1, 1] becomes round(255·(x + 1)/2), clipped to 0 … 255 (the inverse of
 * the readers' scaling). Grey images stay grey; RGB stay RGB.
 *
 * @throws InvalidArgumentError when a row holds fewer values than its count of images, or there are no rows.
 * @example
 * ```ts
 * import { encodeImageGrid } from "@klsched/datasets";
 * const png = encodeImageGrid([{ images: Float64Array.of(-1, 1, 1, -1), count: 1 }], { height: 2, width: 2, channels: 1 });
 * String.fromCharCode(...png.subarray(1, 4)); // "PNG"
 * ```
 */
export function encodeImageGrid(rows: readonly GridRow[], shape: ImageShape, gap = 2): Uint8Array {
  const { height: h, width: w, channels: c } = shape;
  if (rows.length === 0) throw new InvalidArgumentError("rows", "[]", "a grid needs at least one row");
  const columns = Math.max(...rows.map((r) => r.count));
  const size = h * w * c;
  rows.forEach((row, k) => {
    if (row.images.length < row.count * size)
      throw new InvalidArgumentError(`rows[${k}]`, `${row.images.length} values`, `expected ${row.count} images of ${size}`);
  });
  const width = columns * w + (columns + 1) * gap;
  const height = rows.length * h + (rows.length + 1) * gap;
  const colorType = c === 1 ? 0 : 2;
  const png = new (createRequire(import.meta.url)("pngjs") as typeof PngJs).PNG({ width, height, colorType });
  const data = Buffer.alloc(width * height * 4, 128);
  for (let at = 3; at < data.length; at += 4) data[at] = 255;
  rows.forEach((row, r) => {
    for (let m = 0; m < row.count; m++) {
      const left = gap + m * (w + gap);
      const top = gap + r * (h + gap);
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const at = 4 * ((top + y) * width + left + x);
          for (let ch = 0; ch < 3; ch++) {
            const v = row.images[m * size + (y * w + x) * c + (c === 1 ? 0 : ch)] as number;
            data[at + ch] = Math.min(255, Math.max(0, Math.round((255 * (v + 1)) / 2)));
          }
          data[at + 3] = 255;
        }
    }
  });
  png.data = data;
  const encoded = (createRequire(import.meta.url)("pngjs") as typeof PngJs).PNG.sync.write(png, {
    colorType,
    inputColorType: 6,
    inputHasAlpha: true,
    bitDepth: 8,
  });
  return new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.byteLength);
}
