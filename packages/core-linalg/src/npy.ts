import { InvalidArgumentError } from "./invalid-argument-error.js";
import { PythonSyntaxError, type PythonValue, parsePythonLiteral } from "./python-literal.js";

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

/** numpy's `_MAX_HEADER_SIZE`: `np.load` refuses a header longer than this many characters. */
export const NPY_MAX_HEADER_CHARACTERS = 10000;

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
  const minor = prefix[7] as number;
  if (major < 1 || major > 3 || minor !== 0) fail(`unsupported .npy version ${major}.${minor} (numpy writes 1.0, 2.0 and 3.0)`);
  if (major > 1 && prefix.length < 12) fail("truncated header");
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  return major === 1 ? 10 + view.getUint16(8, true) : 12 + view.getUint32(8, true);
}

/**
 * Reads the header of a `.npy` file (versions 1–3, numpy/lib/format.py `_read_array_header`) from bytes
 * that hold at least the whole header, as numpy does: the header text (latin-1, UTF-8 in version 3) is
 * a Python literal read like `ast.literal_eval` (`parsePythonLiteral`; Python 2's `3L` integers
 * too in versions 1 and 2), which must be a dict of exactly the keys `descr`, `fortran_order` and
 * `shape`, with a tuple of integers for `shape` and a bool for `fortran_order`; at most 10 000 characters.
 * The dtype is not checked here: `element` is undefined for dtypes klsched cannot read, and
 * {@link npyDtypeProblem} says why.
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
  const major = bytes[6] as number;
  let header: string;
  try {
    header = new TextDecoder(major === 3 ? "utf-8" : "latin1", { fatal: true }).decode(
      bytes.subarray(major === 1 ? 10 : 12, dataOffset),
    );
  } catch {
    return fail("malformed header (not UTF-8 text)");
  }
  if (header.length > NPY_MAX_HEADER_CHARACTERS) {
    fail(`malformed header: ${header.length} characters, above numpy's limit of ${NPY_MAX_HEADER_CHARACTERS}`);
  }
  const literal = readHeaderLiteral(header, major, fail);
  if (literal.kind !== "dict") return fail("malformed header (not a dict)");
  const fields = new Map<string, PythonValue>();
  for (const [key, entry] of literal.entries) {
    if (key.kind !== "str") return fail("malformed header (a key that is not a string)");
    fields.set(key.value, entry);
  }
  const keys = [...fields.keys()].sort();
  if (keys.join() !== "descr,fortran_order,shape") {
    fail(
      `malformed header (keys ${keys.map((k) => `'${k}'`).join(", ")}; numpy writes exactly 'descr', 'fortran_order', 'shape')`,
    );
  }
  const shapeValue = fields.get("shape") as PythonValue;
  // numpy's isinstance(x, int) lets True through, and reading then fails: klsched refuses bools at once
  const shape = shapeValue.kind === "tuple" ? shapeValue.items.map((x) => (x.kind === "int" ? x.value : undefined)) : undefined;
  if (shape === undefined || shape.some((n) => n === undefined)) return fail("malformed shape (not a tuple of integers)");
  if (shape.some((n) => (n as bigint) < 0n || (n as bigint) > BigInt(Number.MAX_SAFE_INTEGER))) {
    fail(`malformed shape (${shape.join(", ")}): a dimension is negative or too large`);
  }
  const fortran = fields.get("fortran_order") as PythonValue;
  if (fortran.kind !== "bool") return fail("malformed header (fortran_order is not True or False)");
  const descrValue = fields.get("descr") as PythonValue;
  if (descrValue.kind === "list") return fail("unsupported structured dtype (expected float32 or float64)");
  if (descrValue.kind !== "str") return fail("malformed header (descr is not a dtype string)");
  const descr = descrValue.value;
  return { shape: shape.map(Number), fortranOrder: fortran.value, descr, dataOffset, element: elementReader(descr) };
}

/** The header as a Python literal; in versions 1 and 2, a retry with Python 2's `L` suffix (numpy's `_filter_header`). */
function readHeaderLiteral(header: string, major: number, fail: (reason: string) => never): PythonValue {
  try {
    return parsePythonLiteral(header);
  } catch (error) {
    if (!(error instanceof PythonSyntaxError)) throw error;
    if (major <= 2) {
      try {
        return parsePythonLiteral(header, true);
      } catch (retry) {
        if (!(retry instanceof PythonSyntaxError)) throw retry;
      }
    }
    return fail(`malformed header (not a Python literal: ${error.message})`);
  }
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

/**
 * The float32 and float64 spellings numpy's `np.dtype(descr)` accepts: an optional byte order (`<`, `>`,
 * `=` or `|`, the last two native, little-endian here) and `f4`, `f8` (`f04`, `f008`, … too), `f` or `d`, or one of the names
 * `float32`, `single`, `float64`, `double`, `float` (no byte order).
 */
function elementReader(descr: string): NpyElement | undefined {
  const named = FLOAT_NAMES[descr];
  const coded = /^([<>=|]?)(f0*4|f0*8|f|d)$/.exec(descr);
  const size = named ?? (coded === null ? undefined : /^f0*4$|^f$/.test(coded[2] as string) ? 4 : 8);
  if (size === undefined) return undefined;
  const little = coded?.[1] !== ">";
  return size === 8 ? { size: 8, read: (v, o) => v.getFloat64(o, little) } : { size: 4, read: (v, o) => v.getFloat32(o, little) };
}

const FLOAT_NAMES: Readonly<Record<string, 4 | 8>> = { float32: 4, single: 4, float64: 8, double: 8, float: 8 };

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
 * Serialises a float64 array as a version-1 `.npy` file (little-endian, C order), as
 * `np.save(path, np.asarray(values, dtype="<f8").reshape(shape))` writes it: 1-D unless `shape` is given
 * (`[]` for a scalar, `[d, d]` for a matrix whose rows follow each other in `values`).
 *
 * @example
 * ```ts
 * import { encodeNpy, parseNpy } from "@klsched/core-linalg";
 * const bytes = encodeNpy([1, 2, 3]);
 * bytes.length; // 152
 * new TextDecoder().decode(bytes.subarray(1, 6)); // "NUMPY"
 * parseNpy(encodeNpy([1, 2, 3, 4], [2, 2])).shape; // [2, 2]
 * ```
 * @throws InvalidArgumentError when `shape` does not hold exactly the values given.
 */
export function encodeNpy(values: ArrayLike<number>, shape: readonly number[] = [values.length]): Uint8Array {
  const count = shape.reduce((a, b) => a * b, 1);
  if (!shape.every((n) => Number.isSafeInteger(n) && n >= 0) || count !== values.length) {
    throw new InvalidArgumentError("shape", `(${shape.join(", ")})`, `does not hold the ${values.length} values given`);
  }
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': ${shapeText}, }`;
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
