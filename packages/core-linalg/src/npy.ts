import { InvalidArgumentError } from "./invalid-argument-error.js";

/** A numeric array read from a NumPy `.npy` file: data as float64, C-order, with its shape. */
export interface NpyArray {
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** The header of a `.npy` file: what its data are and where they start. */
export interface NpyHeader {
  readonly shape: readonly number[];
  readonly fortranOrder: boolean;
  /** The dtype as numpy writes it, e.g. `<f8`, `>f4`, `<i8`, `|O`. */
  readonly descr: string;
  /** Byte offset of the first element. */
  readonly dataOffset: number;
  /** Size and decoder of one element: float32 or float64 in either byte order; undefined for other dtypes. */
  readonly element: NpyElement | undefined;
}

/** How to read one element of a supported dtype. */
export interface NpyElement {
  readonly size: number;
  /** The element at byte `offset`, as a number. */
  read(view: DataView, offset: number): number;
}

/** The smallest prefix of a `.npy` file from which {@link npyHeaderLength} can read the header's length. */
export const NPY_PREAMBLE_BYTES = 12;

/**
 * The byte length of magic string, version, length field and header: the offset of the data. Reads
 * only the first {@link NPY_PREAMBLE_BYTES} bytes; `argument` and `value` name the input in errors.
 *
 * @example
 * ```ts
 * import { encodeNpy } from "@klsched/core-linalg";
 * import { NPY_PREAMBLE_BYTES, npyHeaderLength } from "@klsched/core-linalg/npy";
 * npyHeaderLength(encodeNpy([1, 2]).subarray(0, NPY_PREAMBLE_BYTES)); // 128
 * ```
 * @throws InvalidArgumentError for a bad magic string, a version other than 1–3 or a truncated preamble.
 */
export function npyHeaderLength(prefix: Uint8Array, argument = "npy", value: unknown = `${prefix.length} bytes`): number {
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, value, reason);
  };
  if (prefix.length < 10 || MAGIC.some((b, i) => prefix[i] !== b)) fail("not a .npy file (bad magic string)");
  const major = prefix[6] as number;
  if (major < 1 || major > 3) fail(`unsupported .npy version ${major}`);
  if (major > 1 && prefix.length < 12) fail("truncated header");
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  return major === 1 ? 10 + view.getUint16(8, true) : 12 + view.getUint32(8, true);
}

/**
 * Reads the header of a `.npy` file (versions 1–3, see numpy.lib.format) from bytes that hold at least
 * the whole header. The dtype is not checked here: `element` is undefined for dtypes klsched cannot read,
 * and {@link npyDtypeProblem} says why.
 *
 * @example
 * ```ts
 * import { encodeNpy } from "@klsched/core-linalg";
 * import { parseNpyHeader } from "@klsched/core-linalg/npy";
 * const header = parseNpyHeader(encodeNpy([1, 2]));
 * header.shape; // [2]
 * header.descr; // "<f8"
 * header.dataOffset; // 128
 * ```
 * @throws InvalidArgumentError for a bad preamble, a truncated or malformed header, or a structured dtype.
 */
export function parseNpyHeader(bytes: Uint8Array, argument = "npy", value: unknown = `${bytes.length} bytes`): NpyHeader {
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, value, reason);
  };
  const dataOffset = npyHeaderLength(bytes, argument, value);
  if (dataOffset > bytes.length) fail("truncated header");
  const header = new TextDecoder("latin1").decode(bytes.subarray(bytes[6] === 1 ? 10 : 12, dataOffset));
  if (/'descr'\s*:\s*\[/.test(header)) fail("unsupported structured dtype (expected float32 or float64)");
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) return fail("malformed header");
  const shape = shapeText
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map(Number);
  if (shape.some((n) => !Number.isInteger(n) || n < 0)) fail(`malformed shape (${shapeText})`);
  return { shape, fortranOrder: fortran === "True", descr, dataOffset, element: elementReader(descr) };
}

/**
 * Why klsched cannot read a dtype, in words a numpy user recognises; undefined for float32 and float64.
 * Object arrays are what numpy makes of ragged rows, strings and the like are non-numeric.
 *
 * @example
 * ```ts
 * import { npyDtypeProblem } from "@klsched/core-linalg/npy";
 * npyDtypeProblem("<f4"); // undefined
 * npyDtypeProblem("<i8"); // "unsupported dtype '<i8': integer (expected float32 or float64…"
 * ```
 */
export function npyDtypeProblem(descr: string): string | undefined {
  if (elementReader(descr) !== undefined) return undefined;
  const kind = descr.replace(/^[<>|=]/, "")[0];
  const what =
    kind === "O"
      ? "an object array (ragged rows or Python objects)"
      : kind === "U" || kind === "S" || kind === "a"
        ? "non-numeric (strings)"
        : kind === "i" || kind === "u"
          ? "integer"
          : kind === "b"
            ? "boolean"
            : kind === "c"
              ? "complex"
              : kind === "f"
                ? "a float width klsched does not read"
                : "not a number type";
  return `unsupported dtype '${descr}': ${what} (expected float32 or float64; save X.astype(np.float32))`;
}

/**
 * Parses the NumPy `.npy` format (versions 1–3, see numpy.lib.format): float32/float64 in either byte
 * order, C or Fortran order. Fortran-ordered data is transposed to C order.
 *
 * @example
 * ```ts
 * import { encodeNpy, parseNpy } from "@klsched/core-linalg";
 * const array = parseNpy(encodeNpy([0.5, 1.5, 2.5]));
 * array.shape; // [3]
 * array.data; // Float64Array [0.5, 1.5, 2.5]
 * ```
 * @throws InvalidArgumentError for a malformed file, a dtype other than float32/float64, or truncated data.
 */
export function parseNpy(bytes: Uint8Array, argument = "npy"): NpyArray {
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, `${bytes.length} bytes`, reason);
  };
  const { shape, fortranOrder, descr, dataOffset, element } = parseNpyHeader(bytes, argument);
  if (element === undefined) return fail(npyDtypeProblem(descr) as string);
  const { size, read } = element;
  const count = shape.reduce((a, b) => a * b, 1);
  if (dataOffset + count * size > bytes.length) fail(`truncated data: shape (${shape.join(", ")}) needs ${count * size} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const raw = new Float64Array(count);
  for (let i = 0; i < count; i++) raw[i] = read(view, dataOffset + i * size);
  const data = fortranOrder && shape.length > 1 ? fortranToC(raw, shape) : raw;
  return { shape, data };
}

function elementReader(descr: string): NpyElement | undefined {
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

/**
 * Serialises a 1-D float64 array as a version-1 `.npy` file (little-endian, C order), as
 * `np.save(path, np.asarray(values, dtype="<f8"))` writes it.
 *
 * @example
 * ```ts
 * import { encodeNpy } from "@klsched/core-linalg";
 * const bytes = encodeNpy([1, 2, 3]);
 * bytes.length; // 152
 * new TextDecoder().decode(bytes.subarray(1, 6)); // "NUMPY"
 * ```
 */
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
