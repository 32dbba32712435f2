/** What the first bytes of a PNG or JPEG file say: format, size, and whether it stores one grey channel. */
export interface ImageHeader {
  readonly format: "png" | "jpeg";
  readonly width: number;
  readonly height: number;
  /** True for PNG colour types 0 and 4 (grey, grey + alpha) and one-component JPEGs. */
  readonly gray: boolean;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads the header of a PNG (the IHDR chunk, PNG spec §11.2.2) or a JPEG (the first SOFn segment, ITU
 * T.81 §B.2.2) without decoding the pixels; undefined when the bytes are neither, or the header is cut off.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return pngHeader(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegHeader(bytes);
  return undefined;
}

function pngHeader(bytes: Uint8Array): ImageHeader | undefined {
  if (bytes.length < 26 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const colorType = bytes[25] as number;
  if (width === 0 || height === 0 || ![0, 2, 3, 4, 6].includes(colorType)) return undefined;
  return { format: "png", width, height, gray: colorType === 0 || colorType === 4 };
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function jpegHeader(bytes: Uint8Array): ImageHeader | undefined {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2; // TEM, RSTn and SOI stand alone
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or start of scan before any frame
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (isStartOfFrame(marker)) {
      if (at + 10 > bytes.length) return undefined;
      const height = ((bytes[at + 5] as number) << 8) | (bytes[at + 6] as number);
      const width = ((bytes[at + 7] as number) << 8) | (bytes[at + 8] as number);
      const components = bytes[at + 9] as number;
      if (width === 0 || height === 0 || ![1, 3, 4].includes(components)) return undefined;
      return { format: "jpeg", width, height, gray: components === 1 };
    }
    at += 2 + length;
  }
  return undefined;
}
