import { BUILTIN_SPECTRA, builtinSpectrum } from "./builtin-spectra.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { parseSpec, SpecReader } from "./spec.js";
import { geometricSpectrum, isotropicSpectrum, powerlawSpectrum, type Spectrum } from "./spectrum.js";

/** The kinds of built-in synthetic spectra (the CLI reference, "Spectrum"). */
export const SYNTHETIC_SPECTRUM_KINDS = ["isotropic", "geometric", "powerlaw"] as const;

/**
 * Builds a spectrum from its spec: the synthetic `isotropic:d=…,lambda=…`, `geometric:d=…,min=…,max=…`,
 * `powerlaw:d=…,exponent=…,scale=…`, or a built-in real spectrum by name (`mnist`, see
 * {@link builtinSpectrum}). File paths are read by `loadSpectrum` in `@klsched/datasets`.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * syntheticSpectrum("geometric:d=3,min=0.01,max=1").eigenvalues; // Float64Array [1, 0.1, 0.01]
 * syntheticSpectrum("isotropic:d=4").eigenvalues; // Float64Array [1, 1, 1, 1]
 * syntheticSpectrum("mnist").eigenvalues.length; // 784
 * ```
 * @throws InvalidArgumentError for an unknown kind or key, or a value out of its range.
 */
export function syntheticSpectrum(text: string, argument = "spectrum"): Spectrum {
  const spec = parseSpec(text, argument);
  const dimension = (r: SpecReader) => r.number("d", undefined, { integer: true, min: 1, max: 1 << 24 });
  switch (spec.kind) {
    case "isotropic": {
      const r = new SpecReader(spec, ["d", "lambda"], argument);
      return isotropicSpectrum(dimension(r), r.number("lambda", 1, { positive: true }));
    }
    case "geometric": {
      const r = new SpecReader(spec, ["d", "min", "max"], argument);
      const d = dimension(r);
      const min = r.number("min", 1e-4, { positive: true });
      const max = r.number("max", 10, { positive: true });
      if (min > max) throw new InvalidArgumentError(argument, text, `min=${min} exceeds max=${max}`);
      if (d === 1 && min !== max) throw new InvalidArgumentError(argument, text, "d=1 needs min = max");
      return geometricSpectrum(d, min, max);
    }
    case "powerlaw": {
      const r = new SpecReader(spec, ["d", "exponent", "scale"], argument);
      const d = dimension(r);
      return powerlawSpectrum(d, r.number("exponent", 1, { min: 0, max: 64 }), r.number("scale", 1, { positive: true }));
    }
    case "mnist":
      new SpecReader(spec, [], argument); // a built-in takes no keys
      return builtinSpectrum(spec.kind);
    default:
      throw new InvalidArgumentError(
        argument,
        text,
        `unknown spectrum kind "${spec.kind}" (expected ${[...SYNTHETIC_SPECTRUM_KINDS, ...BUILTIN_SPECTRA].join(", ")} or a .npy/.json/.csv file)`,
      );
  }
}
