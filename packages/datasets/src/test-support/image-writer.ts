import { writeFileSync } from "node:fs";
import jpeg from "jpeg-js";
import pngjs from "pngjs";

/** PNG colour types by channels: 1 grey, 3 RGB, 4 RGBA. */
const PNG_COLOR_TYPE = { 1: 0, 3: 2, 4: 6 } as const;

/** An 8-bit PNG of `channels` interleaved samples per pixel (1 grey, 3 RGB, 4 RGBA), encoded by pngjs. */
export function pngBytes(width: number, height: number, samples: ArrayLike<number>, channels: 1 | 3 | 4): Uint8Array {
  const colorType = PNG_COLOR_TYPE[channels];
  const png = new pngjs.PNG({ width, height });
  png.data = Buffer.from(Uint8Array.from(samples));
  return pngjs.PNG.sync.write(png, { colorType, inputColorType: colorType, inputHasAlpha: channels === 4, bitDepth: 8 });
}

/** Writes {@link pngBytes} to `path`. */
export function writePng(path: string, width: number, height: number, samples: ArrayLike<number>, channels: 1 | 3 | 4): void {
  writeFileSync(path, pngBytes(width, height, samples, channels));
}

/** Writes a JPEG with jpeg-js (always 3-component YCbCr) from RGB samples. */
export function writeJpeg(path: string, width: number, height: number, rgb: ArrayLike<number>, quality = 95): void {
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    rgba.set([rgb[3 * p] as number, rgb[3 * p + 1] as number, rgb[3 * p + 2] as number, 255], 4 * p);
  }
  writeFileSync(path, jpeg.encode({ width, height, data: rgba }, quality).data);
}

/** Grey levels repeated on R, G and B. */
export function greyToRgb(levels: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(levels.length * 3);
  for (let i = 0; i < levels.length; i++) out.fill(levels[i] as number, 3 * i, 3 * i + 3);
  return out;
}
