import { basename, extname } from "node:path";
import {
  InvalidArgumentError,
  isInvalidArgumentError,
  type Spectrum,
  spectrumFromCsv,
  spectrumFromJson,
  spectrumFromNpy,
  syntheticSpectrum,
} from "@klsched/core-linalg";

import { readRegularFile } from "./regular-file.js";

const FILE_EXTENSIONS = [".npy", ".json", ".csv", ".txt"];

/**
 * The largest spectrum file read: 1 GiB, room for MAX_DIMENSION (2²⁴) eigenvalues as float64 `.npy`
 * (128 MiB) or as text at up to 64 characters a number.
 */
export const SPECTRUM_FILE_BYTES = 2 ** 30;

/**
 * True when a `--spectrum` value names a file rather than a built-in spec: it has a spectrum file's
 * extension or a path separator.
 *
 * @example
 * ```ts
 * import { isSpectrumPath } from "@klsched/datasets";
 * isSpectrumPath("eigenvalues.npy"); // true
 * isSpectrumPath("data/eigen"); // true
 * isSpectrumPath("isotropic:d=4,lambda=1"); // false
 * ```
 */
export function isSpectrumPath(text: string): boolean {
  return FILE_EXTENSIONS.includes(extname(text).toLowerCase()) || text.includes("/") || text.includes("\\");
}

/**
 * Resolves a `--spectrum` value: a built-in spec, or a `.npy`/`.json`/`.csv`/`.txt` file, which must be a
 * regular file (not a folder, a device, a FIFO) of at most {@link SPECTRUM_FILE_BYTES}.
 *
 * @example
 * ```ts
 * import { loadSpectrum } from "@klsched/datasets";
 * // eigenvalues.csv holds "# eigenvalue", "0.5" and "2", one a line
 * const fromFile = loadSpectrum("eigenvalues.csv");
 * fromFile.eigenvalues; // Float64Array [2, 0.5]
 * fromFile.label; // "eigenvalues.csv"
 * loadSpectrum("isotropic:d=2,lambda=3").eigenvalues; // Float64Array [3, 3]
 * ```
 * @throws InvalidArgumentError for an unknown file type, a file that cannot be read or parsed, or a
 * spec `syntheticSpectrum` refuses.
 * @throws InvalidSpectrumError for an eigenvalue `createSpectrum` refuses.
 */
export function loadSpectrum(text: string, argument = "spectrum"): Spectrum {
  if (!isSpectrumPath(text)) return syntheticSpectrum(text, argument);
  const extension = extname(text).toLowerCase();
  if (!FILE_EXTENSIONS.includes(extension)) {
    throw new InvalidArgumentError(argument, text, "unknown file type (expected .npy, .json, .csv or .txt)");
  }
  const bytes = Buffer.from(readRegularFile(text, argument, SPECTRUM_FILE_BYTES));
  const label = basename(text);
  const withArgument = <T>(read: () => T): T => {
    try {
      return read();
    } catch (error) {
      if (isInvalidArgumentError(error)) throw error;
      throw new InvalidArgumentError(argument, text, (error as Error).message);
    }
  };
  if (extension === ".npy") return withArgument(() => spectrumFromNpy(new Uint8Array(bytes), label));
  const text8 = bytes.toString("utf8");
  return withArgument(() => (extension === ".json" ? spectrumFromJson(text8, label) : spectrumFromCsv(text8, label)));
}
