import { readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import {
  CorruptFileError,
  type DataMatrix,
  type ImageShape,
  InvalidArgumentError,
  LimitExceededError,
  type ProgressCallback,
} from "@klsched/core-linalg";
import { checkFiniteRows } from "./finite-rows.js";
import { decodeImage, isGrayContent, type RgbaImage } from "./image-decode.js";
import { type ImageHeader, readImageHeader } from "./image-header.js";
import { resizeAndCenterCrop } from "./image-resize.js";
import { PIXEL_STEP } from "./pixels.js";
import { readFilePrefix, readRegularFile } from "./regular-file.js";

/**
 * The default pixel budget: the most pixels (width × height) one image may declare, 2²⁴ = 16 777 216
 * (4096 × 4096). Checked from each file's header before anything is decoded: decoding takes about 40
 * bytes a pixel here (the decoder's buffers, RGBA, and the row of float64 levels), 0.7 GB at the budget.
 * Pillow warns at 89 Mpx and refuses at 179 Mpx; sharp refuses above 268 Mpx.
 */
export const DEFAULT_MAX_PIXELS = 2 ** 24;

/** How much of a file the header scan reads: a PNG's IHDR is in its first 33 bytes, a JPEG's frame after its APPn segments. */
const HEADER_SCAN_BYTES = 1 << 20;

/** The file extensions read as images (case-insensitive). */
export const IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg"] as const;

/** Options of {@link openImageFolder}. */
export interface ImageFolderOptions {
  /** Resize the shorter side to `size` and crop the centre `size` × `size`; without it all images must share one size. */
  readonly size?: number | undefined;
  /** Progress of the scan that reads every header (and decodes colour-typed files until one shows colour). */
  readonly onProgress?: ProgressCallback | undefined;
  /** The most pixels one image may declare (default {@link DEFAULT_MAX_PIXELS}); a larger one is refused before decoding. */
  readonly maxPixels?: number | undefined;
}

/** A folder of images as a data matrix, with the files it passed over. */
export interface ImageFolder extends DataMatrix {
  readonly image: ImageShape;
  /** The image files read, relative to the folder, in the order of the rows. */
  readonly files: readonly string[];
  /** Files with an image extension whose header is not a PNG or JPEG header. */
  readonly skipped: readonly string[];
}

/**
 * The PNG and JPEG images under `folder` (searched recursively, hidden entries skipped, in code-point
 * order of their relative paths) as rows of pixels scaled to [−1, 1], height × width × channels.
 *
 * - Channels: 1 when every image is grey — a grey file, or a colour file whose pixels all have R = G = B
 *   (jpeg-js, for one, only writes colour JPEGs) — and 3 otherwise, a grey image then repeated on R, G
 *   and B as PIL's `convert("RGB")` does. Alpha is dropped.
 * - Size: with `size`, each image is resized (shorter side to `size`, antialiased bilinear) and centre-
 *   cropped to `size` × `size` (torchvision's `Resize` + `CenterCrop` with PIL's antialiased bilinear
 *   filter), then rounded back to 8-bit levels as an 8-bit training pipeline would; without it, every
 *   image must have the same width and height.
 *
 * The scan reads each file's header only (its first MiB at most); an image whose header declares more
 * than `maxPixels` pixels is refused then, before any decoding (LimitExceededError). Colour-typed files
 * are decoded in the scan until one shows colour, within that budget.
 *
 * Throws InvalidArgumentError(argument, folder, …) when the folder cannot be read, holds no readable
 * image, or holds images of several sizes and no `size` was given. A file that has a valid header but
 * is damaged (a PNG chunk failing its checksum, image data that do not decompress to the header's size, a
 * JPEG cut short) is a CorruptFileError naming the file, thrown by the scan or by the batch that reads
 * it: damaged images are never counted as data.
 *
 * @example
 * ```ts
 * import { openImageFolder } from "@klsched/datasets";
 * // images/ holds a.png, b.png and night/c.png (4 × 4, grey), broken.png (not a PNG) and notes.txt
 * const images = openImageFolder("images");
 * images.files; // ["a.png", "b.png", "night/c.png"]
 * images.skipped; // ["broken.png"]
 * images.image; // { height: 4, width: 4, channels: 1 }
 * openImageFolder("images", { size: 2 }).dimension; // 4
 * ```
 */
export function openImageFolder(folder: string, options: ImageFolderOptions = {}, argument = "images"): ImageFolder {
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, folder, reason);
  };
  const { size, onProgress, maxPixels = DEFAULT_MAX_PIXELS } = options;
  if (size !== undefined && !(Number.isInteger(size) && size >= 1 && size <= 4096)) {
    throw new InvalidArgumentError("size", size, "expected an integer from 1 to 4096");
  }
  if (!(Number.isInteger(maxPixels) && maxPixels >= 1)) {
    throw new InvalidArgumentError("max-pixels", maxPixels, "expected a positive integer");
  }
  const read = (file: string) => readRegularFile(join(folder, file), argument, Number.MAX_SAFE_INTEGER);
  const candidates = listImageFiles(folder, fail);
  if (candidates.length === 0) fail(`no ${IMAGE_EXTENSIONS.join(", ")} file in the folder`);
  const files: string[] = [];
  const headers: ImageHeader[] = [];
  const skipped: string[] = [];
  // The header scan: sizes, and grey or colour (decoding colour-typed files until one shows colour).
  let gray = true;
  candidates.forEach((file, k) => {
    onProgress?.(k, candidates.length);
    const header = readImageHeader(readFilePrefix(join(folder, file), argument, HEADER_SCAN_BYTES));
    if (header === undefined) {
      skipped.push(file);
      return;
    }
    if (header.width * header.height > maxPixels) {
      throw new LimitExceededError(
        argument,
        folder,
        maxPixels,
        `${file} declares ${header.width}×${header.height} = ${header.width * header.height} pixels; the pixel budget maxPixels (CLI --max-pixels) is checked before decoding`,
      );
    }
    files.push(file);
    headers.push(header);
    if (gray && !header.gray) gray = isGrayContent(decodeOrFail(read(file), header, file, argument));
  });
  onProgress?.(candidates.length, candidates.length);
  const first = headers[0];
  if (first === undefined) fail(`no readable PNG or JPEG image (${describeSkipped(skipped)})`);
  const firstHeader = first as ImageHeader;
  if (size === undefined) {
    const other = headers.findIndex((h) => h.width !== firstHeader.width || h.height !== firstHeader.height);
    if (other >= 0) {
      const h = headers[other] as ImageHeader;
      fail(
        `images of mixed sizes (${files[0]} is ${firstHeader.width}×${firstHeader.height}, ${files[other]} is ${h.width}×${h.height}); give a size to resize them`,
      );
    }
  }
  const image: ImageShape = {
    height: size ?? firstHeader.height,
    width: size ?? firstHeader.width,
    channels: gray ? 1 : 3,
  };
  const dimension = image.height * image.width * image.channels;
  return {
    label: basename(folder),
    rows: files.length,
    dimension,
    quantizationStep: PIXEL_STEP,
    image,
    files,
    skipped,
    *batches(batchRows: number) {
      for (let start = 0; start < files.length; start += batchRows) {
        const count = Math.min(batchRows, files.length - start);
        const batch = new Float64Array(count * dimension);
        for (let r = 0; r < count; r++) {
          const file = files[start + r] as string;
          const header = headers[start + r] as ImageHeader;
          const decoded = decodeOrFail(read(file), header, file, argument);
          batch.set(imageRow(decoded, image, size), r * dimension);
        }
        checkFiniteRows(batch, dimension, start, argument, folder);
        yield batch;
      }
    },
  };
}

/** One image as a row: channels picked, resized and cropped if `size` is given, scaled to [−1, 1]. */
function imageRow(decoded: RgbaImage, image: ImageShape, size: number | undefined): Float64Array {
  const { width, height, rgba } = decoded;
  const channels = image.channels;
  const levels = new Float64Array(width * height * channels);
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < channels; c++) levels[p * channels + c] = rgba[4 * p + c] as number;
  }
  const fitted = size === undefined ? levels : resizeAndCenterCrop(levels, { height, width, channels }, size);
  const row = new Float64Array(fitted.length);
  for (let i = 0; i < row.length; i++) row[i] = (2 * Math.round(fitted[i] as number)) / 255 - 1;
  return row;
}

/** Decodes a file whose header was read; a damaged file is a CorruptFileError naming it, in klsched's words. */
function decodeOrFail(bytes: Uint8Array, header: ImageHeader, file: string, argument: string): RgbaImage {
  let decoded: RgbaImage;
  try {
    decoded = decodeImage(bytes, header);
  } catch (error) {
    throw new CorruptFileError(argument, file, `cannot decode ${file}: ${(error as Error).message}`);
  }
  if (decoded.width !== header.width || decoded.height !== header.height) {
    throw new CorruptFileError(
      argument,
      file,
      `${file} decodes to ${decoded.width}×${decoded.height}, its header says ${header.width}×${header.height}`,
    );
  }
  return decoded;
}

/** Relative paths of the files with an image extension under `folder`, sorted; hidden entries skipped. */
function listImageFiles(folder: string, fail: (reason: string) => never): string[] {
  let isDirectory = false;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch (error) {
    fail(`cannot read folder (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (!isDirectory) fail("not a folder");
  const out: string[] = [];
  const walk = (relative: string) => {
    const entries = readdirSync(join(folder, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && (IMAGE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) {
        out.push(path);
      }
    }
  };
  walk("");
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function describeSkipped(skipped: readonly string[]): string {
  if (skipped.length === 0) return "no image file";
  const shown = skipped.slice(0, 3).join(", ");
  return `${skipped.length} file${skipped.length === 1 ? "" : "s"} not PNG or JPEG: ${shown}${skipped.length > 3 ? ", …" : ""}`;
}
