export { CompensatedAccumulator, compensatedSum } from "./compensated-sum.js";
export { CovarianceAccumulator } from "./covariance-accumulator.js";
export { gaussLegendre } from "./gauss-legendre.js";
export { InvalidArgumentError } from "./invalid-argument-error.js";
export { InvalidSpectrumError } from "./invalid-spectrum-error.js";
export { KlschedError } from "./klsched-error.js";
export { type LbfgsOptions, type LbfgsResult, minimizeLbfgs, type ObjectiveWithGradient } from "./lbfgs.js";
export { lnCos } from "./ln-cos.js";
export { minimizeScalar } from "./minimize-scalar.js";
export { encodeNpy, type NpyArray, parseNpy } from "./npy.js";
export { phi } from "./phi.js";
export { checkNumber, type NumberRule, parseNumber, parseSpec, type Spec, SpecReader } from "./spec.js";
export {
  createSpectrum,
  EIGENVALUE_RANGE,
  geometricSpectrum,
  isotropicSpectrum,
  powerlawSpectrum,
  type Spectrum,
} from "./spectrum.js";
export { spectrumFromCsv, spectrumFromJson, spectrumFromNpy } from "./spectrum-files.js";
export { SYNTHETIC_SPECTRUM_KINDS, syntheticSpectrum } from "./spectrum-spec.js";
export { type SpectrumSummary, summarizeSpectrum } from "./spectrum-summary.js";
export { type SymmetricEigendecomposition, symmetricEigendecomposition } from "./symmetric-eigensolver.js";
export { symmetricEigenvalues } from "./symmetric-eigenvalues.js";
