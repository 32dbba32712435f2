import { createRequire } from "node:module";
import type * as JpegJs from "jpeg-js";
import type * as PngJs from "pngjs";
import type { ImageHeader } from "./image-header.js";

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
 * Throws the decoder's error on a corrupt file.
 */
export function decodeImage(bytes: Uint8Array, header: ImageHeader): RgbaImage {
  if (header.format === "png") {
    const png = decoders().png.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, rgba: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length) };
  }
  const image = decoders().jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, tolerantDecoding: false });
  return { width: image.width, height: image.height, rgba: image.data };
}

/** True when every pixel has R = G = B: a grey image, whatever its file says. */
export function isGrayContent(image: RgbaImage): boolean {
  const { rgba } = image;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i] !== rgba[i + 1] || rgba[i] !== rgba[i + 2]) return false;
  }
  return true;
}
