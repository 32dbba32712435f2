import { extname } from "node:path";
import { InvalidArgumentError, isInvalidArgumentError, isKlschedError, type NpyArray, parseNpy } from "@klsched/core-linalg";
import { readRegularFile } from "@klsched/datasets";
import { type Fail, type NumberColumn, type NumberFields, numbersFromText } from "./number-text.js";

const FILE_TYPES = [".npy", ".json", ".csv", ".txt"];

/** The largest `--sigmas`/`--timesteps`/betas file read: 64 MiB (a level list is at most MAX_STEPS + 1 numbers). */
const NUMBER_FILE_BYTES = 2 ** 26;

/**
 * True when a value names a file (by its extension or a path separator) rather than listing numbers
 * inline: JSON (`{…}`, `[…]`) and `name=[…]` are inline whatever they contain.
 */
export function isNumberFile(text: string): boolean {
  if (/^[[{]/.test(text) || /^\w+\s*=\s*\[/.test(text)) return false;
  return FILE_TYPES.includes(extname(text).toLowerCase()) || text.includes("/") || text.includes("\\");
}

/**
 * The numbers in a file: `.npy` (a 1-D float32/float64 array, read by core-linalg's `parseNpy`), or
 * `.json`, `.csv`, `.txt` in any form {@link numbersFromText} reads.
 */
export function readNumberFile(path: string, fields: NumberFields, fail: Fail): NumberColumn {
  const extension = extname(path).toLowerCase();
  if (!FILE_TYPES.includes(extension)) fail("unknown file type (expected .npy, .json, .csv or .txt)");
  let bytes: Buffer;
  try {
    bytes = Buffer.from(readRegularFile(path, "file", NUMBER_FILE_BYTES));
  } catch (error) {
    if (!isKlschedError(error)) throw error;
    const reason = (error as { reason?: unknown }).reason;
    return fail(typeof reason === "string" ? reason : error.message);
  }
  if (extension !== ".npy") return numbersFromText(bytes.toString("utf8"), fields, fail);
  let array: NpyArray;
  try {
    array = parseNpy(new Uint8Array(bytes), path);
  } catch (error) {
    if (isInvalidArgumentError(error)) return fail(error.reason);
    throw error;
  }
  if (array.shape.length !== 1) fail(`expected a 1-D array, not shape (${array.shape.join(", ")})`);
  return { values: Array.from(array.data), table: false };
}

/**
 * The loader `parseProcess` calls for `ddpm:betas=FILE`: the betas in a `.npy`, `.json` (a list, or
 * an object with `trained_betas` as in a diffusers scheduler config, or `betas`), `.csv` or `.txt` file.
 * A file that cannot be read is an error on the process spec.
 */
export function loadBetas(path: string): number[] {
  const fail: Fail = (reason) => {
    throw new InvalidArgumentError("process", path, `betas file: ${reason}`);
  };
  return readNumberFile(path, { names: ["trained_betas", "betas"], nullIsInfinity: false }, fail).values;
}
