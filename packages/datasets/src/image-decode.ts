import { createRequire } from "node:module";
import type * as JpegJs from "jpeg-js";
import type * as PngJs from "pngjs";
import type { ImageHeader } from "./image-header.js";
import { pngProblem } from "./png-integrity.js";

/**
 * The decoders, loaded on the first image (both are CommonJS): a process that reads no image — every
 * `klsched` command but `spectrum --images` — never loads them.
 */
const decoders = (() => {
  let loaded: { readonly png: typeof PngJs.PNG; readonly jpeg: typeof JpegJs } | undefined;
  return () => {
    if (loaded === undefined) {
      const require = createRequire(import.meta.url);
      loaded = { png: (require("pngjs") as typeof PngJs).PNG, jpeg: require("jpeg-js") as typeof JpegJs };
    }
    return loaded;
  };
})();

/** A decoded image: width × height pixels of 8-bit RGBA, row-major. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

/**
 * Decodes a PNG (pngjs: 16-bit samples rescaled to 8, palettes expanded) or a JPEG (jpeg-js, with its
 * tolerant mode off, so that a JPEG with missing blocks is an error rather than an image with holes).
 * A PNG is first checked whole by {@link pngProblem} (chunk checksums, the IDAT stream's exact size), which
 * pngjs does not do for a short IDAT. Throws an Error whose message says, in klsched's words, what is
 * wrong; the decoders' own messages are not passed on.
 */
export function decodeImage(bytes: Uint8Array, header: ImageHeader): RgbaImage {
  if (header.format === "png") {
    const problem = pngProblem(bytes);
    if (problem !== undefined) throw new Error(problem);
    try {
      const png = decoders().png.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return {
        width: png.width,
        height: png.height,
        rgba: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length),
      };
    } catch {
      throw new Error("the PNG decoder could not read its pixels (damaged or unsupported data)");
    }
  }
  try {
    const megapixels = (header.width * header.height) / 1e6;
    const image = decoders().jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: Math.max(1, Math.ceil(megapixels)),
      maxMemoryUsageInMB: Math.max(64, Math.ceil(megapixels * 16)),
    });
    return { width: image.width, height: image.height, rgba: image.data };
  } catch {
    throw new Error("the JPEG data are cut short or damaged (the decoder stopped)");
  }
}

/** True when every pixel has R = G = B: a grey image, whatever its file says. */
export function isGrayContent(image: RgbaImage): boolean {
  const { rgba } = image;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i] !== rgba[i + 1] || rgba[i] !== rgba[i + 2]) return false;
  }
  return true;
}
