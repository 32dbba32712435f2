import { crc32, deflateSync } from "node:zlib";

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** One PNG chunk: length, type, data and its CRC-32 (PNG spec §5.3). */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An IHDR body: width, height, bit depth 8, the colour type, no interlace. */
export function ihdr(width: number, height: number, colorType: 0 | 2 | 6): Uint8Array {
  const body = new Uint8Array(13);
  const view = new DataView(body.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  body.set([8, colorType, 0, 0, 0], 8);
  return body;
}

/** A PNG from its chunks, signature first. */
export function pngFile(chunks: readonly Uint8Array[]): Uint8Array {
  const total = SIGNATURE.length + chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  out.set(SIGNATURE, 0);
  let at = SIGNATURE.length;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A PNG that declares width × height but carries a small IDAT (a few rows of zeros): the shape of a
 * decompression bomb's header without its cost to write.
 */
export function declaredPng(width: number, height: number, colorType: 0 | 2 | 6): Uint8Array {
  const channels = colorType === 0 ? 1 : colorType === 2 ? 3 : 4;
  const rows = deflateSync(new Uint8Array(Math.min(height, 4) * (1 + width * channels)));
  return pngFile([pngChunk("IHDR", ihdr(width, height, colorType)), pngChunk("IDAT", rows), pngChunk("IEND", new Uint8Array())]);
}
