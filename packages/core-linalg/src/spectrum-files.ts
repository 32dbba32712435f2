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
    // in klsched's words: the parser's message quotes the text, newlines and control characters included
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new InvalidArgumentError(
      label,
      text.slice(0, 40),
      `malformed JSON${position === undefined ? "" : ` at character ${position}`}`,
    );
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
 * A spectrum from CSV or plain text: one number per line (LF, CRLF or CR line ends), blank lines and `#`
 * comments skipped. Anything else on a line is refused rather than cut to its first value: `3,2,1`,
 * `3;2;1`, `3 2 1`, a header row, or a decimal comma (`1,5`: write 1.5).
 *
 * @example
 * ```ts
 * import { spectrumFromCsv } from "@klsched/core-linalg";
 * spectrumFromCsv("# eigenvalues\n0.5\n2\n").eigenvalues; // Float64Array [2, 0.5]
 * ```
 */
export function spectrumFromCsv(text: string, label = "csv"): Spectrum {
  const values: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const value = /[,;\s]/.test(trimmed) ? Number.NaN : parseNumber(trimmed);
    if (Number.isNaN(value)) {
      const hint = /^[-+]?\d+,\d+$/.test(trimmed)
        ? " (a decimal comma? write the number with a point)"
        : /[,;\s]/.test(trimmed)
          ? " (one number per line; a line holds several values)"
          : "";
      throw new InvalidArgumentError(`${label} line ${i + 1}`, trimmed, `expected one number per line${hint}`);
    }
    values.push(value);
  });
  return createSpectrum(values, label);
}
