import { InvalidArgumentError } from "./invalid-argument-error.js";
import { parseNpy } from "./npy.js";
import { parseNumber } from "./spec.js";
import { createSpectrum, type Spectrum } from "./spectrum.js";
import { symmetricEigenvalues } from "./symmetric-eigenvalues.js";

/**
 * A spectrum from `.npy` bytes: a 1-D array is taken as the eigenvalues, a square 2-D array as a
 * covariance matrix whose eigenvalues are computed.
 *
 * @example
 * ```ts
 * import { encodeNpy, spectrumFromNpy } from "@klsched/core-linalg";
 * spectrumFromNpy(encodeNpy([0.5, 2]), "eigenvalues.npy").eigenvalues; // Float64Array [2, 0.5]
 * ```
 * @throws InvalidArgumentError for a malformed `.npy`, another shape, or a covariance {@link symmetricEigenvalues} refuses.
 * @throws InvalidSpectrumError for an eigenvalue {@link createSpectrum} refuses.
 */
export function spectrumFromNpy(bytes: Uint8Array, label = "npy"): Spectrum {
  const { shape, data } = parseNpy(bytes, label);
  if (shape.length === 1) return createSpectrum(data, label);
  if (shape.length === 2 && shape[0] === shape[1]) {
    return createSpectrum(symmetricEigenvalues(data, shape[0] as number), label);
  }
  throw new InvalidArgumentError(label, `shape (${shape.join(", ")})`, "expected 1-D eigenvalues or a square 2-D covariance");
}

/**
 * A spectrum from JSON text: an array of numbers, or `{"eigenvalues": [...]}`.
 *
 * @example
 * ```ts
 * import { spectrumFromJson } from "@klsched/core-linalg";
 * spectrumFromJson('{"eigenvalues": [0.5, 2]}').eigenvalues; // Float64Array [2, 0.5]
 * spectrumFromJson("[1, 4]", "mine.json").label; // "mine.json"
 * ```
 * @throws InvalidArgumentError for malformed JSON, another layout or a value that is not a number.
 * @throws InvalidSpectrumError for an eigenvalue {@link createSpectrum} refuses.
 */
export function spectrumFromJson(text: string, label = "json"): Spectrum {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InvalidArgumentError(label, text.slice(0, 40), `malformed JSON (${(error as Error).message})`);
  }
  const values = Array.isArray(parsed) ? parsed : (parsed as { eigenvalues?: unknown } | null)?.eigenvalues;
  if (!Array.isArray(values)) {
    throw new InvalidArgumentError(label, text.slice(0, 40), 'expected an array of numbers or {"eigenvalues": [...]}');
  }
  const numbers = values.map((v, i) => {
    if (typeof v !== "number") throw new InvalidArgumentError(`${label}[${i}]`, v, "expected a number");
    return v;
  });
  return createSpectrum(numbers, label);
}

/**
 * A spectrum from CSV or plain text: one number per line (the first column), blank lines and `#` comments skipped.
 *
 * @example
 * ```ts
 * import { spectrumFromCsv } from "@klsched/core-linalg";
 * spectrumFromCsv("# eigenvalue,source\n0.5,pca\n2,pca\n").eigenvalues; // Float64Array [2, 0.5]
 * ```
 * @throws InvalidArgumentError for a line whose first column is not a number.
 * @throws InvalidSpectrumError for an eigenvalue {@link createSpectrum} refuses.
 */
export function spectrumFromCsv(text: string, label = "csv"): Spectrum {
  const values: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const first = trimmed.split(/[,;\s]/)[0] as string;
    const value = parseNumber(first);
    if (Number.isNaN(value)) throw new InvalidArgumentError(`${label} line ${i + 1}`, first, "expected a number");
    values.push(value);
  });
  return createSpectrum(values, label);
}
