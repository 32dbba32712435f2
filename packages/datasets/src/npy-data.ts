import { closeSync, readSync } from "node:fs";
import { basename } from "node:path";
import { type DataMatrix, InvalidArgumentError } from "@klsched/core-linalg";
import { NPY_PREAMBLE_BYTES, type NpyElement, npyDtypeProblem, npyHeaderLength, parseNpyHeader } from "@klsched/core-linalg/npy";
import { checkFiniteRows } from "./finite-rows.js";
import { openRegularFile } from "./regular-file.js";

const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A `.npy` data matrix, n × d, float32 or float64 in either byte order, C or Fortran order, read in
 * batches straight from the file (never all at once). An array of more than two dimensions is taken as
 * n rows of its trailing dimensions flattened in C order, as `X.reshape(len(X), -1)` does (n × 28 × 28
 * images give d = 784; `rowShape` keeps [28, 28]).
 *
 * @example
 * ```ts
 * import { openNpyData } from "@klsched/datasets";
 * // x.npy: np.save("x.npy", np.array([[1, 0], [-1, 0], [0, 2], [0, -2]], dtype=np.float64))
 * const data = openNpyData("x.npy");
 * data.rows; // 4
 * data.dimension; // 2
 * [...data.batches(3)]; // [Float64Array [1, 0, -1, 0, 0, 2], Float64Array [0, -2]]
 * ```
 * @throws InvalidArgumentError(argument, path, …) for a missing file, another dtype (integers, strings,
 * object arrays — numpy's ragged rows), a 1-D array, fewer than 2 rows or truncated data; a NaN or ±Inf
 * is reported by row and column when its batch is read.
 */
export function openNpyData(path: string, argument = "npy"): DataMatrix {
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, path, reason);
  };
  const header = withFile(path, argument, (fd, size) => {
    const preamble = readAt(fd, 0, Math.min(NPY_PREAMBLE_BYTES, size));
    const length = npyHeaderLength(preamble, argument, path);
    if (length > size) fail("truncated header");
    return { header: parseNpyHeader(readAt(fd, 0, length), argument, path), size };
  });
  const { shape, fortranOrder, descr, dataOffset, element } = header.header;
  if (element === undefined) return fail(npyDtypeProblem(descr) as string);
  if (shape.length < 2) {
    fail(`a ${shape.length}-D array of shape (${shape.join(", ")}) is not a data matrix (expected n × d rows)`);
  }
  const rows = shape[0] as number;
  const dimension = shape.slice(1).reduce((a, b) => a * b, 1);
  if (dimension < 1) fail(`shape (${shape.join(", ")}) has no columns`);
  if (rows < 2) fail(`shape (${shape.join(", ")}): the covariance needs at least 2 rows`);
  const needed = dataOffset + rows * dimension * element.size;
  if (needed > header.size)
    fail(`truncated data: shape (${shape.join(", ")}) needs ${needed} bytes, the file has ${header.size}`);
  const layout: NpyLayout = { path, argument, rows, dimension, dataOffset, element, little: !descr.startsWith(">") };
  return {
    label: basename(path),
    rows,
    dimension,
    quantizationStep: 0,
    rowShape: shape.slice(1),
    batches: (batchRows) => (fortranOrder ? fortranBatches(layout, shape, batchRows) : cOrderBatches(layout, batchRows)),
  };
}

interface NpyLayout {
  readonly path: string;
  readonly argument: string;
  readonly rows: number;
  readonly dimension: number;
  readonly dataOffset: number;
  readonly element: NpyElement;
  readonly little: boolean;
}

/** C order: a batch of rows is one contiguous run of bytes. */
function* cOrderBatches(layout: NpyLayout, batchRows: number): Generator<Float64Array | Float32Array> {
  const { path, argument, rows, dimension: d, dataOffset, element } = layout;
  const fd = open(path, argument);
  try {
    for (let start = 0; start < rows; start += batchRows) {
      const count = Math.min(batchRows, rows - start) * d;
      const bytes = readAt(fd, dataOffset + start * d * element.size, count * element.size);
      const batch = decode(bytes, count, layout);
      checkFiniteRows(batch, d, start, argument, path);
      yield batch;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Fortran order: element (i, j) sits at i + n·f(j), f(j) being the column-major index of the trailing
 * multi-index, so a batch's m rows of column j are one run of m elements: d reads per batch.
 */
function* fortranBatches(layout: NpyLayout, shape: readonly number[], batchRows: number): Generator<Float64Array> {
  const { path, argument, rows, dimension: d, dataOffset, element } = layout;
  const trailing = shape.slice(1);
  const columnAt = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    let rest = j;
    let f = 0;
    let stride = 1;
    // the C-order index j of the trailing dimensions, read from the last dimension (fastest in C) up
    const digits: number[] = [];
    for (let k = trailing.length - 1; k >= 0; k--) {
      digits[k] = rest % (trailing[k] as number);
      rest = Math.floor(rest / (trailing[k] as number));
    }
    for (let k = 0; k < trailing.length; k++) {
      f += (digits[k] as number) * stride;
      stride *= trailing[k] as number;
    }
    columnAt[j] = f;
  }
  const fd = open(path, argument);
  try {
    for (let start = 0; start < rows; start += batchRows) {
      const m = Math.min(batchRows, rows - start);
      const batch = new Float64Array(m * d);
      for (let j = 0; j < d; j++) {
        const bytes = readAt(fd, dataOffset + ((columnAt[j] as number) * rows + start) * element.size, m * element.size);
        const column = decode(bytes, m, layout);
        for (let i = 0; i < m; i++) batch[i * d + j] = column[i] as number;
      }
      checkFiniteRows(batch, d, start, argument, path);
      yield batch;
    }
  } finally {
    closeSync(fd);
  }
}

/** `count` elements from `bytes`: a view when the byte order is the host's, a decoded copy otherwise. */
function decode(bytes: Uint8Array, count: number, layout: NpyLayout): Float64Array | Float32Array {
  const { element, little } = layout;
  if (little === HOST_LITTLE_ENDIAN) {
    return element.size === 8 ? new Float64Array(bytes.buffer, 0, count) : new Float32Array(bytes.buffer, 0, count);
  }
  const view = new DataView(bytes.buffer);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = element.read(view, i * element.size);
  return out;
}

/** `length` bytes at `position` of an open file, in a fresh (aligned) buffer. */
function readAt(fd: number, position: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done === length ? bytes : bytes.subarray(0, done);
}

function open(path: string, argument: string): number {
  return openRegularFile(path, argument).fd;
}

function withFile<T>(path: string, argument: string, body: (fd: number, size: number) => T): T {
  const { fd, size } = openRegularFile(path, argument);
  try {
    return body(fd, size);
  } finally {
    closeSync(fd);
  }
}
