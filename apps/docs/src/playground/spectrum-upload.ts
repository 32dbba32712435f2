/**
 * Reads an uploaded file as a spectrum with core-linalg's browser-safe loaders, within limits that keep
 * the page responsive. Every refusal is one sentence a person can act on.
 */
import { parseNpy, type Spectrum, spectrumFromCsv, spectrumFromJson, spectrumFromNpy } from "@klsched/core-linalg";
import { messageOf } from "./engine";

/** Limits on an upload: file size, number of eigenvalues, and side of a covariance matrix (its eigendecomposition is O(n³)). */
export const UPLOAD_LIMITS = { bytes: 16 * 1024 * 1024, eigenvalues: 65536, covarianceSide: 1024 } as const;

/** The file extensions the playground reads. */
export const UPLOAD_EXTENSIONS = [".npy", ".json", ".csv", ".txt"] as const;

/** Why a file cannot be used as a spectrum. */
export class UploadError extends Error {
  override readonly name = "UploadError";
}

/** The spectrum in a `.npy` (1-D eigenvalues or 2-D covariance), `.json` or `.csv`/`.txt` file. */
export function readUploadedSpectrum(name: string, bytes: Uint8Array): Spectrum {
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? "";
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UploadError(`“${name}” is not a .npy, .json, .csv or .txt file.`);
  }
  if (bytes.length > UPLOAD_LIMITS.bytes) {
    throw new UploadError(
      `“${name}” is ${megabytes(bytes.length)}; the playground reads files up to ${megabytes(UPLOAD_LIMITS.bytes)}.`,
    );
  }
  let spectrum: Spectrum;
  try {
    if (extension === ".npy") {
      const { shape } = parseNpy(bytes, name);
      const side = shape.length === 2 && shape[0] === shape[1] ? (shape[0] as number) : 0;
      if (side > UPLOAD_LIMITS.covarianceSide) {
        throw new UploadError(
          `“${name}” is a ${side}×${side} covariance; the playground diagonalises at most ${UPLOAD_LIMITS.covarianceSide}×${UPLOAD_LIMITS.covarianceSide} (compute its eigenvalues with \`klsched spectrum --npy\` and upload those).`,
        );
      }
      spectrum = spectrumFromNpy(bytes, name);
    } else {
      const text = new TextDecoder().decode(bytes);
      spectrum = extension === ".json" ? spectrumFromJson(text, name) : spectrumFromCsv(text, name);
    }
  } catch (error) {
    if (error instanceof UploadError) throw error;
    throw new UploadError(`“${name}” is not a usable spectrum: ${messageOf(error)}.`);
  }
  const d = spectrum.eigenvalues.length;
  if (d > UPLOAD_LIMITS.eigenvalues) {
    throw new UploadError(`“${name}” has ${d} eigenvalues; the playground takes at most ${UPLOAD_LIMITS.eigenvalues}.`);
  }
  return spectrum;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
