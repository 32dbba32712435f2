export {
  MAX_KRYLOV_ENTRIES,
  type SymmetricOperator,
  type TopEigenvalueOptions,
  type TopEigenvalues,
  topEigenvalues,
} from "./block-krylov.js";
export { BUILTIN_SPECTRA, type BuiltinSpectrumName, builtinSpectrum } from "./builtin-spectra.js";
export { CompensatedAccumulator, compensatedSum } from "./compensated-sum.js";
export { CorruptFileError } from "./corrupt-file-error.js";
export { CovarianceAccumulator, type CovarianceMoments } from "./covariance-accumulator.js";
export { type CovarianceOperator, type CovarianceOperatorOptions, covarianceOperator } from "./covariance-operator.js";
export {
  type AccumulateOptions,
  accumulateCovariance,
  type DataMatrix,
  DEFAULT_BATCH_ROWS,
  type ImageShape,
  type ProgressCallback,
} from "./data-matrix.js";
export { createGaussianMixture, type GaussianMixture, type MixtureComponent, mixtureComponent } from "./gaussian-mixture.js";
export { type GramSpectrum, gramSpectrum, MAX_GRAM_ROWS } from "./gram-spectrum.js";
export { InvalidArgumentError, isInvalidArgumentError } from "./invalid-argument-error.js";
export { InvalidSpectrumError } from "./invalid-spectrum-error.js";
export { isKlschedError, KLSCHED_ERROR_CODES, KlschedError, type KlschedErrorCode } from "./klsched-error.js";
export { checkLimit, LimitExceededError } from "./limit-exceeded-error.js";
export { lnCos } from "./ln-cos.js";
export { matrixProduct, type RightMultiplier, rightMultiplier } from "./matrix-product.js";
export { mixtureCovariance, mixtureMean, mixtureSpectrum } from "./mixture-covariance.js";
export { type MixtureLevel, type MixtureProjector, mixtureLogDensities, mixtureProjector } from "./mixture-projection.js";
export { type MixtureSamples, sampleMixture } from "./mixture-sampling.js";
export { encodeNpy, type NpyArray, parseNpy } from "./npy.js";
export { phi } from "./phi.js";
export { type SeededRandom, seededRandom } from "./seeded-random.js";
export { checkNumber, type NumberRule, parseNumber, parseSpec, type Spec, SpecReader } from "./spec.js";
export {
  assertNever,
  type ChoiceKey,
  describeKeys,
  exampleSpec,
  type KeySpec,
  type KeySpecs,
  type KeyValue,
  type KeyValues,
  type NumberKey,
  readKeys,
  type TextKey,
} from "./spec-keys.js";
export { type SpectralDensity, type SpectralDensityOptions, spectralDensity } from "./spectral-density.js";
export {
  createSpectrum,
  EIGENVALUE_RANGE,
  geometricSpectrum,
  isotropicSpectrum,
  isSpectrum,
  MAX_DIMENSION,
  powerlawSpectrum,
  SPECTRUM_BRAND,
  type Spectrum,
} from "./spectrum.js";
export { spectrumFromCsv, spectrumFromJson, spectrumFromNpy } from "./spectrum-files.js";
export { SYNTHETIC_SPECTRUM_KINDS, syntheticSpectrum } from "./spectrum-spec.js";
export { type SpectrumSummary, summarizeSpectrum } from "./spectrum-summary.js";
export { TAIL_MODELS, type TailModel, type TailOptions, withTail } from "./spectrum-tail.js";
export { accumulatePowerSpectrum, PowerSpectrumAccumulator } from "./stationary-spectrum.js";
export { type SymmetricEigendecomposition, symmetricEigendecomposition } from "./symmetric-eigensolver.js";
export { symmetricEigenvalues } from "./symmetric-eigenvalues.js";
