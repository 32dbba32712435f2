import {
  accumulateCovariance,
  CorruptFileError,
  CovarianceAccumulator,
  type DataMatrix,
  encodeNpy,
  InvalidArgumentError,
  type ProgressCallback,
} from "@klsched/core-linalg";
import { parseNpyHeader } from "@klsched/core-linalg/npy";
import { MAX_EXACT_DIMENSION } from "./measure-spectrum.js";
import { encodeNpz, parseNpz } from "./npz.js";

/**
 * A covariance shard: the state of a `CovarianceAccumulator` over some rows of a data set, in a `.npz`
 * file that numpy writes as well (docs/reference/shard-format.md). Format version 1, entries (`.npy`,
 * little-endian, float64 unless said):
 *
 * | entry                      | shape    | value                                                    |
 * | -------------------------- | -------- | -------------------------------------------------------- |
 * | `klsched_covariance_shard` | ()       | 1, the format version (its presence marks the format)   |
 * | `dimension`                | ()       | d (float64 or an integer dtype)                          |
 * | `count`                    | ()       | n, the rows (float64 or an integer dtype)                |
 * | `mean`                     | (d,)     | x̄                                                        |
 * | `comoment`                 | (d, d)   | M = Σ (x − x̄)(x − x̄)ᵀ, `Xc.T @ Xc` (lower triangle read) |
 * | `quantization_step`        | ()       | the data's grid spacing δ (0 for continuous data)        |
 * | `layout`                   | (k,)     | optional: the shape of one row, e.g. (H, W, C) of images |
 */
export interface CovarianceShard {
  readonly accumulator: CovarianceAccumulator;
  /** δ: 2/255 for 8-bit pixels on [−1, 1], 0 for continuous data. */
  readonly quantizationStep: number;
  /** The shape of one row when the data are structured (images: height, width, channels). */
  readonly layout?: readonly number[];
}

/** The current (and only) shard format version. */
export const SHARD_FORMAT_VERSION = 1;

const FORMAT_KEY = "klsched_covariance_shard";

/**
 * The `.npz` bytes of a covariance shard of `data`: its rows streamed once through a covariance
 * accumulator, whose count, mean and co-moment are stored with d, the quantisation step and the image
 * layout (if any). `klsched spectrum --merge` combines such shards exactly.
 *
 * @example
 * ```ts
 * import type { DataMatrix } from "@klsched/core-linalg";
 * import { encodeShard } from "@klsched/datasets";
 * const data: DataMatrix = { label: "x", rows: 2, dimension: 2, quantizationStep: 0, batches: () => [Float64Array.of(1, 1, 3, 5)] };
 * encodeShard(data).length > 0; // true
 * ```
 * @throws InvalidArgumentError for d above MAX_EXACT_DIMENSION (the co-moment is d × d) or what the reader
 * finds wrong with the data.
 */
export function encodeShard(data: DataMatrix, { onProgress }: { readonly onProgress?: ProgressCallback } = {}): Uint8Array {
  checkShardDimension(data.dimension);
  const accumulator = accumulateCovariance(data, onProgress === undefined ? {} : { onProgress });
  const layout = data.image === undefined ? undefined : [data.image.height, data.image.width, data.image.channels];
  return shardBytes({ accumulator, quantizationStep: data.quantizationStep, ...(layout === undefined ? {} : { layout }) });
}

/** The `.npz` bytes of a shard (entries in the order of the table above). */
export function shardBytes(shard: CovarianceShard): Uint8Array {
  const { count, mean, comoment } = shard.accumulator.moments();
  const d = mean.length;
  const entries = new Map<string, Uint8Array>([
    [FORMAT_KEY, encodeNpy([SHARD_FORMAT_VERSION], [])],
    ["dimension", encodeNpy([d], [])],
    ["count", encodeNpy([count], [])],
    ["mean", encodeNpy(mean)],
    ["comoment", encodeNpy(comoment, [d, d])],
    ["quantization_step", encodeNpy([shard.quantizationStep], [])],
  ]);
  if (shard.layout !== undefined) entries.set("layout", encodeNpy(shard.layout));
  return encodeNpz(entries);
}

/**
 * Reads a shard from `.npz` bytes (as {@link encodeShard} or `benchmarks/numpy_shard.py` writes them).
 *
 * @throws CorruptFileError(argument, file, …) for an archive that is damaged, not a shard, of another
 * format version, or whose entries disagree (shapes against d, a non-finite value, a negative square).
 */
export function parseShard(bytes: Uint8Array, argument: string, file: string): CovarianceShard {
  const fail = (reason: string): never => {
    throw new CorruptFileError(argument, file, reason);
  };
  const arrays = parseNpz(bytes, argument, file);
  if (!arrays.has(FORMAT_KEY)) {
    return fail(`not a klsched covariance shard (no "${FORMAT_KEY}" entry; entries: ${[...arrays.keys()].join(", ") || "none"})`);
  }
  const entry = (key: string, shape?: readonly number[]): Float64Array => {
    const npy = arrays.get(key) ?? fail(`the "${key}" entry is missing`);
    return readArray(npy, key, shape, fail);
  };
  const version = entry(FORMAT_KEY, [])[0] as number;
  if (version !== SHARD_FORMAT_VERSION)
    return fail(`shard format version ${version}; this klsched reads version ${SHARD_FORMAT_VERSION}`);
  const d = entry("dimension", [])[0] as number;
  if (!(Number.isSafeInteger(d) && d >= 1)) return fail(`dimension ${d} is not a positive integer`);
  if (d > MAX_EXACT_DIMENSION)
    return fail(`dimension ${d} is above ${MAX_EXACT_DIMENSION}, the largest d × d co-moment klsched forms`);
  const count = entry("count", [])[0] as number;
  if (!(Number.isSafeInteger(count) && count >= 1)) return fail(`count ${count} is not a positive whole number of rows`);
  const step = entry("quantization_step", [])[0] as number;
  if (!(Number.isFinite(step) && step >= 0)) return fail(`quantization_step ${step} is not a number ≥ 0`);
  const layout = arrays.has("layout") ? Array.from(entry("layout")) : undefined;
  if (layout !== undefined && layout.reduce((a, b) => a * b, 1) !== d) {
    return fail(`layout (${layout.join(", ")}) does not hold d = ${d} values`);
  }
  let accumulator: CovarianceAccumulator;
  try {
    accumulator = CovarianceAccumulator.fromMoments({ count, mean: entry("mean", [d]), comoment: entry("comoment", [d, d]) });
  } catch (error) {
    if (error instanceof InvalidArgumentError) return fail(`${error.argument}=${String(error.value)}: ${error.reason}`);
    throw error;
  }
  return { accumulator, quantizationStep: step, ...(layout === undefined ? {} : { layout }) };
}

/** Throws unless a d × d co-moment is formed for this d. */
export function checkShardDimension(d: number): void {
  if (d > MAX_EXACT_DIMENSION) {
    throw new InvalidArgumentError("dimension", d, `a shard holds a d × d co-moment, formed up to d=${MAX_EXACT_DIMENSION}`);
  }
}

/**
 * The values of one `.npy` entry as float64, checked against `shape` when given: float32/float64, or an
 * integer dtype for scalars (numpy's `np.array(n)` is int64). C order only, as `np.savez` writes them
 * unless given a Fortran-ordered array (then it is refused by name).
 */
function readArray(
  npy: Uint8Array,
  key: string,
  shape: readonly number[] | undefined,
  fail: (reason: string) => never,
): Float64Array {
  let header: ReturnType<typeof parseNpyHeader>;
  try {
    header = parseNpyHeader(npy, key);
  } catch {
    return fail(`the "${key}" entry is not a .npy array`);
  }
  if (shape !== undefined && header.shape.join(",") !== shape.join(",")) {
    return fail(`the "${key}" entry has shape (${header.shape.join(", ")}), expected (${shape.join(", ")})`);
  }
  if (header.fortranOrder && header.shape.length > 1)
    return fail(`the "${key}" entry is Fortran-ordered (save np.ascontiguousarray)`);
  const count = header.shape.reduce((a, b) => a * b, 1);
  const view = new DataView(npy.buffer, npy.byteOffset, npy.byteLength);
  const integer = /^([<>|=]?)([iu])([1248])$/.exec(header.descr);
  const size = header.element?.size ?? (integer === null ? 0 : Number(integer[3]));
  if (size === 0) return fail(`the "${key}" entry has dtype '${header.descr}' (expected float64)`);
  if (integer !== null && count !== 1) return fail(`the "${key}" entry has dtype '${header.descr}' (expected float64)`);
  if (header.dataOffset + count * size > npy.length) return fail(`the "${key}" entry is cut short`);
  const out = new Float64Array(count);
  if (header.element !== undefined) {
    for (let i = 0; i < count; i++) out[i] = header.element.read(view, header.dataOffset + i * size);
  } else if (integer !== null) {
    out[0] = readInteger(view, header.dataOffset, integer[2] === "i", size, integer[1] !== ">");
  }
  for (let i = 0; i < count; i++) if (!Number.isFinite(out[i])) return fail(`the "${key}" entry holds ${out[i]} at ${i}`);
  return out;
}

function readInteger(view: DataView, at: number, signed: boolean, size: number, little: boolean): number {
  switch (size) {
    case 1:
      return signed ? view.getInt8(at) : view.getUint8(at);
    case 2:
      return signed ? view.getInt16(at, little) : view.getUint16(at, little);
    case 4:
      return signed ? view.getInt32(at, little) : view.getUint32(at, little);
    default:
      return Number(signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little));
  }
}
