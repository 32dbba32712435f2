import { InvalidArgumentError } from "./invalid-argument-error.js";

/** A numeric array read from a NumPy `.npy` file: data as float64, C-order, with its shape. */
export interface NpyArray {
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/**
 * Parses the NumPy `.npy` format (versions 1–3, see numpy.lib.format): float32/float64 in either byte
 * order, C or Fortran order. Fortran-ordered data is transposed to C order.
 */
export function parseNpy(bytes: Uint8Array, argument = "npy"): NpyArray {
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, `${bytes.length} bytes`, reason);
  };
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail("not a .npy file (bad magic string)");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6] as number;
  if (major < 1 || major > 3) fail(`unsupported .npy version ${major}`);
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) fail("truncated header");
  const header = new TextDecoder("latin1").decode(bytes.subarray(headerStart, dataStart));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) fail("malformed header");
  const shape = (shapeText as string)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map(Number);
  if (shape.some((n) => !Number.isInteger(n) || n < 0)) fail(`malformed shape (${shapeText})`);
  const reader = elementReader(descr as string);
  if (reader === undefined) fail(`unsupported dtype '${descr}' (expected float32 or float64)`);
  const { size, read } = reader as ElementReader;
  const count = shape.reduce((a, b) => a * b, 1);
  if (dataStart + count * size > bytes.length) fail(`truncated data: shape (${shape.join(", ")}) needs ${count * size} bytes`);
  const raw = new Float64Array(count);
  for (let i = 0; i < count; i++) raw[i] = read(view, dataStart + i * size);
  const data = fortran === "True" && shape.length > 1 ? fortranToC(raw, shape) : raw;
  return { shape, data };
}

interface ElementReader {
  readonly size: number;
  read(view: DataView, offset: number): number;
}

function elementReader(descr: string): ElementReader | undefined {
  const little = descr[0] === "<" || descr[0] === "|" || descr[0] === "=";
  switch (descr.slice(1)) {
    case "f8":
      return { size: 8, read: (v, o) => v.getFloat64(o, little) };
    case "f4":
      return { size: 4, read: (v, o) => v.getFloat32(o, little) };
    default:
      return undefined;
  }
}

/** Reorders column-major data of any rank into row-major order. */
function fortranToC(raw: Float64Array, shape: readonly number[]): Float64Array {
  const out = new Float64Array(raw.length);
  const rank = shape.length;
  const index = new Array<number>(rank).fill(0);
  for (let c = 0; c < raw.length; c++) {
    let f = 0;
    let stride = 1;
    for (let k = 0; k < rank; k++) {
      f += (index[k] as number) * stride;
      stride *= shape[k] as number;
    }
    out[c] = raw[f] as number;
    for (let k = rank - 1; k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      if ((index[k] as number) < (shape[k] as number)) break;
      index[k] = 0;
    }
  }
  return out;
}

/** Serialises a 1-D float64 array as a version-1 `.npy` file (little-endian, C order). */
export function encodeNpy(values: ArrayLike<number>): Uint8Array {
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': (${values.length},), }`;
  const unpadded = 10 + header.length + 1;
  header += `${" ".repeat((64 - (unpadded % 64)) % 64)}\n`;
  const bytes = new Uint8Array(10 + header.length + values.length * 8);
  bytes.set(MAGIC, 0);
  bytes[6] = 1;
  bytes[7] = 0;
  const view = new DataView(bytes.buffer);
  view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) bytes[10 + i] = header.charCodeAt(i);
  for (let i = 0; i < values.length; i++) view.setFloat64(10 + header.length + i * 8, values[i] as number, true);
  return bytes;
}
