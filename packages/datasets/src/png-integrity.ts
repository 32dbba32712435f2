import { crc32, inflateSync } from "node:zlib";

const SIGNATURE_BYTES = 8;

/** Bits per pixel of a PNG colour type at a bit depth (PNG spec §11.2.2, Table 11.1); undefined if not allowed. */
function bitsPerPixel(colorType: number, depth: number): number | undefined {
  const allowed: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
  const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
  if (!allowed[colorType]?.includes(depth)) return undefined;
  return (channels[colorType] as number) * depth;
}

/**
 * The bytes of a PNG's filtered image data: one filter byte per row plus the row's packed pixels, for
 * each Adam7 pass when interlaced (PNG spec §8.2).
 */
function filteredBytes(width: number, height: number, bits: number, interlaced: boolean): number {
  const rowBytes = (w: number) => 1 + Math.ceil((w * bits) / 8);
  if (!interlaced) return height * rowBytes(width);
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const;
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) total += h * rowBytes(w);
  }
  return total;
}

/**
 * Why a PNG's structure is damaged, in klsched's words, or undefined when it is whole (PNG spec §5): every
 * chunk complete with a matching CRC-32, IHDR first with an allowed colour type and depth, at least one
 * IDAT, an IEND, and the IDAT stream inflating to exactly the bytes the header's size needs — so that a
 * broken or short IDAT is an error, not an image padded with black; and each row's filter type 0–4.
 * Inflating stops one byte past the size the header needs, so a file is checked without allocating more.
 */
export function pngProblem(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = SIGNATURE_BYTES;
  let header: { width: number; height: number; bits: number; interlaced: boolean } | undefined;
  const data: Uint8Array[] = [];
  let ended = false;
  while (!ended) {
    if (at + 12 > bytes.length) return "the file ends inside a chunk (cut short)";
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return `a chunk at byte ${at} has no valid type (damaged data)`;
    if (at + 12 + length > bytes.length) return `the ${type} chunk at byte ${at} runs past the end of the file (cut short)`;
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) {
      return `the ${type} chunk at byte ${at} fails its checksum (damaged data)`;
    }
    if (header === undefined && type !== "IHDR") return "the first chunk is not IHDR";
    if (type === "IHDR") {
      if (header !== undefined || length !== 13) return "a malformed IHDR chunk";
      const bits = bitsPerPixel(body[9] as number, body[8] as number);
      if (bits === undefined) return `colour type ${body[9]} with bit depth ${body[8]} is not a PNG format`;
      if (body[10] !== 0 || body[11] !== 0 || (body[12] as number) > 1) return "unknown compression, filter or interlace method";
      header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), bits, interlaced: body[12] === 1 };
    } else if (type === "IDAT") {
      data.push(body);
    } else if (type === "IEND") {
      ended = true;
    }
    at += 12 + length;
  }
  if (header === undefined || data.length === 0) return "no image data (no IDAT chunk)";
  const expected = filteredBytes(header.width, header.height, header.bits, header.interlaced);
  let inflated: Buffer;
  try {
    inflated = inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
  } catch {
    return "the image data do not decompress to the header's size (damaged or cut-short IDAT)";
  }
  if (inflated.length !== expected) {
    return `the image data decompress to ${inflated.length} bytes, the header's ${header.width}×${header.height} needs ${expected}`;
  }
  if (!header.interlaced) {
    const rowBytes = expected / header.height;
    for (let row = 0; row < header.height; row++) {
      if ((inflated[row * rowBytes] as number) > 4) return `row ${row} has an unknown filter type (damaged data)`;
    }
  }
  return undefined;
}
