export { type CovarianceShard, encodeShard, SHARD_FORMAT_VERSION } from "./covariance-shard.js";
export { accumulateCovarianceInWorkers, type WorkerCovarianceOptions } from "./covariance-workers.js";
export { readAllRows } from "./data-rows.js";
export { type FitOptions, type FitStage, fitMixture } from "./fit-mixture.js";
export {
  DEFAULT_MAX_PIXELS,
  IMAGE_EXTENSIONS,
  type ImageFolder,
  type ImageFolderOptions,
  openImageFolder,
} from "./image-folder.js";
export { encodeImageGrid, type GridRow } from "./image-grid.js";
export { isSpectrumPath, loadSpectrum, SPECTRUM_FILE_BYTES } from "./load-spectrum.js";
export {
  type ChannelLayout,
  type FloorSource,
  MAX_EXACT_DIMENSION,
  type MeasuredSpectrum,
  type MeasureOptions,
  type MeasureStage,
  measureSpectrum,
  type SpectrumFloor,
  type SpectrumMethod,
  type SpectrumRoute,
} from "./measure-spectrum.js";
export { type MergeOptions, mergeShards, SHARD_FILE_BYTES } from "./merge-shards.js";
export { MIXTURE_FIT_KEYS, MIXTURE_FIT_SUMMARIES, type MixtureFit, parseMixtureFit } from "./mixture-spec.js";
export { DATASET_NAMES, type Dataset, type DatasetSource, loadDataset } from "./mnist-dataset.js";
export { openNpyData } from "./npy-data.js";
export { PIXEL_STEP } from "./pixels.js";
export { readRegularFile } from "./regular-file.js";
export { measureTopSpectrum, type TopSpectrum, type TopSpectrumOptions } from "./top-spectrum.js";
