var __defProp = Object.defineProperty;
var __typeError = (msg) => {
  throw TypeError(msg);
};
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
var __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);
var __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj));
var __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);
var __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);
var __privateMethod = (obj, member, method) => (__accessCheck(obj, member, "access private method"), method);
var __privateWrapper = (obj, member, setter, getter) => ({
  set _(value) {
    __privateSet(obj, member, value, setter);
  },
  get _() {
    return __privateGet(obj, member, getter);
  }
});
var _worker, _nextId, _latestCompute, _running, _lastStarted, _watchdog, _loads, _onResponse, _graceMs, _PlaygroundWorker_instances, send_fn, restart_fn, ensureWorker_fn, receive_fn;
import { v as vueExports, s as ssrRenderAttrs_1, c as ssrRenderSlot_1, d as ssrInterpolate_1, _ as _export_sfc, a as ssrRenderAttr_1, e as ssrRenderList_1, b as ssrRenderComponent_1, f as ssrRenderVNode, g as ssrRenderClass_1, h as ssrIncludeBooleanAttr, r as renderToString_1 } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const _sfc_main$16 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPBadge",
  __ssrInlineRender: true,
  props: {
    text: {},
    type: { default: "tip" }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<span${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPBadge", __props.type]
      }, _attrs))}>`);
      ssrRenderSlot_1(_ctx.$slots, "default", {}, () => {
        _push(`${ssrInterpolate_1(__props.text)}`);
      }, _push, _parent);
      _push(`</span>`);
    };
  }
});
const _sfc_setup$16 = _sfc_main$16.setup;
_sfc_main$16.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPBadge.vue");
  return _sfc_setup$16 ? _sfc_setup$16(props, ctx) : void 0;
};
function deserializeFunctions(r) {
  return Array.isArray(r) ? r.map(deserializeFunctions) : typeof r == "object" && r !== null ? Object.keys(r).reduce((t, n) => (t[n] = deserializeFunctions(r[n]), t), {}) : typeof r == "string" && r.startsWith("_vp-fn_") ? new Function(`return ${r.slice(7)}`)() : r;
}
const siteData = deserializeFunctions(JSON.parse('{"lang":"en-GB","dir":"ltr","title":"klsched","description":"KL-optimal noise schedules for diffusion samplers, in closed form for Gaussian sources.","base":"/","head":[],"router":{"prefetchLinks":true},"appearance":true,"themeConfig":{"nav":[{"text":"Guide","link":"/guide/quick-start","activeMatch":"^/guide/"},{"text":"Theory","link":"/theory/","activeMatch":"^/theory/"},{"text":"Reference","link":"/reference/cli","activeMatch":"^/reference/"},{"text":"Packages","link":"/packages/","activeMatch":"^/packages/"},{"text":"API","link":"/api/","activeMatch":"^/api/"},{"text":"Playground","link":"/playground"}],"sidebar":{"/guide/":[{"text":"Guide","items":[{"text":"Quick start","link":"/guide/quick-start"},{"text":"Pick a schedule for your model","link":"/guide/pick-a-schedule"},{"text":"Does the Gaussian ranking hold on real data?","link":"/guide/real-data"},{"text":"Conventions","link":"/guide/conventions"},{"text":"No silent wrong answers","link":"/guide/contract"},{"text":"Reproduced schedules","link":"/guide/reproduced-schedules"}]}],"/theory/":[{"text":"Theory","items":[{"text":"Overview","link":"/theory/"},{"text":"§1 Model","link":"/theory/model"},{"text":"§2 DDIM in closed form","link":"/theory/closed-form"},{"text":"§2, cont.: samplers in closed form","link":"/theory/samplers"},{"text":"§3 Divergences","link":"/theory/divergences"},{"text":"§4 One eigenvalue: the tangent law","link":"/theory/tangent-law"},{"text":"§5 Many steps: Euler–Maclaurin","link":"/theory/asymptotics"},{"text":"§6 A spectrum: the geodesic","link":"/theory/geodesic"},{"text":"§7 Pretrained models","link":"/theory/pretrained"},{"text":"§8 Spectra from data: the stationary estimate","link":"/theory/stationary"}]}],"/reference/":[{"text":"Reference","items":[{"text":"CLI reference","link":"/reference/cli"}]}],"/packages/":[{"text":"Packages","items":[{"text":"How they fit together","link":"/packages/"},{"text":"@klsched/core-linalg","link":"/packages/core-linalg"},{"text":"@klsched/datasets","link":"/packages/datasets"},{"text":"@klsched/discretization","link":"/packages/discretization"},{"text":"@klsched/gaussian-flow","link":"/packages/gaussian-flow"},{"text":"@klsched/kl-metrics","link":"/packages/kl-metrics"},{"text":"@klsched/schedule-optim","link":"/packages/schedule-optim"},{"text":"@klsched/cli","link":"/packages/cli"}]}],"/api/":[{"text":"API reference","link":"/api/","items":[{"text":"@klsched/core-linalg","link":"/api/@klsched/core-linalg/"},{"text":"@klsched/datasets","link":"/api/@klsched/datasets/"},{"text":"@klsched/discretization","link":"/api/@klsched/discretization/"},{"text":"@klsched/gaussian-flow","link":"/api/@klsched/gaussian-flow/"},{"text":"@klsched/kl-metrics","link":"/api/@klsched/kl-metrics/"},{"text":"@klsched/schedule-optim","link":"/api/@klsched/schedule-optim/"}]}],"/api/@klsched/core-linalg/":[{"text":"API reference","link":"/api/","items":[{"text":"@klsched/core-linalg","link":"/api/@klsched/core-linalg/"},{"text":"@klsched/datasets","link":"/api/@klsched/datasets/"},{"text":"@klsched/discretization","link":"/api/@klsched/discretization/"},{"text":"@klsched/gaussian-flow","link":"/api/@klsched/gaussian-flow/"},{"text":"@klsched/kl-metrics","link":"/api/@klsched/kl-metrics/"},{"text":"@klsched/schedule-optim","link":"/api/@klsched/schedule-optim/"}]},{"text":"@klsched/core-linalg","link":"/api/@klsched/core-linalg/","collapsed":false,"items":[{"text":"index","link":"/api/@klsched/core-linalg/index/","collapsed":true,"items":[{"text":"Classes","collapsed":true,"items":[{"text":"CompensatedAccumulator","link":"/api/@klsched/core-linalg/index/classes/CompensatedAccumulator.md"},{"text":"CorruptFileError","link":"/api/@klsched/core-linalg/index/classes/CorruptFileError.md"},{"text":"CovarianceAccumulator","link":"/api/@klsched/core-linalg/index/classes/CovarianceAccumulator.md"},{"text":"InvalidArgumentError","link":"/api/@klsched/core-linalg/index/classes/InvalidArgumentError.md"},{"text":"InvalidSpectrumError","link":"/api/@klsched/core-linalg/index/classes/InvalidSpectrumError.md"},{"text":"KlschedError","link":"/api/@klsched/core-linalg/index/classes/KlschedError.md"},{"text":"LimitExceededError","link":"/api/@klsched/core-linalg/index/classes/LimitExceededError.md"},{"text":"PowerSpectrumAccumulator","link":"/api/@klsched/core-linalg/index/classes/PowerSpectrumAccumulator.md"},{"text":"SpecReader","link":"/api/@klsched/core-linalg/index/classes/SpecReader.md"}]},{"text":"Interfaces","collapsed":true,"items":[{"text":"AccumulateOptions","link":"/api/@klsched/core-linalg/index/interfaces/AccumulateOptions.md"},{"text":"ChoiceKey","link":"/api/@klsched/core-linalg/index/interfaces/ChoiceKey.md"},{"text":"DataMatrix","link":"/api/@klsched/core-linalg/index/interfaces/DataMatrix.md"},{"text":"GaussianMixture","link":"/api/@klsched/core-linalg/index/interfaces/GaussianMixture.md"},{"text":"ImageShape","link":"/api/@klsched/core-linalg/index/interfaces/ImageShape.md"},{"text":"MixtureComponent","link":"/api/@klsched/core-linalg/index/interfaces/MixtureComponent.md"},{"text":"MixtureLevel","link":"/api/@klsched/core-linalg/index/interfaces/MixtureLevel.md"},{"text":"MixtureProjector","link":"/api/@klsched/core-linalg/index/interfaces/MixtureProjector.md"},{"text":"MixtureSamples","link":"/api/@klsched/core-linalg/index/interfaces/MixtureSamples.md"},{"text":"NpyArray","link":"/api/@klsched/core-linalg/index/interfaces/NpyArray.md"},{"text":"NumberKey","link":"/api/@klsched/core-linalg/index/interfaces/NumberKey.md"},{"text":"NumberRule","link":"/api/@klsched/core-linalg/index/interfaces/NumberRule.md"},{"text":"RightMultiplier","link":"/api/@klsched/core-linalg/index/interfaces/RightMultiplier.md"},{"text":"SeededRandom","link":"/api/@klsched/core-linalg/index/interfaces/SeededRandom.md"},{"text":"Spec","link":"/api/@klsched/core-linalg/index/interfaces/Spec.md"},{"text":"Spectrum","link":"/api/@klsched/core-linalg/index/interfaces/Spectrum.md"},{"text":"SpectrumSummary","link":"/api/@klsched/core-linalg/index/interfaces/SpectrumSummary.md"},{"text":"SymmetricEigendecomposition","link":"/api/@klsched/core-linalg/index/interfaces/SymmetricEigendecomposition.md"},{"text":"TextKey","link":"/api/@klsched/core-linalg/index/interfaces/TextKey.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"BuiltinSpectrumName","link":"/api/@klsched/core-linalg/index/type-aliases/BuiltinSpectrumName.md"},{"text":"KeySpec","link":"/api/@klsched/core-linalg/index/type-aliases/KeySpec.md"},{"text":"KeySpecs","link":"/api/@klsched/core-linalg/index/type-aliases/KeySpecs.md"},{"text":"KeyValue","link":"/api/@klsched/core-linalg/index/type-aliases/KeyValue.md"},{"text":"KeyValues","link":"/api/@klsched/core-linalg/index/type-aliases/KeyValues.md"},{"text":"KlschedErrorCode","link":"/api/@klsched/core-linalg/index/type-aliases/KlschedErrorCode.md"},{"text":"ProgressCallback","link":"/api/@klsched/core-linalg/index/type-aliases/ProgressCallback.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"BUILTIN_SPECTRA","link":"/api/@klsched/core-linalg/index/variables/BUILTIN_SPECTRA.md"},{"text":"DEFAULT_BATCH_ROWS","link":"/api/@klsched/core-linalg/index/variables/DEFAULT_BATCH_ROWS.md"},{"text":"EIGENVALUE_RANGE","link":"/api/@klsched/core-linalg/index/variables/EIGENVALUE_RANGE.md"},{"text":"KLSCHED_ERROR_CODES","link":"/api/@klsched/core-linalg/index/variables/KLSCHED_ERROR_CODES.md"},{"text":"MAX_DIMENSION","link":"/api/@klsched/core-linalg/index/variables/MAX_DIMENSION.md"},{"text":"SPECTRUM_BRAND","link":"/api/@klsched/core-linalg/index/variables/SPECTRUM_BRAND.md"},{"text":"SYNTHETIC_SPECTRUM_KINDS","link":"/api/@klsched/core-linalg/index/variables/SYNTHETIC_SPECTRUM_KINDS.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"accumulateCovariance","link":"/api/@klsched/core-linalg/index/functions/accumulateCovariance.md"},{"text":"accumulatePowerSpectrum","link":"/api/@klsched/core-linalg/index/functions/accumulatePowerSpectrum.md"},{"text":"assertNever","link":"/api/@klsched/core-linalg/index/functions/assertNever.md"},{"text":"builtinSpectrum","link":"/api/@klsched/core-linalg/index/functions/builtinSpectrum.md"},{"text":"checkLimit","link":"/api/@klsched/core-linalg/index/functions/checkLimit.md"},{"text":"checkNumber","link":"/api/@klsched/core-linalg/index/functions/checkNumber.md"},{"text":"compensatedSum","link":"/api/@klsched/core-linalg/index/functions/compensatedSum.md"},{"text":"createGaussianMixture","link":"/api/@klsched/core-linalg/index/functions/createGaussianMixture.md"},{"text":"createSpectrum","link":"/api/@klsched/core-linalg/index/functions/createSpectrum.md"},{"text":"describeKeys","link":"/api/@klsched/core-linalg/index/functions/describeKeys.md"},{"text":"encodeNpy","link":"/api/@klsched/core-linalg/index/functions/encodeNpy.md"},{"text":"exampleSpec","link":"/api/@klsched/core-linalg/index/functions/exampleSpec.md"},{"text":"geometricSpectrum","link":"/api/@klsched/core-linalg/index/functions/geometricSpectrum.md"},{"text":"isInvalidArgumentError","link":"/api/@klsched/core-linalg/index/functions/isInvalidArgumentError.md"},{"text":"isKlschedError","link":"/api/@klsched/core-linalg/index/functions/isKlschedError.md"},{"text":"isotropicSpectrum","link":"/api/@klsched/core-linalg/index/functions/isotropicSpectrum.md"},{"text":"isSpectrum","link":"/api/@klsched/core-linalg/index/functions/isSpectrum.md"},{"text":"lnCos","link":"/api/@klsched/core-linalg/index/functions/lnCos.md"},{"text":"matrixProduct","link":"/api/@klsched/core-linalg/index/functions/matrixProduct.md"},{"text":"mixtureComponent","link":"/api/@klsched/core-linalg/index/functions/mixtureComponent.md"},{"text":"mixtureCovariance","link":"/api/@klsched/core-linalg/index/functions/mixtureCovariance.md"},{"text":"mixtureLogDensities","link":"/api/@klsched/core-linalg/index/functions/mixtureLogDensities.md"},{"text":"mixtureMean","link":"/api/@klsched/core-linalg/index/functions/mixtureMean.md"},{"text":"mixtureProjector","link":"/api/@klsched/core-linalg/index/functions/mixtureProjector.md"},{"text":"mixtureSpectrum","link":"/api/@klsched/core-linalg/index/functions/mixtureSpectrum.md"},{"text":"parseNpy","link":"/api/@klsched/core-linalg/index/functions/parseNpy.md"},{"text":"parseNumber","link":"/api/@klsched/core-linalg/index/functions/parseNumber.md"},{"text":"parseSpec","link":"/api/@klsched/core-linalg/index/functions/parseSpec.md"},{"text":"phi","link":"/api/@klsched/core-linalg/index/functions/phi.md"},{"text":"powerlawSpectrum","link":"/api/@klsched/core-linalg/index/functions/powerlawSpectrum.md"},{"text":"readKeys","link":"/api/@klsched/core-linalg/index/functions/readKeys.md"},{"text":"rightMultiplier","link":"/api/@klsched/core-linalg/index/functions/rightMultiplier.md"},{"text":"sampleMixture","link":"/api/@klsched/core-linalg/index/functions/sampleMixture.md"},{"text":"seededRandom","link":"/api/@klsched/core-linalg/index/functions/seededRandom.md"},{"text":"spectrumFromCsv","link":"/api/@klsched/core-linalg/index/functions/spectrumFromCsv.md"},{"text":"spectrumFromJson","link":"/api/@klsched/core-linalg/index/functions/spectrumFromJson.md"},{"text":"spectrumFromNpy","link":"/api/@klsched/core-linalg/index/functions/spectrumFromNpy.md"},{"text":"summarizeSpectrum","link":"/api/@klsched/core-linalg/index/functions/summarizeSpectrum.md"},{"text":"symmetricEigendecomposition","link":"/api/@klsched/core-linalg/index/functions/symmetricEigendecomposition.md"},{"text":"symmetricEigenvalues","link":"/api/@klsched/core-linalg/index/functions/symmetricEigenvalues.md"},{"text":"syntheticSpectrum","link":"/api/@klsched/core-linalg/index/functions/syntheticSpectrum.md"}]}]},{"text":"npy","link":"/api/@klsched/core-linalg/npy/","collapsed":true,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"NpyElement","link":"/api/@klsched/core-linalg/npy/interfaces/NpyElement.md"},{"text":"NpyHeader","link":"/api/@klsched/core-linalg/npy/interfaces/NpyHeader.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"NPY_PREAMBLE_BYTES","link":"/api/@klsched/core-linalg/npy/variables/NPY_PREAMBLE_BYTES.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"npyDtypeProblem","link":"/api/@klsched/core-linalg/npy/functions/npyDtypeProblem.md"},{"text":"npyHeaderLength","link":"/api/@klsched/core-linalg/npy/functions/npyHeaderLength.md"},{"text":"parseNpyHeader","link":"/api/@klsched/core-linalg/npy/functions/parseNpyHeader.md"}]}]}]}],"/api/@klsched/datasets/":[{"text":"API reference","link":"/api/","items":[{"text":"@klsched/core-linalg","link":"/api/@klsched/core-linalg/"},{"text":"@klsched/datasets","link":"/api/@klsched/datasets/"},{"text":"@klsched/discretization","link":"/api/@klsched/discretization/"},{"text":"@klsched/gaussian-flow","link":"/api/@klsched/gaussian-flow/"},{"text":"@klsched/kl-metrics","link":"/api/@klsched/kl-metrics/"},{"text":"@klsched/schedule-optim","link":"/api/@klsched/schedule-optim/"}]},{"text":"@klsched/datasets","link":"/api/@klsched/datasets/","collapsed":false,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"ChannelLayout","link":"/api/@klsched/datasets/interfaces/ChannelLayout.md"},{"text":"Dataset","link":"/api/@klsched/datasets/interfaces/Dataset.md"},{"text":"DatasetSource","link":"/api/@klsched/datasets/interfaces/DatasetSource.md"},{"text":"FitOptions","link":"/api/@klsched/datasets/interfaces/FitOptions.md"},{"text":"GridRow","link":"/api/@klsched/datasets/interfaces/GridRow.md"},{"text":"ImageFolder","link":"/api/@klsched/datasets/interfaces/ImageFolder.md"},{"text":"ImageFolderOptions","link":"/api/@klsched/datasets/interfaces/ImageFolderOptions.md"},{"text":"MeasuredSpectrum","link":"/api/@klsched/datasets/interfaces/MeasuredSpectrum.md"},{"text":"MeasureOptions","link":"/api/@klsched/datasets/interfaces/MeasureOptions.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"FitStage","link":"/api/@klsched/datasets/type-aliases/FitStage.md"},{"text":"MeasureStage","link":"/api/@klsched/datasets/type-aliases/MeasureStage.md"},{"text":"MixtureFit","link":"/api/@klsched/datasets/type-aliases/MixtureFit.md"},{"text":"SpectrumMethod","link":"/api/@klsched/datasets/type-aliases/SpectrumMethod.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"DATASET_NAMES","link":"/api/@klsched/datasets/variables/DATASET_NAMES.md"},{"text":"DEFAULT_MAX_PIXELS","link":"/api/@klsched/datasets/variables/DEFAULT_MAX_PIXELS.md"},{"text":"IMAGE_EXTENSIONS","link":"/api/@klsched/datasets/variables/IMAGE_EXTENSIONS.md"},{"text":"MAX_EXACT_DIMENSION","link":"/api/@klsched/datasets/variables/MAX_EXACT_DIMENSION.md"},{"text":"MIXTURE_FIT_KEYS","link":"/api/@klsched/datasets/variables/MIXTURE_FIT_KEYS.md"},{"text":"MIXTURE_FIT_SUMMARIES","link":"/api/@klsched/datasets/variables/MIXTURE_FIT_SUMMARIES.md"},{"text":"PIXEL_STEP","link":"/api/@klsched/datasets/variables/PIXEL_STEP.md"},{"text":"SPECTRUM_FILE_BYTES","link":"/api/@klsched/datasets/variables/SPECTRUM_FILE_BYTES.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"encodeImageGrid","link":"/api/@klsched/datasets/functions/encodeImageGrid.md"},{"text":"fitMixture","link":"/api/@klsched/datasets/functions/fitMixture.md"},{"text":"isSpectrumPath","link":"/api/@klsched/datasets/functions/isSpectrumPath.md"},{"text":"loadDataset","link":"/api/@klsched/datasets/functions/loadDataset.md"},{"text":"loadSpectrum","link":"/api/@klsched/datasets/functions/loadSpectrum.md"},{"text":"measureSpectrum","link":"/api/@klsched/datasets/functions/measureSpectrum.md"},{"text":"openImageFolder","link":"/api/@klsched/datasets/functions/openImageFolder.md"},{"text":"openNpyData","link":"/api/@klsched/datasets/functions/openNpyData.md"},{"text":"parseMixtureFit","link":"/api/@klsched/datasets/functions/parseMixtureFit.md"},{"text":"readAllRows","link":"/api/@klsched/datasets/functions/readAllRows.md"},{"text":"readRegularFile","link":"/api/@klsched/datasets/functions/readRegularFile.md"}]}]}],"/api/@klsched/discretization/":[{"text":"API reference","link":"/api/","items":[{"text":"@klsched/core-linalg","link":"/api/@klsched/core-linalg/"},{"text":"@klsched/datasets","link":"/api/@klsched/datasets/"},{"text":"@klsched/discretization","link":"/api/@klsched/discretization/"},{"text":"@klsched/gaussian-flow","link":"/api/@klsched/gaussian-flow/"},{"text":"@klsched/kl-metrics","link":"/api/@klsched/kl-metrics/"},{"text":"@klsched/schedule-optim","link":"/api/@klsched/schedule-optim/"}]},{"text":"@klsched/discretization","link":"/api/@klsched/discretization/","collapsed":false,"items":[{"text":"index","link":"/api/@klsched/discretization/index/","collapsed":true,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"DiscreteTable","link":"/api/@klsched/discretization/index/interfaces/DiscreteTable.md"},{"text":"DistilledLevels","link":"/api/@klsched/discretization/index/interfaces/DistilledLevels.md"},{"text":"DistilledModel","link":"/api/@klsched/discretization/index/interfaces/DistilledModel.md"},{"text":"ExportContext","link":"/api/@klsched/discretization/index/interfaces/ExportContext.md"},{"text":"ExportTarget","link":"/api/@klsched/discretization/index/interfaces/ExportTarget.md"},{"text":"NoiseProcess","link":"/api/@klsched/discretization/index/interfaces/NoiseProcess.md"},{"text":"OwnStrategyDescriptor","link":"/api/@klsched/discretization/index/interfaces/OwnStrategyDescriptor.md"},{"text":"ProcessDescriptor","link":"/api/@klsched/discretization/index/interfaces/ProcessDescriptor.md"},{"text":"ProcessPipeline","link":"/api/@klsched/discretization/index/interfaces/ProcessPipeline.md"},{"text":"ProcessSpecContext","link":"/api/@klsched/discretization/index/interfaces/ProcessSpecContext.md"},{"text":"Resolution","link":"/api/@klsched/discretization/index/interfaces/Resolution.md"},{"text":"Schedule","link":"/api/@klsched/discretization/index/interfaces/Schedule.md"},{"text":"ScheduleExportOptions","link":"/api/@klsched/discretization/index/interfaces/ScheduleExportOptions.md"},{"text":"ScheduleLabels","link":"/api/@klsched/discretization/index/interfaces/ScheduleLabels.md"},{"text":"StrategyOptions","link":"/api/@klsched/discretization/index/interfaces/StrategyOptions.md"},{"text":"StrategySpec","link":"/api/@klsched/discretization/index/interfaces/StrategySpec.md"},{"text":"TargetExport","link":"/api/@klsched/discretization/index/interfaces/TargetExport.md"},{"text":"ToolLevel","link":"/api/@klsched/discretization/index/interfaces/ToolLevel.md"},{"text":"ToolSchedule","link":"/api/@klsched/discretization/index/interfaces/ToolSchedule.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"BetaSchedule","link":"/api/@klsched/discretization/index/type-aliases/BetaSchedule.md"},{"text":"ExportTargetName","link":"/api/@klsched/discretization/index/type-aliases/ExportTargetName.md"},{"text":"LevelUnit","link":"/api/@klsched/discretization/index/type-aliases/LevelUnit.md"},{"text":"PipelineShift","link":"/api/@klsched/discretization/index/type-aliases/PipelineShift.md"},{"text":"ScheduleFormat","link":"/api/@klsched/discretization/index/type-aliases/ScheduleFormat.md"},{"text":"Strategy","link":"/api/@klsched/discretization/index/type-aliases/Strategy.md"},{"text":"TargetUnit","link":"/api/@klsched/discretization/index/type-aliases/TargetUnit.md"},{"text":"ZeroSnrMode","link":"/api/@klsched/discretization/index/type-aliases/ZeroSnrMode.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"CONFIG_SCHEDULERS","link":"/api/@klsched/discretization/index/variables/CONFIG_SCHEDULERS.md"},{"text":"DISTILLED_MODEL_NAMES","link":"/api/@klsched/discretization/index/variables/DISTILLED_MODEL_NAMES.md"},{"text":"DISTILLED_MODELS","link":"/api/@klsched/discretization/index/variables/DISTILLED_MODELS.md"},{"text":"EXPORT_TARGET_NAMES","link":"/api/@klsched/discretization/index/variables/EXPORT_TARGET_NAMES.md"},{"text":"EXPORT_TARGETS","link":"/api/@klsched/discretization/index/variables/EXPORT_TARGETS.md"},{"text":"FLOW_TIMESTEPS","link":"/api/@klsched/discretization/index/variables/FLOW_TIMESTEPS.md"},{"text":"LEVEL_RANGE","link":"/api/@klsched/discretization/index/variables/LEVEL_RANGE.md"},{"text":"LEVEL_UNITS","link":"/api/@klsched/discretization/index/variables/LEVEL_UNITS.md"},{"text":"MAX_STEPS","link":"/api/@klsched/discretization/index/variables/MAX_STEPS.md"},{"text":"OWN_STRATEGIES","link":"/api/@klsched/discretization/index/variables/OWN_STRATEGIES.md"},{"text":"PROCESS_KINDS","link":"/api/@klsched/discretization/index/variables/PROCESS_KINDS.md"},{"text":"PROCESSES","link":"/api/@klsched/discretization/index/variables/PROCESSES.md"},{"text":"RANGE_END_TOLERANCE","link":"/api/@klsched/discretization/index/variables/RANGE_END_TOLERANCE.md"},{"text":"SCHEDULE_FORMATS","link":"/api/@klsched/discretization/index/variables/SCHEDULE_FORMATS.md"},{"text":"STRATEGY_KINDS","link":"/api/@klsched/discretization/index/variables/STRATEGY_KINDS.md"},{"text":"STRATEGY_OPTION_KEYS","link":"/api/@klsched/discretization/index/variables/STRATEGY_OPTION_KEYS.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"convertLevel","link":"/api/@klsched/discretization/index/functions/convertLevel.md"},{"text":"ddpmProcess","link":"/api/@klsched/discretization/index/functions/ddpmProcess.md"},{"text":"defineExportTarget","link":"/api/@klsched/discretization/index/functions/defineExportTarget.md"},{"text":"defineOwnStrategy","link":"/api/@klsched/discretization/index/functions/defineOwnStrategy.md"},{"text":"defineProcess","link":"/api/@klsched/discretization/index/functions/defineProcess.md"},{"text":"diffusersAlphasCumprod","link":"/api/@klsched/discretization/index/functions/diffusersAlphasCumprod.md"},{"text":"diffusersBetas","link":"/api/@klsched/discretization/index/functions/diffusersBetas.md"},{"text":"discreteProcess","link":"/api/@klsched/discretization/index/functions/discreteProcess.md"},{"text":"endsAtCleanLevel","link":"/api/@klsched/discretization/index/functions/endsAtCleanLevel.md"},{"text":"exponentialLevel","link":"/api/@klsched/discretization/index/functions/exponentialLevel.md"},{"text":"exponentialTimeShift","link":"/api/@klsched/discretization/index/functions/exponentialTimeShift.md"},{"text":"exportSchedule","link":"/api/@klsched/discretization/index/functions/exportSchedule.md"},{"text":"exportToTarget","link":"/api/@klsched/discretization/index/functions/exportToTarget.md"},{"text":"fixedPointText","link":"/api/@klsched/discretization/index/functions/fixedPointText.md"},{"text":"flowProcess","link":"/api/@klsched/discretization/index/functions/flowProcess.md"},{"text":"flowShiftMu","link":"/api/@klsched/discretization/index/functions/flowShiftMu.md"},{"text":"isExportTargetName","link":"/api/@klsched/discretization/index/functions/isExportTargetName.md"},{"text":"isStrategyKind","link":"/api/@klsched/discretization/index/functions/isStrategyKind.md"},{"text":"karrasLevel","link":"/api/@klsched/discretization/index/functions/karrasLevel.md"},{"text":"levelCount","link":"/api/@klsched/discretization/index/functions/levelCount.md"},{"text":"logSnr","link":"/api/@klsched/discretization/index/functions/logSnr.md"},{"text":"parseProcess","link":"/api/@klsched/discretization/index/functions/parseProcess.md"},{"text":"parseResolution","link":"/api/@klsched/discretization/index/functions/parseResolution.md"},{"text":"parseStrategy","link":"/api/@klsched/discretization/index/functions/parseStrategy.md"},{"text":"polynomialTime","link":"/api/@klsched/discretization/index/functions/polynomialTime.md"},{"text":"quadraticTime","link":"/api/@klsched/discretization/index/functions/quadraticTime.md"},{"text":"repeatedTimestep","link":"/api/@klsched/discretization/index/functions/repeatedTimestep.md"},{"text":"repeatedTimestepMessage","link":"/api/@klsched/discretization/index/functions/repeatedTimestepMessage.md"},{"text":"rescaleZeroTerminalSnr","link":"/api/@klsched/discretization/index/functions/rescaleZeroTerminalSnr.md"},{"text":"scheduleFromFlowTimes","link":"/api/@klsched/discretization/index/functions/scheduleFromFlowTimes.md"},{"text":"scheduleFromSigmas","link":"/api/@klsched/discretization/index/functions/scheduleFromSigmas.md"},{"text":"scheduleFromTimes","link":"/api/@klsched/discretization/index/functions/scheduleFromTimes.md"},{"text":"scheduleFromTimesteps","link":"/api/@klsched/discretization/index/functions/scheduleFromTimesteps.md"},{"text":"scheduleJson","link":"/api/@klsched/discretization/index/functions/scheduleJson.md"},{"text":"schedulerConfigProcess","link":"/api/@klsched/discretization/index/functions/schedulerConfigProcess.md"},{"text":"shiftFlowTime","link":"/api/@klsched/discretization/index/functions/shiftFlowTime.md"},{"text":"sigmasOf","link":"/api/@klsched/discretization/index/functions/sigmasOf.md"},{"text":"stepCount","link":"/api/@klsched/discretization/index/functions/stepCount.md"},{"text":"strategyGrid","link":"/api/@klsched/discretization/index/functions/strategyGrid.md"},{"text":"strategySchedule","link":"/api/@klsched/discretization/index/functions/strategySchedule.md"},{"text":"strategyTime","link":"/api/@klsched/discretization/index/functions/strategyTime.md"},{"text":"tangentLevel","link":"/api/@klsched/discretization/index/functions/tangentLevel.md"},{"text":"tFromLogSnr","link":"/api/@klsched/discretization/index/functions/tFromLogSnr.md"},{"text":"trainedBetasProcess","link":"/api/@klsched/discretization/index/functions/trainedBetasProcess.md"},{"text":"uniformTime","link":"/api/@klsched/discretization/index/functions/uniformTime.md"},{"text":"veProcess","link":"/api/@klsched/discretization/index/functions/veProcess.md"},{"text":"vpProcess","link":"/api/@klsched/discretization/index/functions/vpProcess.md"},{"text":"withoutCleanLevel","link":"/api/@klsched/discretization/index/functions/withoutCleanLevel.md"}]}]},{"text":"reproduced","link":"/api/@klsched/discretization/reproduced/","collapsed":true,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"CheckedLevels","link":"/api/@klsched/discretization/reproduced/interfaces/CheckedLevels.md"},{"text":"DdimStep","link":"/api/@klsched/discretization/reproduced/interfaces/DdimStep.md"},{"text":"Identification","link":"/api/@klsched/discretization/reproduced/interfaces/Identification.md"},{"text":"LevelComparison","link":"/api/@klsched/discretization/reproduced/interfaces/LevelComparison.md"},{"text":"LevelProblem","link":"/api/@klsched/discretization/reproduced/interfaces/LevelProblem.md"},{"text":"ToolOptions","link":"/api/@klsched/discretization/reproduced/interfaces/ToolOptions.md"},{"text":"ToolStrategyDescriptor","link":"/api/@klsched/discretization/reproduced/interfaces/ToolStrategyDescriptor.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"IdentificationVerdict","link":"/api/@klsched/discretization/reproduced/type-aliases/IdentificationVerdict.md"},{"text":"LevelProblemKind","link":"/api/@klsched/discretization/reproduced/type-aliases/LevelProblemKind.md"},{"text":"SigmaFamily","link":"/api/@klsched/discretization/reproduced/type-aliases/SigmaFamily.md"},{"text":"Spacing","link":"/api/@klsched/discretization/reproduced/type-aliases/Spacing.md"},{"text":"ToolStrategy","link":"/api/@klsched/discretization/reproduced/type-aliases/ToolStrategy.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"CLOSE_TOLERANCE","link":"/api/@klsched/discretization/reproduced/variables/CLOSE_TOLERANCE.md"},{"text":"DPM_WEIGHT_LIMIT","link":"/api/@klsched/discretization/reproduced/variables/DPM_WEIGHT_LIMIT.md"},{"text":"MATCH_TOLERANCE","link":"/api/@klsched/discretization/reproduced/variables/MATCH_TOLERANCE.md"},{"text":"REPRODUCED_STRATEGIES","link":"/api/@klsched/discretization/reproduced/variables/REPRODUCED_STRATEGIES.md"},{"text":"TOOL_STRATEGY_KINDS","link":"/api/@klsched/discretization/reproduced/variables/TOOL_STRATEGY_KINDS.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"checkLevels","link":"/api/@klsched/discretization/reproduced/functions/checkLevels.md"},{"text":"compareLevels","link":"/api/@klsched/discretization/reproduced/functions/compareLevels.md"},{"text":"ddimSteps","link":"/api/@klsched/discretization/reproduced/functions/ddimSteps.md"},{"text":"ddimVisitedLevels","link":"/api/@klsched/discretization/reproduced/functions/ddimVisitedLevels.md"},{"text":"defineToolStrategy","link":"/api/@klsched/discretization/reproduced/functions/defineToolStrategy.md"},{"text":"identifySchedule","link":"/api/@klsched/discretization/reproduced/functions/identifySchedule.md"},{"text":"isToolStrategyKind","link":"/api/@klsched/discretization/reproduced/functions/isToolStrategyKind.md"},{"text":"parseReproducedStrategy","link":"/api/@klsched/discretization/reproduced/functions/parseReproducedStrategy.md"},{"text":"reproducedSchedule","link":"/api/@klsched/discretization/reproduced/functions/reproducedSchedule.md"},{"text":"toolSchedule","link":"/api/@klsched/discretization/reproduced/functions/toolSchedule.md"}]}]}]}],"/api/@klsched/gaussian-flow/":[{"text":"API reference","link":"/api/","items":[{"text":"@klsched/core-linalg","link":"/api/@klsched/core-linalg/"},{"text":"@klsched/datasets","link":"/api/@klsched/datasets/"},{"text":"@klsched/discretization","link":"/api/@klsched/discretization/"},{"text":"@klsched/gaussian-flow","link":"/api/@klsched/gaussian-flow/"},{"text":"@klsched/kl-metrics","link":"/api/@klsched/kl-metrics/"},{"text":"@klsched/schedule-optim","link":"/api/@klsched/schedule-optim/"}]},{"text":"@klsched/gaussian-flow","link":"/api/@klsched/gaussian-flow/","collapsed":false,"items":[{"text":"closed-form","link":"/api/@klsched/gaussian-flow/closed-form/","collapsed":true,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"DdimGeometry","link":"/api/@klsched/gaussian-flow/closed-form/interfaces/DdimGeometry.md"},{"text":"GaussianState","link":"/api/@klsched/gaussian-flow/closed-form/interfaces/GaussianState.md"},{"text":"LevelGradientPlan","link":"/api/@klsched/gaussian-flow/closed-form/interfaces/LevelGradientPlan.md"},{"text":"LinearTape","link":"/api/@klsched/gaussian-flow/closed-form/interfaces/LinearTape.md"},{"text":"SamplerTape","link":"/api/@klsched/gaussian-flow/closed-form/interfaces/SamplerTape.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"DirectionalObjective","link":"/api/@klsched/gaussian-flow/closed-form/type-aliases/DirectionalObjective.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"gaussianStateNoise","link":"/api/@klsched/gaussian-flow/closed-form/variables/gaussianStateNoise.md"},{"text":"gaussianStateSpace","link":"/api/@klsched/gaussian-flow/closed-form/variables/gaussianStateSpace.md"},{"text":"TAPE_OP","link":"/api/@klsched/gaussian-flow/closed-form/variables/TAPE_OP.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"ddimClosedForm","link":"/api/@klsched/gaussian-flow/closed-form/functions/ddimClosedForm.md"},{"text":"ddimGeometry","link":"/api/@klsched/gaussian-flow/closed-form/functions/ddimGeometry.md"},{"text":"gaussianDenoiser","link":"/api/@klsched/gaussian-flow/closed-form/functions/gaussianDenoiser.md"},{"text":"levelCoefficients","link":"/api/@klsched/gaussian-flow/closed-form/functions/levelCoefficients.md"},{"text":"levelObjectiveGradient","link":"/api/@klsched/gaussian-flow/closed-form/functions/levelObjectiveGradient.md"},{"text":"planLevelGradient","link":"/api/@klsched/gaussian-flow/closed-form/functions/planLevelGradient.md"},{"text":"priorLogRatio","link":"/api/@klsched/gaussian-flow/closed-form/functions/priorLogRatio.md"},{"text":"priorState","link":"/api/@klsched/gaussian-flow/closed-form/functions/priorState.md"},{"text":"recordLinearTape","link":"/api/@klsched/gaussian-flow/closed-form/functions/recordLinearTape.md"},{"text":"recordSamplerTape","link":"/api/@klsched/gaussian-flow/closed-form/functions/recordSamplerTape.md"},{"text":"recordTapeParameters","link":"/api/@klsched/gaussian-flow/closed-form/functions/recordTapeParameters.md"},{"text":"replaySamplerTape","link":"/api/@klsched/gaussian-flow/closed-form/functions/replaySamplerTape.md"},{"text":"sampledClosedForm","link":"/api/@klsched/gaussian-flow/closed-form/functions/sampledClosedForm.md"},{"text":"stateDimension","link":"/api/@klsched/gaussian-flow/closed-form/functions/stateDimension.md"},{"text":"stateVariance","link":"/api/@klsched/gaussian-flow/closed-form/functions/stateVariance.md"},{"text":"tapedClosedForm","link":"/api/@klsched/gaussian-flow/closed-form/functions/tapedClosedForm.md"},{"text":"tapeObjectiveGradient","link":"/api/@klsched/gaussian-flow/closed-form/functions/tapeObjectiveGradient.md"}]}]},{"text":"index","link":"/api/@klsched/gaussian-flow/index/","collapsed":true,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"ClosedFormInput","link":"/api/@klsched/gaussian-flow/index/interfaces/ClosedFormInput.md"},{"text":"DirectionalOutput","link":"/api/@klsched/gaussian-flow/index/interfaces/DirectionalOutput.md"},{"text":"GaussianTrajectory","link":"/api/@klsched/gaussian-flow/index/interfaces/GaussianTrajectory.md"},{"text":"Level","link":"/api/@klsched/gaussian-flow/index/interfaces/Level.md"},{"text":"MixtureRunOptions","link":"/api/@klsched/gaussian-flow/index/interfaces/MixtureRunOptions.md"},{"text":"SampleBatch","link":"/api/@klsched/gaussian-flow/index/interfaces/SampleBatch.md"},{"text":"Sampler","link":"/api/@klsched/gaussian-flow/index/interfaces/Sampler.md"},{"text":"SamplerDescriptor","link":"/api/@klsched/gaussian-flow/index/interfaces/SamplerDescriptor.md"},{"text":"SamplerRun","link":"/api/@klsched/gaussian-flow/index/interfaces/SamplerRun.md"},{"text":"VectorSpace","link":"/api/@klsched/gaussian-flow/index/interfaces/VectorSpace.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"Denoiser","link":"/api/@klsched/gaussian-flow/index/type-aliases/Denoiser.md"},{"text":"NoiseSource","link":"/api/@klsched/gaussian-flow/index/type-aliases/NoiseSource.md"},{"text":"Prior","link":"/api/@klsched/gaussian-flow/index/type-aliases/Prior.md"},{"text":"SamplerName","link":"/api/@klsched/gaussian-flow/index/type-aliases/SamplerName.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"ddim","link":"/api/@klsched/gaussian-flow/index/variables/ddim.md"},{"text":"ddpm","link":"/api/@klsched/gaussian-flow/index/variables/ddpm.md"},{"text":"dpmpp2m","link":"/api/@klsched/gaussian-flow/index/variables/dpmpp2m.md"},{"text":"euler","link":"/api/@klsched/gaussian-flow/index/variables/euler.md"},{"text":"heun","link":"/api/@klsched/gaussian-flow/index/variables/heun.md"},{"text":"PRIORS","link":"/api/@klsched/gaussian-flow/index/variables/PRIORS.md"},{"text":"SAMPLER_NAMES","link":"/api/@klsched/gaussian-flow/index/variables/SAMPLER_NAMES.md"},{"text":"SAMPLERS","link":"/api/@klsched/gaussian-flow/index/variables/SAMPLERS.md"},{"text":"sampleSpace","link":"/api/@klsched/gaussian-flow/index/variables/sampleSpace.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"closedFormOutput","link":"/api/@klsched/gaussian-flow/index/functions/closedFormOutput.md"},{"text":"ddimEta","link":"/api/@klsched/gaussian-flow/index/functions/ddimEta.md"},{"text":"defineSampler","link":"/api/@klsched/gaussian-flow/index/functions/defineSampler.md"},{"text":"eulerAncestral","link":"/api/@klsched/gaussian-flow/index/functions/eulerAncestral.md"},{"text":"gaussianTrajectory","link":"/api/@klsched/gaussian-flow/index/functions/gaussianTrajectory.md"},{"text":"levelAt","link":"/api/@klsched/gaussian-flow/index/functions/levelAt.md"},{"text":"mixtureDenoiser","link":"/api/@klsched/gaussian-flow/index/functions/mixtureDenoiser.md"},{"text":"normalGenerator","link":"/api/@klsched/gaussian-flow/index/functions/normalGenerator.md"},{"text":"parseSampler","link":"/api/@klsched/gaussian-flow/index/functions/parseSampler.md"},{"text":"runMixtureSampler","link":"/api/@klsched/gaussian-flow/index/functions/runMixtureSampler.md"},{"text":"stepsForBudget","link":"/api/@klsched/gaussian-flow/index/functions/stepsForBudget.md"}]}]}]}],"/api/@klsched/kl-metrics/":[{"text":"API reference","link":"/api/","items":[{"text":"@klsched/core-linalg","link":"/api/@klsched/core-linalg/"},{"text":"@klsched/datasets","link":"/api/@klsched/datasets/"},{"text":"@klsched/discretization","link":"/api/@klsched/discretization/"},{"text":"@klsched/gaussian-flow","link":"/api/@klsched/gaussian-flow/"},{"text":"@klsched/kl-metrics","link":"/api/@klsched/kl-metrics/"},{"text":"@klsched/schedule-optim","link":"/api/@klsched/schedule-optim/"}]},{"text":"@klsched/kl-metrics","link":"/api/@klsched/kl-metrics/","collapsed":false,"items":[{"text":"Interfaces","collapsed":true,"items":[{"text":"AngleExpansion","link":"/api/@klsched/kl-metrics/interfaces/AngleExpansion.md"},{"text":"DivergenceDescriptor","link":"/api/@klsched/kl-metrics/interfaces/DivergenceDescriptor.md"},{"text":"FinalJump","link":"/api/@klsched/kl-metrics/interfaces/FinalJump.md"},{"text":"KLAsymptotics","link":"/api/@klsched/kl-metrics/interfaces/KLAsymptotics.md"},{"text":"KLAsymptoticsInput","link":"/api/@klsched/kl-metrics/interfaces/KLAsymptoticsInput.md"},{"text":"MeasuredValue","link":"/api/@klsched/kl-metrics/interfaces/MeasuredValue.md"},{"text":"QualityOptions","link":"/api/@klsched/kl-metrics/interfaces/QualityOptions.md"},{"text":"QualityReference","link":"/api/@klsched/kl-metrics/interfaces/QualityReference.md"},{"text":"SampleMoments","link":"/api/@klsched/kl-metrics/interfaces/SampleMoments.md"},{"text":"ScheduleKLInput","link":"/api/@klsched/kl-metrics/interfaces/ScheduleKLInput.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"DirectionalDivergences","link":"/api/@klsched/kl-metrics/type-aliases/DirectionalDivergences.md"},{"text":"DivergenceName","link":"/api/@klsched/kl-metrics/type-aliases/DivergenceName.md"},{"text":"QualityMetric","link":"/api/@klsched/kl-metrics/type-aliases/QualityMetric.md"},{"text":"SampleQuality","link":"/api/@klsched/kl-metrics/type-aliases/SampleQuality.md"},{"text":"ScheduleKL","link":"/api/@klsched/kl-metrics/type-aliases/ScheduleKL.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"DIVERGENCE_NAMES","link":"/api/@klsched/kl-metrics/variables/DIVERGENCE_NAMES.md"},{"text":"DIVERGENCES","link":"/api/@klsched/kl-metrics/variables/DIVERGENCES.md"},{"text":"QUALITY_METRICS","link":"/api/@klsched/kl-metrics/variables/QUALITY_METRICS.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"angleExpansion","link":"/api/@klsched/kl-metrics/functions/angleExpansion.md"},{"text":"directionalDivergences","link":"/api/@klsched/kl-metrics/functions/directionalDivergences.md"},{"text":"finalJump","link":"/api/@klsched/kl-metrics/functions/finalJump.md"},{"text":"fittedOrder","link":"/api/@klsched/kl-metrics/functions/fittedOrder.md"},{"text":"forwardKL","link":"/api/@klsched/kl-metrics/functions/forwardKL.md"},{"text":"frechetDistance","link":"/api/@klsched/kl-metrics/functions/frechetDistance.md"},{"text":"frechetReference","link":"/api/@klsched/kl-metrics/functions/frechetReference.md"},{"text":"gapFromBaseline","link":"/api/@klsched/kl-metrics/functions/gapFromBaseline.md"},{"text":"gaussianKL","link":"/api/@klsched/kl-metrics/functions/gaussianKL.md"},{"text":"klAsymptotics","link":"/api/@klsched/kl-metrics/functions/klAsymptotics.md"},{"text":"predictKL","link":"/api/@klsched/kl-metrics/functions/predictKL.md"},{"text":"qualityReference","link":"/api/@klsched/kl-metrics/functions/qualityReference.md"},{"text":"ranks","link":"/api/@klsched/kl-metrics/functions/ranks.md"},{"text":"reverseKL","link":"/api/@klsched/kl-metrics/functions/reverseKL.md"},{"text":"sampleMoments","link":"/api/@klsched/kl-metrics/functions/sampleMoments.md"},{"text":"scheduleKL","link":"/api/@klsched/kl-metrics/functions/scheduleKL.md"},{"text":"slicedWassersteinReference","link":"/api/@klsched/kl-metrics/functions/slicedWassersteinReference.md"},{"text":"spearman","link":"/api/@klsched/kl-metrics/functions/spearman.md"},{"text":"symmetricKL","link":"/api/@klsched/kl-metrics/functions/symmetricKL.md"},{"text":"wasserstein2Squared","link":"/api/@klsched/kl-metrics/functions/wasserstein2Squared.md"},{"text":"withinErrorOfBest","link":"/api/@klsched/kl-metrics/functions/withinErrorOfBest.md"}]}]}],"/api/@klsched/schedule-optim/":[{"text":"API reference","link":"/api/","items":[{"text":"@klsched/core-linalg","link":"/api/@klsched/core-linalg/"},{"text":"@klsched/datasets","link":"/api/@klsched/datasets/"},{"text":"@klsched/discretization","link":"/api/@klsched/discretization/"},{"text":"@klsched/gaussian-flow","link":"/api/@klsched/gaussian-flow/"},{"text":"@klsched/kl-metrics","link":"/api/@klsched/kl-metrics/"},{"text":"@klsched/schedule-optim","link":"/api/@klsched/schedule-optim/"}]},{"text":"@klsched/schedule-optim","link":"/api/@klsched/schedule-optim/","collapsed":false,"items":[{"text":"Classes","collapsed":true,"items":[{"text":"OptimizationFailedError","link":"/api/@klsched/schedule-optim/classes/OptimizationFailedError.md"}]},{"text":"Interfaces","collapsed":true,"items":[{"text":"BaselineLevels","link":"/api/@klsched/schedule-optim/interfaces/BaselineLevels.md"},{"text":"Candidate","link":"/api/@klsched/schedule-optim/interfaces/Candidate.md"},{"text":"IntegerOptimum","link":"/api/@klsched/schedule-optim/interfaces/IntegerOptimum.md"},{"text":"OptimalSchedule","link":"/api/@klsched/schedule-optim/interfaces/OptimalSchedule.md"},{"text":"OptimizationContext","link":"/api/@klsched/schedule-optim/interfaces/OptimizationContext.md"},{"text":"OptimizationDetails","link":"/api/@klsched/schedule-optim/interfaces/OptimizationDetails.md"},{"text":"OptimizedLevels","link":"/api/@klsched/schedule-optim/interfaces/OptimizedLevels.md"},{"text":"OptimizedStrategyDescriptor","link":"/api/@klsched/schedule-optim/interfaces/OptimizedStrategyDescriptor.md"},{"text":"RankingContext","link":"/api/@klsched/schedule-optim/interfaces/RankingContext.md"},{"text":"ResolveContext","link":"/api/@klsched/schedule-optim/interfaces/ResolveContext.md"},{"text":"TangentLaw","link":"/api/@klsched/schedule-optim/interfaces/TangentLaw.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"AnyStrategy","link":"/api/@klsched/schedule-optim/type-aliases/AnyStrategy.md"},{"text":"DivergenceFigures","link":"/api/@klsched/schedule-optim/type-aliases/DivergenceFigures.md"},{"text":"Objective","link":"/api/@klsched/schedule-optim/type-aliases/Objective.md"},{"text":"OptimizedContext","link":"/api/@klsched/schedule-optim/type-aliases/OptimizedContext.md"},{"text":"OptimizedStrategy","link":"/api/@klsched/schedule-optim/type-aliases/OptimizedStrategy.md"},{"text":"RankedCandidate","link":"/api/@klsched/schedule-optim/type-aliases/RankedCandidate.md"},{"text":"TangentEnd","link":"/api/@klsched/schedule-optim/type-aliases/TangentEnd.md"},{"text":"TangentFit","link":"/api/@klsched/schedule-optim/type-aliases/TangentFit.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"BASELINE_STRATEGIES","link":"/api/@klsched/schedule-optim/variables/BASELINE_STRATEGIES.md"},{"text":"DEGENERATE_FACTOR","link":"/api/@klsched/schedule-optim/variables/DEGENERATE_FACTOR.md"},{"text":"MERGED_GAP","link":"/api/@klsched/schedule-optim/variables/MERGED_GAP.md"},{"text":"OPTIMIZED_STRATEGIES","link":"/api/@klsched/schedule-optim/variables/OPTIMIZED_STRATEGIES.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"baselineLevels","link":"/api/@klsched/schedule-optim/functions/baselineLevels.md"},{"text":"defaultMinGap","link":"/api/@klsched/schedule-optim/functions/defaultMinGap.md"},{"text":"degenerateReasons","link":"/api/@klsched/schedule-optim/functions/degenerateReasons.md"},{"text":"fitTangentCoefficient","link":"/api/@klsched/schedule-optim/functions/fitTangentCoefficient.md"},{"text":"fitTangentLaw","link":"/api/@klsched/schedule-optim/functions/fitTangentLaw.md"},{"text":"freeLevelRange","link":"/api/@klsched/schedule-optim/functions/freeLevelRange.md"},{"text":"geodesicSchedule","link":"/api/@klsched/schedule-optim/functions/geodesicSchedule.md"},{"text":"guardedDivergence","link":"/api/@klsched/schedule-optim/functions/guardedDivergence.md"},{"text":"integerOptimalTimesteps","link":"/api/@klsched/schedule-optim/functions/integerOptimalTimesteps.md"},{"text":"isOptimized","link":"/api/@klsched/schedule-optim/functions/isOptimized.md"},{"text":"levelRange","link":"/api/@klsched/schedule-optim/functions/levelRange.md"},{"text":"objectiveDivergence","link":"/api/@klsched/schedule-optim/functions/objectiveDivergence.md"},{"text":"optimalSchedule","link":"/api/@klsched/schedule-optim/functions/optimalSchedule.md"},{"text":"parseAnyStrategy","link":"/api/@klsched/schedule-optim/functions/parseAnyStrategy.md"},{"text":"rankingCandidates","link":"/api/@klsched/schedule-optim/functions/rankingCandidates.md"},{"text":"rankSchedules","link":"/api/@klsched/schedule-optim/functions/rankSchedules.md"},{"text":"resolveMinGap","link":"/api/@klsched/schedule-optim/functions/resolveMinGap.md"},{"text":"resolveSchedule","link":"/api/@klsched/schedule-optim/functions/resolveSchedule.md"},{"text":"resolveStrategy","link":"/api/@klsched/schedule-optim/functions/resolveStrategy.md"},{"text":"scheduleFromLevels","link":"/api/@klsched/schedule-optim/functions/scheduleFromLevels.md"},{"text":"tangentLawLevels","link":"/api/@klsched/schedule-optim/functions/tangentLawLevels.md"},{"text":"tangentLevels","link":"/api/@klsched/schedule-optim/functions/tangentLevels.md"}]}]}]},"outline":[2,3],"search":{"provider":"local"},"footer":{"message":"klsched — MIT licensed. Figures and the API reference are generated from the packages at build time."}},"locales":{},"scrollOffset":134,"cleanUrls":false}'));
function tryOnScopeDispose(fn) {
  if (vueExports.getCurrentScope()) {
    vueExports.onScopeDispose(fn);
    return true;
  }
  return false;
}
const localProvidedStateMap = /* @__PURE__ */ new WeakMap();
const injectLocal = (...args) => {
  var _a;
  const key = args[0];
  const instance = (_a = vueExports.getCurrentInstance()) == null ? void 0 : _a.proxy;
  if (instance == null && !vueExports.hasInjectionContext())
    throw new Error("injectLocal must be called in setup");
  if (instance && localProvidedStateMap.has(instance) && key in localProvidedStateMap.get(instance))
    return localProvidedStateMap.get(instance)[key];
  return vueExports.inject(...args);
};
const isClient = typeof window !== "undefined" && typeof document !== "undefined";
typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope;
const notNullish = (val) => val != null;
const toString = Object.prototype.toString;
const isObject = (val) => toString.call(val) === "[object Object]";
const noop = () => {
};
const isIOS = /* @__PURE__ */ getIsIOS();
function getIsIOS() {
  var _a, _b;
  return isClient && ((_a = window == null ? void 0 : window.navigator) == null ? void 0 : _a.userAgent) && (/iP(?:ad|hone|od)/.test(window.navigator.userAgent) || ((_b = window == null ? void 0 : window.navigator) == null ? void 0 : _b.maxTouchPoints) > 2 && /iPad|Macintosh/.test(window == null ? void 0 : window.navigator.userAgent));
}
function createFilterWrapper(filter, fn) {
  function wrapper(...args) {
    return new Promise((resolve, reject) => {
      Promise.resolve(filter(() => fn.apply(this, args), { fn, thisArg: this, args })).then(resolve).catch(reject);
    });
  }
  return wrapper;
}
const bypassFilter = (invoke) => {
  return invoke();
};
function debounceFilter(ms, options = {}) {
  let timer;
  let maxTimer;
  let lastRejector = noop;
  const _clearTimeout = (timer2) => {
    clearTimeout(timer2);
    lastRejector();
    lastRejector = noop;
  };
  let lastInvoker;
  const filter = (invoke) => {
    const duration = vueExports.toValue(ms);
    const maxDuration = vueExports.toValue(options.maxWait);
    if (timer)
      _clearTimeout(timer);
    if (duration <= 0 || maxDuration !== void 0 && maxDuration <= 0) {
      if (maxTimer) {
        _clearTimeout(maxTimer);
        maxTimer = null;
      }
      return Promise.resolve(invoke());
    }
    return new Promise((resolve, reject) => {
      lastRejector = options.rejectOnCancel ? reject : resolve;
      lastInvoker = invoke;
      if (maxDuration && !maxTimer) {
        maxTimer = setTimeout(() => {
          if (timer)
            _clearTimeout(timer);
          maxTimer = null;
          resolve(lastInvoker());
        }, maxDuration);
      }
      timer = setTimeout(() => {
        if (maxTimer)
          _clearTimeout(maxTimer);
        maxTimer = null;
        resolve(invoke());
      }, duration);
    });
  };
  return filter;
}
function throttleFilter(...args) {
  let lastExec = 0;
  let timer;
  let isLeading = true;
  let lastRejector = noop;
  let lastValue;
  let ms;
  let trailing;
  let leading;
  let rejectOnCancel;
  if (!vueExports.isRef(args[0]) && typeof args[0] === "object")
    ({ delay: ms, trailing = true, leading = true, rejectOnCancel = false } = args[0]);
  else
    [ms, trailing = true, leading = true, rejectOnCancel = false] = args;
  const clear = () => {
    if (timer) {
      clearTimeout(timer);
      timer = void 0;
      lastRejector();
      lastRejector = noop;
    }
  };
  const filter = (_invoke) => {
    const duration = vueExports.toValue(ms);
    const elapsed = Date.now() - lastExec;
    const invoke = () => {
      return lastValue = _invoke();
    };
    clear();
    if (duration <= 0) {
      lastExec = Date.now();
      return invoke();
    }
    if (elapsed > duration && (leading || !isLeading)) {
      lastExec = Date.now();
      invoke();
    } else if (trailing) {
      lastValue = new Promise((resolve, reject) => {
        lastRejector = rejectOnCancel ? reject : resolve;
        timer = setTimeout(() => {
          lastExec = Date.now();
          isLeading = true;
          resolve(invoke());
          clear();
        }, Math.max(0, duration - elapsed));
      });
    }
    if (!leading && !timer)
      timer = setTimeout(() => isLeading = true, duration);
    isLeading = false;
    return lastValue;
  };
  return filter;
}
function pausableFilter(extendFilter = bypassFilter, options = {}) {
  const {
    initialState = "active"
  } = options;
  const isActive2 = toRef(initialState === "active");
  function pause() {
    isActive2.value = false;
  }
  function resume() {
    isActive2.value = true;
  }
  const eventFilter = (...args) => {
    if (isActive2.value)
      extendFilter(...args);
  };
  return { isActive: vueExports.readonly(isActive2), pause, resume, eventFilter };
}
function pxValue(px) {
  return px.endsWith("rem") ? Number.parseFloat(px) * 16 : Number.parseFloat(px);
}
function getLifeCycleTarget(target) {
  return vueExports.getCurrentInstance();
}
function toArray(value) {
  return Array.isArray(value) ? value : [value];
}
function toRef(...args) {
  if (args.length !== 1)
    return vueExports.toRef(...args);
  const r = args[0];
  return typeof r === "function" ? vueExports.readonly(vueExports.customRef(() => ({ get: r, set: noop }))) : vueExports.ref(r);
}
function useDebounceFn(fn, ms = 200, options = {}) {
  return createFilterWrapper(
    debounceFilter(ms, options),
    fn
  );
}
function useThrottleFn(fn, ms = 200, trailing = false, leading = true, rejectOnCancel = false) {
  return createFilterWrapper(
    throttleFilter(ms, trailing, leading, rejectOnCancel),
    fn
  );
}
function watchWithFilter(source, cb, options = {}) {
  const {
    eventFilter = bypassFilter,
    ...watchOptions
  } = options;
  return vueExports.watch(
    source,
    createFilterWrapper(
      eventFilter,
      cb
    ),
    watchOptions
  );
}
function watchPausable(source, cb, options = {}) {
  const {
    eventFilter: filter,
    initialState = "active",
    ...watchOptions
  } = options;
  const { eventFilter, pause, resume, isActive: isActive2 } = pausableFilter(filter, { initialState });
  const stop = watchWithFilter(
    source,
    cb,
    {
      ...watchOptions,
      eventFilter
    }
  );
  return { stop, pause, resume, isActive: isActive2 };
}
function tryOnMounted(fn, sync = true, target) {
  const instance = getLifeCycleTarget();
  if (instance)
    vueExports.onMounted(fn, target);
  else if (sync)
    fn();
  else
    vueExports.nextTick(fn);
}
function watchDebounced(source, cb, options = {}) {
  const {
    debounce = 0,
    maxWait = void 0,
    ...watchOptions
  } = options;
  return watchWithFilter(
    source,
    cb,
    {
      ...watchOptions,
      eventFilter: debounceFilter(debounce, { maxWait })
    }
  );
}
function watchImmediate(source, cb, options) {
  return vueExports.watch(
    source,
    cb,
    {
      ...options,
      immediate: true
    }
  );
}
function computedAsync(evaluationCallback, initialState, optionsOrRef) {
  let options;
  if (vueExports.isRef(optionsOrRef)) {
    options = {
      evaluating: optionsOrRef
    };
  } else {
    options = {};
  }
  const {
    lazy = false,
    evaluating = void 0,
    shallow = true,
    onError = noop
  } = options;
  const started = vueExports.shallowRef(!lazy);
  const current = shallow ? vueExports.shallowRef(initialState) : vueExports.ref(initialState);
  let counter = 0;
  vueExports.watchEffect(async (onInvalidate) => {
    if (!started.value)
      return;
    counter++;
    const counterAtBeginning = counter;
    let hasFinished = false;
    if (evaluating) {
      Promise.resolve().then(() => {
        evaluating.value = true;
      });
    }
    try {
      const result = await evaluationCallback((cancelCallback) => {
        onInvalidate(() => {
          if (evaluating)
            evaluating.value = false;
          if (!hasFinished)
            cancelCallback();
        });
      });
      if (counterAtBeginning === counter)
        current.value = result;
    } catch (e) {
      onError(e);
    } finally {
      if (evaluating && counterAtBeginning === counter)
        evaluating.value = false;
      hasFinished = true;
    }
  });
  if (lazy) {
    return vueExports.computed(() => {
      started.value = true;
      return current.value;
    });
  } else {
    return current;
  }
}
const defaultWindow = isClient ? window : void 0;
function unrefElement(elRef) {
  var _a;
  const plain = vueExports.toValue(elRef);
  return (_a = plain == null ? void 0 : plain.$el) != null ? _a : plain;
}
function useEventListener(...args) {
  const cleanups = [];
  const cleanup = () => {
    cleanups.forEach((fn) => fn());
    cleanups.length = 0;
  };
  const register = (el, event, listener, options) => {
    el.addEventListener(event, listener, options);
    return () => el.removeEventListener(event, listener, options);
  };
  const firstParamTargets = vueExports.computed(() => {
    const test = toArray(vueExports.toValue(args[0])).filter((e) => e != null);
    return test.every((e) => typeof e !== "string") ? test : void 0;
  });
  const stopWatch = watchImmediate(
    () => {
      var _a, _b;
      return [
        (_b = (_a = firstParamTargets.value) == null ? void 0 : _a.map((e) => unrefElement(e))) != null ? _b : [defaultWindow].filter((e) => e != null),
        toArray(vueExports.toValue(firstParamTargets.value ? args[1] : args[0])),
        toArray(vueExports.unref(firstParamTargets.value ? args[2] : args[1])),
        // @ts-expect-error - TypeScript gets the correct types, but somehow still complains
        vueExports.toValue(firstParamTargets.value ? args[3] : args[2])
      ];
    },
    ([raw_targets, raw_events, raw_listeners, raw_options]) => {
      cleanup();
      if (!(raw_targets == null ? void 0 : raw_targets.length) || !(raw_events == null ? void 0 : raw_events.length) || !(raw_listeners == null ? void 0 : raw_listeners.length))
        return;
      const optionsClone = isObject(raw_options) ? { ...raw_options } : raw_options;
      cleanups.push(
        ...raw_targets.flatMap(
          (el) => raw_events.flatMap(
            (event) => raw_listeners.map((listener) => register(el, event, listener, optionsClone))
          )
        )
      );
    },
    { flush: "post" }
  );
  const stop = () => {
    stopWatch();
    cleanup();
  };
  tryOnScopeDispose(cleanup);
  return stop;
}
function useMounted() {
  const isMounted = vueExports.shallowRef(false);
  const instance = vueExports.getCurrentInstance();
  if (instance) {
    vueExports.onMounted(() => {
      isMounted.value = true;
    }, instance);
  }
  return isMounted;
}
function useSupported(callback) {
  const isMounted = useMounted();
  return vueExports.computed(() => {
    isMounted.value;
    return Boolean(callback());
  });
}
function createKeyPredicate(keyFilter) {
  if (typeof keyFilter === "function")
    return keyFilter;
  else if (typeof keyFilter === "string")
    return (event) => event.key === keyFilter;
  else if (Array.isArray(keyFilter))
    return (event) => keyFilter.includes(event.key);
  return () => true;
}
function onKeyStroke(...args) {
  let key;
  let handler;
  let options = {};
  if (args.length === 3) {
    key = args[0];
    handler = args[1];
    options = args[2];
  } else if (args.length === 2) {
    if (typeof args[1] === "object") {
      key = true;
      handler = args[0];
      options = args[1];
    } else {
      key = args[0];
      handler = args[1];
    }
  } else {
    key = true;
    handler = args[0];
  }
  const {
    target = defaultWindow,
    eventName = "keydown",
    passive = false,
    dedupe = false
  } = options;
  const predicate = createKeyPredicate(key);
  const listener = (e) => {
    if (e.repeat && vueExports.toValue(dedupe))
      return;
    if (predicate(e))
      handler(e);
  };
  return useEventListener(target, eventName, listener, passive);
}
const ssrWidthSymbol = Symbol("vueuse-ssr-width");
function useSSRWidth() {
  const ssrWidth = vueExports.hasInjectionContext() ? injectLocal(ssrWidthSymbol, null) : null;
  return typeof ssrWidth === "number" ? ssrWidth : void 0;
}
function useMediaQuery(query, options = {}) {
  const { window: window2 = defaultWindow, ssrWidth = useSSRWidth() } = options;
  const isSupported = useSupported(() => window2 && "matchMedia" in window2 && typeof window2.matchMedia === "function");
  const ssrSupport = vueExports.shallowRef(typeof ssrWidth === "number");
  const mediaQuery = vueExports.shallowRef();
  const matches = vueExports.shallowRef(false);
  const handler = (event) => {
    matches.value = event.matches;
  };
  vueExports.watchEffect(() => {
    if (ssrSupport.value) {
      ssrSupport.value = !isSupported.value;
      const queryStrings = vueExports.toValue(query).split(",");
      matches.value = queryStrings.some((queryString) => {
        const not = queryString.includes("not all");
        const minWidth = queryString.match(/\(\s*min-width:\s*(-?\d+(?:\.\d*)?[a-z]+\s*)\)/);
        const maxWidth = queryString.match(/\(\s*max-width:\s*(-?\d+(?:\.\d*)?[a-z]+\s*)\)/);
        let res = Boolean(minWidth || maxWidth);
        if (minWidth && res) {
          res = ssrWidth >= pxValue(minWidth[1]);
        }
        if (maxWidth && res) {
          res = ssrWidth <= pxValue(maxWidth[1]);
        }
        return not ? !res : res;
      });
      return;
    }
    if (!isSupported.value)
      return;
    mediaQuery.value = window2.matchMedia(vueExports.toValue(query));
    matches.value = mediaQuery.value.matches;
  });
  useEventListener(mediaQuery, "change", handler, { passive: true });
  return vueExports.computed(() => matches.value);
}
const _global = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
const globalKey = "__vueuse_ssr_handlers__";
const handlers = /* @__PURE__ */ getHandlers();
function getHandlers() {
  if (!(globalKey in _global))
    _global[globalKey] = _global[globalKey] || {};
  return _global[globalKey];
}
function getSSRHandler(key, fallback) {
  return handlers[key] || fallback;
}
function usePreferredDark(options) {
  return useMediaQuery("(prefers-color-scheme: dark)", options);
}
function guessSerializerType(rawInit) {
  return rawInit == null ? "any" : rawInit instanceof Set ? "set" : rawInit instanceof Map ? "map" : rawInit instanceof Date ? "date" : typeof rawInit === "boolean" ? "boolean" : typeof rawInit === "string" ? "string" : typeof rawInit === "object" ? "object" : !Number.isNaN(rawInit) ? "number" : "any";
}
const StorageSerializers = {
  boolean: {
    read: (v) => v === "true",
    write: (v) => String(v)
  },
  object: {
    read: (v) => JSON.parse(v),
    write: (v) => JSON.stringify(v)
  },
  number: {
    read: (v) => Number.parseFloat(v),
    write: (v) => String(v)
  },
  any: {
    read: (v) => v,
    write: (v) => String(v)
  },
  string: {
    read: (v) => v,
    write: (v) => String(v)
  },
  map: {
    read: (v) => new Map(JSON.parse(v)),
    write: (v) => JSON.stringify(Array.from(v.entries()))
  },
  set: {
    read: (v) => new Set(JSON.parse(v)),
    write: (v) => JSON.stringify(Array.from(v))
  },
  date: {
    read: (v) => new Date(v),
    write: (v) => v.toISOString()
  }
};
const customStorageEventName = "vueuse-storage";
function useStorage(key, defaults, storage, options = {}) {
  var _a;
  const {
    flush = "pre",
    deep = true,
    listenToStorageChanges = true,
    writeDefaults = true,
    mergeDefaults = false,
    shallow,
    window: window2 = defaultWindow,
    eventFilter,
    onError = (e) => {
      console.error(e);
    },
    initOnMounted
  } = options;
  const data = (shallow ? vueExports.shallowRef : vueExports.ref)(typeof defaults === "function" ? defaults() : defaults);
  const keyComputed = vueExports.computed(() => vueExports.toValue(key));
  if (!storage) {
    try {
      storage = getSSRHandler("getDefaultStorage", () => {
        var _a2;
        return (_a2 = defaultWindow) == null ? void 0 : _a2.localStorage;
      })();
    } catch (e) {
      onError(e);
    }
  }
  if (!storage)
    return data;
  const rawInit = vueExports.toValue(defaults);
  const type = guessSerializerType(rawInit);
  const serializer = (_a = options.serializer) != null ? _a : StorageSerializers[type];
  const { pause: pauseWatch, resume: resumeWatch } = watchPausable(
    data,
    () => write(data.value),
    { flush, deep, eventFilter }
  );
  vueExports.watch(keyComputed, () => update(), { flush });
  if (window2 && listenToStorageChanges) {
    tryOnMounted(() => {
      if (storage instanceof Storage)
        useEventListener(window2, "storage", update, { passive: true });
      else
        useEventListener(window2, customStorageEventName, updateFromCustomEvent);
      if (initOnMounted)
        update();
    });
  }
  if (!initOnMounted)
    update();
  function dispatchWriteEvent(oldValue, newValue) {
    if (window2) {
      const payload = {
        key: keyComputed.value,
        oldValue,
        newValue,
        storageArea: storage
      };
      window2.dispatchEvent(storage instanceof Storage ? new StorageEvent("storage", payload) : new CustomEvent(customStorageEventName, {
        detail: payload
      }));
    }
  }
  function write(v) {
    try {
      const oldValue = storage.getItem(keyComputed.value);
      if (v == null) {
        dispatchWriteEvent(oldValue, null);
        storage.removeItem(keyComputed.value);
      } else {
        const serialized = serializer.write(v);
        if (oldValue !== serialized) {
          storage.setItem(keyComputed.value, serialized);
          dispatchWriteEvent(oldValue, serialized);
        }
      }
    } catch (e) {
      onError(e);
    }
  }
  function read(event) {
    const rawValue = event ? event.newValue : storage.getItem(keyComputed.value);
    if (rawValue == null) {
      if (writeDefaults && rawInit != null)
        storage.setItem(keyComputed.value, serializer.write(rawInit));
      return rawInit;
    } else if (!event && mergeDefaults) {
      const value = serializer.read(rawValue);
      if (typeof mergeDefaults === "function")
        return mergeDefaults(value, rawInit);
      else if (type === "object" && !Array.isArray(value))
        return { ...rawInit, ...value };
      return value;
    } else if (typeof rawValue !== "string") {
      return rawValue;
    } else {
      return serializer.read(rawValue);
    }
  }
  function update(event) {
    if (event && event.storageArea !== storage)
      return;
    if (event && event.key == null) {
      data.value = rawInit;
      return;
    }
    if (event && event.key !== keyComputed.value)
      return;
    pauseWatch();
    try {
      if ((event == null ? void 0 : event.newValue) !== serializer.write(data.value))
        data.value = read(event);
    } catch (e) {
      onError(e);
    } finally {
      if (event)
        vueExports.nextTick(resumeWatch);
      else
        resumeWatch();
    }
  }
  function updateFromCustomEvent(event) {
    update(event.detail);
  }
  return data;
}
const CSS_DISABLE_TRANS = "*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}";
function useColorMode(options = {}) {
  const {
    selector = "html",
    attribute = "class",
    initialValue = "auto",
    window: window2 = defaultWindow,
    storage,
    storageKey = "vueuse-color-scheme",
    listenToStorageChanges = true,
    storageRef,
    emitAuto,
    disableTransition = true
  } = options;
  const modes = {
    auto: "",
    light: "light",
    dark: "dark",
    ...options.modes || {}
  };
  const preferredDark = usePreferredDark({ window: window2 });
  const system = vueExports.computed(() => preferredDark.value ? "dark" : "light");
  const store = storageRef || (storageKey == null ? toRef(initialValue) : useStorage(storageKey, initialValue, storage, { window: window2, listenToStorageChanges }));
  const state = vueExports.computed(() => store.value === "auto" ? system.value : store.value);
  const updateHTMLAttrs = getSSRHandler(
    "updateHTMLAttrs",
    (selector2, attribute2, value) => {
      const el = typeof selector2 === "string" ? window2 == null ? void 0 : window2.document.querySelector(selector2) : unrefElement(selector2);
      if (!el)
        return;
      const classesToAdd = /* @__PURE__ */ new Set();
      const classesToRemove = /* @__PURE__ */ new Set();
      let attributeToChange = null;
      if (attribute2 === "class") {
        const current = value.split(/\s/g);
        Object.values(modes).flatMap((i) => (i || "").split(/\s/g)).filter(Boolean).forEach((v) => {
          if (current.includes(v))
            classesToAdd.add(v);
          else
            classesToRemove.add(v);
        });
      } else {
        attributeToChange = { key: attribute2, value };
      }
      if (classesToAdd.size === 0 && classesToRemove.size === 0 && attributeToChange === null)
        return;
      let style;
      if (disableTransition) {
        style = window2.document.createElement("style");
        style.appendChild(document.createTextNode(CSS_DISABLE_TRANS));
        window2.document.head.appendChild(style);
      }
      for (const c of classesToAdd) {
        el.classList.add(c);
      }
      for (const c of classesToRemove) {
        el.classList.remove(c);
      }
      if (attributeToChange) {
        el.setAttribute(attributeToChange.key, attributeToChange.value);
      }
      if (disableTransition) {
        window2.getComputedStyle(style).opacity;
        document.head.removeChild(style);
      }
    }
  );
  function defaultOnChanged(mode) {
    var _a;
    updateHTMLAttrs(selector, attribute, (_a = modes[mode]) != null ? _a : mode);
  }
  function onChanged(mode) {
    if (options.onChanged)
      options.onChanged(mode, defaultOnChanged);
    else
      defaultOnChanged(mode);
  }
  vueExports.watch(state, onChanged, { flush: "post", immediate: true });
  tryOnMounted(() => onChanged(state.value));
  const auto = vueExports.computed({
    get() {
      return emitAuto ? store.value : state.value;
    },
    set(v) {
      store.value = v;
    }
  });
  return Object.assign(auto, { store, system, state });
}
function useDark(options = {}) {
  const {
    valueDark = "dark",
    valueLight = ""
  } = options;
  const mode = useColorMode({
    ...options,
    onChanged: (mode2, defaultHandler) => {
      var _a;
      if (options.onChanged)
        (_a = options.onChanged) == null ? void 0 : _a.call(options, mode2 === "dark", defaultHandler, mode2);
      else
        defaultHandler(mode2);
    },
    modes: {
      dark: valueDark,
      light: valueLight
    }
  });
  const system = vueExports.computed(() => mode.system.value);
  const isDark = vueExports.computed({
    get() {
      return mode.value === "dark";
    },
    set(v) {
      const modeVal = v ? "dark" : "light";
      if (system.value === modeVal)
        mode.value = "auto";
      else
        mode.value = modeVal;
    }
  });
  return isDark;
}
function resolveElement(el) {
  if (typeof Window !== "undefined" && el instanceof Window)
    return el.document.documentElement;
  if (typeof Document !== "undefined" && el instanceof Document)
    return el.documentElement;
  return el;
}
const ARRIVED_STATE_THRESHOLD_PIXELS = 1;
function useScroll(element, options = {}) {
  const {
    throttle = 0,
    idle = 200,
    onStop = noop,
    onScroll = noop,
    offset = {
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    },
    eventListenerOptions = {
      capture: false,
      passive: true
    },
    behavior = "auto",
    window: window2 = defaultWindow,
    onError = (e) => {
      console.error(e);
    }
  } = options;
  const internalX = vueExports.shallowRef(0);
  const internalY = vueExports.shallowRef(0);
  const x = vueExports.computed({
    get() {
      return internalX.value;
    },
    set(x2) {
      scrollTo2(x2, void 0);
    }
  });
  const y = vueExports.computed({
    get() {
      return internalY.value;
    },
    set(y2) {
      scrollTo2(void 0, y2);
    }
  });
  function scrollTo2(_x, _y) {
    var _a, _b, _c, _d;
    if (!window2)
      return;
    const _element = vueExports.toValue(element);
    if (!_element)
      return;
    (_c = _element instanceof Document ? window2.document.body : _element) == null ? void 0 : _c.scrollTo({
      top: (_a = vueExports.toValue(_y)) != null ? _a : y.value,
      left: (_b = vueExports.toValue(_x)) != null ? _b : x.value,
      behavior: vueExports.toValue(behavior)
    });
    const scrollContainer = ((_d = _element == null ? void 0 : _element.document) == null ? void 0 : _d.documentElement) || (_element == null ? void 0 : _element.documentElement) || _element;
    if (x != null)
      internalX.value = scrollContainer.scrollLeft;
    if (y != null)
      internalY.value = scrollContainer.scrollTop;
  }
  const isScrolling = vueExports.shallowRef(false);
  const arrivedState = vueExports.reactive({
    left: true,
    right: false,
    top: true,
    bottom: false
  });
  const directions = vueExports.reactive({
    left: false,
    right: false,
    top: false,
    bottom: false
  });
  const onScrollEnd = (e) => {
    if (!isScrolling.value)
      return;
    isScrolling.value = false;
    directions.left = false;
    directions.right = false;
    directions.top = false;
    directions.bottom = false;
    onStop(e);
  };
  const onScrollEndDebounced = useDebounceFn(onScrollEnd, throttle + idle);
  const setArrivedState = (target) => {
    var _a;
    if (!window2)
      return;
    const el = ((_a = target == null ? void 0 : target.document) == null ? void 0 : _a.documentElement) || (target == null ? void 0 : target.documentElement) || unrefElement(target);
    const { display, flexDirection, direction } = getComputedStyle(el);
    const directionMultipler = direction === "rtl" ? -1 : 1;
    const scrollLeft = el.scrollLeft;
    directions.left = scrollLeft < internalX.value;
    directions.right = scrollLeft > internalX.value;
    const left = Math.abs(scrollLeft * directionMultipler) <= (offset.left || 0);
    const right = Math.abs(scrollLeft * directionMultipler) + el.clientWidth >= el.scrollWidth - (offset.right || 0) - ARRIVED_STATE_THRESHOLD_PIXELS;
    if (display === "flex" && flexDirection === "row-reverse") {
      arrivedState.left = right;
      arrivedState.right = left;
    } else {
      arrivedState.left = left;
      arrivedState.right = right;
    }
    internalX.value = scrollLeft;
    let scrollTop = el.scrollTop;
    if (target === window2.document && !scrollTop)
      scrollTop = window2.document.body.scrollTop;
    directions.top = scrollTop < internalY.value;
    directions.bottom = scrollTop > internalY.value;
    const top = Math.abs(scrollTop) <= (offset.top || 0);
    const bottom = Math.abs(scrollTop) + el.clientHeight >= el.scrollHeight - (offset.bottom || 0) - ARRIVED_STATE_THRESHOLD_PIXELS;
    if (display === "flex" && flexDirection === "column-reverse") {
      arrivedState.top = bottom;
      arrivedState.bottom = top;
    } else {
      arrivedState.top = top;
      arrivedState.bottom = bottom;
    }
    internalY.value = scrollTop;
  };
  const onScrollHandler = (e) => {
    var _a;
    if (!window2)
      return;
    const eventTarget = (_a = e.target.documentElement) != null ? _a : e.target;
    setArrivedState(eventTarget);
    isScrolling.value = true;
    onScrollEndDebounced(e);
    onScroll(e);
  };
  useEventListener(
    element,
    "scroll",
    throttle ? useThrottleFn(onScrollHandler, throttle, true, false) : onScrollHandler,
    eventListenerOptions
  );
  tryOnMounted(() => {
    try {
      const _element = vueExports.toValue(element);
      if (!_element)
        return;
      setArrivedState(_element);
    } catch (e) {
      onError(e);
    }
  });
  useEventListener(
    element,
    "scrollend",
    onScrollEnd,
    eventListenerOptions
  );
  return {
    x,
    y,
    isScrolling,
    arrivedState,
    directions,
    measure() {
      const _element = vueExports.toValue(element);
      if (window2 && _element)
        setArrivedState(_element);
    }
  };
}
function useLocalStorage(key, initialValue, options = {}) {
  const { window: window2 = defaultWindow } = options;
  return useStorage(key, initialValue, window2 == null ? void 0 : window2.localStorage, options);
}
function checkOverflowScroll(ele) {
  const style = window.getComputedStyle(ele);
  if (style.overflowX === "scroll" || style.overflowY === "scroll" || style.overflowX === "auto" && ele.clientWidth < ele.scrollWidth || style.overflowY === "auto" && ele.clientHeight < ele.scrollHeight) {
    return true;
  } else {
    const parent = ele.parentNode;
    if (!parent || parent.tagName === "BODY")
      return false;
    return checkOverflowScroll(parent);
  }
}
function preventDefault(rawEvent) {
  const e = rawEvent || window.event;
  const _target = e.target;
  if (checkOverflowScroll(_target))
    return false;
  if (e.touches.length > 1)
    return true;
  if (e.preventDefault)
    e.preventDefault();
  return false;
}
const elInitialOverflow = /* @__PURE__ */ new WeakMap();
function useScrollLock(element, initialState = false) {
  const isLocked = vueExports.shallowRef(initialState);
  let stopTouchMoveListener = null;
  let initialOverflow = "";
  vueExports.watch(toRef(element), (el) => {
    const target = resolveElement(vueExports.toValue(el));
    if (target) {
      const ele = target;
      if (!elInitialOverflow.get(ele))
        elInitialOverflow.set(ele, ele.style.overflow);
      if (ele.style.overflow !== "hidden")
        initialOverflow = ele.style.overflow;
      if (ele.style.overflow === "hidden")
        return isLocked.value = true;
      if (isLocked.value)
        return ele.style.overflow = "hidden";
    }
  }, {
    immediate: true
  });
  const lock = () => {
    const el = resolveElement(vueExports.toValue(element));
    if (!el || isLocked.value)
      return;
    if (isIOS) {
      stopTouchMoveListener = useEventListener(
        el,
        "touchmove",
        (e) => {
          preventDefault(e);
        },
        { passive: false }
      );
    }
    el.style.overflow = "hidden";
    isLocked.value = true;
  };
  const unlock = () => {
    const el = resolveElement(vueExports.toValue(element));
    if (!el || !isLocked.value)
      return;
    if (isIOS)
      stopTouchMoveListener == null ? void 0 : stopTouchMoveListener();
    el.style.overflow = initialOverflow;
    elInitialOverflow.delete(el);
    isLocked.value = false;
  };
  tryOnScopeDispose(unlock);
  return vueExports.computed({
    get() {
      return isLocked.value;
    },
    set(v) {
      if (v)
        lock();
      else unlock();
    }
  });
}
function useSessionStorage(key, initialValue, options = {}) {
  const { window: window2 = defaultWindow } = options;
  return useStorage(key, initialValue, window2 == null ? void 0 : window2.sessionStorage, options);
}
function useWindowScroll(options = {}) {
  const { window: window2 = defaultWindow, ...rest } = options;
  return useScroll(window2, rest);
}
function useWindowSize(options = {}) {
  const {
    window: window2 = defaultWindow,
    initialWidth = Number.POSITIVE_INFINITY,
    initialHeight = Number.POSITIVE_INFINITY,
    listenOrientation = true,
    includeScrollbar = true,
    type = "inner"
  } = options;
  const width = vueExports.shallowRef(initialWidth);
  const height = vueExports.shallowRef(initialHeight);
  const update = () => {
    if (window2) {
      if (type === "outer") {
        width.value = window2.outerWidth;
        height.value = window2.outerHeight;
      } else if (type === "visual" && window2.visualViewport) {
        const { width: visualViewportWidth, height: visualViewportHeight, scale } = window2.visualViewport;
        width.value = Math.round(visualViewportWidth * scale);
        height.value = Math.round(visualViewportHeight * scale);
      } else if (includeScrollbar) {
        width.value = window2.innerWidth;
        height.value = window2.innerHeight;
      } else {
        width.value = window2.document.documentElement.clientWidth;
        height.value = window2.document.documentElement.clientHeight;
      }
    }
  };
  update();
  tryOnMounted(update);
  const listenerOptions = { passive: true };
  useEventListener("resize", update, listenerOptions);
  if (window2 && type === "visual" && window2.visualViewport) {
    useEventListener(window2.visualViewport, "resize", update, listenerOptions);
  }
  if (listenOrientation) {
    const matches = useMediaQuery("(orientation: portrait)");
    vueExports.watch(matches, () => update());
  }
  return { width, height };
}
const __vite_import_meta_env__ = {};
const EXTERNAL_URL_RE = /^(?:[a-z]+:|\/\/)/i;
const APPEARANCE_KEY = "vitepress-theme-appearance";
const HASH_RE = /#.*$/;
const HASH_OR_QUERY_RE = /[?#].*$/;
const INDEX_OR_EXT_RE = /(?:(^|\/)index)?\.(?:md|html)$/;
const inBrowser = typeof document !== "undefined";
const notFoundPageData = {
  relativePath: "404.md",
  filePath: "",
  title: "404",
  description: "Not Found",
  headers: [],
  frontmatter: { sidebar: false, layout: "page" },
  lastUpdated: 0,
  isNotFound: true
};
function isActive(currentPath, matchPath, asRegex = false) {
  if (matchPath === void 0) {
    return false;
  }
  currentPath = normalize(`/${currentPath}`);
  if (asRegex) {
    return new RegExp(matchPath).test(currentPath);
  }
  if (normalize(matchPath) !== currentPath) {
    return false;
  }
  const hashMatch = matchPath.match(HASH_RE);
  if (hashMatch) {
    return (inBrowser ? location.hash : "") === hashMatch[0];
  }
  return true;
}
function normalize(path) {
  return decodeURI(path).replace(HASH_OR_QUERY_RE, "").replace(INDEX_OR_EXT_RE, "$1");
}
function isExternal(path) {
  return EXTERNAL_URL_RE.test(path);
}
function getLocaleForPath(siteData2, relativePath) {
  return Object.keys((siteData2 == null ? void 0 : siteData2.locales) || {}).find((key) => key !== "root" && !isExternal(key) && isActive(relativePath, `/${key}/`, true)) || "root";
}
function resolveSiteDataByRoute(siteData2, relativePath) {
  var _a, _b, _c, _d, _e, _f, _g;
  const localeIndex = getLocaleForPath(siteData2, relativePath);
  return Object.assign({}, siteData2, {
    localeIndex,
    lang: ((_a = siteData2.locales[localeIndex]) == null ? void 0 : _a.lang) ?? siteData2.lang,
    dir: ((_b = siteData2.locales[localeIndex]) == null ? void 0 : _b.dir) ?? siteData2.dir,
    title: ((_c = siteData2.locales[localeIndex]) == null ? void 0 : _c.title) ?? siteData2.title,
    titleTemplate: ((_d = siteData2.locales[localeIndex]) == null ? void 0 : _d.titleTemplate) ?? siteData2.titleTemplate,
    description: ((_e = siteData2.locales[localeIndex]) == null ? void 0 : _e.description) ?? siteData2.description,
    head: mergeHead(siteData2.head, ((_f = siteData2.locales[localeIndex]) == null ? void 0 : _f.head) ?? []),
    themeConfig: {
      ...siteData2.themeConfig,
      ...(_g = siteData2.locales[localeIndex]) == null ? void 0 : _g.themeConfig
    }
  });
}
function createTitle(siteData2, pageData) {
  const title = pageData.title || siteData2.title;
  const template = pageData.titleTemplate ?? siteData2.titleTemplate;
  if (typeof template === "string" && template.includes(":title")) {
    return template.replace(/:title/g, title);
  }
  const templateString = createTitleTemplate(siteData2.title, template);
  if (title === templateString.slice(3)) {
    return title;
  }
  return `${title}${templateString}`;
}
function createTitleTemplate(siteTitle, template) {
  if (template === false) {
    return "";
  }
  if (template === true || template === void 0) {
    return ` | ${siteTitle}`;
  }
  if (siteTitle === template) {
    return "";
  }
  return ` | ${template}`;
}
function hasTag(head, tag) {
  const [tagType, tagAttrs] = tag;
  if (tagType !== "meta")
    return false;
  const keyAttr = Object.entries(tagAttrs)[0];
  if (keyAttr == null)
    return false;
  return head.some(([type, attrs]) => type === tagType && attrs[keyAttr[0]] === keyAttr[1]);
}
function mergeHead(prev, curr) {
  return [...prev.filter((tagAttrs) => !hasTag(curr, tagAttrs)), ...curr];
}
const INVALID_CHAR_REGEX = /[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g;
const DRIVE_LETTER_REGEX = /^[a-z]:/i;
function sanitizeFileName(name) {
  const match = DRIVE_LETTER_REGEX.exec(name);
  const driveLetter = match ? match[0] : "";
  return driveLetter + name.slice(driveLetter.length).replace(INVALID_CHAR_REGEX, "_").replace(/(^|\/)_+(?=[^/]*$)/, "$1");
}
const KNOWN_EXTENSIONS = /* @__PURE__ */ new Set();
function treatAsHtml(filename) {
  var _a;
  if (KNOWN_EXTENSIONS.size === 0) {
    const extraExts = typeof process === "object" && ((_a = process.env) == null ? void 0 : _a.VITE_EXTRA_EXTENSIONS) || (__vite_import_meta_env__ == null ? void 0 : __vite_import_meta_env__.VITE_EXTRA_EXTENSIONS) || "";
    ("3g2,3gp,aac,ai,apng,au,avif,bin,bmp,cer,class,conf,crl,css,csv,dll,doc,eps,epub,exe,gif,gz,ics,ief,jar,jpe,jpeg,jpg,js,json,jsonld,m4a,man,mid,midi,mjs,mov,mp2,mp3,mp4,mpe,mpeg,mpg,mpp,oga,ogg,ogv,ogx,opus,otf,p10,p7c,p7m,p7s,pdf,png,ps,qt,roff,rtf,rtx,ser,svg,t,tif,tiff,tr,ts,tsv,ttf,txt,vtt,wav,weba,webm,webp,woff,woff2,xhtml,xml,yaml,yml,zip" + (extraExts && typeof extraExts === "string" ? "," + extraExts : "")).split(",").forEach((ext2) => KNOWN_EXTENSIONS.add(ext2));
  }
  const ext = filename.split(".").pop();
  return ext == null || !KNOWN_EXTENSIONS.has(ext.toLowerCase());
}
function escapeRegExp(str) {
  return str.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
const dataSymbol = Symbol();
const siteDataRef = vueExports.shallowRef(siteData);
function initData(route) {
  const site = vueExports.computed(() => resolveSiteDataByRoute(siteDataRef.value, route.data.relativePath));
  const appearance = site.value.appearance;
  const isDark = appearance === "force-dark" ? vueExports.ref(true) : appearance === "force-auto" ? usePreferredDark() : appearance ? useDark({
    storageKey: APPEARANCE_KEY,
    initialValue: () => appearance === "dark" ? "dark" : "auto",
    ...typeof appearance === "object" ? appearance : {}
  }) : vueExports.ref(false);
  const hashRef = vueExports.ref(inBrowser ? location.hash : "");
  if (inBrowser) {
    window.addEventListener("hashchange", () => {
      hashRef.value = location.hash;
    });
  }
  vueExports.watch(() => route.data, () => {
    hashRef.value = inBrowser ? location.hash : "";
  });
  return {
    site,
    theme: vueExports.computed(() => site.value.themeConfig),
    page: vueExports.computed(() => route.data),
    frontmatter: vueExports.computed(() => route.data.frontmatter),
    params: vueExports.computed(() => route.data.params),
    lang: vueExports.computed(() => site.value.lang),
    dir: vueExports.computed(() => route.data.frontmatter.dir || site.value.dir),
    localeIndex: vueExports.computed(() => site.value.localeIndex || "root"),
    title: vueExports.computed(() => createTitle(site.value, route.data)),
    description: vueExports.computed(() => route.data.description || site.value.description),
    isDark,
    hash: vueExports.computed(() => hashRef.value)
  };
}
function useData$1() {
  const data = vueExports.inject(dataSymbol);
  if (!data) {
    throw new Error("vitepress data not properly injected in app");
  }
  return data;
}
function joinPath(base, path) {
  return `${base}${path}`.replace(/\/+/g, "/");
}
function withBase(path) {
  return EXTERNAL_URL_RE.test(path) || !path.startsWith("/") ? path : joinPath(siteDataRef.value.base, path);
}
function pathToFile(path) {
  let pagePath = path.replace(/\.html$/, "");
  pagePath = decodeURIComponent(pagePath);
  pagePath = pagePath.replace(/\/$/, "/index");
  {
    if (inBrowser) {
      const base = "/";
      pagePath = sanitizeFileName(pagePath.slice(base.length).replace(/\//g, "_") || "index") + ".md";
      let pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      if (!pageHash) {
        pagePath = pagePath.endsWith("_index.md") ? pagePath.slice(0, -9) + ".md" : pagePath.slice(0, -3) + "_index.md";
        pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      }
      if (!pageHash)
        return null;
      pagePath = `${base}${"assets"}/${pagePath}.${pageHash}.js`;
    } else {
      pagePath = `./${sanitizeFileName(pagePath.slice(1).replace(/\//g, "_"))}.md.js`;
    }
  }
  return pagePath;
}
let contentUpdatedCallbacks = [];
function onContentUpdated(fn) {
  contentUpdatedCallbacks.push(fn);
  vueExports.onUnmounted(() => {
    contentUpdatedCallbacks = contentUpdatedCallbacks.filter((f) => f !== fn);
  });
}
function getScrollOffset() {
  let scrollOffset = siteDataRef.value.scrollOffset;
  let offset = 0;
  let padding = 24;
  if (typeof scrollOffset === "object" && "padding" in scrollOffset) {
    padding = scrollOffset.padding;
    scrollOffset = scrollOffset.selector;
  }
  if (typeof scrollOffset === "number") {
    offset = scrollOffset;
  } else if (typeof scrollOffset === "string") {
    offset = tryOffsetSelector(scrollOffset, padding);
  } else if (Array.isArray(scrollOffset)) {
    for (const selector of scrollOffset) {
      const res = tryOffsetSelector(selector, padding);
      if (res) {
        offset = res;
        break;
      }
    }
  }
  return offset;
}
function tryOffsetSelector(selector, padding) {
  const el = document.querySelector(selector);
  if (!el)
    return 0;
  const bot = el.getBoundingClientRect().bottom;
  if (bot < 0)
    return 0;
  return bot + padding;
}
const RouterSymbol = Symbol();
const fakeHost = "http://a.com";
const getDefaultRoute = () => ({
  path: "/",
  component: null,
  data: notFoundPageData
});
function createRouter(loadPageModule, fallbackComponent) {
  const route = vueExports.reactive(getDefaultRoute());
  const router = {
    route,
    go
  };
  async function go(href = inBrowser ? location.href : "/") {
    var _a, _b;
    href = normalizeHref(href);
    if (await ((_a = router.onBeforeRouteChange) == null ? void 0 : _a.call(router, href)) === false)
      return;
    if (inBrowser && href !== normalizeHref(location.href)) {
      history.replaceState({ scrollPosition: window.scrollY }, "");
      history.pushState({}, "", href);
    }
    await loadPage(href);
    await ((_b = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _b(href));
  }
  let latestPendingPath = null;
  async function loadPage(href, scrollPosition = 0, isRetry = false) {
    var _a, _b;
    if (await ((_a = router.onBeforePageLoad) == null ? void 0 : _a.call(router, href)) === false)
      return;
    const targetLoc = new URL(href, fakeHost);
    const pendingPath = latestPendingPath = targetLoc.pathname;
    try {
      let page = await loadPageModule(pendingPath);
      if (!page) {
        throw new Error(`Page not found: ${pendingPath}`);
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        const { default: comp, __pageData } = page;
        if (!comp) {
          throw new Error(`Invalid route component: ${comp}`);
        }
        await ((_b = router.onAfterPageLoad) == null ? void 0 : _b.call(router, href));
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = vueExports.markRaw(comp);
        route.data = true ? vueExports.markRaw(__pageData) : vueExports.readonly(__pageData);
        if (inBrowser) {
          vueExports.nextTick(() => {
            let actualPathname = siteDataRef.value.base + __pageData.relativePath.replace(/(?:(^|\/)index)?\.md$/, "$1");
            if (!siteDataRef.value.cleanUrls && !actualPathname.endsWith("/")) {
              actualPathname += ".html";
            }
            if (actualPathname !== targetLoc.pathname) {
              targetLoc.pathname = actualPathname;
              href = actualPathname + targetLoc.search + targetLoc.hash;
              history.replaceState({}, "", href);
            }
            if (targetLoc.hash && !scrollPosition) {
              let target = null;
              try {
                target = document.getElementById(decodeURIComponent(targetLoc.hash).slice(1));
              } catch (e) {
                console.warn(e);
              }
              if (target) {
                scrollTo(target, targetLoc.hash);
                return;
              }
            }
            window.scrollTo(0, scrollPosition);
          });
        }
      }
    } catch (err) {
      if (!/fetch|Page not found/.test(err.message) && !/^\/404(\.html|\/)?$/.test(href)) {
        console.error(err);
      }
      if (!isRetry) {
        try {
          const res = await fetch(siteDataRef.value.base + "hashmap.json");
          window.__VP_HASH_MAP__ = await res.json();
          await loadPage(href, scrollPosition, true);
          return;
        } catch (e) {
        }
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = fallbackComponent ? vueExports.markRaw(fallbackComponent) : null;
        const relativePath = inBrowser ? pendingPath.replace(/(^|\/)$/, "$1index").replace(/(\.html)?$/, ".md").replace(/^\//, "") : "404.md";
        route.data = { ...notFoundPageData, relativePath };
      }
    }
  }
  if (inBrowser) {
    if (history.state === null) {
      history.replaceState({}, "");
    }
    window.addEventListener("click", (e) => {
      if (e.defaultPrevented || !(e.target instanceof Element) || e.target.closest("button") || // temporary fix for docsearch action buttons
      e.button !== 0 || e.ctrlKey || e.shiftKey || e.altKey || e.metaKey)
        return;
      const link2 = e.target.closest("a");
      if (!link2 || link2.closest(".vp-raw") || link2.hasAttribute("download") || link2.hasAttribute("target"))
        return;
      const linkHref = link2.getAttribute("href") ?? (link2 instanceof SVGAElement ? link2.getAttribute("xlink:href") : null);
      if (linkHref == null)
        return;
      const { href, origin, pathname, hash, search } = new URL(linkHref, link2.baseURI);
      const currentUrl = new URL(location.href);
      if (origin === currentUrl.origin && treatAsHtml(pathname)) {
        e.preventDefault();
        if (pathname === currentUrl.pathname && search === currentUrl.search) {
          if (hash !== currentUrl.hash) {
            history.pushState({}, "", href);
            window.dispatchEvent(new HashChangeEvent("hashchange", {
              oldURL: currentUrl.href,
              newURL: href
            }));
          }
          if (hash) {
            scrollTo(link2, hash, link2.classList.contains("header-anchor"));
          } else {
            window.scrollTo(0, 0);
          }
        } else {
          go(href);
        }
      }
    }, { capture: true });
    window.addEventListener("popstate", async (e) => {
      var _a;
      if (e.state === null)
        return;
      const href = normalizeHref(location.href);
      await loadPage(href, e.state && e.state.scrollPosition || 0);
      await ((_a = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _a(href));
    });
    window.addEventListener("hashchange", (e) => {
      e.preventDefault();
    });
  }
  return router;
}
function useRouter() {
  const router = vueExports.inject(RouterSymbol);
  if (!router) {
    throw new Error("useRouter() is called without provider.");
  }
  return router;
}
function useRoute() {
  return useRouter().route;
}
function scrollTo(el, hash, smooth = false) {
  let target = null;
  try {
    target = el.classList.contains("header-anchor") ? el : document.getElementById(decodeURIComponent(hash).slice(1));
  } catch (e) {
    console.warn(e);
  }
  if (target) {
    let scrollToTarget = function() {
      if (!smooth || Math.abs(targetTop - window.scrollY) > window.innerHeight)
        window.scrollTo(0, targetTop);
      else
        window.scrollTo({ left: 0, top: targetTop, behavior: "smooth" });
    };
    const targetPadding = parseInt(window.getComputedStyle(target).paddingTop, 10);
    const targetTop = window.scrollY + target.getBoundingClientRect().top - getScrollOffset() + targetPadding;
    requestAnimationFrame(scrollToTarget);
  }
}
function normalizeHref(href) {
  const url = new URL(href, fakeHost);
  url.pathname = url.pathname.replace(/(^|\/)index(\.html)?$/, "$1");
  if (siteDataRef.value.cleanUrls)
    url.pathname = url.pathname.replace(/\.html$/, "");
  else if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".html"))
    url.pathname += ".html";
  return url.pathname + url.search + url.hash;
}
const runCbs = () => contentUpdatedCallbacks.forEach((fn) => fn());
const Content = vueExports.defineComponent({
  name: "VitePressContent",
  props: {
    as: { type: [Object, String], default: "div" }
  },
  setup(props) {
    const route = useRoute();
    const { frontmatter, site } = useData$1();
    vueExports.watch(frontmatter, runCbs, { deep: true, flush: "post" });
    return () => vueExports.h(props.as, site.value.contentProps ?? { style: { position: "relative" } }, [
      route.component ? vueExports.h(route.component, {
        onVnodeMounted: runCbs,
        onVnodeUpdated: runCbs,
        onVnodeUnmounted: runCbs
      }) : "404 Page Not Found"
    ]);
  }
});
const _sfc_main$15 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPBackdrop",
  __ssrInlineRender: true,
  props: {
    show: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.show) {
        _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPBackdrop" }, _attrs))} data-v-3b4e3ab2></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$15 = _sfc_main$15.setup;
_sfc_main$15.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPBackdrop.vue");
  return _sfc_setup$15 ? _sfc_setup$15(props, ctx) : void 0;
};
const VPBackdrop = /* @__PURE__ */ _export_sfc(_sfc_main$15, [["__scopeId", "data-v-3b4e3ab2"]]);
const useData = useData$1;
function throttleAndDebounce(fn, delay) {
  let timeoutId;
  let called = false;
  return () => {
    if (timeoutId)
      clearTimeout(timeoutId);
    if (!called) {
      fn();
      (called = true) && setTimeout(() => called = false, delay);
    } else
      timeoutId = setTimeout(fn, delay);
  };
}
function ensureStartingSlash(path) {
  return path.startsWith("/") ? path : `/${path}`;
}
function normalizeLink$1(url) {
  const { pathname, search, hash, protocol } = new URL(url, "http://a.com");
  if (isExternal(url) || url.startsWith("#") || !protocol.startsWith("http") || !treatAsHtml(pathname))
    return url;
  const { site } = useData();
  const normalizedPath = pathname.endsWith("/") || pathname.endsWith(".html") ? url : url.replace(/(?:(^\.+)\/)?.*$/, `$1${pathname.replace(/(\.md)?$/, site.value.cleanUrls ? "" : ".html")}${search}${hash}`);
  return withBase(normalizedPath);
}
function useLangs({ correspondingLink = false } = {}) {
  const { site, localeIndex, page, theme: theme2, hash } = useData();
  const currentLang = vueExports.computed(() => {
    var _a, _b;
    return {
      label: (_a = site.value.locales[localeIndex.value]) == null ? void 0 : _a.label,
      link: ((_b = site.value.locales[localeIndex.value]) == null ? void 0 : _b.link) || (localeIndex.value === "root" ? "/" : `/${localeIndex.value}/`)
    };
  });
  const localeLinks = vueExports.computed(() => Object.entries(site.value.locales).flatMap(([key, value]) => currentLang.value.label === value.label ? [] : {
    text: value.label,
    link: normalizeLink(value.link || (key === "root" ? "/" : `/${key}/`), theme2.value.i18nRouting !== false && correspondingLink, page.value.relativePath.slice(currentLang.value.link.length - 1), !site.value.cleanUrls) + hash.value
  }));
  return { localeLinks, currentLang };
}
function normalizeLink(link2, addPath, path, addExt) {
  return addPath ? link2.replace(/\/$/, "") + ensureStartingSlash(path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, addExt ? ".html" : "")) : link2;
}
const _sfc_main$14 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "NotFound",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { currentLang } = useLangs();
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d, _e;
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "NotFound" }, _attrs))} data-v-ee5820d6><p class="code" data-v-ee5820d6>${ssrInterpolate_1(((_a = vueExports.unref(theme2).notFound) == null ? void 0 : _a.code) ?? "404")}</p><h1 class="title" data-v-ee5820d6>${ssrInterpolate_1(((_b = vueExports.unref(theme2).notFound) == null ? void 0 : _b.title) ?? "PAGE NOT FOUND")}</h1><div class="divider" data-v-ee5820d6></div><blockquote class="quote" data-v-ee5820d6>${ssrInterpolate_1(((_c = vueExports.unref(theme2).notFound) == null ? void 0 : _c.quote) ?? "But if you don't change your direction, and if you keep looking, you may end up where you are heading.")}</blockquote><div class="action" data-v-ee5820d6><a class="link"${ssrRenderAttr_1("href", vueExports.unref(withBase)(vueExports.unref(currentLang).link))}${ssrRenderAttr_1("aria-label", ((_d = vueExports.unref(theme2).notFound) == null ? void 0 : _d.linkLabel) ?? "go to home")} data-v-ee5820d6>${ssrInterpolate_1(((_e = vueExports.unref(theme2).notFound) == null ? void 0 : _e.linkText) ?? "Take me home")}</a></div></div>`);
    };
  }
});
const _sfc_setup$14 = _sfc_main$14.setup;
_sfc_main$14.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/NotFound.vue");
  return _sfc_setup$14 ? _sfc_setup$14(props, ctx) : void 0;
};
const NotFound = /* @__PURE__ */ _export_sfc(_sfc_main$14, [["__scopeId", "data-v-ee5820d6"]]);
function getSidebar(_sidebar, path) {
  if (Array.isArray(_sidebar))
    return addBase(_sidebar);
  if (_sidebar == null)
    return [];
  path = ensureStartingSlash(path);
  const dir = Object.keys(_sidebar).sort((a, b) => {
    return b.split("/").length - a.split("/").length;
  }).find((dir2) => {
    return path.startsWith(ensureStartingSlash(dir2));
  });
  const sidebar = dir ? _sidebar[dir] : [];
  return Array.isArray(sidebar) ? addBase(sidebar) : addBase(sidebar.items, sidebar.base);
}
function getSidebarGroups(sidebar) {
  const groups = [];
  let lastGroupIndex = 0;
  for (const index in sidebar) {
    const item = sidebar[index];
    if (item.items) {
      lastGroupIndex = groups.push(item);
      continue;
    }
    if (!groups[lastGroupIndex]) {
      groups.push({ items: [] });
    }
    groups[lastGroupIndex].items.push(item);
  }
  return groups;
}
function getFlatSideBarLinks(sidebar) {
  const links = [];
  function recursivelyExtractLinks(items) {
    for (const item of items) {
      if (item.text && item.link) {
        links.push({
          text: item.text,
          link: item.link,
          docFooterText: item.docFooterText
        });
      }
      if (item.items) {
        recursivelyExtractLinks(item.items);
      }
    }
  }
  recursivelyExtractLinks(sidebar);
  return links;
}
function hasActiveLink(path, items) {
  if (Array.isArray(items)) {
    return items.some((item) => hasActiveLink(path, item));
  }
  return isActive(path, items.link) ? true : items.items ? hasActiveLink(path, items.items) : false;
}
function addBase(items, _base) {
  return [...items].map((_item) => {
    const item = { ..._item };
    const base = item.base || _base;
    if (base && item.link)
      item.link = base + item.link;
    if (item.items)
      item.items = addBase(item.items, base);
    return item;
  });
}
function useSidebar() {
  const { frontmatter, page, theme: theme2 } = useData();
  const is960 = useMediaQuery("(min-width: 960px)");
  const isOpen = vueExports.ref(false);
  const _sidebar = vueExports.computed(() => {
    const sidebarConfig = theme2.value.sidebar;
    const relativePath = page.value.relativePath;
    return sidebarConfig ? getSidebar(sidebarConfig, relativePath) : [];
  });
  const sidebar = vueExports.ref(_sidebar.value);
  vueExports.watch(_sidebar, (next, prev) => {
    if (JSON.stringify(next) !== JSON.stringify(prev))
      sidebar.value = _sidebar.value;
  });
  const hasSidebar = vueExports.computed(() => {
    return frontmatter.value.sidebar !== false && sidebar.value.length > 0 && frontmatter.value.layout !== "home";
  });
  const leftAside = vueExports.computed(() => {
    if (hasAside)
      return frontmatter.value.aside == null ? theme2.value.aside === "left" : frontmatter.value.aside === "left";
    return false;
  });
  const hasAside = vueExports.computed(() => {
    if (frontmatter.value.layout === "home")
      return false;
    if (frontmatter.value.aside != null)
      return !!frontmatter.value.aside;
    return theme2.value.aside !== false;
  });
  const isSidebarEnabled = vueExports.computed(() => hasSidebar.value && is960.value);
  const sidebarGroups = vueExports.computed(() => {
    return hasSidebar.value ? getSidebarGroups(sidebar.value) : [];
  });
  function open() {
    isOpen.value = true;
  }
  function close() {
    isOpen.value = false;
  }
  function toggle() {
    isOpen.value ? close() : open();
  }
  return {
    isOpen,
    sidebar,
    sidebarGroups,
    hasSidebar,
    hasAside,
    leftAside,
    isSidebarEnabled,
    open,
    close,
    toggle
  };
}
function useCloseSidebarOnEscape(isOpen, close) {
  let triggerElement;
  vueExports.watchEffect(() => {
    triggerElement = isOpen.value ? document.activeElement : void 0;
  });
  vueExports.onMounted(() => {
    window.addEventListener("keyup", onEscape);
  });
  vueExports.onUnmounted(() => {
    window.removeEventListener("keyup", onEscape);
  });
  function onEscape(e) {
    if (e.key === "Escape" && isOpen.value) {
      close();
      triggerElement == null ? void 0 : triggerElement.focus();
    }
  }
}
function useSidebarControl(item) {
  const { page, hash } = useData();
  const collapsed = vueExports.ref(false);
  const collapsible = vueExports.computed(() => {
    return item.value.collapsed != null;
  });
  const isLink = vueExports.computed(() => {
    return !!item.value.link;
  });
  const isActiveLink = vueExports.ref(false);
  const updateIsActiveLink = () => {
    isActiveLink.value = isActive(page.value.relativePath, item.value.link);
  };
  vueExports.watch([page, item, hash], updateIsActiveLink);
  vueExports.onMounted(updateIsActiveLink);
  const hasActiveLink$1 = vueExports.computed(() => {
    if (isActiveLink.value) {
      return true;
    }
    return item.value.items ? hasActiveLink(page.value.relativePath, item.value.items) : false;
  });
  const hasChildren = vueExports.computed(() => {
    return !!(item.value.items && item.value.items.length);
  });
  vueExports.watchEffect(() => {
    collapsed.value = !!(collapsible.value && item.value.collapsed);
  });
  vueExports.watchPostEffect(() => {
    (isActiveLink.value || hasActiveLink$1.value) && (collapsed.value = false);
  });
  function toggle() {
    if (collapsible.value) {
      collapsed.value = !collapsed.value;
    }
  }
  return {
    collapsed,
    collapsible,
    isLink,
    isActiveLink,
    hasActiveLink: hasActiveLink$1,
    hasChildren,
    toggle
  };
}
function useAside() {
  const { hasSidebar } = useSidebar();
  const is960 = useMediaQuery("(min-width: 960px)");
  const is1280 = useMediaQuery("(min-width: 1280px)");
  const isAsideEnabled = vueExports.computed(() => {
    if (!is1280.value && !is960.value) {
      return false;
    }
    return hasSidebar.value ? is1280.value : is960.value;
  });
  return {
    isAsideEnabled
  };
}
const ignoreRE = /\b(?:VPBadge|header-anchor|footnote-ref|ignore-header)\b/;
const resolvedHeaders = [];
function resolveTitle(theme2) {
  return typeof theme2.outline === "object" && !Array.isArray(theme2.outline) && theme2.outline.label || theme2.outlineTitle || "On this page";
}
function getHeaders(range) {
  const headers = [
    ...document.querySelectorAll(".VPDoc :where(h1,h2,h3,h4,h5,h6)")
  ].filter((el) => el.id && el.hasChildNodes()).map((el) => {
    const level = Number(el.tagName[1]);
    return {
      element: el,
      title: serializeHeader(el),
      link: "#" + el.id,
      level
    };
  });
  return resolveHeaders(headers, range);
}
function serializeHeader(h) {
  let ret = "";
  for (const node of h.childNodes) {
    if (node.nodeType === 1) {
      if (ignoreRE.test(node.className))
        continue;
      ret += node.textContent;
    } else if (node.nodeType === 3) {
      ret += node.textContent;
    }
  }
  return ret.trim();
}
function resolveHeaders(headers, range) {
  if (range === false) {
    return [];
  }
  const levelsRange = (typeof range === "object" && !Array.isArray(range) ? range.level : range) || 2;
  const [high, low] = typeof levelsRange === "number" ? [levelsRange, levelsRange] : levelsRange === "deep" ? [2, 6] : levelsRange;
  return buildTree(headers, high, low);
}
function useActiveAnchor(container, marker) {
  const { isAsideEnabled } = useAside();
  const onScroll = throttleAndDebounce(setActiveLink, 100);
  let prevActiveLink = null;
  vueExports.onMounted(() => {
    requestAnimationFrame(setActiveLink);
    window.addEventListener("scroll", onScroll);
  });
  vueExports.onUpdated(() => {
    activateLink(location.hash);
  });
  vueExports.onUnmounted(() => {
    window.removeEventListener("scroll", onScroll);
  });
  function setActiveLink() {
    if (!isAsideEnabled.value) {
      return;
    }
    const scrollY = window.scrollY;
    const innerHeight = window.innerHeight;
    const offsetHeight = document.body.offsetHeight;
    const isBottom = Math.abs(scrollY + innerHeight - offsetHeight) < 1;
    const headers = resolvedHeaders.map(({ element, link: link2 }) => ({
      link: link2,
      top: getAbsoluteTop(element)
    })).filter(({ top }) => !Number.isNaN(top)).sort((a, b) => a.top - b.top);
    if (!headers.length) {
      activateLink(null);
      return;
    }
    if (scrollY < 1) {
      activateLink(null);
      return;
    }
    if (isBottom) {
      activateLink(headers[headers.length - 1].link);
      return;
    }
    let activeLink = null;
    for (const { link: link2, top } of headers) {
      if (top > scrollY + getScrollOffset() + 4) {
        break;
      }
      activeLink = link2;
    }
    activateLink(activeLink);
  }
  function activateLink(hash) {
    if (prevActiveLink) {
      prevActiveLink.classList.remove("active");
    }
    if (hash == null) {
      prevActiveLink = null;
    } else {
      prevActiveLink = container.value.querySelector(`a[href="${decodeURIComponent(hash)}"]`);
    }
    const activeLink = prevActiveLink;
    if (activeLink) {
      activeLink.classList.add("active");
      marker.value.style.top = activeLink.offsetTop + 39 + "px";
      marker.value.style.opacity = "1";
    } else {
      marker.value.style.top = "33px";
      marker.value.style.opacity = "0";
    }
  }
}
function getAbsoluteTop(element) {
  let offsetTop = 0;
  while (element !== document.body) {
    if (element === null) {
      return NaN;
    }
    offsetTop += element.offsetTop;
    element = element.offsetParent;
  }
  return offsetTop;
}
function buildTree(data, min, max) {
  resolvedHeaders.length = 0;
  const result = [];
  const stack = [];
  data.forEach((item) => {
    const node = { ...item, children: [] };
    let parent = stack[stack.length - 1];
    while (parent && parent.level >= node.level) {
      stack.pop();
      parent = stack[stack.length - 1];
    }
    if (node.element.classList.contains("ignore-header") || parent && "shouldIgnore" in parent) {
      stack.push({ level: node.level, shouldIgnore: true });
      return;
    }
    if (node.level > max || node.level < min)
      return;
    resolvedHeaders.push({ element: node.element, link: node.link });
    if (parent)
      parent.children.push(node);
    else
      result.push(node);
    stack.push(node);
  });
  return result;
}
const _sfc_main$13 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPDocOutlineItem",
  __ssrInlineRender: true,
  props: {
    headers: {},
    root: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPDocOutlineItem = vueExports.resolveComponent("VPDocOutlineItem", true);
      _push(`<ul${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPDocOutlineItem", __props.root ? "root" : "nested"]
      }, _attrs))} data-v-8571d32e><!--[-->`);
      ssrRenderList_1(__props.headers, ({ children, link: link2, title }) => {
        _push(`<li data-v-8571d32e><a class="outline-link"${ssrRenderAttr_1("href", link2)}${ssrRenderAttr_1("title", title)} data-v-8571d32e>${ssrInterpolate_1(title)}</a>`);
        if (children == null ? void 0 : children.length) {
          _push(ssrRenderComponent_1(_component_VPDocOutlineItem, { headers: children }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</li>`);
      });
      _push(`<!--]--></ul>`);
    };
  }
});
const _sfc_setup$13 = _sfc_main$13.setup;
_sfc_main$13.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPDocOutlineItem.vue");
  return _sfc_setup$13 ? _sfc_setup$13(props, ctx) : void 0;
};
const VPDocOutlineItem = /* @__PURE__ */ _export_sfc(_sfc_main$13, [["__scopeId", "data-v-8571d32e"]]);
const _sfc_main$12 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPDocAsideOutline",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    const headers = vueExports.shallowRef([]);
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const container = vueExports.ref();
    const marker = vueExports.ref();
    useActiveAnchor(container, marker);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<nav${ssrRenderAttrs_1(vueExports.mergeProps({
        "aria-labelledby": "doc-outline-aria-label",
        class: ["VPDocAsideOutline", { "has-outline": headers.value.length > 0 }],
        ref_key: "container",
        ref: container
      }, _attrs))} data-v-913d532c><div class="content" data-v-913d532c><div class="outline-marker" data-v-913d532c></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-913d532c>${ssrInterpolate_1(vueExports.unref(resolveTitle)(vueExports.unref(theme2)))}</div>`);
      _push(ssrRenderComponent_1(VPDocOutlineItem, {
        headers: headers.value,
        root: true
      }, null, _parent));
      _push(`</div></nav>`);
    };
  }
});
const _sfc_setup$12 = _sfc_main$12.setup;
_sfc_main$12.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideOutline.vue");
  return _sfc_setup$12 ? _sfc_setup$12(props, ctx) : void 0;
};
const VPDocAsideOutline = /* @__PURE__ */ _export_sfc(_sfc_main$12, [["__scopeId", "data-v-913d532c"]]);
const _sfc_main$11 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPDocAsideCarbonAds",
  __ssrInlineRender: true,
  props: {
    carbonAds: {}
  },
  setup(__props) {
    const VPCarbonAds = () => null;
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPDocAsideCarbonAds" }, _attrs))}>`);
      _push(ssrRenderComponent_1(vueExports.unref(VPCarbonAds), { "carbon-ads": __props.carbonAds }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$11 = _sfc_main$11.setup;
_sfc_main$11.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideCarbonAds.vue");
  return _sfc_setup$11 ? _sfc_setup$11(props, ctx) : void 0;
};
const _sfc_main$10 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPDocAside",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPDocAside" }, _attrs))} data-v-5a551296>`);
      ssrRenderSlot_1(_ctx.$slots, "aside-top", {}, null, _push, _parent);
      ssrRenderSlot_1(_ctx.$slots, "aside-outline-before", {}, null, _push, _parent);
      _push(ssrRenderComponent_1(VPDocAsideOutline, null, null, _parent));
      ssrRenderSlot_1(_ctx.$slots, "aside-outline-after", {}, null, _push, _parent);
      _push(`<div class="spacer" data-v-5a551296></div>`);
      ssrRenderSlot_1(_ctx.$slots, "aside-ads-before", {}, null, _push, _parent);
      if (vueExports.unref(theme2).carbonAds) {
        _push(ssrRenderComponent_1(_sfc_main$11, {
          "carbon-ads": vueExports.unref(theme2).carbonAds
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot_1(_ctx.$slots, "aside-ads-after", {}, null, _push, _parent);
      ssrRenderSlot_1(_ctx.$slots, "aside-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$10 = _sfc_main$10.setup;
_sfc_main$10.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPDocAside.vue");
  return _sfc_setup$10 ? _sfc_setup$10(props, ctx) : void 0;
};
const VPDocAside = /* @__PURE__ */ _export_sfc(_sfc_main$10, [["__scopeId", "data-v-5a551296"]]);
function useEditLink() {
  const { theme: theme2, page } = useData();
  return vueExports.computed(() => {
    const { text = "Edit this page", pattern = "" } = theme2.value.editLink || {};
    let url;
    if (typeof pattern === "function") {
      url = pattern(page.value);
    } else {
      url = pattern.replace(/:path/g, page.value.filePath);
    }
    return { url, text };
  });
}
function usePrevNext() {
  const { page, theme: theme2, frontmatter } = useData();
  return vueExports.computed(() => {
    var _a, _b, _c, _d, _e, _f, _g, _h;
    const sidebar = getSidebar(theme2.value.sidebar, page.value.relativePath);
    const links = getFlatSideBarLinks(sidebar);
    const candidates = uniqBy(links, (link2) => link2.link.replace(/[?#].*$/, ""));
    const index = candidates.findIndex((link2) => {
      return isActive(page.value.relativePath, link2.link);
    });
    const hidePrev = ((_a = theme2.value.docFooter) == null ? void 0 : _a.prev) === false && !frontmatter.value.prev || frontmatter.value.prev === false;
    const hideNext = ((_b = theme2.value.docFooter) == null ? void 0 : _b.next) === false && !frontmatter.value.next || frontmatter.value.next === false;
    return {
      prev: hidePrev ? void 0 : {
        text: (typeof frontmatter.value.prev === "string" ? frontmatter.value.prev : typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.text : void 0) ?? ((_c = candidates[index - 1]) == null ? void 0 : _c.docFooterText) ?? ((_d = candidates[index - 1]) == null ? void 0 : _d.text),
        link: (typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.link : void 0) ?? ((_e = candidates[index - 1]) == null ? void 0 : _e.link)
      },
      next: hideNext ? void 0 : {
        text: (typeof frontmatter.value.next === "string" ? frontmatter.value.next : typeof frontmatter.value.next === "object" ? frontmatter.value.next.text : void 0) ?? ((_f = candidates[index + 1]) == null ? void 0 : _f.docFooterText) ?? ((_g = candidates[index + 1]) == null ? void 0 : _g.text),
        link: (typeof frontmatter.value.next === "object" ? frontmatter.value.next.link : void 0) ?? ((_h = candidates[index + 1]) == null ? void 0 : _h.link)
      }
    };
  });
}
function uniqBy(array, keyFn) {
  const seen = /* @__PURE__ */ new Set();
  return array.filter((item) => {
    const k = keyFn(item);
    return seen.has(k) ? false : seen.add(k);
  });
}
const _sfc_main$$ = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPLink",
  __ssrInlineRender: true,
  props: {
    tag: {},
    href: {},
    noIcon: { type: Boolean },
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const tag = vueExports.computed(() => props.tag ?? (props.href ? "a" : "span"));
    const isExternal2 = vueExports.computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href) || props.target === "_blank"
    );
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, vueExports.createVNode(vueExports.resolveDynamicComponent(tag.value), vueExports.mergeProps({
        class: ["VPLink", {
          link: __props.href,
          "vp-external-link-icon": isExternal2.value,
          "no-icon": __props.noIcon
        }],
        href: __props.href ? vueExports.unref(normalizeLink$1)(__props.href) : void 0,
        target: __props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: __props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "default")
            ];
          }
        }),
        _: 3
      }), _parent);
    };
  }
});
const _sfc_setup$$ = _sfc_main$$.setup;
_sfc_main$$.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPLink.vue");
  return _sfc_setup$$ ? _sfc_setup$$(props, ctx) : void 0;
};
const _sfc_main$_ = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPDocFooterLastUpdated",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, lang } = useData();
    const date = vueExports.computed(
      () => new Date(page.value.lastUpdated)
    );
    const isoDatetime = vueExports.computed(() => date.value.toISOString());
    const datetime = vueExports.ref("");
    vueExports.onMounted(() => {
      vueExports.watchEffect(() => {
        var _a, _b, _c;
        datetime.value = new Intl.DateTimeFormat(
          ((_b = (_a = theme2.value.lastUpdated) == null ? void 0 : _a.formatOptions) == null ? void 0 : _b.forceLocale) ? lang.value : void 0,
          ((_c = theme2.value.lastUpdated) == null ? void 0 : _c.formatOptions) ?? {
            dateStyle: "short",
            timeStyle: "short"
          }
        ).format(date.value);
      });
    });
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<p${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPLastUpdated" }, _attrs))} data-v-e3adc2cd>${ssrInterpolate_1(((_a = vueExports.unref(theme2).lastUpdated) == null ? void 0 : _a.text) || vueExports.unref(theme2).lastUpdatedText || "Last updated")}: <time${ssrRenderAttr_1("datetime", isoDatetime.value)} data-v-e3adc2cd>${ssrInterpolate_1(datetime.value)}</time></p>`);
    };
  }
});
const _sfc_setup$_ = _sfc_main$_.setup;
_sfc_main$_.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPDocFooterLastUpdated.vue");
  return _sfc_setup$_ ? _sfc_setup$_(props, ctx) : void 0;
};
const VPDocFooterLastUpdated = /* @__PURE__ */ _export_sfc(_sfc_main$_, [["__scopeId", "data-v-e3adc2cd"]]);
const _sfc_main$Z = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPDocFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, frontmatter } = useData();
    const editLink = useEditLink();
    const control = usePrevNext();
    const hasEditLink = vueExports.computed(
      () => theme2.value.editLink && frontmatter.value.editLink !== false
    );
    const hasLastUpdated = vueExports.computed(() => page.value.lastUpdated);
    const showFooter = vueExports.computed(
      () => hasEditLink.value || hasLastUpdated.value || control.value.prev || control.value.next
    );
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d;
      if (showFooter.value) {
        _push(`<footer${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPDocFooter" }, _attrs))} data-v-9d0020f1>`);
        ssrRenderSlot_1(_ctx.$slots, "doc-footer-before", {}, null, _push, _parent);
        if (hasEditLink.value || hasLastUpdated.value) {
          _push(`<div class="edit-info" data-v-9d0020f1>`);
          if (hasEditLink.value) {
            _push(`<div class="edit-link" data-v-9d0020f1>`);
            _push(ssrRenderComponent_1(_sfc_main$$, {
              class: "edit-link-button",
              href: vueExports.unref(editLink).url,
              "no-icon": true
            }, {
              default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
                if (_push2) {
                  _push2(`<span class="vpi-square-pen edit-link-icon" data-v-9d0020f1${_scopeId}></span> ${ssrInterpolate_1(vueExports.unref(editLink).text)}`);
                } else {
                  return [
                    vueExports.createVNode("span", { class: "vpi-square-pen edit-link-icon" }),
                    vueExports.createTextVNode(" " + vueExports.toDisplayString(vueExports.unref(editLink).text), 1)
                  ];
                }
              }),
              _: 1
            }, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          if (hasLastUpdated.value) {
            _push(`<div class="last-updated" data-v-9d0020f1>`);
            _push(ssrRenderComponent_1(VPDocFooterLastUpdated, null, null, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        if (((_a = vueExports.unref(control).prev) == null ? void 0 : _a.link) || ((_b = vueExports.unref(control).next) == null ? void 0 : _b.link)) {
          _push(`<nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-9d0020f1><span class="visually-hidden" id="doc-footer-aria-label" data-v-9d0020f1>Pager</span><div class="pager" data-v-9d0020f1>`);
          if ((_c = vueExports.unref(control).prev) == null ? void 0 : _c.link) {
            _push(ssrRenderComponent_1(_sfc_main$$, {
              class: "pager-link prev",
              href: vueExports.unref(control).prev.link
            }, {
              default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-9d0020f1${_scopeId}>${(((_a2 = vueExports.unref(theme2).docFooter) == null ? void 0 : _a2.prev) || "Previous page") ?? ""}</span><span class="title" data-v-9d0020f1${_scopeId}>${vueExports.unref(control).prev.text ?? ""}</span>`);
                } else {
                  return [
                    vueExports.createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = vueExports.unref(theme2).docFooter) == null ? void 0 : _b2.prev) || "Previous page"
                    }, null, 8, ["innerHTML"]),
                    vueExports.createVNode("span", {
                      class: "title",
                      innerHTML: vueExports.unref(control).prev.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div><div class="pager" data-v-9d0020f1>`);
          if ((_d = vueExports.unref(control).next) == null ? void 0 : _d.link) {
            _push(ssrRenderComponent_1(_sfc_main$$, {
              class: "pager-link next",
              href: vueExports.unref(control).next.link
            }, {
              default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-9d0020f1${_scopeId}>${(((_a2 = vueExports.unref(theme2).docFooter) == null ? void 0 : _a2.next) || "Next page") ?? ""}</span><span class="title" data-v-9d0020f1${_scopeId}>${vueExports.unref(control).next.text ?? ""}</span>`);
                } else {
                  return [
                    vueExports.createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = vueExports.unref(theme2).docFooter) == null ? void 0 : _b2.next) || "Next page"
                    }, null, 8, ["innerHTML"]),
                    vueExports.createVNode("span", {
                      class: "title",
                      innerHTML: vueExports.unref(control).next.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div></nav>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Z = _sfc_main$Z.setup;
_sfc_main$Z.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPDocFooter.vue");
  return _sfc_setup$Z ? _sfc_setup$Z(props, ctx) : void 0;
};
const VPDocFooter = /* @__PURE__ */ _export_sfc(_sfc_main$Z, [["__scopeId", "data-v-9d0020f1"]]);
const _sfc_main$Y = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPDoc",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const { hasSidebar, hasAside, leftAside } = useSidebar();
    const pageName = vueExports.computed(
      () => route.path.replace(/[./]+/g, "_").replace(/_html$/, "")
    );
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = vueExports.resolveComponent("Content");
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPDoc", { "has-sidebar": vueExports.unref(hasSidebar), "has-aside": vueExports.unref(hasAside) }]
      }, _attrs))} data-v-d7437412>`);
      ssrRenderSlot_1(_ctx.$slots, "doc-top", {}, null, _push, _parent);
      _push(`<div class="container" data-v-d7437412>`);
      if (vueExports.unref(hasAside)) {
        _push(`<div class="${ssrRenderClass_1([{ "left-aside": vueExports.unref(leftAside) }, "aside"])}" data-v-d7437412><div class="aside-curtain" data-v-d7437412></div><div class="aside-container" data-v-d7437412><div class="aside-content" data-v-d7437412>`);
        _push(ssrRenderComponent_1(VPDocAside, null, {
          "aside-top": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</div></div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<div class="content" data-v-d7437412><div class="content-container" data-v-d7437412>`);
      ssrRenderSlot_1(_ctx.$slots, "doc-before", {}, null, _push, _parent);
      _push(`<main class="main" data-v-d7437412>`);
      _push(ssrRenderComponent_1(_component_Content, {
        class: ["vp-doc", [
          pageName.value,
          vueExports.unref(theme2).externalLinkIcon && "external-link-icon-enabled"
        ]]
      }, null, _parent));
      _push(`</main>`);
      _push(ssrRenderComponent_1(VPDocFooter, null, {
        "doc-footer-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot_1(_ctx.$slots, "doc-after", {}, null, _push, _parent);
      _push(`</div></div></div>`);
      ssrRenderSlot_1(_ctx.$slots, "doc-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$Y = _sfc_main$Y.setup;
_sfc_main$Y.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPDoc.vue");
  return _sfc_setup$Y ? _sfc_setup$Y(props, ctx) : void 0;
};
const VPDoc = /* @__PURE__ */ _export_sfc(_sfc_main$Y, [["__scopeId", "data-v-d7437412"]]);
const _sfc_main$X = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPButton",
  __ssrInlineRender: true,
  props: {
    tag: {},
    size: { default: "medium" },
    theme: { default: "brand" },
    text: {},
    href: {},
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const isExternal2 = vueExports.computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href)
    );
    const component = vueExports.computed(() => {
      return props.tag || (props.href ? "a" : "button");
    });
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, vueExports.createVNode(vueExports.resolveDynamicComponent(component.value), vueExports.mergeProps({
        class: ["VPButton", [__props.size, __props.theme]],
        href: __props.href ? vueExports.unref(normalizeLink$1)(__props.href) : void 0,
        target: props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`${ssrInterpolate_1(__props.text)}`);
          } else {
            return [
              vueExports.createTextVNode(vueExports.toDisplayString(__props.text), 1)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$X = _sfc_main$X.setup;
_sfc_main$X.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPButton.vue");
  return _sfc_setup$X ? _sfc_setup$X(props, ctx) : void 0;
};
const VPButton = /* @__PURE__ */ _export_sfc(_sfc_main$X, [["__scopeId", "data-v-aa3c8fc8"]]);
const _sfc_main$W = /* @__PURE__ */ vueExports.defineComponent({
  ...{ inheritAttrs: false },
  __name: "VPImage",
  __ssrInlineRender: true,
  props: {
    image: {},
    alt: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPImage = vueExports.resolveComponent("VPImage", true);
      if (__props.image) {
        _push(`<!--[-->`);
        if (typeof __props.image === "string" || "src" in __props.image) {
          _push(`<img${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPImage" }, typeof __props.image === "string" ? _ctx.$attrs : { ...__props.image, ..._ctx.$attrs }, {
            src: vueExports.unref(withBase)(typeof __props.image === "string" ? __props.image : __props.image.src),
            alt: __props.alt ?? (typeof __props.image === "string" ? "" : __props.image.alt || "")
          }))} data-v-067becb7>`);
        } else {
          _push(`<!--[-->`);
          _push(ssrRenderComponent_1(_component_VPImage, vueExports.mergeProps({
            class: "dark",
            image: __props.image.dark,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(ssrRenderComponent_1(_component_VPImage, vueExports.mergeProps({
            class: "light",
            image: __props.image.light,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(`<!--]-->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$W = _sfc_main$W.setup;
_sfc_main$W.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPImage.vue");
  return _sfc_setup$W ? _sfc_setup$W(props, ctx) : void 0;
};
const VPImage = /* @__PURE__ */ _export_sfc(_sfc_main$W, [["__scopeId", "data-v-067becb7"]]);
const _sfc_main$V = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPHero",
  __ssrInlineRender: true,
  props: {
    name: {},
    text: {},
    tagline: {},
    image: {},
    actions: {}
  },
  setup(__props) {
    const heroImageSlotExists = vueExports.inject("hero-image-slot-exists");
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPHero", { "has-image": __props.image || vueExports.unref(heroImageSlotExists) }]
      }, _attrs))} data-v-75d23996><div class="container" data-v-75d23996><div class="main" data-v-75d23996>`);
      ssrRenderSlot_1(_ctx.$slots, "home-hero-info-before", {}, null, _push, _parent);
      ssrRenderSlot_1(_ctx.$slots, "home-hero-info", {}, () => {
        _push(`<h1 class="heading" data-v-75d23996>`);
        if (__props.name) {
          _push(`<span class="name clip" data-v-75d23996>${__props.name ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.text) {
          _push(`<span class="text" data-v-75d23996>${__props.text ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</h1>`);
        if (__props.tagline) {
          _push(`<p class="tagline" data-v-75d23996>${__props.tagline ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
      }, _push, _parent);
      ssrRenderSlot_1(_ctx.$slots, "home-hero-info-after", {}, null, _push, _parent);
      if (__props.actions) {
        _push(`<div class="actions" data-v-75d23996><!--[-->`);
        ssrRenderList_1(__props.actions, (action) => {
          _push(`<div class="action" data-v-75d23996>`);
          _push(ssrRenderComponent_1(VPButton, {
            tag: "a",
            size: "medium",
            theme: action.theme,
            text: action.text,
            href: action.link,
            target: action.target,
            rel: action.rel
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot_1(_ctx.$slots, "home-hero-actions-after", {}, null, _push, _parent);
      _push(`</div>`);
      if (__props.image || vueExports.unref(heroImageSlotExists)) {
        _push(`<div class="image" data-v-75d23996><div class="image-container" data-v-75d23996><div class="image-bg" data-v-75d23996></div>`);
        ssrRenderSlot_1(_ctx.$slots, "home-hero-image", {}, () => {
          if (__props.image) {
            _push(ssrRenderComponent_1(VPImage, {
              class: "image-src",
              image: __props.image
            }, null, _parent));
          } else {
            _push(`<!---->`);
          }
        }, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$V = _sfc_main$V.setup;
_sfc_main$V.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPHero.vue");
  return _sfc_setup$V ? _sfc_setup$V(props, ctx) : void 0;
};
const VPHero = /* @__PURE__ */ _export_sfc(_sfc_main$V, [["__scopeId", "data-v-75d23996"]]);
const _sfc_main$U = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPHomeHero",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(fm).hero) {
        _push(ssrRenderComponent_1(VPHero, vueExports.mergeProps({
          class: "VPHomeHero",
          name: vueExports.unref(fm).hero.name,
          text: vueExports.unref(fm).hero.text,
          tagline: vueExports.unref(fm).hero.tagline,
          image: vueExports.unref(fm).hero.image,
          actions: vueExports.unref(fm).hero.actions
        }, _attrs), {
          "home-hero-info-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info-before")
              ];
            }
          }),
          "home-hero-info": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info")
              ];
            }
          }),
          "home-hero-info-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info-after")
              ];
            }
          }),
          "home-hero-actions-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-actions-after")
              ];
            }
          }),
          "home-hero-image": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-image")
              ];
            }
          }),
          _: 3
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$U = _sfc_main$U.setup;
_sfc_main$U.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPHomeHero.vue");
  return _sfc_setup$U ? _sfc_setup$U(props, ctx) : void 0;
};
const _sfc_main$T = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPFeature",
  __ssrInlineRender: true,
  props: {
    icon: {},
    title: {},
    details: {},
    link: {},
    linkText: {},
    rel: {},
    target: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent_1(_sfc_main$$, vueExports.mergeProps({
        class: "VPFeature",
        href: __props.link,
        rel: __props.rel,
        target: __props.target,
        "no-icon": true,
        tag: __props.link ? "a" : "div"
      }, _attrs), {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<article class="box" data-v-ccfe519e${_scopeId}>`);
            if (typeof __props.icon === "object" && __props.icon.wrap) {
              _push2(`<div class="icon" data-v-ccfe519e${_scopeId}>`);
              _push2(ssrRenderComponent_1(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
              _push2(`</div>`);
            } else if (typeof __props.icon === "object") {
              _push2(ssrRenderComponent_1(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
            } else if (__props.icon) {
              _push2(`<div class="icon" data-v-ccfe519e${_scopeId}>${__props.icon ?? ""}</div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`<h2 class="title" data-v-ccfe519e${_scopeId}>${__props.title ?? ""}</h2>`);
            if (__props.details) {
              _push2(`<p class="details" data-v-ccfe519e${_scopeId}>${__props.details ?? ""}</p>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.linkText) {
              _push2(`<div class="link-text" data-v-ccfe519e${_scopeId}><p class="link-text-value" data-v-ccfe519e${_scopeId}>${ssrInterpolate_1(__props.linkText)} <span class="vpi-arrow-right link-text-icon" data-v-ccfe519e${_scopeId}></span></p></div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`</article>`);
          } else {
            return [
              vueExports.createVNode("article", { class: "box" }, [
                typeof __props.icon === "object" && __props.icon.wrap ? (vueExports.openBlock(), vueExports.createBlock("div", {
                  key: 0,
                  class: "icon"
                }, [
                  vueExports.createVNode(VPImage, {
                    image: __props.icon,
                    alt: __props.icon.alt,
                    height: __props.icon.height || 48,
                    width: __props.icon.width || 48
                  }, null, 8, ["image", "alt", "height", "width"])
                ])) : typeof __props.icon === "object" ? (vueExports.openBlock(), vueExports.createBlock(VPImage, {
                  key: 1,
                  image: __props.icon,
                  alt: __props.icon.alt,
                  height: __props.icon.height || 48,
                  width: __props.icon.width || 48
                }, null, 8, ["image", "alt", "height", "width"])) : __props.icon ? (vueExports.openBlock(), vueExports.createBlock("div", {
                  key: 2,
                  class: "icon",
                  innerHTML: __props.icon
                }, null, 8, ["innerHTML"])) : vueExports.createCommentVNode("", true),
                vueExports.createVNode("h2", {
                  class: "title",
                  innerHTML: __props.title
                }, null, 8, ["innerHTML"]),
                __props.details ? (vueExports.openBlock(), vueExports.createBlock("p", {
                  key: 3,
                  class: "details",
                  innerHTML: __props.details
                }, null, 8, ["innerHTML"])) : vueExports.createCommentVNode("", true),
                __props.linkText ? (vueExports.openBlock(), vueExports.createBlock("div", {
                  key: 4,
                  class: "link-text"
                }, [
                  vueExports.createVNode("p", { class: "link-text-value" }, [
                    vueExports.createTextVNode(vueExports.toDisplayString(__props.linkText) + " ", 1),
                    vueExports.createVNode("span", { class: "vpi-arrow-right link-text-icon" })
                  ])
                ])) : vueExports.createCommentVNode("", true)
              ])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$T = _sfc_main$T.setup;
_sfc_main$T.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPFeature.vue");
  return _sfc_setup$T ? _sfc_setup$T(props, ctx) : void 0;
};
const VPFeature = /* @__PURE__ */ _export_sfc(_sfc_main$T, [["__scopeId", "data-v-ccfe519e"]]);
const _sfc_main$S = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPFeatures",
  __ssrInlineRender: true,
  props: {
    features: {}
  },
  setup(__props) {
    const props = __props;
    const grid2 = vueExports.computed(() => {
      const length = props.features.length;
      if (!length) {
        return;
      } else if (length === 2) {
        return "grid-2";
      } else if (length === 3) {
        return "grid-3";
      } else if (length % 3 === 0) {
        return "grid-6";
      } else if (length > 3) {
        return "grid-4";
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.features) {
        _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPFeatures" }, _attrs))} data-v-b3c0d9b5><div class="container" data-v-b3c0d9b5><div class="items" data-v-b3c0d9b5><!--[-->`);
        ssrRenderList_1(__props.features, (feature) => {
          _push(`<div class="${ssrRenderClass_1([[grid2.value], "item"])}" data-v-b3c0d9b5>`);
          _push(ssrRenderComponent_1(VPFeature, {
            icon: feature.icon,
            title: feature.title,
            details: feature.details,
            link: feature.link,
            "link-text": feature.linkText,
            rel: feature.rel,
            target: feature.target
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div></div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$S = _sfc_main$S.setup;
_sfc_main$S.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPFeatures.vue");
  return _sfc_setup$S ? _sfc_setup$S(props, ctx) : void 0;
};
const VPFeatures = /* @__PURE__ */ _export_sfc(_sfc_main$S, [["__scopeId", "data-v-b3c0d9b5"]]);
const _sfc_main$R = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPHomeFeatures",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(fm).features) {
        _push(ssrRenderComponent_1(VPFeatures, vueExports.mergeProps({
          class: "VPHomeFeatures",
          features: vueExports.unref(fm).features
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$R = _sfc_main$R.setup;
_sfc_main$R.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPHomeFeatures.vue");
  return _sfc_setup$R ? _sfc_setup$R(props, ctx) : void 0;
};
const _sfc_main$Q = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPHomeContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { width: vw } = useWindowSize({
      initialWidth: 0,
      includeScrollbar: false
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: "vp-doc container",
        style: vueExports.unref(vw) ? { "--vp-offset": `calc(50% - ${vueExports.unref(vw) / 2}px)` } : {}
      }, _attrs))} data-v-a2a463c5>`);
      ssrRenderSlot_1(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$Q = _sfc_main$Q.setup;
_sfc_main$Q.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPHomeContent.vue");
  return _sfc_setup$Q ? _sfc_setup$Q(props, ctx) : void 0;
};
const VPHomeContent = /* @__PURE__ */ _export_sfc(_sfc_main$Q, [["__scopeId", "data-v-a2a463c5"]]);
const _sfc_main$P = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPHome",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = vueExports.resolveComponent("Content");
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPHome", {
          "external-link-icon-enabled": vueExports.unref(theme2).externalLinkIcon
        }]
      }, _attrs))} data-v-dbdde1d8>`);
      ssrRenderSlot_1(_ctx.$slots, "home-hero-before", {}, null, _push, _parent);
      _push(ssrRenderComponent_1(_sfc_main$U, null, {
        "home-hero-info-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-actions-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-image": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot_1(_ctx.$slots, "home-hero-after", {}, null, _push, _parent);
      ssrRenderSlot_1(_ctx.$slots, "home-features-before", {}, null, _push, _parent);
      _push(ssrRenderComponent_1(_sfc_main$R, null, null, _parent));
      ssrRenderSlot_1(_ctx.$slots, "home-features-after", {}, null, _push, _parent);
      if (vueExports.unref(frontmatter).markdownStyles !== false) {
        _push(ssrRenderComponent_1(VPHomeContent, null, {
          default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(ssrRenderComponent_1(_component_Content, null, null, _parent2, _scopeId));
            } else {
              return [
                vueExports.createVNode(_component_Content)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(ssrRenderComponent_1(_component_Content, null, null, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$P = _sfc_main$P.setup;
_sfc_main$P.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPHome.vue");
  return _sfc_setup$P ? _sfc_setup$P(props, ctx) : void 0;
};
const VPHome = /* @__PURE__ */ _export_sfc(_sfc_main$P, [["__scopeId", "data-v-dbdde1d8"]]);
const _sfc_main$O = {};
function _sfc_ssrRender$1(_ctx, _push, _parent, _attrs) {
  const _component_Content = vueExports.resolveComponent("Content");
  _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPPage" }, _attrs))}>`);
  ssrRenderSlot_1(_ctx.$slots, "page-top", {}, null, _push, _parent);
  _push(ssrRenderComponent_1(_component_Content, null, null, _parent));
  ssrRenderSlot_1(_ctx.$slots, "page-bottom", {}, null, _push, _parent);
  _push(`</div>`);
}
const _sfc_setup$O = _sfc_main$O.setup;
_sfc_main$O.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPPage.vue");
  return _sfc_setup$O ? _sfc_setup$O(props, ctx) : void 0;
};
const VPPage = /* @__PURE__ */ _export_sfc(_sfc_main$O, [["ssrRender", _sfc_ssrRender$1]]);
const _sfc_main$N = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { page, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPContent", {
          "has-sidebar": vueExports.unref(hasSidebar),
          "is-home": vueExports.unref(frontmatter).layout === "home"
        }],
        id: "VPContent"
      }, _attrs))} data-v-cf4039b8>`);
      if (vueExports.unref(page).isNotFound) {
        ssrRenderSlot_1(_ctx.$slots, "not-found", {}, () => {
          _push(ssrRenderComponent_1(NotFound, null, null, _parent));
        }, _push, _parent);
      } else if (vueExports.unref(frontmatter).layout === "page") {
        _push(ssrRenderComponent_1(VPPage, null, {
          "page-top": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (vueExports.unref(frontmatter).layout === "home") {
        _push(ssrRenderComponent_1(VPHome, null, {
          "home-hero-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (vueExports.unref(frontmatter).layout && vueExports.unref(frontmatter).layout !== "doc") {
        ssrRenderVNode(_push, vueExports.createVNode(vueExports.resolveDynamicComponent(vueExports.unref(frontmatter).layout), null, null), _parent);
      } else {
        _push(ssrRenderComponent_1(VPDoc, null, {
          "doc-top": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "aside-top": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$N = _sfc_main$N.setup;
_sfc_main$N.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPContent.vue");
  return _sfc_setup$N ? _sfc_setup$N(props, ctx) : void 0;
};
const VPContent = /* @__PURE__ */ _export_sfc(_sfc_main$N, [["__scopeId", "data-v-cf4039b8"]]);
const _sfc_main$M = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(theme2).footer && vueExports.unref(frontmatter).footer !== false) {
        _push(`<footer${ssrRenderAttrs_1(vueExports.mergeProps({
          class: ["VPFooter", { "has-sidebar": vueExports.unref(hasSidebar) }]
        }, _attrs))} data-v-f1e454e7><div class="container" data-v-f1e454e7>`);
        if (vueExports.unref(theme2).footer.message) {
          _push(`<p class="message" data-v-f1e454e7>${vueExports.unref(theme2).footer.message ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        if (vueExports.unref(theme2).footer.copyright) {
          _push(`<p class="copyright" data-v-f1e454e7>${vueExports.unref(theme2).footer.copyright ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div></footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$M = _sfc_main$M.setup;
_sfc_main$M.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPFooter.vue");
  return _sfc_setup$M ? _sfc_setup$M(props, ctx) : void 0;
};
const VPFooter = /* @__PURE__ */ _export_sfc(_sfc_main$M, [["__scopeId", "data-v-f1e454e7"]]);
function useLocalNav() {
  const { theme: theme2, frontmatter } = useData();
  const headers = vueExports.shallowRef([]);
  const hasLocalNav = vueExports.computed(() => {
    return headers.value.length > 0;
  });
  onContentUpdated(() => {
    headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
  });
  return {
    headers,
    hasLocalNav
  };
}
const _sfc_main$L = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPLocalNavOutlineDropdown",
  __ssrInlineRender: true,
  props: {
    headers: {},
    navHeight: {}
  },
  setup(__props) {
    const { theme: theme2 } = useData();
    const open = vueExports.ref(false);
    const vh = vueExports.ref(0);
    const main = vueExports.ref();
    vueExports.ref();
    function closeOnClickOutside(e) {
      var _a;
      if (!((_a = main.value) == null ? void 0 : _a.contains(e.target))) {
        open.value = false;
      }
    }
    vueExports.watch(open, (value) => {
      if (value) {
        document.addEventListener("click", closeOnClickOutside);
        return;
      }
      document.removeEventListener("click", closeOnClickOutside);
    });
    onKeyStroke("Escape", () => {
      open.value = false;
    });
    onContentUpdated(() => {
      open.value = false;
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: "VPLocalNavOutlineDropdown",
        style: { "--vp-vh": vh.value + "px" },
        ref_key: "main",
        ref: main
      }, _attrs))} data-v-3a1c62c6>`);
      if (__props.headers.length > 0) {
        _push(`<button class="${ssrRenderClass_1({ open: open.value })}" data-v-3a1c62c6><span class="menu-text" data-v-3a1c62c6>${ssrInterpolate_1(vueExports.unref(resolveTitle)(vueExports.unref(theme2)))}</span><span class="vpi-chevron-right icon" data-v-3a1c62c6></span></button>`);
      } else {
        _push(`<button data-v-3a1c62c6>${ssrInterpolate_1(vueExports.unref(theme2).returnToTopLabel || "Return to top")}</button>`);
      }
      if (open.value) {
        _push(`<div class="items" data-v-3a1c62c6><div class="header" data-v-3a1c62c6><a class="top-link" href="#" data-v-3a1c62c6>${ssrInterpolate_1(vueExports.unref(theme2).returnToTopLabel || "Return to top")}</a></div><div class="outline" data-v-3a1c62c6>`);
        _push(ssrRenderComponent_1(VPDocOutlineItem, { headers: __props.headers }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$L = _sfc_main$L.setup;
_sfc_main$L.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPLocalNavOutlineDropdown.vue");
  return _sfc_setup$L ? _sfc_setup$L(props, ctx) : void 0;
};
const VPLocalNavOutlineDropdown = /* @__PURE__ */ _export_sfc(_sfc_main$L, [["__scopeId", "data-v-3a1c62c6"]]);
const _sfc_main$K = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPLocalNav",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  emits: ["open-menu"],
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    const { headers } = useLocalNav();
    const { y } = useWindowScroll();
    const navHeight = vueExports.ref(0);
    vueExports.onMounted(() => {
      navHeight.value = parseInt(
        getComputedStyle(document.documentElement).getPropertyValue(
          "--vp-nav-height"
        )
      );
    });
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const empty = vueExports.computed(() => {
      return headers.value.length === 0;
    });
    const emptyAndNoSidebar = vueExports.computed(() => {
      return empty.value && !hasSidebar.value;
    });
    const classes = vueExports.computed(() => {
      return {
        VPLocalNav: true,
        "has-sidebar": hasSidebar.value,
        empty: empty.value,
        fixed: emptyAndNoSidebar.value
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(frontmatter).layout !== "home" && (!emptyAndNoSidebar.value || vueExports.unref(y) >= navHeight.value)) {
        _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: classes.value }, _attrs))} data-v-115a4133><div class="container" data-v-115a4133>`);
        if (vueExports.unref(hasSidebar)) {
          _push(`<button class="menu"${ssrRenderAttr_1("aria-expanded", __props.open)} aria-controls="VPSidebarNav" data-v-115a4133><span class="vpi-align-left menu-icon" data-v-115a4133></span><span class="menu-text" data-v-115a4133>${ssrInterpolate_1(vueExports.unref(theme2).sidebarMenuLabel || "Menu")}</span></button>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent_1(VPLocalNavOutlineDropdown, {
          headers: vueExports.unref(headers),
          navHeight: navHeight.value
        }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$K = _sfc_main$K.setup;
_sfc_main$K.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPLocalNav.vue");
  return _sfc_setup$K ? _sfc_setup$K(props, ctx) : void 0;
};
const VPLocalNav = /* @__PURE__ */ _export_sfc(_sfc_main$K, [["__scopeId", "data-v-115a4133"]]);
function useNav() {
  const isScreenOpen = vueExports.ref(false);
  function openScreen() {
    isScreenOpen.value = true;
    window.addEventListener("resize", closeScreenOnTabletWindow);
  }
  function closeScreen() {
    isScreenOpen.value = false;
    window.removeEventListener("resize", closeScreenOnTabletWindow);
  }
  function toggleScreen() {
    isScreenOpen.value ? closeScreen() : openScreen();
  }
  function closeScreenOnTabletWindow() {
    window.outerWidth >= 768 && closeScreen();
  }
  const route = useRoute();
  vueExports.watch(() => route.path, closeScreen);
  return {
    isScreenOpen,
    openScreen,
    closeScreen,
    toggleScreen
  };
}
const _sfc_main$J = {};
function _sfc_ssrRender(_ctx, _push, _parent, _attrs) {
  _push(`<button${ssrRenderAttrs_1(vueExports.mergeProps({
    class: "VPSwitch",
    type: "button",
    role: "switch"
  }, _attrs))} data-v-3a84fe1a><span class="check" data-v-3a84fe1a>`);
  if (_ctx.$slots.default) {
    _push(`<span class="icon" data-v-3a84fe1a>`);
    ssrRenderSlot_1(_ctx.$slots, "default", {}, null, _push, _parent);
    _push(`</span>`);
  } else {
    _push(`<!---->`);
  }
  _push(`</span></button>`);
}
const _sfc_setup$J = _sfc_main$J.setup;
_sfc_main$J.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSwitch.vue");
  return _sfc_setup$J ? _sfc_setup$J(props, ctx) : void 0;
};
const VPSwitch = /* @__PURE__ */ _export_sfc(_sfc_main$J, [["ssrRender", _sfc_ssrRender], ["__scopeId", "data-v-3a84fe1a"]]);
const _sfc_main$I = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSwitchAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { isDark, theme: theme2 } = useData();
    const toggleAppearance = vueExports.inject("toggle-appearance", () => {
      isDark.value = !isDark.value;
    });
    const switchTitle = vueExports.ref("");
    vueExports.watchPostEffect(() => {
      switchTitle.value = isDark.value ? theme2.value.lightModeSwitchTitle || "Switch to light theme" : theme2.value.darkModeSwitchTitle || "Switch to dark theme";
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent_1(VPSwitch, vueExports.mergeProps({
        title: switchTitle.value,
        class: "VPSwitchAppearance",
        "aria-checked": vueExports.unref(isDark),
        onClick: vueExports.unref(toggleAppearance)
      }, _attrs), {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span class="vpi-sun sun" data-v-f05b99d2${_scopeId}></span><span class="vpi-moon moon" data-v-f05b99d2${_scopeId}></span>`);
          } else {
            return [
              vueExports.createVNode("span", { class: "vpi-sun sun" }),
              vueExports.createVNode("span", { class: "vpi-moon moon" })
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$I = _sfc_main$I.setup;
_sfc_main$I.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSwitchAppearance.vue");
  return _sfc_setup$I ? _sfc_setup$I(props, ctx) : void 0;
};
const VPSwitchAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$I, [["__scopeId", "data-v-f05b99d2"]]);
const _sfc_main$H = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(site).appearance && vueExports.unref(site).appearance !== "force-dark" && vueExports.unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPNavBarAppearance" }, _attrs))} data-v-c0976dd1>`);
        _push(ssrRenderComponent_1(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$H = _sfc_main$H.setup;
_sfc_main$H.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarAppearance.vue");
  return _sfc_setup$H ? _sfc_setup$H(props, ctx) : void 0;
};
const VPNavBarAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$H, [["__scopeId", "data-v-c0976dd1"]]);
const focusedElement = vueExports.ref();
let active = false;
let listeners = 0;
function useFlyout(options) {
  const focus = vueExports.ref(false);
  if (inBrowser) {
    !active && activateFocusTracking();
    listeners++;
    const unwatch = vueExports.watch(focusedElement, (el) => {
      var _a, _b, _c;
      if (el === options.el.value || ((_a = options.el.value) == null ? void 0 : _a.contains(el))) {
        focus.value = true;
        (_b = options.onFocus) == null ? void 0 : _b.call(options);
      } else {
        focus.value = false;
        (_c = options.onBlur) == null ? void 0 : _c.call(options);
      }
    });
    vueExports.onUnmounted(() => {
      unwatch();
      listeners--;
      if (!listeners) {
        deactivateFocusTracking();
      }
    });
  }
  return vueExports.readonly(focus);
}
function activateFocusTracking() {
  document.addEventListener("focusin", handleFocusIn);
  active = true;
  focusedElement.value = document.activeElement;
}
function deactivateFocusTracking() {
  document.removeEventListener("focusin", handleFocusIn);
}
function handleFocusIn() {
  focusedElement.value = document.activeElement;
}
const _sfc_main$G = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPMenuLink" }, _attrs))} data-v-e1575865>`);
      _push(ssrRenderComponent_1(_sfc_main$$, {
        class: {
          active: vueExports.unref(isActive)(
            vueExports.unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon
      }, {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-e1575865${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              vueExports.createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$G = _sfc_main$G.setup;
_sfc_main$G.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPMenuLink.vue");
  return _sfc_setup$G ? _sfc_setup$G(props, ctx) : void 0;
};
const VPMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$G, [["__scopeId", "data-v-e1575865"]]);
const _sfc_main$F = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPMenuGroup" }, _attrs))} data-v-e1d79e09>`);
      if (__props.text) {
        _push(`<p class="title" data-v-e1d79e09>${ssrInterpolate_1(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList_1(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(ssrRenderComponent_1(VPMenuLink, { item }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$F = _sfc_main$F.setup;
_sfc_main$F.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPMenuGroup.vue");
  return _sfc_setup$F ? _sfc_setup$F(props, ctx) : void 0;
};
const VPMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$F, [["__scopeId", "data-v-e1d79e09"]]);
const _sfc_main$E = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPMenu",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPMenu" }, _attrs))} data-v-befbf7ac>`);
      if (__props.items) {
        _push(`<div class="items" data-v-befbf7ac><!--[-->`);
        ssrRenderList_1(__props.items, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent_1(VPMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, vueExports.createVNode(vueExports.resolveDynamicComponent(item.component), vueExports.mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent_1(VPMenuGroup, {
              text: item.text,
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot_1(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$E = _sfc_main$E.setup;
_sfc_main$E.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPMenu.vue");
  return _sfc_setup$E ? _sfc_setup$E(props, ctx) : void 0;
};
const VPMenu = /* @__PURE__ */ _export_sfc(_sfc_main$E, [["__scopeId", "data-v-befbf7ac"]]);
const _sfc_main$D = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPFlyout",
  __ssrInlineRender: true,
  props: {
    icon: {},
    button: {},
    label: {},
    items: {}
  },
  setup(__props) {
    const open = vueExports.ref(false);
    const el = vueExports.ref();
    useFlyout({ el, onBlur });
    function onBlur() {
      open.value = false;
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: "VPFlyout",
        ref_key: "el",
        ref: el
      }, _attrs))} data-v-d19aeeaa><button type="button" class="button" aria-haspopup="true"${ssrRenderAttr_1("aria-expanded", open.value)}${ssrRenderAttr_1("aria-label", __props.label)} data-v-d19aeeaa>`);
      if (__props.button || __props.icon) {
        _push(`<span class="text" data-v-d19aeeaa>`);
        if (__props.icon) {
          _push(`<span class="${ssrRenderClass_1([__props.icon, "option-icon"])}" data-v-d19aeeaa></span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.button) {
          _push(`<span data-v-d19aeeaa>${__props.button ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<span class="vpi-chevron-down text-icon" data-v-d19aeeaa></span></span>`);
      } else {
        _push(`<span class="vpi-more-horizontal icon" data-v-d19aeeaa></span>`);
      }
      _push(`</button><div class="menu" data-v-d19aeeaa>`);
      _push(ssrRenderComponent_1(VPMenu, { items: __props.items }, {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "default", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$D = _sfc_main$D.setup;
_sfc_main$D.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPFlyout.vue");
  return _sfc_setup$D ? _sfc_setup$D(props, ctx) : void 0;
};
const VPFlyout = /* @__PURE__ */ _export_sfc(_sfc_main$D, [["__scopeId", "data-v-d19aeeaa"]]);
const _sfc_main$C = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSocialLink",
  __ssrInlineRender: true,
  props: {
    icon: {},
    link: {},
    ariaLabel: {}
  },
  setup(__props) {
    var _a;
    const props = __props;
    const el = vueExports.ref();
    vueExports.onMounted(async () => {
      var _a2;
      await vueExports.nextTick();
      const span = (_a2 = el.value) == null ? void 0 : _a2.children[0];
      if (span instanceof HTMLElement && span.className.startsWith("vpi-social-") && (getComputedStyle(span).maskImage || getComputedStyle(span).webkitMaskImage) === "none") {
        span.style.setProperty(
          "--icon",
          `url('https://api.iconify.design/simple-icons/${props.icon}.svg')`
        );
      }
    });
    const svg = vueExports.computed(() => {
      if (typeof props.icon === "object") return props.icon.svg;
      return `<span class="vpi-social-${props.icon}"></span>`;
    });
    {
      typeof props.icon === "string" && ((_a = vueExports.useSSRContext()) == null ? void 0 : _a.vpSocialIcons.add(props.icon));
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<a${ssrRenderAttrs_1(vueExports.mergeProps({
        ref_key: "el",
        ref: el,
        class: "VPSocialLink no-icon",
        href: __props.link,
        "aria-label": __props.ariaLabel ?? (typeof __props.icon === "string" ? __props.icon : ""),
        target: "_blank",
        rel: "noopener"
      }, _attrs))} data-v-8c6eee4c>${svg.value ?? ""}</a>`);
    };
  }
});
const _sfc_setup$C = _sfc_main$C.setup;
_sfc_main$C.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSocialLink.vue");
  return _sfc_setup$C ? _sfc_setup$C(props, ctx) : void 0;
};
const VPSocialLink = /* @__PURE__ */ _export_sfc(_sfc_main$C, [["__scopeId", "data-v-8c6eee4c"]]);
const _sfc_main$B = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSocialLinks",
  __ssrInlineRender: true,
  props: {
    links: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPSocialLinks" }, _attrs))} data-v-f5712480><!--[-->`);
      ssrRenderList_1(__props.links, ({ link: link2, icon, ariaLabel }) => {
        _push(ssrRenderComponent_1(VPSocialLink, {
          key: link2,
          icon,
          link: link2,
          ariaLabel
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$B = _sfc_main$B.setup;
_sfc_main$B.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSocialLinks.vue");
  return _sfc_setup$B ? _sfc_setup$B(props, ctx) : void 0;
};
const VPSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$B, [["__scopeId", "data-v-f5712480"]]);
const _sfc_main$A = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarExtra",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const hasExtraContent = vueExports.computed(
      () => localeLinks.value.length && currentLang.value.label || site.value.appearance || theme2.value.socialLinks
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (hasExtraContent.value) {
        _push(ssrRenderComponent_1(VPFlyout, vueExports.mergeProps({
          class: "VPNavBarExtra",
          label: "extra navigation"
        }, _attrs), {
          default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              if (vueExports.unref(localeLinks).length && vueExports.unref(currentLang).label) {
                _push2(`<div class="group translations" data-v-2ebd94bf${_scopeId}><p class="trans-title" data-v-2ebd94bf${_scopeId}>${ssrInterpolate_1(vueExports.unref(currentLang).label)}</p><!--[-->`);
                ssrRenderList_1(vueExports.unref(localeLinks), (locale) => {
                  _push2(ssrRenderComponent_1(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
                });
                _push2(`<!--]--></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (vueExports.unref(site).appearance && vueExports.unref(site).appearance !== "force-dark" && vueExports.unref(site).appearance !== "force-auto") {
                _push2(`<div class="group" data-v-2ebd94bf${_scopeId}><div class="item appearance" data-v-2ebd94bf${_scopeId}><p class="label" data-v-2ebd94bf${_scopeId}>${ssrInterpolate_1(vueExports.unref(theme2).darkModeSwitchLabel || "Appearance")}</p><div class="appearance-action" data-v-2ebd94bf${_scopeId}>`);
                _push2(ssrRenderComponent_1(VPSwitchAppearance, null, null, _parent2, _scopeId));
                _push2(`</div></div></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (vueExports.unref(theme2).socialLinks) {
                _push2(`<div class="group" data-v-2ebd94bf${_scopeId}><div class="item social-links" data-v-2ebd94bf${_scopeId}>`);
                _push2(ssrRenderComponent_1(VPSocialLinks, {
                  class: "social-links-list",
                  links: vueExports.unref(theme2).socialLinks
                }, null, _parent2, _scopeId));
                _push2(`</div></div>`);
              } else {
                _push2(`<!---->`);
              }
            } else {
              return [
                vueExports.unref(localeLinks).length && vueExports.unref(currentLang).label ? (vueExports.openBlock(), vueExports.createBlock("div", {
                  key: 0,
                  class: "group translations"
                }, [
                  vueExports.createVNode("p", { class: "trans-title" }, vueExports.toDisplayString(vueExports.unref(currentLang).label), 1),
                  (vueExports.openBlock(true), vueExports.createBlock(vueExports.Fragment, null, vueExports.renderList(vueExports.unref(localeLinks), (locale) => {
                    return vueExports.openBlock(), vueExports.createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])) : vueExports.createCommentVNode("", true),
                vueExports.unref(site).appearance && vueExports.unref(site).appearance !== "force-dark" && vueExports.unref(site).appearance !== "force-auto" ? (vueExports.openBlock(), vueExports.createBlock("div", {
                  key: 1,
                  class: "group"
                }, [
                  vueExports.createVNode("div", { class: "item appearance" }, [
                    vueExports.createVNode("p", { class: "label" }, vueExports.toDisplayString(vueExports.unref(theme2).darkModeSwitchLabel || "Appearance"), 1),
                    vueExports.createVNode("div", { class: "appearance-action" }, [
                      vueExports.createVNode(VPSwitchAppearance)
                    ])
                  ])
                ])) : vueExports.createCommentVNode("", true),
                vueExports.unref(theme2).socialLinks ? (vueExports.openBlock(), vueExports.createBlock("div", {
                  key: 2,
                  class: "group"
                }, [
                  vueExports.createVNode("div", { class: "item social-links" }, [
                    vueExports.createVNode(VPSocialLinks, {
                      class: "social-links-list",
                      links: vueExports.unref(theme2).socialLinks
                    }, null, 8, ["links"])
                  ])
                ])) : vueExports.createCommentVNode("", true)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$A = _sfc_main$A.setup;
_sfc_main$A.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarExtra.vue");
  return _sfc_setup$A ? _sfc_setup$A(props, ctx) : void 0;
};
const VPNavBarExtra = /* @__PURE__ */ _export_sfc(_sfc_main$A, [["__scopeId", "data-v-2ebd94bf"]]);
const _sfc_main$z = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarHamburger",
  __ssrInlineRender: true,
  props: {
    active: { type: Boolean }
  },
  emits: ["click"],
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs_1(vueExports.mergeProps({
        type: "button",
        class: ["VPNavBarHamburger", { active: __props.active }],
        "aria-label": "mobile navigation",
        "aria-expanded": __props.active,
        "aria-controls": "VPNavScreen"
      }, _attrs))} data-v-b5482f60><span class="container" data-v-b5482f60><span class="top" data-v-b5482f60></span><span class="middle" data-v-b5482f60></span><span class="bottom" data-v-b5482f60></span></span></button>`);
    };
  }
});
const _sfc_setup$z = _sfc_main$z.setup;
_sfc_main$z.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarHamburger.vue");
  return _sfc_setup$z ? _sfc_setup$z(props, ctx) : void 0;
};
const VPNavBarHamburger = /* @__PURE__ */ _export_sfc(_sfc_main$z, [["__scopeId", "data-v-b5482f60"]]);
const _sfc_main$y = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent_1(_sfc_main$$, vueExports.mergeProps({
        class: {
          VPNavBarMenuLink: true,
          active: vueExports.unref(isActive)(
            vueExports.unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        tabindex: "0"
      }, _attrs), {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-ecb0cfda${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              vueExports.createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$y = _sfc_main$y.setup;
_sfc_main$y.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuLink.vue");
  return _sfc_setup$y ? _sfc_setup$y(props, ctx) : void 0;
};
const VPNavBarMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$y, [["__scopeId", "data-v-ecb0cfda"]]);
const _sfc_main$x = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarMenuGroup",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const props = __props;
    const { page } = useData();
    const isChildActive = (navItem) => {
      if ("component" in navItem) return false;
      if ("link" in navItem) {
        return isActive(
          page.value.relativePath,
          navItem.link,
          !!props.item.activeMatch
        );
      }
      return navItem.items.some(isChildActive);
    };
    const childrenActive = vueExports.computed(() => isChildActive(props.item));
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent_1(VPFlyout, vueExports.mergeProps({
        class: {
          VPNavBarMenuGroup: true,
          active: vueExports.unref(isActive)(vueExports.unref(page).relativePath, __props.item.activeMatch, !!__props.item.activeMatch) || childrenActive.value
        },
        button: __props.item.text,
        items: __props.item.items
      }, _attrs), null, _parent));
    };
  }
});
const _sfc_setup$x = _sfc_main$x.setup;
_sfc_main$x.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuGroup.vue");
  return _sfc_setup$x ? _sfc_setup$x(props, ctx) : void 0;
};
const _sfc_main$w = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs_1(vueExports.mergeProps({
          "aria-labelledby": "main-nav-aria-label",
          class: "VPNavBarMenu"
        }, _attrs))} data-v-11638575><span id="main-nav-aria-label" class="visually-hidden" data-v-11638575> Main Navigation </span><!--[-->`);
        ssrRenderList_1(vueExports.unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent_1(VPNavBarMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, vueExports.createVNode(vueExports.resolveDynamicComponent(item.component), vueExports.mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent_1(_sfc_main$x, { item }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$w = _sfc_main$w.setup;
_sfc_main$w.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenu.vue");
  return _sfc_setup$w ? _sfc_setup$w(props, ctx) : void 0;
};
const VPNavBarMenu = /* @__PURE__ */ _export_sfc(_sfc_main$w, [["__scopeId", "data-v-11638575"]]);
function createSearchTranslate(defaultTranslations) {
  const { localeIndex, theme: theme2 } = useData();
  function translate(key) {
    var _a, _b, _c;
    const keyPath = key.split(".");
    const themeObject = (_a = theme2.value.search) == null ? void 0 : _a.options;
    const isObject2 = themeObject && typeof themeObject === "object";
    const locales = isObject2 && ((_c = (_b = themeObject.locales) == null ? void 0 : _b[localeIndex.value]) == null ? void 0 : _c.translations) || null;
    const translations = isObject2 && themeObject.translations || null;
    let localeResult = locales;
    let translationResult = translations;
    let defaultResult = defaultTranslations;
    const lastKey = keyPath.pop();
    for (const k of keyPath) {
      let fallbackResult = null;
      const foundInFallback = defaultResult == null ? void 0 : defaultResult[k];
      if (foundInFallback) {
        fallbackResult = defaultResult = foundInFallback;
      }
      const foundInTranslation = translationResult == null ? void 0 : translationResult[k];
      if (foundInTranslation) {
        fallbackResult = translationResult = foundInTranslation;
      }
      const foundInLocale = localeResult == null ? void 0 : localeResult[k];
      if (foundInLocale) {
        fallbackResult = localeResult = foundInLocale;
      }
      if (!foundInFallback) {
        defaultResult = fallbackResult;
      }
      if (!foundInTranslation) {
        translationResult = fallbackResult;
      }
      if (!foundInLocale) {
        localeResult = fallbackResult;
      }
    }
    return (localeResult == null ? void 0 : localeResult[lastKey]) ?? (translationResult == null ? void 0 : translationResult[lastKey]) ?? (defaultResult == null ? void 0 : defaultResult[lastKey]) ?? "";
  }
  return translate;
}
const _sfc_main$v = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarSearchButton",
  __ssrInlineRender: true,
  setup(__props) {
    const defaultTranslations = {
      button: {
        buttonText: "Search",
        buttonAriaLabel: "Search"
      }
    };
    const translate = createSearchTranslate(defaultTranslations);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs_1(vueExports.mergeProps({
        type: "button",
        class: "DocSearch DocSearch-Button",
        "aria-label": vueExports.unref(translate)("button.buttonAriaLabel")
      }, _attrs))}><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">${ssrInterpolate_1(vueExports.unref(translate)("button.buttonText"))}</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button>`);
    };
  }
});
const _sfc_setup$v = _sfc_main$v.setup;
_sfc_main$v.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearchButton.vue");
  return _sfc_setup$v ? _sfc_setup$v(props, ctx) : void 0;
};
const _sfc_main$u = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarSearch",
  __ssrInlineRender: true,
  setup(__props) {
    const VPLocalSearchBox = vueExports.defineAsyncComponent(() => import("./VPLocalSearchBox.BLSEeA7q.js"));
    const VPAlgoliaSearchBox = () => null;
    const { theme: theme2 } = useData();
    const loaded = vueExports.ref(false);
    const actuallyLoaded = vueExports.ref(false);
    vueExports.onMounted(() => {
      {
        return;
      }
    });
    function load() {
      if (!loaded.value) {
        loaded.value = true;
        setTimeout(poll, 16);
      }
    }
    function poll() {
      const e = new Event("keydown");
      e.key = "k";
      e.metaKey = true;
      window.dispatchEvent(e);
      setTimeout(() => {
        if (!document.querySelector(".DocSearch-Modal")) {
          poll();
        }
      }, 16);
    }
    function isEditingContent(event) {
      const element = event.target;
      const tagName = element.tagName;
      return element.isContentEditable || tagName === "INPUT" || tagName === "SELECT" || tagName === "TEXTAREA";
    }
    const showSearch = vueExports.ref(false);
    {
      onKeyStroke("k", (event) => {
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
      onKeyStroke("/", (event) => {
        if (!isEditingContent(event)) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
    }
    const provider = "local";
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPNavBarSearch" }, _attrs))}>`);
      if (vueExports.unref(provider) === "local") {
        _push(`<!--[-->`);
        if (showSearch.value) {
          _push(ssrRenderComponent_1(vueExports.unref(VPLocalSearchBox), {
            onClose: ($event) => showSearch.value = false
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<div id="local-search">`);
        _push(ssrRenderComponent_1(_sfc_main$v, {
          onClick: ($event) => showSearch.value = true
        }, null, _parent));
        _push(`</div><!--]-->`);
      } else if (vueExports.unref(provider) === "algolia") {
        _push(`<!--[-->`);
        if (loaded.value) {
          _push(ssrRenderComponent_1(vueExports.unref(VPAlgoliaSearchBox), {
            algolia: ((_a = vueExports.unref(theme2).search) == null ? void 0 : _a.options) ?? vueExports.unref(theme2).algolia,
            onVnodeBeforeMount: ($event) => actuallyLoaded.value = true
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        if (!actuallyLoaded.value) {
          _push(`<div id="docsearch">`);
          _push(ssrRenderComponent_1(_sfc_main$v, { onClick: load }, null, _parent));
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$u = _sfc_main$u.setup;
_sfc_main$u.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearch.vue");
  return _sfc_setup$u ? _sfc_setup$u(props, ctx) : void 0;
};
const _sfc_main$t = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(theme2).socialLinks) {
        _push(ssrRenderComponent_1(VPSocialLinks, vueExports.mergeProps({
          class: "VPNavBarSocialLinks",
          links: vueExports.unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$t = _sfc_main$t.setup;
_sfc_main$t.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSocialLinks.vue");
  return _sfc_setup$t ? _sfc_setup$t(props, ctx) : void 0;
};
const VPNavBarSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$t, [["__scopeId", "data-v-af41f0a0"]]);
const _sfc_main$s = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarTitle",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { hasSidebar } = useSidebar();
    const { currentLang } = useLangs();
    const link2 = vueExports.computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? theme2.value.logoLink : (_a = theme2.value.logoLink) == null ? void 0 : _a.link;
      }
    );
    const rel = vueExports.computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.rel;
      }
    );
    const target = vueExports.computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.target;
      }
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPNavBarTitle", { "has-sidebar": vueExports.unref(hasSidebar) }]
      }, _attrs))} data-v-ec02c514><a class="title"${ssrRenderAttr_1("href", link2.value ?? vueExports.unref(normalizeLink$1)(vueExports.unref(currentLang).link))}${ssrRenderAttr_1("rel", rel.value)}${ssrRenderAttr_1("target", target.value)} data-v-ec02c514>`);
      ssrRenderSlot_1(_ctx.$slots, "nav-bar-title-before", {}, null, _push, _parent);
      if (vueExports.unref(theme2).logo) {
        _push(ssrRenderComponent_1(VPImage, {
          class: "logo",
          image: vueExports.unref(theme2).logo
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      if (vueExports.unref(theme2).siteTitle) {
        _push(`<span data-v-ec02c514>${vueExports.unref(theme2).siteTitle ?? ""}</span>`);
      } else if (vueExports.unref(theme2).siteTitle === void 0) {
        _push(`<span data-v-ec02c514>${ssrInterpolate_1(vueExports.unref(site).title)}</span>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot_1(_ctx.$slots, "nav-bar-title-after", {}, null, _push, _parent);
      _push(`</a></div>`);
    };
  }
});
const _sfc_setup$s = _sfc_main$s.setup;
_sfc_main$s.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarTitle.vue");
  return _sfc_setup$s ? _sfc_setup$s(props, ctx) : void 0;
};
const VPNavBarTitle = /* @__PURE__ */ _export_sfc(_sfc_main$s, [["__scopeId", "data-v-ec02c514"]]);
const _sfc_main$r = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBarTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(localeLinks).length && vueExports.unref(currentLang).label) {
        _push(ssrRenderComponent_1(VPFlyout, vueExports.mergeProps({
          class: "VPNavBarTranslations",
          icon: "vpi-languages",
          label: vueExports.unref(theme2).langMenuLabel || "Change language"
        }, _attrs), {
          default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<div class="items" data-v-06185b4c${_scopeId}><p class="title" data-v-06185b4c${_scopeId}>${ssrInterpolate_1(vueExports.unref(currentLang).label)}</p><!--[-->`);
              ssrRenderList_1(vueExports.unref(localeLinks), (locale) => {
                _push2(ssrRenderComponent_1(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
              });
              _push2(`<!--]--></div>`);
            } else {
              return [
                vueExports.createVNode("div", { class: "items" }, [
                  vueExports.createVNode("p", { class: "title" }, vueExports.toDisplayString(vueExports.unref(currentLang).label), 1),
                  (vueExports.openBlock(true), vueExports.createBlock(vueExports.Fragment, null, vueExports.renderList(vueExports.unref(localeLinks), (locale) => {
                    return vueExports.openBlock(), vueExports.createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$r = _sfc_main$r.setup;
_sfc_main$r.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBarTranslations.vue");
  return _sfc_setup$r ? _sfc_setup$r(props, ctx) : void 0;
};
const VPNavBarTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$r, [["__scopeId", "data-v-06185b4c"]]);
const _sfc_main$q = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavBar",
  __ssrInlineRender: true,
  props: {
    isScreenOpen: { type: Boolean }
  },
  emits: ["toggle-screen"],
  setup(__props) {
    const props = __props;
    const { y } = useWindowScroll();
    const { hasSidebar } = useSidebar();
    const { frontmatter } = useData();
    const classes = vueExports.ref({});
    vueExports.watchPostEffect(() => {
      classes.value = {
        "has-sidebar": hasSidebar.value,
        "home": frontmatter.value.layout === "home",
        "top": y.value === 0,
        "screen-open": props.isScreenOpen
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPNavBar", classes.value]
      }, _attrs))} data-v-a48cd821><div class="wrapper" data-v-a48cd821><div class="container" data-v-a48cd821><div class="title" data-v-a48cd821>`);
      _push(ssrRenderComponent_1(VPNavBarTitle, null, {
        "nav-bar-title-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
            ];
          }
        }),
        "nav-bar-title-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot_1(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              vueExports.renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div><div class="content" data-v-a48cd821><div class="content-body" data-v-a48cd821>`);
      ssrRenderSlot_1(_ctx.$slots, "nav-bar-content-before", {}, null, _push, _parent);
      _push(ssrRenderComponent_1(_sfc_main$u, { class: "search" }, null, _parent));
      _push(ssrRenderComponent_1(VPNavBarMenu, { class: "menu" }, null, _parent));
      _push(ssrRenderComponent_1(VPNavBarTranslations, { class: "translations" }, null, _parent));
      _push(ssrRenderComponent_1(VPNavBarAppearance, { class: "appearance" }, null, _parent));
      _push(ssrRenderComponent_1(VPNavBarSocialLinks, { class: "social-links" }, null, _parent));
      _push(ssrRenderComponent_1(VPNavBarExtra, { class: "extra" }, null, _parent));
      ssrRenderSlot_1(_ctx.$slots, "nav-bar-content-after", {}, null, _push, _parent);
      _push(ssrRenderComponent_1(VPNavBarHamburger, {
        class: "hamburger",
        active: __props.isScreenOpen,
        onClick: ($event) => _ctx.$emit("toggle-screen")
      }, null, _parent));
      _push(`</div></div></div></div><div class="divider" data-v-a48cd821><div class="divider-line" data-v-a48cd821></div></div></div>`);
    };
  }
});
const _sfc_setup$q = _sfc_main$q.setup;
_sfc_main$q.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavBar.vue");
  return _sfc_setup$q ? _sfc_setup$q(props, ctx) : void 0;
};
const VPNavBar = /* @__PURE__ */ _export_sfc(_sfc_main$q, [["__scopeId", "data-v-a48cd821"]]);
const _sfc_main$p = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreenAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(site).appearance && vueExports.unref(site).appearance !== "force-dark" && vueExports.unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPNavScreenAppearance" }, _attrs))} data-v-8d31fc9c><p class="text" data-v-8d31fc9c>${ssrInterpolate_1(vueExports.unref(theme2).darkModeSwitchLabel || "Appearance")}</p>`);
        _push(ssrRenderComponent_1(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$p = _sfc_main$p.setup;
_sfc_main$p.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenAppearance.vue");
  return _sfc_setup$p ? _sfc_setup$p(props, ctx) : void 0;
};
const VPNavScreenAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$p, [["__scopeId", "data-v-8d31fc9c"]]);
const _sfc_main$o = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreenMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = vueExports.inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent_1(_sfc_main$$, vueExports.mergeProps({
        class: "VPNavScreenMenuLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: vueExports.unref(closeScreen)
      }, _attrs), {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-6b3ef39c${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              vueExports.createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$o = _sfc_main$o.setup;
_sfc_main$o.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuLink.vue");
  return _sfc_setup$o ? _sfc_setup$o(props, ctx) : void 0;
};
const VPNavScreenMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$o, [["__scopeId", "data-v-6b3ef39c"]]);
const _sfc_main$n = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreenMenuGroupLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = vueExports.inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent_1(_sfc_main$$, vueExports.mergeProps({
        class: "VPNavScreenMenuGroupLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: vueExports.unref(closeScreen)
      }, _attrs), {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-5cd46479${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              vueExports.createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$n = _sfc_main$n.setup;
_sfc_main$n.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupLink.vue");
  return _sfc_setup$n ? _sfc_setup$n(props, ctx) : void 0;
};
const VPNavScreenMenuGroupLink = /* @__PURE__ */ _export_sfc(_sfc_main$n, [["__scopeId", "data-v-5cd46479"]]);
const _sfc_main$m = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreenMenuGroupSection",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPNavScreenMenuGroupSection" }, _attrs))} data-v-72138bea>`);
      if (__props.text) {
        _push(`<p class="title" data-v-72138bea>${ssrInterpolate_1(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList_1(__props.items, (item) => {
        _push(ssrRenderComponent_1(VPNavScreenMenuGroupLink, {
          key: item.text,
          item
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$m = _sfc_main$m.setup;
_sfc_main$m.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupSection.vue");
  return _sfc_setup$m ? _sfc_setup$m(props, ctx) : void 0;
};
const VPNavScreenMenuGroupSection = /* @__PURE__ */ _export_sfc(_sfc_main$m, [["__scopeId", "data-v-72138bea"]]);
const _sfc_main$l = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreenMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    const props = __props;
    const isOpen = vueExports.ref(false);
    const groupId = vueExports.computed(
      () => `NavScreenGroup-${props.text.replace(" ", "-").toLowerCase()}`
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPNavScreenMenuGroup", { open: isOpen.value }]
      }, _attrs))} data-v-197cdb6e><button class="button"${ssrRenderAttr_1("aria-controls", groupId.value)}${ssrRenderAttr_1("aria-expanded", isOpen.value)} data-v-197cdb6e><span class="button-text" data-v-197cdb6e>${__props.text ?? ""}</span><span class="vpi-plus button-icon" data-v-197cdb6e></span></button><div${ssrRenderAttr_1("id", groupId.value)} class="items" data-v-197cdb6e><!--[-->`);
      ssrRenderList_1(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(`<div class="item" data-v-197cdb6e>`);
          _push(ssrRenderComponent_1(VPNavScreenMenuGroupLink, { item }, null, _parent));
          _push(`</div>`);
        } else if ("component" in item) {
          _push(`<div class="item" data-v-197cdb6e>`);
          ssrRenderVNode(_push, vueExports.createVNode(vueExports.resolveDynamicComponent(item.component), vueExports.mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          _push(`</div>`);
        } else {
          _push(`<div class="group" data-v-197cdb6e>`);
          _push(ssrRenderComponent_1(VPNavScreenMenuGroupSection, {
            text: item.text,
            items: item.items
          }, null, _parent));
          _push(`</div>`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$l = _sfc_main$l.setup;
_sfc_main$l.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroup.vue");
  return _sfc_setup$l ? _sfc_setup$l(props, ctx) : void 0;
};
const VPNavScreenMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$l, [["__scopeId", "data-v-197cdb6e"]]);
const _sfc_main$k = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreenMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPNavScreenMenu" }, _attrs))}><!--[-->`);
        ssrRenderList_1(vueExports.unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent_1(VPNavScreenMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, vueExports.createVNode(vueExports.resolveDynamicComponent(item.component), vueExports.mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          } else {
            _push(ssrRenderComponent_1(VPNavScreenMenuGroup, {
              text: item.text || "",
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$k = _sfc_main$k.setup;
_sfc_main$k.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenu.vue");
  return _sfc_setup$k ? _sfc_setup$k(props, ctx) : void 0;
};
const _sfc_main$j = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreenSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(theme2).socialLinks) {
        _push(ssrRenderComponent_1(VPSocialLinks, vueExports.mergeProps({
          class: "VPNavScreenSocialLinks",
          links: vueExports.unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$j = _sfc_main$j.setup;
_sfc_main$j.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenSocialLinks.vue");
  return _sfc_setup$j ? _sfc_setup$j(props, ctx) : void 0;
};
const _sfc_main$i = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreenTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const isOpen = vueExports.ref(false);
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(localeLinks).length && vueExports.unref(currentLang).label) {
        _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
          class: ["VPNavScreenTranslations", { open: isOpen.value }]
        }, _attrs))} data-v-df4c3e20><button class="title" data-v-df4c3e20><span class="vpi-languages icon lang" data-v-df4c3e20></span> ${ssrInterpolate_1(vueExports.unref(currentLang).label)} <span class="vpi-chevron-down icon chevron" data-v-df4c3e20></span></button><ul class="list" data-v-df4c3e20><!--[-->`);
        ssrRenderList_1(vueExports.unref(localeLinks), (locale) => {
          _push(`<li class="item" data-v-df4c3e20>`);
          _push(ssrRenderComponent_1(_sfc_main$$, {
            class: "link",
            href: locale.link
          }, {
            default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate_1(locale.text)}`);
              } else {
                return [
                  vueExports.createTextVNode(vueExports.toDisplayString(locale.text), 1)
                ];
              }
            }),
            _: 2
          }, _parent));
          _push(`</li>`);
        });
        _push(`<!--]--></ul></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$i = _sfc_main$i.setup;
_sfc_main$i.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenTranslations.vue");
  return _sfc_setup$i ? _sfc_setup$i(props, ctx) : void 0;
};
const VPNavScreenTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$i, [["__scopeId", "data-v-df4c3e20"]]);
const _sfc_main$h = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNavScreen",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const screen = vueExports.ref(null);
    useScrollLock(inBrowser ? document.body : null);
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.open) {
        _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
          class: "VPNavScreen",
          ref_key: "screen",
          ref: screen,
          id: "VPNavScreen"
        }, _attrs))} data-v-7fdbbea2><div class="container" data-v-7fdbbea2>`);
        ssrRenderSlot_1(_ctx.$slots, "nav-screen-content-before", {}, null, _push, _parent);
        _push(ssrRenderComponent_1(_sfc_main$k, { class: "menu" }, null, _parent));
        _push(ssrRenderComponent_1(VPNavScreenTranslations, { class: "translations" }, null, _parent));
        _push(ssrRenderComponent_1(VPNavScreenAppearance, { class: "appearance" }, null, _parent));
        _push(ssrRenderComponent_1(_sfc_main$j, { class: "social-links" }, null, _parent));
        ssrRenderSlot_1(_ctx.$slots, "nav-screen-content-after", {}, null, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$h = _sfc_main$h.setup;
_sfc_main$h.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNavScreen.vue");
  return _sfc_setup$h ? _sfc_setup$h(props, ctx) : void 0;
};
const VPNavScreen = /* @__PURE__ */ _export_sfc(_sfc_main$h, [["__scopeId", "data-v-7fdbbea2"]]);
const _sfc_main$g = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPNav",
  __ssrInlineRender: true,
  setup(__props) {
    const { isScreenOpen, closeScreen, toggleScreen } = useNav();
    const { frontmatter } = useData();
    const hasNavbar = vueExports.computed(() => {
      return frontmatter.value.navbar !== false;
    });
    vueExports.provide("close-screen", closeScreen);
    vueExports.watchEffect(() => {
      if (inBrowser) {
        document.documentElement.classList.toggle("hide-nav", !hasNavbar.value);
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (hasNavbar.value) {
        _push(`<header${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPNav" }, _attrs))} data-v-b26f666d>`);
        _push(ssrRenderComponent_1(VPNavBar, {
          "is-screen-open": vueExports.unref(isScreenOpen),
          onToggleScreen: vueExports.unref(toggleScreen)
        }, {
          "nav-bar-title-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent_1(VPNavScreen, { open: vueExports.unref(isScreenOpen) }, {
          "nav-screen-content-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</header>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$g = _sfc_main$g.setup;
_sfc_main$g.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPNav.vue");
  return _sfc_setup$g ? _sfc_setup$g(props, ctx) : void 0;
};
const VPNav = /* @__PURE__ */ _export_sfc(_sfc_main$g, [["__scopeId", "data-v-b26f666d"]]);
const _sfc_main$f = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSidebarItem",
  __ssrInlineRender: true,
  props: {
    item: {},
    depth: {}
  },
  setup(__props) {
    const props = __props;
    const {
      collapsed,
      collapsible,
      isLink,
      isActiveLink,
      hasActiveLink: hasActiveLink2,
      hasChildren,
      toggle
    } = useSidebarControl(vueExports.computed(() => props.item));
    const sectionTag = vueExports.computed(() => hasChildren.value ? "section" : `div`);
    const linkTag = vueExports.computed(() => isLink.value ? "a" : "div");
    const textTag = vueExports.computed(() => {
      return !hasChildren.value ? "p" : props.depth + 2 === 7 ? "p" : `h${props.depth + 2}`;
    });
    const itemRole = vueExports.computed(() => isLink.value ? void 0 : "button");
    const classes = vueExports.computed(() => [
      [`level-${props.depth}`],
      { collapsible: collapsible.value },
      { collapsed: collapsed.value },
      { "is-link": isLink.value },
      { "is-active": isActiveLink.value },
      { "has-active": hasActiveLink2.value }
    ]);
    function onItemInteraction(e) {
      if ("key" in e && e.key !== "Enter") {
        return;
      }
      !props.item.link && toggle();
    }
    function onCaretClick() {
      props.item.link && toggle();
    }
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPSidebarItem = vueExports.resolveComponent("VPSidebarItem", true);
      ssrRenderVNode(_push, vueExports.createVNode(vueExports.resolveDynamicComponent(sectionTag.value), vueExports.mergeProps({
        class: ["VPSidebarItem", classes.value]
      }, _attrs), {
        default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            if (__props.item.text) {
              _push2(`<div class="item"${ssrRenderAttr_1("role", itemRole.value)}${ssrRenderAttr_1("tabindex", __props.item.items && 0)} data-v-410e1635${_scopeId}><div class="indicator" data-v-410e1635${_scopeId}></div>`);
              if (__props.item.link) {
                _push2(ssrRenderComponent_1(_sfc_main$$, {
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: vueExports.withCtx((_2, _push3, _parent3, _scopeId2) => {
                    if (_push3) {
                      ssrRenderVNode(_push3, vueExports.createVNode(vueExports.resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent3, _scopeId2);
                    } else {
                      return [
                        (vueExports.openBlock(), vueExports.createBlock(vueExports.resolveDynamicComponent(textTag.value), {
                          class: "text",
                          innerHTML: __props.item.text
                        }, null, 8, ["innerHTML"]))
                      ];
                    }
                  }),
                  _: 1
                }, _parent2, _scopeId));
              } else {
                ssrRenderVNode(_push2, vueExports.createVNode(vueExports.resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent2, _scopeId);
              }
              if (__props.item.collapsed != null && __props.item.items && __props.item.items.length) {
                _push2(`<div class="caret" role="button" aria-label="toggle section" tabindex="0" data-v-410e1635${_scopeId}><span class="vpi-chevron-right caret-icon" data-v-410e1635${_scopeId}></span></div>`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.item.items && __props.item.items.length) {
              _push2(`<div class="items" data-v-410e1635${_scopeId}>`);
              if (__props.depth < 5) {
                _push2(`<!--[-->`);
                ssrRenderList_1(__props.item.items, (i) => {
                  _push2(ssrRenderComponent_1(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, _parent2, _scopeId));
                });
                _push2(`<!--]-->`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
          } else {
            return [
              __props.item.text ? (vueExports.openBlock(), vueExports.createBlock("div", vueExports.mergeProps({
                key: 0,
                class: "item",
                role: itemRole.value
              }, vueExports.toHandlers(
                __props.item.items ? { click: onItemInteraction, keydown: onItemInteraction } : {},
                true
              ), {
                tabindex: __props.item.items && 0
              }), [
                vueExports.createVNode("div", { class: "indicator" }),
                __props.item.link ? (vueExports.openBlock(), vueExports.createBlock(_sfc_main$$, {
                  key: 0,
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: vueExports.withCtx(() => [
                    (vueExports.openBlock(), vueExports.createBlock(vueExports.resolveDynamicComponent(textTag.value), {
                      class: "text",
                      innerHTML: __props.item.text
                    }, null, 8, ["innerHTML"]))
                  ]),
                  _: 1
                }, 8, ["tag", "href", "rel", "target"])) : (vueExports.openBlock(), vueExports.createBlock(vueExports.resolveDynamicComponent(textTag.value), {
                  key: 1,
                  class: "text",
                  innerHTML: __props.item.text
                }, null, 8, ["innerHTML"])),
                __props.item.collapsed != null && __props.item.items && __props.item.items.length ? (vueExports.openBlock(), vueExports.createBlock("div", {
                  key: 2,
                  class: "caret",
                  role: "button",
                  "aria-label": "toggle section",
                  onClick: onCaretClick,
                  onKeydown: vueExports.withKeys(onCaretClick, ["enter"]),
                  tabindex: "0"
                }, [
                  vueExports.createVNode("span", { class: "vpi-chevron-right caret-icon" })
                ], 32)) : vueExports.createCommentVNode("", true)
              ], 16, ["role", "tabindex"])) : vueExports.createCommentVNode("", true),
              __props.item.items && __props.item.items.length ? (vueExports.openBlock(), vueExports.createBlock("div", {
                key: 1,
                class: "items"
              }, [
                __props.depth < 5 ? (vueExports.openBlock(true), vueExports.createBlock(vueExports.Fragment, { key: 0 }, vueExports.renderList(__props.item.items, (i) => {
                  return vueExports.openBlock(), vueExports.createBlock(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, 8, ["item", "depth"]);
                }), 128)) : vueExports.createCommentVNode("", true)
              ])) : vueExports.createCommentVNode("", true)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$f = _sfc_main$f.setup;
_sfc_main$f.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSidebarItem.vue");
  return _sfc_setup$f ? _sfc_setup$f(props, ctx) : void 0;
};
const VPSidebarItem = /* @__PURE__ */ _export_sfc(_sfc_main$f, [["__scopeId", "data-v-410e1635"]]);
const _sfc_main$e = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSidebarGroup",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    const disableTransition = vueExports.ref(true);
    let timer = null;
    vueExports.onMounted(() => {
      timer = setTimeout(() => {
        timer = null;
        disableTransition.value = false;
      }, 300);
    });
    vueExports.onBeforeUnmount(() => {
      if (timer != null) {
        clearTimeout(timer);
        timer = null;
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[-->`);
      ssrRenderList_1(__props.items, (item) => {
        _push(`<div class="${ssrRenderClass_1([{ "no-transition": disableTransition.value }, "group"])}" data-v-6d0c2af8>`);
        _push(ssrRenderComponent_1(VPSidebarItem, {
          item,
          depth: 0
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]-->`);
    };
  }
});
const _sfc_setup$e = _sfc_main$e.setup;
_sfc_main$e.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSidebarGroup.vue");
  return _sfc_setup$e ? _sfc_setup$e(props, ctx) : void 0;
};
const VPSidebarGroup = /* @__PURE__ */ _export_sfc(_sfc_main$e, [["__scopeId", "data-v-6d0c2af8"]]);
const _sfc_main$d = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSidebar",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const { sidebarGroups, hasSidebar } = useSidebar();
    const props = __props;
    const navEl = vueExports.ref(null);
    const isLocked = useScrollLock(inBrowser ? document.body : null);
    vueExports.watch(
      [props, navEl],
      () => {
        var _a;
        if (props.open) {
          isLocked.value = true;
          (_a = navEl.value) == null ? void 0 : _a.focus();
        } else isLocked.value = false;
      },
      { immediate: true, flush: "post" }
    );
    const key = vueExports.ref(0);
    vueExports.watch(
      sidebarGroups,
      () => {
        key.value += 1;
      },
      { deep: true }
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (vueExports.unref(hasSidebar)) {
        _push(`<aside${ssrRenderAttrs_1(vueExports.mergeProps({
          class: ["VPSidebar", { open: __props.open }],
          ref_key: "navEl",
          ref: navEl
        }, _attrs))} data-v-8577e3c1><div class="curtain" data-v-8577e3c1></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-8577e3c1><span class="visually-hidden" id="sidebar-aria-label" data-v-8577e3c1> Sidebar Navigation </span>`);
        ssrRenderSlot_1(_ctx.$slots, "sidebar-nav-before", {}, null, _push, _parent);
        _push(ssrRenderComponent_1(VPSidebarGroup, {
          items: vueExports.unref(sidebarGroups),
          key: key.value
        }, null, _parent));
        ssrRenderSlot_1(_ctx.$slots, "sidebar-nav-after", {}, null, _push, _parent);
        _push(`</nav></aside>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$d = _sfc_main$d.setup;
_sfc_main$d.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSidebar.vue");
  return _sfc_setup$d ? _sfc_setup$d(props, ctx) : void 0;
};
const VPSidebar = /* @__PURE__ */ _export_sfc(_sfc_main$d, [["__scopeId", "data-v-8577e3c1"]]);
const _sfc_main$c = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSkipLink",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const backToTop = vueExports.ref();
    vueExports.watch(() => route.path, () => backToTop.value.focus());
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[--><span tabindex="-1" data-v-84681a91></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-84681a91>${ssrInterpolate_1(vueExports.unref(theme2).skipToContentLabel || "Skip to content")}</a><!--]-->`);
    };
  }
});
const _sfc_setup$c = _sfc_main$c.setup;
_sfc_main$c.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSkipLink.vue");
  return _sfc_setup$c ? _sfc_setup$c(props, ctx) : void 0;
};
const VPSkipLink = /* @__PURE__ */ _export_sfc(_sfc_main$c, [["__scopeId", "data-v-84681a91"]]);
const _sfc_main$b = /* @__PURE__ */ vueExports.defineComponent({
  __name: "Layout",
  __ssrInlineRender: true,
  setup(__props) {
    const {
      isOpen: isSidebarOpen,
      open: openSidebar,
      close: closeSidebar
    } = useSidebar();
    const route = useRoute();
    vueExports.watch(() => route.path, closeSidebar);
    useCloseSidebarOnEscape(isSidebarOpen, closeSidebar);
    const { frontmatter } = useData();
    const slots = vueExports.useSlots();
    const heroImageSlotExists = vueExports.computed(() => !!slots["home-hero-image"]);
    vueExports.provide("hero-image-slot-exists", heroImageSlotExists);
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = vueExports.resolveComponent("Content");
      if (vueExports.unref(frontmatter).layout !== false) {
        _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
          class: ["Layout", vueExports.unref(frontmatter).pageClass]
        }, _attrs))} data-v-e235a184>`);
        ssrRenderSlot_1(_ctx.$slots, "layout-top", {}, null, _push, _parent);
        _push(ssrRenderComponent_1(VPSkipLink, null, null, _parent));
        _push(ssrRenderComponent_1(VPBackdrop, {
          class: "backdrop",
          show: vueExports.unref(isSidebarOpen),
          onClick: vueExports.unref(closeSidebar)
        }, null, _parent));
        _push(ssrRenderComponent_1(VPNav, null, {
          "nav-bar-title-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent_1(VPLocalNav, {
          open: vueExports.unref(isSidebarOpen),
          onOpenMenu: vueExports.unref(openSidebar)
        }, null, _parent));
        _push(ssrRenderComponent_1(VPSidebar, { open: vueExports.unref(isSidebarOpen) }, {
          "sidebar-nav-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "sidebar-nav-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "sidebar-nav-before", {}, void 0, true)
              ];
            }
          }),
          "sidebar-nav-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "sidebar-nav-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "sidebar-nav-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent_1(VPContent, null, {
          "page-top": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          "not-found": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "not-found", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "not-found", {}, void 0, true)
              ];
            }
          }),
          "home-hero-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "doc-top": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-top": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot_1(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                vueExports.renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent_1(VPFooter, null, null, _parent));
        ssrRenderSlot_1(_ctx.$slots, "layout-bottom", {}, null, _push, _parent);
        _push(`</div>`);
      } else {
        _push(ssrRenderComponent_1(_component_Content, _attrs, null, _parent));
      }
    };
  }
});
const _sfc_setup$b = _sfc_main$b.setup;
_sfc_main$b.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/Layout.vue");
  return _sfc_setup$b ? _sfc_setup$b(props, ctx) : void 0;
};
const Layout = /* @__PURE__ */ _export_sfc(_sfc_main$b, [["__scopeId", "data-v-e235a184"]]);
const GridSettings = {
  xmini: [[0, 2]],
  mini: [],
  small: [
    [920, 6],
    [768, 5],
    [640, 4],
    [480, 3],
    [0, 2]
  ],
  medium: [
    [960, 5],
    [832, 4],
    [640, 3],
    [480, 2]
  ],
  big: [
    [832, 3],
    [640, 2]
  ]
};
function useSponsorsGrid({ el, size = "medium" }) {
  const onResize = throttleAndDebounce(manage, 100);
  vueExports.onMounted(() => {
    manage();
    window.addEventListener("resize", onResize);
  });
  vueExports.onUnmounted(() => {
    window.removeEventListener("resize", onResize);
  });
  function manage() {
    adjustSlots(el.value, size);
  }
}
function adjustSlots(el, size) {
  const tsize = el.children.length;
  const asize = el.querySelectorAll(".vp-sponsor-grid-item:not(.empty)").length;
  const grid2 = setGrid(el, size, asize);
  manageSlots(el, grid2, tsize, asize);
}
function setGrid(el, size, items) {
  const settings = GridSettings[size];
  const screen = window.innerWidth;
  let grid2 = 1;
  settings.some(([breakpoint, value]) => {
    if (screen >= breakpoint) {
      grid2 = items < value ? items : value;
      return true;
    }
  });
  setGridData(el, grid2);
  return grid2;
}
function setGridData(el, value) {
  el.dataset.vpGrid = String(value);
}
function manageSlots(el, grid2, tsize, asize) {
  const diff = tsize - asize;
  const rem = asize % grid2;
  const drem = rem === 0 ? rem : grid2 - rem;
  neutralizeSlots(el, drem - diff);
}
function neutralizeSlots(el, count) {
  if (count === 0) {
    return;
  }
  count > 0 ? addSlots(el, count) : removeSlots(el, count * -1);
}
function addSlots(el, count) {
  for (let i = 0; i < count; i++) {
    const slot = document.createElement("div");
    slot.classList.add("vp-sponsor-grid-item", "empty");
    el.append(slot);
  }
}
function removeSlots(el, count) {
  for (let i = 0; i < count; i++) {
    el.removeChild(el.lastElementChild);
  }
}
const _sfc_main$a = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSponsorsGrid",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    data: {}
  },
  setup(__props) {
    const props = __props;
    const el = vueExports.ref(null);
    useSponsorsGrid({ el, size: props.size });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPSponsorsGrid vp-sponsor-grid", [__props.size]],
        ref_key: "el",
        ref: el
      }, _attrs))}><!--[-->`);
      ssrRenderList_1(__props.data, (sponsor) => {
        _push(`<div class="vp-sponsor-grid-item"><a class="vp-sponsor-grid-link"${ssrRenderAttr_1("href", sponsor.url)} target="_blank" rel="sponsored noopener"><article class="vp-sponsor-grid-box"><h4 class="visually-hidden">${ssrInterpolate_1(sponsor.name)}</h4><img class="vp-sponsor-grid-image"${ssrRenderAttr_1("src", sponsor.img)}${ssrRenderAttr_1("alt", sponsor.name)}></article></a></div>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$a = _sfc_main$a.setup;
_sfc_main$a.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSponsorsGrid.vue");
  return _sfc_setup$a ? _sfc_setup$a(props, ctx) : void 0;
};
const _sfc_main$9 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPSponsors",
  __ssrInlineRender: true,
  props: {
    mode: { default: "normal" },
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    const props = __props;
    const sponsors = vueExports.computed(() => {
      const isSponsors = props.data.some((s) => {
        return "items" in s;
      });
      if (isSponsors) {
        return props.data;
      }
      return [
        { tier: props.tier, size: props.size, items: props.data }
      ];
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPSponsors vp-sponsor", [__props.mode]]
      }, _attrs))}><!--[-->`);
      ssrRenderList_1(sponsors.value, (sponsor, index) => {
        _push(`<section class="vp-sponsor-section">`);
        if (sponsor.tier) {
          _push(`<h3 class="vp-sponsor-tier">${ssrInterpolate_1(sponsor.tier)}</h3>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent_1(_sfc_main$a, {
          size: sponsor.size,
          data: sponsor.items
        }, null, _parent));
        _push(`</section>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$9 = _sfc_main$9.setup;
_sfc_main$9.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPSponsors.vue");
  return _sfc_setup$9 ? _sfc_setup$9(props, ctx) : void 0;
};
const _sfc_main$8 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPDocAsideSponsors",
  __ssrInlineRender: true,
  props: {
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPDocAsideSponsors" }, _attrs))}>`);
      _push(ssrRenderComponent_1(_sfc_main$9, {
        mode: "aside",
        tier: __props.tier,
        size: __props.size,
        data: __props.data
      }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$8 = _sfc_main$8.setup;
_sfc_main$8.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideSponsors.vue");
  return _sfc_setup$8 ? _sfc_setup$8(props, ctx) : void 0;
};
const _sfc_main$7 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPHomeSponsors",
  __ssrInlineRender: true,
  props: {
    message: {},
    actionText: { default: "Become a sponsor" },
    actionLink: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<section${ssrRenderAttrs_1(vueExports.mergeProps({ class: "VPHomeSponsors" }, _attrs))} data-v-2f41a2a2><div class="container" data-v-2f41a2a2><div class="header" data-v-2f41a2a2><div class="love" data-v-2f41a2a2><span class="vpi-heart icon" data-v-2f41a2a2></span></div>`);
      if (__props.message) {
        _push(`<h2 class="message" data-v-2f41a2a2>${ssrInterpolate_1(__props.message)}</h2>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div><div class="sponsors" data-v-2f41a2a2>`);
      _push(ssrRenderComponent_1(_sfc_main$9, { data: __props.data }, null, _parent));
      _push(`</div>`);
      if (__props.actionLink) {
        _push(`<div class="action" data-v-2f41a2a2>`);
        _push(ssrRenderComponent_1(VPButton, {
          theme: "sponsor",
          text: __props.actionText,
          href: __props.actionLink
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></section>`);
    };
  }
});
const _sfc_setup$7 = _sfc_main$7.setup;
_sfc_main$7.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPHomeSponsors.vue");
  return _sfc_setup$7 ? _sfc_setup$7(props, ctx) : void 0;
};
const _sfc_main$6 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPTeamMembersItem",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    member: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<article${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPTeamMembersItem", [__props.size]]
      }, _attrs))} data-v-5260e2af><div class="profile" data-v-5260e2af><figure class="avatar" data-v-5260e2af><img class="avatar-img"${ssrRenderAttr_1("src", __props.member.avatar)}${ssrRenderAttr_1("alt", __props.member.name)} data-v-5260e2af></figure><div class="data" data-v-5260e2af><h1 class="name" data-v-5260e2af>${ssrInterpolate_1(__props.member.name)}</h1>`);
      if (__props.member.title || __props.member.org) {
        _push(`<p class="affiliation" data-v-5260e2af>`);
        if (__props.member.title) {
          _push(`<span class="title" data-v-5260e2af>${ssrInterpolate_1(__props.member.title)}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.title && __props.member.org) {
          _push(`<span class="at" data-v-5260e2af> @ </span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.org) {
          _push(ssrRenderComponent_1(_sfc_main$$, {
            class: ["org", { link: __props.member.orgLink }],
            href: __props.member.orgLink,
            "no-icon": ""
          }, {
            default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate_1(__props.member.org)}`);
              } else {
                return [
                  vueExports.createTextVNode(vueExports.toDisplayString(__props.member.org), 1)
                ];
              }
            }),
            _: 1
          }, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.desc) {
        _push(`<p class="desc" data-v-5260e2af>${__props.member.desc ?? ""}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.links) {
        _push(`<div class="links" data-v-5260e2af>`);
        _push(ssrRenderComponent_1(VPSocialLinks, {
          links: __props.member.links
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
      if (__props.member.sponsor) {
        _push(`<div class="sp" data-v-5260e2af>`);
        _push(ssrRenderComponent_1(_sfc_main$$, {
          class: "sp-link",
          href: __props.member.sponsor,
          "no-icon": ""
        }, {
          default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<span class="vpi-heart sp-icon" data-v-5260e2af${_scopeId}></span> ${ssrInterpolate_1(__props.member.actionText || "Sponsor")}`);
            } else {
              return [
                vueExports.createVNode("span", { class: "vpi-heart sp-icon" }),
                vueExports.createTextVNode(" " + vueExports.toDisplayString(__props.member.actionText || "Sponsor"), 1)
              ];
            }
          }),
          _: 1
        }, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</article>`);
    };
  }
});
const _sfc_setup$6 = _sfc_main$6.setup;
_sfc_main$6.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPTeamMembersItem.vue");
  return _sfc_setup$6 ? _sfc_setup$6(props, ctx) : void 0;
};
const VPTeamMembersItem = /* @__PURE__ */ _export_sfc(_sfc_main$6, [["__scopeId", "data-v-5260e2af"]]);
const _sfc_main$5 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "VPTeamMembers",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    members: {}
  },
  setup(__props) {
    const props = __props;
    const classes = vueExports.computed(() => [props.size, `count-${props.members.length}`]);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: ["VPTeamMembers", classes.value]
      }, _attrs))} data-v-2be69a87><div class="container" data-v-2be69a87><!--[-->`);
      ssrRenderList_1(__props.members, (member) => {
        _push(`<div class="item" data-v-2be69a87>`);
        _push(ssrRenderComponent_1(VPTeamMembersItem, {
          size: __props.size,
          member
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$5 = _sfc_main$5.setup;
_sfc_main$5.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPTeamMembers.vue");
  return _sfc_setup$5 ? _sfc_setup$5(props, ctx) : void 0;
};
const _sfc_main$4 = {};
const _sfc_setup$4 = _sfc_main$4.setup;
_sfc_main$4.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPTeamPage.vue");
  return _sfc_setup$4 ? _sfc_setup$4(props, ctx) : void 0;
};
const _sfc_main$3 = {};
const _sfc_setup$3 = _sfc_main$3.setup;
_sfc_main$3.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPTeamPageSection.vue");
  return _sfc_setup$3 ? _sfc_setup$3(props, ctx) : void 0;
};
const _sfc_main$2 = {};
const _sfc_setup$2 = _sfc_main$2.setup;
_sfc_main$2.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__c6fba02aae0be235e62169788beab804/node_modules/vitepress/dist/client/theme-default/components/VPTeamPageTitle.vue");
  return _sfc_setup$2 ? _sfc_setup$2(props, ctx) : void 0;
};
const theme$1 = {
  Layout,
  enhanceApp: ({ app }) => {
    app.component("Badge", _sfc_main$16);
  }
};
const __vite_glob_0_0 = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 380" width="720" height="380" role="img" aria-label="The Euler–Maclaurin expansion against the exact KL" font-family="system-ui, sans-serif" font-size="12">\n<title>The Euler–Maclaurin expansion against the exact KL</title>\n<text class="title" x="68" y="20" font-size="14" font-weight="bold" fill="currentColor">The Euler–Maclaurin expansion against the exact KL</text>\n<text class="subtitle" x="68" y="37" fill="currentColor" fill-opacity="0.75">c₀ + c₁/N + c₂/N² + c₃/N³ (klAsymptotics); edm, karras, DDIM, geometric:d=16,min=1e-2,max=10</text>\n<line x1="89.4" x2="89.4" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="89.4" y="350" text-anchor="middle" fill="currentColor">4</text>\n<line x1="142.8" x2="142.8" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="142.8" y="350" text-anchor="middle" fill="currentColor">8</text>\n<line x1="196.2" x2="196.2" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="196.2" y="350" text-anchor="middle" fill="currentColor">16</text>\n<line x1="249.6" x2="249.6" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="249.6" y="350" text-anchor="middle" fill="currentColor">32</text>\n<line x1="303.0" x2="303.0" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="303.0" y="350" text-anchor="middle" fill="currentColor">64</text>\n<line x1="356.4" x2="356.4" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="356.4" y="350" text-anchor="middle" fill="currentColor">128</text>\n<line x1="409.8" x2="409.8" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="409.8" y="350" text-anchor="middle" fill="currentColor">256</text>\n<line x1="463.2" x2="463.2" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="463.2" y="350" text-anchor="middle" fill="currentColor">512</text>\n<line x1="516.6" x2="516.6" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="516.6" y="350" text-anchor="middle" fill="currentColor">1024</text>\n<line x1="68" x2="538" y1="324.8" y2="324.8" stroke="currentColor" stroke-opacity="0.12"/>\n<line x1="68" x2="538" y1="299.8" y2="299.8" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="62" y="303.8" text-anchor="end" fill="currentColor">10⁻⁸</text>\n<line x1="68" x2="538" y1="274.9" y2="274.9" stroke="currentColor" stroke-opacity="0.12"/>\n<line x1="68" x2="538" y1="250.0" y2="250.0" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="62" y="254.0" text-anchor="end" fill="currentColor">10⁻⁶</text>\n<line x1="68" x2="538" y1="225.1" y2="225.1" stroke="currentColor" stroke-opacity="0.12"/>\n<line x1="68" x2="538" y1="200.2" y2="200.2" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="62" y="204.2" text-anchor="end" fill="currentColor">10⁻⁴</text>\n<line x1="68" x2="538" y1="175.3" y2="175.3" stroke="currentColor" stroke-opacity="0.12"/>\n<line x1="68" x2="538" y1="150.4" y2="150.4" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="62" y="154.4" text-anchor="end" fill="currentColor">10⁻²</text>\n<line x1="68" x2="538" y1="125.5" y2="125.5" stroke="currentColor" stroke-opacity="0.12"/>\n<line x1="68" x2="538" y1="100.6" y2="100.6" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="62" y="104.6" text-anchor="end" fill="currentColor">10⁰</text>\n<line x1="68" x2="538" y1="75.7" y2="75.7" stroke="currentColor" stroke-opacity="0.12"/>\n<line x1="68" x2="538" y1="50.8" y2="50.8" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="62" y="54.8" text-anchor="end" fill="currentColor">10²</text>\n<rect x="68" y="50" width="470" height="284" fill="none" stroke="currentColor" stroke-opacity="0.5"/>\n<text class="x-title" x="303" y="370" text-anchor="middle" fill="currentColor">N (steps)</text>\n<text class="y-title" transform="translate(16 192) rotate(-90)" text-anchor="middle" fill="currentColor">nats (log scale)</text>\n<g class="series" data-label="exact KL">\n<polyline points="89.4,62.9 142.8,86.5 196.2,105.0 249.6,121.5 303.0,137.1 356.4,152.4 409.8,167.4 463.2,182.2 516.6,196.6" fill="none" stroke="#4e79a7" stroke-width="1.8"/>\n<circle class="point" cx="89.4" cy="62.9" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="142.8" cy="86.5" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="196.2" cy="105.0" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="249.6" cy="121.5" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="303.0" cy="137.1" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="356.4" cy="152.4" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="409.8" cy="167.4" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="463.2" cy="182.2" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="516.6" cy="196.6" r="2.8" fill="#4e79a7"/>\n</g>\n<g class="series" data-label="expansion">\n<polyline points="89.4,70.4 142.8,88.5 196.2,105.5 249.6,121.6 303.0,137.2 356.4,152.4 409.8,167.4 463.2,182.2 516.6,196.6" fill="none" stroke="#f28e2b" stroke-width="1.8"/>\n</g>\n<g class="series" data-label="|exact − expansion|">\n<polyline points="89.4,70.4 142.8,105.5 196.2,139.3 249.6,170.3 303.0,200.7 356.4,230.9 409.8,261.0 463.2,291.1 516.6,321.1" fill="none" stroke="#e15759" stroke-width="1.8" stroke-dasharray="6 4"/>\n<circle class="point" cx="89.4" cy="70.4" r="2.8" fill="#e15759"/>\n<circle class="point" cx="142.8" cy="105.5" r="2.8" fill="#e15759"/>\n<circle class="point" cx="196.2" cy="139.3" r="2.8" fill="#e15759"/>\n<circle class="point" cx="249.6" cy="170.3" r="2.8" fill="#e15759"/>\n<circle class="point" cx="303.0" cy="200.7" r="2.8" fill="#e15759"/>\n<circle class="point" cx="356.4" cy="230.9" r="2.8" fill="#e15759"/>\n<circle class="point" cx="409.8" cy="261.0" r="2.8" fill="#e15759"/>\n<circle class="point" cx="463.2" cy="291.1" r="2.8" fill="#e15759"/>\n<circle class="point" cx="516.6" cy="321.1" r="2.8" fill="#e15759"/>\n</g>\n<g class="legend">\n<line x1="550" x2="574" y1="58" y2="58" stroke="#4e79a7" stroke-width="2.5"/>\n<circle class="point" cx="562.0" cy="58.0" r="2.8" fill="#4e79a7"/>\n<text x="582" y="62" fill="currentColor">exact KL</text>\n<line x1="550" x2="574" y1="76" y2="76" stroke="#f28e2b" stroke-width="2.5"/>\n<text x="582" y="80" fill="currentColor">expansion</text>\n<line x1="550" x2="574" y1="94" y2="94" stroke="#e15759" stroke-width="2.5" stroke-dasharray="6 4"/>\n<circle class="point" cx="562.0" cy="94.0" r="2.8" fill="#e15759"/>\n<text x="582" y="98" fill="currentColor">|exact − expansion|</text>\n</g>\n</svg>\n';
const __vite_glob_0_1 = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 380" width="720" height="380" role="img" aria-label="KL(source ‖ output) against N" font-family="system-ui, sans-serif" font-size="12">\n<title>KL(source ‖ output) against N</title>\n<text class="title" x="75" y="20" font-size="14" font-weight="bold" fill="currentColor">KL(source ‖ output) against N</text>\n<text class="subtitle" x="75" y="37" fill="currentColor" fill-opacity="0.75">edm, DDIM, standard prior, geometric:d=784,min=1e-4,max=10</text>\n<line x1="98.4" x2="98.4" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="98.4" y="350" text-anchor="middle" fill="currentColor">4</text>\n<line x1="153.0" x2="153.0" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="153.0" y="350" text-anchor="middle" fill="currentColor">6</text>\n<line x1="191.8" x2="191.8" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="191.8" y="350" text-anchor="middle" fill="currentColor">8</text>\n<line x1="246.5" x2="246.5" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="246.5" y="350" text-anchor="middle" fill="currentColor">12</text>\n<line x1="285.3" x2="285.3" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="285.3" y="350" text-anchor="middle" fill="currentColor">16</text>\n<line x1="339.9" x2="339.9" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="339.9" y="350" text-anchor="middle" fill="currentColor">24</text>\n<line x1="378.7" x2="378.7" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="378.7" y="350" text-anchor="middle" fill="currentColor">32</text>\n<line x1="433.4" x2="433.4" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="433.4" y="350" text-anchor="middle" fill="currentColor">48</text>\n<line x1="472.2" x2="472.2" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="472.2" y="350" text-anchor="middle" fill="currentColor">64</text>\n<line x1="526.8" x2="526.8" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="526.8" y="350" text-anchor="middle" fill="currentColor">96</text>\n<line x1="565.6" x2="565.6" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="565.6" y="350" text-anchor="middle" fill="currentColor">128</text>\n<line x1="75" x2="589" y1="289.3" y2="289.3" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="69" y="293.3" text-anchor="end" fill="currentColor">1</text>\n<line x1="75" x2="589" y1="231.5" y2="231.5" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="69" y="235.5" text-anchor="end" fill="currentColor">10</text>\n<line x1="75" x2="589" y1="173.7" y2="173.7" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="69" y="177.7" text-anchor="end" fill="currentColor">100</text>\n<line x1="75" x2="589" y1="115.9" y2="115.9" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="69" y="119.9" text-anchor="end" fill="currentColor">1000</text>\n<line x1="75" x2="589" y1="58.1" y2="58.1" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="69" y="62.1" text-anchor="end" fill="currentColor">10000</text>\n<rect x="75" y="50" width="514" height="284" fill="none" stroke="currentColor" stroke-opacity="0.5"/>\n<text class="x-title" x="332" y="370" text-anchor="middle" fill="currentColor">N (steps)</text>\n<text class="y-title" transform="translate(16 192) rotate(-90)" text-anchor="middle" fill="currentColor">KL, nats (log scale)</text>\n<g class="series" data-label="exponential">\n<polyline points="98.4,108.6 153.0,144.4 191.8,163.9 246.5,189.1 285.3,205.7 339.9,227.9 378.7,243.1 433.4,263.9 472.2,278.3 526.8,297.9 565.6,311.3" fill="none" stroke="#4e79a7" stroke-width="1.8"/>\n<circle class="point" cx="98.4" cy="108.6" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="153.0" cy="144.4" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="191.8" cy="163.9" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="246.5" cy="189.1" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="285.3" cy="205.7" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="339.9" cy="227.9" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="378.7" cy="243.1" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="433.4" cy="263.9" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="472.2" cy="278.3" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="526.8" cy="297.9" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="565.6" cy="311.3" r="2.8" fill="#4e79a7"/>\n</g>\n<g class="series" data-label="karras">\n<polyline points="98.4,67.6 153.0,118.2 191.8,145.9 246.5,173.9 285.3,190.8 339.9,213.6 378.7,229.0 433.4,250.1 472.2,264.6 526.8,284.4 565.6,298.0" fill="none" stroke="#f28e2b" stroke-width="1.8"/>\n<circle class="point" cx="98.4" cy="67.6" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="153.0" cy="118.2" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="191.8" cy="145.9" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="246.5" cy="173.9" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="285.3" cy="190.8" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="339.9" cy="213.6" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="378.7" cy="229.0" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="433.4" cy="250.1" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="472.2" cy="264.6" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="526.8" cy="284.4" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="565.6" cy="298.0" r="2.8" fill="#f28e2b"/>\n</g>\n<g class="series" data-label="tangent:c=1">\n<polyline points="98.4,62.9 153.0,80.1 191.8,91.3 246.5,107.1 285.3,118.6 339.9,136.0 378.7,149.2 433.4,169.1 472.2,184.2 526.8,206.2 565.6,221.9" fill="none" stroke="#e15759" stroke-width="1.8"/>\n<circle class="point" cx="98.4" cy="62.9" r="2.8" fill="#e15759"/>\n<circle class="point" cx="153.0" cy="80.1" r="2.8" fill="#e15759"/>\n<circle class="point" cx="191.8" cy="91.3" r="2.8" fill="#e15759"/>\n<circle class="point" cx="246.5" cy="107.1" r="2.8" fill="#e15759"/>\n<circle class="point" cx="285.3" cy="118.6" r="2.8" fill="#e15759"/>\n<circle class="point" cx="339.9" cy="136.0" r="2.8" fill="#e15759"/>\n<circle class="point" cx="378.7" cy="149.2" r="2.8" fill="#e15759"/>\n<circle class="point" cx="433.4" cy="169.1" r="2.8" fill="#e15759"/>\n<circle class="point" cx="472.2" cy="184.2" r="2.8" fill="#e15759"/>\n<circle class="point" cx="526.8" cy="206.2" r="2.8" fill="#e15759"/>\n<circle class="point" cx="565.6" cy="221.9" r="2.8" fill="#e15759"/>\n</g>\n<g class="series" data-label="tangent">\n<polyline points="98.4,91.6 153.0,117.1 191.8,134.4 246.5,159.0 285.3,176.5 339.9,200.7 378.7,217.2 433.4,239.3 472.2,254.2 526.8,274.5 565.6,288.4" fill="none" stroke="#76b7b2" stroke-width="1.8"/>\n<circle class="point" cx="98.4" cy="91.6" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="153.0" cy="117.1" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="191.8" cy="134.4" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="246.5" cy="159.0" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="285.3" cy="176.5" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="339.9" cy="200.7" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="378.7" cy="217.2" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="433.4" cy="239.3" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="472.2" cy="254.2" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="526.8" cy="274.5" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="565.6" cy="288.4" r="2.8" fill="#76b7b2"/>\n</g>\n<g class="series" data-label="geodesic">\n<polyline points="98.4,135.2 153.0,162.8 191.8,180.0 246.5,202.7 285.3,218.2 339.9,239.5 378.7,254.4 433.4,274.9 472.2,289.0 526.8,308.1 565.6,321.1" fill="none" stroke="#59a14f" stroke-width="1.8"/>\n<circle class="point" cx="98.4" cy="135.2" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="153.0" cy="162.8" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="191.8" cy="180.0" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="246.5" cy="202.7" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="285.3" cy="218.2" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="339.9" cy="239.5" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="378.7" cy="254.4" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="433.4" cy="274.9" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="472.2" cy="289.0" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="526.8" cy="308.1" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="565.6" cy="321.1" r="2.8" fill="#59a14f"/>\n</g>\n<g class="series" data-label="optimal">\n<polyline points="98.4,136.0 153.0,163.0 191.8,180.1 246.5,202.7 285.3,218.2 339.9,239.5 378.7,254.4 433.4,274.9 472.2,289.0 526.8,308.1 565.6,321.1" fill="none" stroke="#edc948" stroke-width="1.8" stroke-dasharray="6 4"/>\n<circle class="point" cx="98.4" cy="136.0" r="2.8" fill="#edc948"/>\n<circle class="point" cx="153.0" cy="163.0" r="2.8" fill="#edc948"/>\n<circle class="point" cx="191.8" cy="180.1" r="2.8" fill="#edc948"/>\n<circle class="point" cx="246.5" cy="202.7" r="2.8" fill="#edc948"/>\n<circle class="point" cx="285.3" cy="218.2" r="2.8" fill="#edc948"/>\n<circle class="point" cx="339.9" cy="239.5" r="2.8" fill="#edc948"/>\n<circle class="point" cx="378.7" cy="254.4" r="2.8" fill="#edc948"/>\n<circle class="point" cx="433.4" cy="274.9" r="2.8" fill="#edc948"/>\n<circle class="point" cx="472.2" cy="289.0" r="2.8" fill="#edc948"/>\n<circle class="point" cx="526.8" cy="308.1" r="2.8" fill="#edc948"/>\n<circle class="point" cx="565.6" cy="321.1" r="2.8" fill="#edc948"/>\n</g>\n<g class="legend">\n<line x1="601" x2="625" y1="58" y2="58" stroke="#4e79a7" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="58.0" r="2.8" fill="#4e79a7"/>\n<text x="633" y="62" fill="currentColor">exponential</text>\n<line x1="601" x2="625" y1="76" y2="76" stroke="#f28e2b" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="76.0" r="2.8" fill="#f28e2b"/>\n<text x="633" y="80" fill="currentColor">karras</text>\n<line x1="601" x2="625" y1="94" y2="94" stroke="#e15759" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="94.0" r="2.8" fill="#e15759"/>\n<text x="633" y="98" fill="currentColor">tangent:c=1</text>\n<line x1="601" x2="625" y1="112" y2="112" stroke="#76b7b2" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="112.0" r="2.8" fill="#76b7b2"/>\n<text x="633" y="116" fill="currentColor">tangent</text>\n<line x1="601" x2="625" y1="130" y2="130" stroke="#59a14f" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="130.0" r="2.8" fill="#59a14f"/>\n<text x="633" y="134" fill="currentColor">geodesic</text>\n<line x1="601" x2="625" y1="148" y2="148" stroke="#edc948" stroke-width="2.5" stroke-dasharray="6 4"/>\n<circle class="point" cx="613.0" cy="148.0" r="2.8" fill="#edc948"/>\n<text x="633" y="152" fill="currentColor">optimal</text>\n</g>\n</svg>\n';
const __vite_glob_0_2 = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 380" width="720" height="380" role="img" aria-label="Levels σ/α at N = 20: the optimum, the geodesic and tangent laws" font-family="system-ui, sans-serif" font-size="12">\n<title>Levels σ/α at N = 20: the optimum, the geodesic and tangent laws</title>\n<text class="title" x="65" y="20" font-size="14" font-weight="bold" fill="currentColor">Levels σ/α at N = 20: the optimum, the geodesic and tangent laws</text>\n<text class="subtitle" x="65" y="37" fill="currentColor" fill-opacity="0.75">edm, DDIM, standard prior, geometric:d=784,min=1e-4,max=10</text>\n<line x1="65.0" x2="65.0" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="65.0" y="350" text-anchor="middle" fill="currentColor">0</text>\n<line x1="196.0" x2="196.0" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="196.0" y="350" text-anchor="middle" fill="currentColor">5</text>\n<line x1="327.0" x2="327.0" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="327.0" y="350" text-anchor="middle" fill="currentColor">10</text>\n<line x1="458.0" x2="458.0" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="458.0" y="350" text-anchor="middle" fill="currentColor">15</text>\n<line x1="589.0" x2="589.0" y1="50" y2="334" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="589.0" y="350" text-anchor="middle" fill="currentColor">20</text>\n<line x1="65" x2="589" y1="281.9" y2="281.9" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="59" y="285.9" text-anchor="end" fill="currentColor">0.01</text>\n<line x1="65" x2="589" y1="225.8" y2="225.8" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="59" y="229.8" text-anchor="end" fill="currentColor">0.1</text>\n<line x1="65" x2="589" y1="169.7" y2="169.7" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="59" y="173.7" text-anchor="end" fill="currentColor">1</text>\n<line x1="65" x2="589" y1="113.6" y2="113.6" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="59" y="117.6" text-anchor="end" fill="currentColor">10</text>\n<line x1="65" x2="589" y1="57.5" y2="57.5" stroke="currentColor" stroke-opacity="0.12"/>\n<text x="59" y="61.5" text-anchor="end" fill="currentColor">100</text>\n<rect x="65" y="50" width="524" height="284" fill="none" stroke="currentColor" stroke-opacity="0.5"/>\n<text class="x-title" x="327" y="370" text-anchor="middle" fill="currentColor">step k (0 = noisiest; the clean level σ = 0 is not drawn)</text>\n<text class="y-title" transform="translate(16 192) rotate(-90)" text-anchor="middle" fill="currentColor">σ/α (log scale)</text>\n<g class="series" data-label="karras">\n<polyline points="65.0,62.9 91.2,70.1 117.4,77.5 143.6,85.3 169.8,93.5 196.0,102.1 222.2,111.1 248.4,120.7 274.6,130.8 300.8,141.6 327.0,153.0 353.2,165.3 379.4,178.6 405.6,193.0 431.8,208.7 458.0,226.0 484.2,245.3 510.4,267.0 536.6,291.9 562.8,321.1" fill="none" stroke="#4e79a7" stroke-width="1.8"/>\n<circle class="point" cx="65.0" cy="62.9" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="91.2" cy="70.1" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="117.4" cy="77.5" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="143.6" cy="85.3" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="169.8" cy="93.5" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="196.0" cy="102.1" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="222.2" cy="111.1" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="248.4" cy="120.7" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="274.6" cy="130.8" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="300.8" cy="141.6" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="327.0" cy="153.0" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="353.2" cy="165.3" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="379.4" cy="178.6" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="405.6" cy="193.0" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="431.8" cy="208.7" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="458.0" cy="226.0" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="484.2" cy="245.3" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="510.4" cy="267.0" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="536.6" cy="291.9" r="2.8" fill="#4e79a7"/>\n<circle class="point" cx="562.8" cy="321.1" r="2.8" fill="#4e79a7"/>\n</g>\n<g class="series" data-label="tangent:c=1">\n<polyline points="65.0,62.9 91.2,112.2 117.4,127.6 143.6,137.2 169.8,144.4 196.0,150.2 222.2,155.2 248.4,159.7 274.6,163.9 300.8,167.9 327.0,171.9 353.2,176.0 379.4,180.2 405.6,184.8 431.8,189.9 458.0,195.8 484.2,203.2 510.4,213.2 536.6,230.0 562.8,321.1" fill="none" stroke="#f28e2b" stroke-width="1.8"/>\n<circle class="point" cx="65.0" cy="62.9" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="91.2" cy="112.2" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="117.4" cy="127.6" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="143.6" cy="137.2" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="169.8" cy="144.4" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="196.0" cy="150.2" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="222.2" cy="155.2" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="248.4" cy="159.7" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="274.6" cy="163.9" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="300.8" cy="167.9" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="327.0" cy="171.9" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="353.2" cy="176.0" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="379.4" cy="180.2" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="405.6" cy="184.8" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="431.8" cy="189.9" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="458.0" cy="195.8" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="484.2" cy="203.2" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="510.4" cy="213.2" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="536.6" cy="230.0" r="2.8" fill="#f28e2b"/>\n<circle class="point" cx="562.8" cy="321.1" r="2.8" fill="#f28e2b"/>\n</g>\n<g class="series" data-label="tangent">\n<polyline points="65.0,62.9 91.2,149.2 117.4,165.9 143.6,176.0 169.8,183.3 196.0,189.3 222.2,194.4 248.4,198.9 274.6,203.2 300.8,207.2 327.0,211.2 353.2,215.3 379.4,219.5 405.6,224.0 431.8,229.0 458.0,234.9 484.2,242.0 510.4,251.7 536.6,267.4 562.8,321.1" fill="none" stroke="#e15759" stroke-width="1.8"/>\n<circle class="point" cx="65.0" cy="62.9" r="2.8" fill="#e15759"/>\n<circle class="point" cx="91.2" cy="149.2" r="2.8" fill="#e15759"/>\n<circle class="point" cx="117.4" cy="165.9" r="2.8" fill="#e15759"/>\n<circle class="point" cx="143.6" cy="176.0" r="2.8" fill="#e15759"/>\n<circle class="point" cx="169.8" cy="183.3" r="2.8" fill="#e15759"/>\n<circle class="point" cx="196.0" cy="189.3" r="2.8" fill="#e15759"/>\n<circle class="point" cx="222.2" cy="194.4" r="2.8" fill="#e15759"/>\n<circle class="point" cx="248.4" cy="198.9" r="2.8" fill="#e15759"/>\n<circle class="point" cx="274.6" cy="203.2" r="2.8" fill="#e15759"/>\n<circle class="point" cx="300.8" cy="207.2" r="2.8" fill="#e15759"/>\n<circle class="point" cx="327.0" cy="211.2" r="2.8" fill="#e15759"/>\n<circle class="point" cx="353.2" cy="215.3" r="2.8" fill="#e15759"/>\n<circle class="point" cx="379.4" cy="219.5" r="2.8" fill="#e15759"/>\n<circle class="point" cx="405.6" cy="224.0" r="2.8" fill="#e15759"/>\n<circle class="point" cx="431.8" cy="229.0" r="2.8" fill="#e15759"/>\n<circle class="point" cx="458.0" cy="234.9" r="2.8" fill="#e15759"/>\n<circle class="point" cx="484.2" cy="242.0" r="2.8" fill="#e15759"/>\n<circle class="point" cx="510.4" cy="251.7" r="2.8" fill="#e15759"/>\n<circle class="point" cx="536.6" cy="267.4" r="2.8" fill="#e15759"/>\n<circle class="point" cx="562.8" cy="321.1" r="2.8" fill="#e15759"/>\n</g>\n<g class="series" data-label="geodesic">\n<polyline points="65.0,62.9 91.2,117.5 117.4,134.5 143.6,146.4 169.8,156.5 196.0,165.9 222.2,175.2 248.4,184.4 274.6,193.7 300.8,203.1 327.0,212.5 353.2,221.9 379.4,231.3 405.6,240.6 431.8,249.8 458.0,259.1 484.2,268.5 510.4,278.7 536.6,290.9 562.8,309.1" fill="none" stroke="#76b7b2" stroke-width="1.8"/>\n<circle class="point" cx="65.0" cy="62.9" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="91.2" cy="117.5" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="117.4" cy="134.5" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="143.6" cy="146.4" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="169.8" cy="156.5" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="196.0" cy="165.9" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="222.2" cy="175.2" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="248.4" cy="184.4" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="274.6" cy="193.7" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="300.8" cy="203.1" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="327.0" cy="212.5" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="353.2" cy="221.9" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="379.4" cy="231.3" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="405.6" cy="240.6" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="431.8" cy="249.8" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="458.0" cy="259.1" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="484.2" cy="268.5" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="510.4" cy="278.7" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="536.6" cy="290.9" r="2.8" fill="#76b7b2"/>\n<circle class="point" cx="562.8" cy="309.1" r="2.8" fill="#76b7b2"/>\n</g>\n<g class="series" data-label="optimal">\n<polyline points="65.0,62.9 91.2,117.3 117.4,134.4 143.6,146.2 169.8,156.3 196.0,165.8 222.2,175.1 248.4,184.3 274.6,193.7 300.8,203.1 327.0,212.5 353.2,221.9 379.4,231.3 405.6,240.7 431.8,249.9 458.0,259.2 484.2,268.7 510.4,278.9 536.6,291.1 562.8,309.4" fill="none" stroke="#59a14f" stroke-width="1.8" stroke-dasharray="6 4"/>\n<circle class="point" cx="65.0" cy="62.9" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="91.2" cy="117.3" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="117.4" cy="134.4" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="143.6" cy="146.2" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="169.8" cy="156.3" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="196.0" cy="165.8" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="222.2" cy="175.1" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="248.4" cy="184.3" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="274.6" cy="193.7" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="300.8" cy="203.1" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="327.0" cy="212.5" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="353.2" cy="221.9" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="379.4" cy="231.3" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="405.6" cy="240.7" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="431.8" cy="249.9" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="458.0" cy="259.2" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="484.2" cy="268.7" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="510.4" cy="278.9" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="536.6" cy="291.1" r="2.8" fill="#59a14f"/>\n<circle class="point" cx="562.8" cy="309.4" r="2.8" fill="#59a14f"/>\n</g>\n<g class="legend">\n<line x1="601" x2="625" y1="58" y2="58" stroke="#4e79a7" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="58.0" r="2.8" fill="#4e79a7"/>\n<text x="633" y="62" fill="currentColor">karras</text>\n<line x1="601" x2="625" y1="76" y2="76" stroke="#f28e2b" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="76.0" r="2.8" fill="#f28e2b"/>\n<text x="633" y="80" fill="currentColor">tangent:c=1</text>\n<line x1="601" x2="625" y1="94" y2="94" stroke="#e15759" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="94.0" r="2.8" fill="#e15759"/>\n<text x="633" y="98" fill="currentColor">tangent</text>\n<line x1="601" x2="625" y1="112" y2="112" stroke="#76b7b2" stroke-width="2.5"/>\n<circle class="point" cx="613.0" cy="112.0" r="2.8" fill="#76b7b2"/>\n<text x="633" y="116" fill="currentColor">geodesic</text>\n<line x1="601" x2="625" y1="130" y2="130" stroke="#59a14f" stroke-width="2.5" stroke-dasharray="6 4"/>\n<circle class="point" cx="613.0" cy="130.0" r="2.8" fill="#59a14f"/>\n<text x="633" y="134" fill="currentColor">optimal</text>\n</g>\n</svg>\n';
const _sfc_main$1 = /* @__PURE__ */ vueExports.defineComponent({
  __name: "DocFigure",
  __ssrInlineRender: true,
  props: {
    name: {},
    caption: {}
  },
  setup(__props) {
    const props = __props;
    const figures = /* @__PURE__ */ Object.assign({ "../../../generated/figures/asymptotics.svg": __vite_glob_0_0, "../../../generated/figures/kl-vs-n.svg": __vite_glob_0_1, "../../../generated/figures/levels.svg": __vite_glob_0_2 });
    const svg = vueExports.computed(() => figures[`../../../generated/figures/${props.name}.svg`]);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<figure${ssrRenderAttrs_1(vueExports.mergeProps({ class: "doc-figure" }, _attrs))}>`);
      if (svg.value) {
        _push(`<div class="doc-figure-svg">${svg.value ?? ""}</div>`);
      } else {
        _push(`<p class="doc-figure-missing">Figure “${ssrInterpolate_1(__props.name)}” has not been generated: run <code>pnpm --filter @klsched/docs build</code>.</p>`);
      }
      if (__props.caption) {
        _push(`<figcaption>${ssrInterpolate_1(__props.caption)}</figcaption>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</figure>`);
    };
  }
});
const _sfc_setup$1 = _sfc_main$1.setup;
_sfc_main$1.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../apps/docs/.vitepress/theme/components/DocFigure.vue");
  return _sfc_setup$1 ? _sfc_setup$1(props, ctx) : void 0;
};
const KLSCHED_ERROR_CODES = [
  "invalid-argument",
  "invalid-spectrum",
  "no-convergence",
  "limit-exceeded",
  "corrupt-file",
  "numerical-failure",
  "optimization-failed"
];
class KlschedError extends Error {
  constructor(code, message) {
    super(message);
    __publicField(this, "code");
    this.name = new.target.name;
    this.code = code;
  }
}
function isKlschedError(error) {
  return error instanceof Error && KLSCHED_ERROR_CODES.includes(error.code);
}
class InvalidArgumentError extends KlschedError {
  constructor(argument, value, reason) {
    super("invalid-argument", `${argument}=${formatValue(value)}: ${reason}`);
    __publicField(this, "argument");
    __publicField(this, "value");
    /** Why the value was refused, without the argument and value (the message holds all three). */
    __publicField(this, "reason");
    this.argument = argument;
    this.value = value;
    this.reason = reason;
  }
}
function formatValue(value) {
  if (typeof value === "string") {
    return value.length > 160 ? `${JSON.stringify(value.slice(0, 160)).slice(0, -1)}…" (${value.length} characters)` : JSON.stringify(value);
  }
  if (typeof value === "number")
    return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}
class LimitExceededError extends KlschedError {
  constructor(argument, value, limit, why) {
    const reason = `exceeds the limit ${limit} (${why})`;
    super("limit-exceeded", `${argument}=${typeof value === "string" ? JSON.stringify(value) : String(value)}: ${reason}`);
    __publicField(this, "argument");
    __publicField(this, "value");
    __publicField(this, "limit");
    /** Why the value was refused, without the argument and value. */
    __publicField(this, "reason");
    this.argument = argument;
    this.value = value;
    this.limit = limit;
    this.reason = reason;
  }
}
function checkLimit(argument, value, limit, why) {
  if (value > limit)
    throw new LimitExceededError(argument, value, limit, why);
  return value;
}
function compensatedSum(values) {
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const t = sum + x;
    carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + carry : sum;
}
function phi(x) {
  if (x === Number.POSITIVE_INFINITY)
    return x;
  if (Math.abs(x) >= 0.5)
    return Math.expm1(x) - x;
  let acc = INV_FACTORIALS[INV_FACTORIALS.length - 1];
  for (let k = INV_FACTORIALS.length - 2; k >= 0; k--)
    acc = acc * x + INV_FACTORIALS[k];
  return x * x * acc;
}
const INV_FACTORIALS = (() => {
  const out = [];
  let f = 1;
  for (let k = 2; k <= 19; k++) {
    f *= k;
    out.push(1 / f);
  }
  return out;
})();
function parseSpec(text, argument = "spec") {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(":");
  const kind = (colon < 0 ? trimmed : trimmed.slice(0, colon)).trim();
  if (!/^[a-z][a-z0-9_-]*$/i.test(kind)) {
    throw new InvalidArgumentError(argument, text, "expected KIND or KIND:key=value,…");
  }
  const params = /* @__PURE__ */ new Map();
  const items = [];
  if (colon >= 0) {
    for (const raw of trimmed.slice(colon + 1).split(",")) {
      const part = raw.trim();
      if (part === "")
        throw new InvalidArgumentError(argument, text, "empty item in the list");
      const eq = part.indexOf("=");
      if (eq < 0) {
        items.push(part);
        continue;
      }
      const key = part.slice(0, eq).trim();
      const value = part.slice(eq + 1).trim();
      if (key === "" || value === "")
        throw new InvalidArgumentError(argument, text, `malformed pair "${part}"`);
      if (params.has(key))
        throw new InvalidArgumentError(argument, text, `key "${key}" given twice`);
      params.set(key, value);
    }
  }
  return { text: trimmed, kind, params, items };
}
class SpecReader {
  constructor(spec, allowedKeys, argument = "spec", allowItems = false) {
    __publicField(this, "spec");
    __publicField(this, "argument");
    this.spec = spec;
    this.argument = argument;
    for (const key of spec.params.keys()) {
      if (!allowedKeys.includes(key)) {
        const known = allowedKeys.length > 0 ? `known keys: ${allowedKeys.join(", ")}` : "it takes no keys";
        throw new InvalidArgumentError(argument, spec.text, `unknown key "${key}" for ${spec.kind} (${known})`);
      }
    }
    if (!allowItems && spec.items.length > 0) {
      throw new InvalidArgumentError(argument, spec.text, `expected key=value pairs, got "${spec.items[0]}"`);
    }
  }
  /**
   * The number under `key`, or `fallback` when the key is absent (`undefined` fallback = required).
   *
   * @example
   * ```ts
   * import { parseSpec, SpecReader } from "@klsched/core-linalg";
   * const reader = new SpecReader(parseSpec("geometric:d=64"), ["d", "min"]);
   * reader.number("d", undefined, { integer: true, min: 1 }); // 64
   * reader.number("min", 1e-4); // 0.0001
   * ```
   * @throws InvalidArgumentError when a required key is absent or the value breaks `rule`.
   */
  number(key, fallback, rule = {}) {
    const raw = this.spec.params.get(key);
    if (raw === void 0) {
      if (fallback === void 0) {
        throw new InvalidArgumentError(this.argument, this.spec.text, `${this.spec.kind} needs ${key}=…`);
      }
      return fallback;
    }
    return checkNumber(parseNumber(raw), rule, `${this.argument} ${this.spec.kind}.${key}`, raw);
  }
  /**
   * The string under `key`, which must be one of `choices`; `fallback` when the key is absent.
   *
   * @example
   * ```ts
   * import { parseSpec, SpecReader } from "@klsched/core-linalg";
   * const reader = new SpecReader(parseSpec("ddim:spacing=leading"), ["spacing"]);
   * reader.choice("spacing", ["leading", "trailing"], "trailing"); // "leading"
   * ```
   * @throws InvalidArgumentError when the value is not one of `choices`.
   */
  choice(key, choices, fallback) {
    const raw = this.spec.params.get(key);
    if (raw === void 0)
      return fallback;
    if (!choices.includes(raw)) {
      throw new InvalidArgumentError(`${this.argument} ${this.spec.kind}.${key}`, raw, `expected one of ${choices.join("|")}`);
    }
    return raw;
  }
  /**
   * The bare items, each parsed as a number that satisfies `rule`.
   *
   * @example
   * ```ts
   * import { parseSpec, SpecReader } from "@klsched/core-linalg";
   * const reader = new SpecReader(parseSpec("sigmas:14.6,3,0.5"), [], "strategy", true);
   * reader.numbers({ positive: true }); // Float64Array [14.6, 3, 0.5]
   * ```
   * @throws InvalidArgumentError for an item that is not a number or breaks `rule`.
   */
  numbers(rule = {}) {
    const out = new Float64Array(this.spec.items.length);
    this.spec.items.forEach((raw, i) => {
      out[i] = checkNumber(parseNumber(raw), rule, `${this.argument} ${this.spec.kind}[${i}]`, raw);
    });
    return out;
  }
}
function parseNumber(raw) {
  const text = raw.trim();
  if (/^[+-]?(inf|infinity)$/i.test(text))
    return text.startsWith("-") ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
    return Number.NaN;
  return Number(text);
}
function checkNumber(value, rule, argument, raw = value) {
  const fail = (reason) => {
    throw new InvalidArgumentError(argument, raw, reason);
  };
  if (!Number.isFinite(value))
    fail("expected a finite number");
  if (rule.integer && !Number.isInteger(value))
    fail("expected an integer");
  if (rule.positive && !(value > 0))
    fail("expected a positive number");
  if (rule.nonNegative && !(value >= 0))
    fail("expected a non-negative number");
  if (rule.min !== void 0 && value < rule.min)
    fail(`expected at least ${rule.min}`);
  if (rule.max !== void 0 && value > rule.max)
    fail(`expected at most ${rule.max}`);
  return value;
}
function readKeys(spec, keys, argument = "spec", alsoAllowed = [], allowItems = false) {
  const reader = new SpecReader(spec, [...Object.keys(keys), ...alsoAllowed], argument, allowItems);
  const values = {};
  for (const [name, key] of Object.entries(keys))
    values[name] = readKey(reader, name, key);
  return values;
}
function readKey(reader, name, key) {
  switch (key.type) {
    case "number":
      if (key.optional && !reader.spec.params.has(name))
        return void 0;
      return reader.number(name, key.default, key.rule);
    case "choice":
      return reader.choice(name, key.choices, key.default);
    case "text":
      return reader.spec.params.get(name);
    default:
      return assertNever(key, "key spec");
  }
}
function exampleSpec(kind, keys) {
  const required = Object.entries(keys).filter(([, key]) => key.type === "number" && key.default === void 0 && !key.optional);
  if (required.length === 0)
    return kind;
  return `${kind}:${required.map(([name, key]) => {
    var _a;
    return `${name}=${((_a = key.rule) == null ? void 0 : _a.min) ?? 1}`;
  }).join(",")}`;
}
function assertNever(value, what) {
  throw new InvalidArgumentError(what, value, "is not one of the known kinds");
}
const LEVEL_RANGE = { min: 1e-20, max: 1e20 };
function checkProcessRange(process2, argument, value, reachesZero = false) {
  const sStart = process2.s(process2.tStart);
  const sEnd = process2.s(process2.tEnd);
  const inRange = (s) => s >= LEVEL_RANGE.min && s <= LEVEL_RANGE.max;
  if (!(inRange(sEnd) && (inRange(sStart) || reachesZero && sStart === Number.POSITIVE_INFINITY))) {
    throw new InvalidArgumentError(argument, value, `spans σ/α from ${sStart} to ${sEnd}, beyond the levels klsched computes with (σ/α within [${LEVEL_RANGE.min}, ${LEVEL_RANGE.max}], or ∞ where α = 0)`);
  }
  return process2;
}
function levelProblem(process2, t, alpha, sigma) {
  const lo = Math.min(process2.tClean, process2.tEnd);
  const bounded = process2.kind === "flow" || process2.trainingSteps !== void 0;
  if (!(t >= (bounded ? lo : 0) && (!bounded || t <= process2.tStart))) {
    return `t = ${t} lies outside ${process2.label}'s range [${lo}, ${process2.tStart}]`;
  }
  if (!(alpha >= 0 && sigma >= 0 && Number.isFinite(alpha) && Number.isFinite(sigma)) || alpha === 0 && sigma === 0) {
    return `α = ${alpha}, σ = ${sigma} at t = ${t} is no level of x_t = α·x₀ + σ·ε`;
  }
  if (alpha === 0 || sigma === 0)
    return void 0;
  const s = sigma / alpha;
  if (!(s >= LEVEL_RANGE.min && s <= LEVEL_RANGE.max)) {
    return `σ/α = ${s} at t = ${t} lies beyond the levels klsched computes with [${LEVEL_RANGE.min}, ${LEVEL_RANGE.max}]`;
  }
  return void 0;
}
const MAX_STEPS$1 = 1e5;
function checkSteps(steps, argument = "steps") {
  return checkLimit(argument, steps, MAX_STEPS$1, "each step is a level held in memory and a step of every closed form");
}
function scheduleFromTimes(process2, times) {
  const n = times.length;
  if (n < 1)
    throw new InvalidArgumentError("levels", "[]", "a schedule needs at least one level");
  checkSteps(n - 1, "levels");
  const t = Float64Array.from(times);
  const alpha = new Float64Array(n);
  const sigma = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const tk = t[k];
    if (Number.isNaN(tk))
      throw new InvalidArgumentError("levels", tk, `level ${k} is NaN`);
    if (k > 0 && tk > t[k - 1]) {
      throw new InvalidArgumentError("levels", Array.from(t), `levels must not increase (level ${k}: ${tk} after ${t[k - 1]})`);
    }
    alpha[k] = process2.alpha(tk);
    sigma[k] = process2.sigma(tk);
    const problem = levelProblem(process2, tk, alpha[k], sigma[k]);
    if (problem !== void 0)
      throw new InvalidArgumentError("levels", tk, `level ${k}: ${problem}`);
  }
  return Object.freeze({ process: process2, t, alpha, sigma });
}
function endsAtCleanLevel(schedule) {
  return schedule.sigma[schedule.sigma.length - 1] === 0;
}
function sigmasOf(schedule) {
  return schedule.alpha.map((a, k) => schedule.sigma[k] === 0 ? 0 : a === 0 ? Number.POSITIVE_INFINITY : schedule.sigma[k] / a);
}
function withoutCleanLevel(schedule) {
  if (!endsAtCleanLevel(schedule))
    return schedule;
  if (schedule.t.length < 3) {
    throw new InvalidArgumentError("no-clean", true, "needs at least two noisy levels (one step) before the clean level");
  }
  return scheduleFromTimes(schedule.process, schedule.t.subarray(0, schedule.t.length - 1));
}
const f32$1 = Math.fround;
function torchLinspaceFloat32(start, end, steps) {
  const out = new Float64Array(steps);
  const a = f32$1(start);
  const b = f32$1(end);
  if (steps === 1) {
    out[0] = a;
    return out;
  }
  const step = f32$1(f32$1(b - a) / (steps - 1));
  const halfway = Math.floor(steps / 2);
  for (let i = 0; i < steps; i++) {
    out[i] = i < halfway ? f32$1(a + f32$1(step * i)) : f32$1(b - f32$1(step * (steps - 1 - i)));
  }
  return out;
}
function cosineBetas(T) {
  const alphaBar = (t) => Math.cos((t + 8e-3) / 1.008 * (Math.PI / 2)) ** 2;
  const betas = new Float64Array(T);
  for (let i = 0; i < T; i++)
    betas[i] = f32$1(Math.min(1 - alphaBar((i + 1) / T) / alphaBar(i / T), 0.999));
  return betas;
}
function diffusersBetas(schedule, T) {
  switch (schedule.kind) {
    case "linear":
      return torchLinspaceFloat32(schedule.betaStart, schedule.betaEnd, T);
    case "scaled_linear":
      return torchLinspaceFloat32(Math.sqrt(schedule.betaStart), Math.sqrt(schedule.betaEnd), T).map((r) => f32$1(r * r));
    case "cosine":
      return cosineBetas(T);
  }
}
function diffusersAlphasCumprod(schedule, T) {
  if (!Number.isInteger(T) || T < 2)
    throw new InvalidArgumentError("T", T, "expected an integer ≥ 2");
  const betas = diffusersBetas(schedule, T);
  const out = new Float64Array(T);
  let product = 1;
  for (let i = 0; i < T; i++) {
    const beta = betas[i];
    if (!(beta > 0 && beta < 1))
      throw new InvalidArgumentError("beta", beta, `β_${i} must lie in (0, 1)`);
    product *= f32$1(1 - beta);
    out[i] = f32$1(product);
  }
  return out;
}
const RANGE_END_TOLERANCE = 2 ** -22;
const f32 = Math.fround;
function torchLinspaceFloat64(start, end, steps) {
  const out = new Float64Array(steps);
  if (steps === 1) {
    out[0] = start;
    return out;
  }
  const step = (end - start) / (steps - 1);
  const halfway = Math.floor(steps / 2);
  for (let i = 0; i < steps; i++)
    out[i] = i < halfway ? start + step * i : end - step * (steps - 1 - i);
  return out;
}
const DIFFUSERS_TINY_ALPHA_CUMPROD = 2 ** -24;
const COMFY_TINY_ALPHA_CUMPROD = 48973451890853435e-24;
function rescaleZeroTerminalSnr(betas) {
  const T = betas.length;
  const root = new Float64Array(T);
  let product = 1;
  for (let i = 0; i < T; i++) {
    product *= f32(1 - betas[i]);
    root[i] = f32(Math.sqrt(f32(product)));
  }
  const first = root[0];
  const last = root[T - 1];
  const scale = f32(first / f32(first - last));
  const alphaBar = root.map((r) => {
    const shifted = f32(f32(r - last) * scale);
    return f32(shifted * shifted);
  });
  const out = new Float64Array(T);
  out[0] = f32(1 - alphaBar[0]);
  for (let i = 1; i < T; i++)
    out[i] = f32(1 - f32(alphaBar[i] / alphaBar[i - 1]));
  return out;
}
function comfyRescaleZeroTerminalSnr(alphasCumprod) {
  const T = alphasCumprod.length;
  const root = Float64Array.from(alphasCumprod, (a) => {
    const s = Math.sqrt((1 - a) / a);
    return Math.sqrt(1 / (s * s + 1));
  });
  const first = root[0];
  const last = root[T - 1];
  const scale = first / (first - last);
  const out = root.map((r) => {
    const shifted = (r - last) * scale;
    return shifted * shifted;
  });
  out[T - 1] = COMFY_TINY_ALPHA_CUMPROD;
  return out;
}
function tinyTerminalProblem(alphasCumprod, tiny, tool) {
  const T = alphasCumprod.length;
  const before = alphasCumprod[T - 2];
  if (before > tiny)
    return void 0;
  const sigma = (a) => Math.sqrt((1 - a) / a).toPrecision(4);
  const value = tiny === DIFFUSERS_TINY_ALPHA_CUMPROD ? "2⁻²⁴" : tiny.toPrecision(4);
  return `${tool} substitutes ᾱ_${T - 1} = ${value} for 0, above the rescaled ᾱ_${T - 2} = ${before.toPrecision(3)} of these betas, so its σ table is not monotonic (σ_${T - 2} = ${sigma(before)}, σ_${T - 1} = ${sigma(tiny)})`;
}
function checkTinyTerminal(alphasCumprod, tiny, tool, argument, value, instead) {
  const problem = tinyTerminalProblem(alphasCumprod, tiny, tool);
  if (problem !== void 0) {
    throw new InvalidArgumentError(argument, value, `${problem}; klsched needs ᾱ to decrease: ${instead}`);
  }
}
function ddpmProcess(schedule, T = 1e3, label, zeroSnr = "off") {
  const base = ddpmLabel(schedule, T);
  const name = label ?? (zeroSnr === "off" ? base : `${base},zsnr=${zeroSnr}`);
  if (zeroSnr === "off")
    return discreteProcess(diffusersAlphasCumprod(schedule, T), name, { source: "diffusers" });
  return discreteProcess(zeroSnrAlphasCumprod(diffusersBetas(schedule, T), zeroSnr), name, { source: "diffusers", zeroSnr });
}
function trainedBetasProcess(betas, zeroSnr = "off", label) {
  if (betas.length < 2)
    throw new InvalidArgumentError("betas", betas.length, "needs at least two betas");
  const rounded = Float64Array.from(betas, (b, i) => {
    if (!(b > 0 && b < 1))
      throw new InvalidArgumentError("betas", b, `β_${i} must lie in (0, 1)`);
    return f32(b);
  });
  const name = label ?? `ddpm:betas=[${betas.length}]${zeroSnr === "off" ? "" : `,zsnr=${zeroSnr}`}`;
  const alphasCumprod = zeroSnr === "off" ? float32Cumprod(rounded) : zeroSnrAlphasCumprod(rounded, zeroSnr);
  return discreteProcess(alphasCumprod, name, zeroSnr === "off" ? { source: "trained" } : { source: "trained", zeroSnr });
}
function zeroSnrAlphasCumprod(betas, mode) {
  const out = float32Cumprod(rescaleZeroTerminalSnr(betas));
  if (mode === "tiny") {
    checkTinyTerminal(out, DIFFUSERS_TINY_ALPHA_CUMPROD, "diffusers' EulerDiscrete/DPMSolverMultistep", "zsnr", "tiny", "use zsnr=zero, on which the diffusers-euler and diffusers-dpm strategies substitute 2⁻²⁴ as the tool does");
    out[out.length - 1] = DIFFUSERS_TINY_ALPHA_CUMPROD;
  }
  return out;
}
function float32Cumprod(betas) {
  const out = new Float64Array(betas.length);
  let product = 1;
  for (let i = 0; i < betas.length; i++) {
    product *= f32(1 - betas[i]);
    out[i] = f32(product);
  }
  return out;
}
const LOG_ABOVE = Math.log1p(RANGE_END_TOLERANCE);
const LOG_BELOW = Math.log1p(-RANGE_END_TOLERANCE);
function discreteProcess(alphasCumprod, label, table = { source: "diffusers" }) {
  const T = alphasCumprod.length;
  const logS = new Float64Array(T);
  for (let i = 0; i < T; i++) {
    const a = alphasCumprod[i];
    const zeroAllowed = i === T - 1 && a === 0;
    if (!(zeroAllowed || a > 0 && a < 1))
      throw new InvalidArgumentError("alphas_cumprod", a, `ᾱ_${i} must lie in (0, 1)`);
    logS[i] = zeroAllowed ? Number.POSITIVE_INFINITY : 0.5 * Math.log((1 - a) / a);
    if (i > 0 && !(logS[i] > logS[i - 1])) {
      throw new InvalidArgumentError("alphas_cumprod", a, `ᾱ must decrease strictly (at index ${i})`);
    }
  }
  const zeroSnr = alphasCumprod[T - 1] === 0;
  const lastAngle = zeroSnr ? Math.atan(Math.exp(logS[T - 2])) : 0;
  const check = (t) => {
    if (!(t >= -1 && t <= T - 1))
      throw new InvalidArgumentError("timestep", t, `outside [0, ${T - 1}]`);
  };
  const sAt = (t) => {
    const low = Math.floor(t);
    const w = t - low;
    const a = logS[low];
    if (w === 0)
      return Math.exp(a);
    if (zeroSnr && low === T - 2)
      return Math.tan((1 - w) * lastAngle + w * (Math.PI / 2));
    return Math.exp((1 - w) * a + w * logS[low + 1]);
  };
  const alphaSquared = (t) => {
    check(t);
    if (t === -1)
      return 1;
    if (Number.isInteger(t))
      return alphasCumprod[t];
    const s = sAt(t);
    return 1 / (1 + s * s);
  };
  const process2 = Object.freeze({
    kind: "ddpm",
    label,
    tStart: T - 1,
    tEnd: 0,
    tClean: -1,
    endsClean: false,
    trainingSteps: T,
    discrete: Object.freeze({ alphasCumprod, ...table }),
    priorVariance: 1,
    alpha: (t) => Math.sqrt(alphaSquared(t)),
    sigma: (t) => {
      check(t);
      if (t === -1)
        return 0;
      if (Number.isInteger(t))
        return Math.sqrt(1 - alphasCumprod[t]);
      const s = sAt(t);
      return s === Number.POSITIVE_INFINITY ? 1 : Math.sqrt(s * s / (1 + s * s));
    },
    s: (t) => {
      check(t);
      return t === -1 ? 0 : sAt(t);
    },
    tFromS: (s) => {
      if (s === 0)
        return -1;
      const target = Math.log(s);
      if (!(target >= logS[0] + LOG_BELOW && target <= logS[T - 1] + LOG_ABOVE)) {
        throw new InvalidArgumentError("sigma", s, `outside the model's range [${Math.exp(logS[0])}, ${Math.exp(logS[T - 1])}] by more than float32 rounding (2⁻²² relative)`);
      }
      if (zeroSnr && target > logS[T - 2]) {
        const w2 = (Math.atan(s) - lastAngle) / (Math.PI / 2 - lastAngle);
        return w2 >= 1 ? T - 1 : T - 2 + w2;
      }
      let lo = 0;
      let hi = T - 1;
      while (hi - lo > 1) {
        const mid = lo + hi >> 1;
        if (logS[mid] <= target)
          lo = mid;
        else
          hi = mid;
      }
      const a = logS[lo];
      const b = logS[hi];
      const w = Math.min(1, Math.max(0, (target - a) / (b - a)));
      return w === 1 ? hi : lo + w;
    },
    priorGap: (t) => -alphaSquared(t)
  });
  return checkProcessRange(process2, "process", label, zeroSnr);
}
function ddpmLabel(schedule, T) {
  if (schedule.kind === "cosine")
    return `ddpm:schedule=cosine,T=${T}`;
  return `ddpm:schedule=${schedule.kind},T=${T},bstart=${schedule.betaStart},bend=${schedule.betaEnd}`;
}
function flowProcess() {
  return Object.freeze({
    kind: "flow",
    label: "flow",
    tStart: 1,
    tEnd: 0,
    tClean: 0,
    endsClean: true,
    priorVariance: 1,
    alpha: (t) => 1 - t,
    sigma: (t) => t,
    s: (t) => t >= 1 ? Number.POSITIVE_INFINITY : t / (1 - t),
    tFromS: (s) => s === Number.POSITIVE_INFINITY ? 1 : s / (1 + s),
    priorGap: (t) => -(1 - t) * (1 + t)
  });
}
function shiftFlowTime(t, shift2) {
  const shifted = shift2 * t;
  return shifted === 0 ? 0 : shifted / (shifted + (1 - t));
}
function flowShiftMu(imageSeqLen, baseSeqLen = 256, maxSeqLen = 4096, baseShift = 0.5, maxShift = 1.15) {
  const m = (maxShift - baseShift) / (maxSeqLen - baseSeqLen);
  const b = baseShift - m * baseSeqLen;
  return imageSeqLen * m + b;
}
function defineProcess(definition) {
  const { kind, summary, keys, make } = definition;
  return Object.freeze({
    kind,
    summary,
    keys,
    parse: (spec, argument, context) => make(readKeys(spec, keys, argument), spec, argument, context)
  });
}
function fluxImageSeqLen(resolution) {
  return Math.floor(resolution.height / 16) * Math.floor(resolution.width / 16);
}
function fluxMu(resolution, config = {
  baseSeqLen: 256,
  maxSeqLen: 4096,
  baseShift: 0.5,
  maxShift: 1.15
}) {
  return flowShiftMu(fluxImageSeqLen(resolution), config.baseSeqLen, config.maxSeqLen, config.baseShift, config.maxShift);
}
function withPipeline(process2, label, pipeline) {
  return Object.freeze({
    ...process2,
    label,
    pipeline: Object.freeze({ ...pipeline, notes: Object.freeze([...pipeline.notes]) })
  });
}
const everyN = (spec) => () => spec;
const zsnrKey = {
  type: "choice",
  choices: ["off", "false", "true", "zero", "tiny"],
  default: "off",
  help: "rescale_betas_zero_snr: zero (ᾱ_{T−1} = 0, = true) or tiny (2⁻²⁴, Euler/DPM's convention)"
};
function zeroSnrMode(value) {
  if (value === "false")
    return "off";
  if (value === "true")
    return "zero";
  return value;
}
const SD_BETAS = { kind: "scaled_linear", betaStart: 85e-5, betaEnd: 0.012 };
const ZERO_SNR_NOTE = "zero terminal SNR: diffusers' rescale_betas_zero_snr; a model fine-tuned that way is sampled with trailing timesteps (Lin et al. 2024)";
function sdProcess(label, zsnr, pipeline) {
  const mode = zeroSnrMode(zsnr);
  const notes = mode === "off" ? pipeline.notes : [...pipeline.notes, ZERO_SNR_NOTE];
  return withPipeline(ddpmProcess(SD_BETAS, 1e3, label, mode), label, { ...pipeline, notes });
}
const sdxlPreset = defineProcess({
  kind: "sdxl",
  summary: "Stable Diffusion XL 1.0 (stabilityai/stable-diffusion-xl-base-1.0 scheduler_config.json): scaled_linear, T = 1000, Euler leading",
  keys: { zsnr: zsnrKey },
  make: ({ zsnr }, spec) => sdProcess(spec.text, zsnr, {
    model: "Stable Diffusion XL 1.0",
    source: "stabilityai/stable-diffusion-xl-base-1.0, scheduler/scheduler_config.json: EulerDiscreteScheduler, scaled_linear 0.00085 … 0.012, 1000 steps, timestep_spacing leading, steps_offset 1, epsilon",
    defaultStrategy: everyN("diffusers-euler:spacing=leading,offset=1"),
    prediction: "epsilon",
    notes: [
      "SDXL was trained with offset noise (0.0357 is the value trainers such as kohya's sd-scripts use for it); it is not in the scheduler config, and klsched's process, which has no offset, does not model it"
    ]
  })
});
const sd2Preset = defineProcess({
  kind: "sd2",
  summary: "Stable Diffusion 2.1 (stabilityai/stable-diffusion-2-1 scheduler_config.json): scaled_linear, T = 1000, v-prediction, DDIM",
  keys: { zsnr: zsnrKey },
  make: ({ zsnr }, spec) => sdProcess(spec.text, zsnr, {
    model: "Stable Diffusion 2.1",
    source: "stabilityai/stable-diffusion-2-1, scheduler/scheduler_config.json: DDIMScheduler, scaled_linear 0.00085 … 0.012, 1000 steps, steps_offset 1, v_prediction",
    defaultStrategy: everyN("diffusers-ddim:spacing=leading,offset=1"),
    prediction: "v_prediction",
    notes: ["v-prediction is how the network is parameterised; the noise process, and so every KL, is the same as epsilon's"]
  })
});
const sd3Preset = defineProcess({
  kind: "sd3",
  summary: "Stable Diffusion 3 (stabilityai/stable-diffusion-3-medium-diffusers scheduler_config.json): flow, the pipeline's shift 3.0",
  keys: {},
  make: (_values, spec) => withPipeline(flowProcess(), spec.text, {
    model: "Stable Diffusion 3 Medium",
    source: "stabilityai/stable-diffusion-3-medium-diffusers, scheduler/scheduler_config.json: FlowMatchEulerDiscreteScheduler, 1000 steps, shift 3.0",
    defaultStrategy: everyN("diffusers-flow:pipeline=sd3,shift=3"),
    prediction: "flow_prediction",
    shift: { kind: "static", shift: 3 },
    notes: []
  })
});
const FLUX_DEFAULT_SIZE = { width: 1024, height: 1024 };
function dynamicMu(values, text, context) {
  const given = [values.mu !== void 0, values.resolution !== void 0, context.resolution !== void 0].filter(Boolean).length;
  if (given > 1)
    throw new InvalidArgumentError("process", text, "give one of mu=…, resolution=… or --resolution");
  if (values.mu !== void 0)
    return values.mu;
  const side = values.resolution;
  return fluxMu(side === void 0 ? context.resolution ?? FLUX_DEFAULT_SIZE : { width: side, height: side });
}
const fluxPreset = defineProcess({
  kind: "flux",
  summary: "FLUX.1 [dev] (black-forest-labs/FLUX.1-dev scheduler_config.json): flow, dynamic shift μ from the image size (1024²: 1.15)",
  keys: {
    mu: { type: "number", optional: true, rule: { min: -20, max: 20 }, help: "the pipeline's μ itself" },
    resolution: {
      type: "number",
      optional: true,
      rule: { integer: true, min: 16, max: 16384 },
      help: "a square image side in pixels, μ by calculate_shift (default 1024; or --resolution WxH)"
    }
  },
  make: (values, spec, _argument, context) => {
    const mu = dynamicMu(values, spec.text, context);
    const label = `flux:mu=${mu}`;
    return withPipeline(flowProcess(), label, {
      model: "FLUX.1 [dev]",
      source: "black-forest-labs/FLUX.1-dev, scheduler/scheduler_config.json: FlowMatchEulerDiscreteScheduler, use_dynamic_shifting, base_shift 0.5 @ 256 tokens, max_shift 1.15 @ 4096; FluxPipeline's calculate_shift",
      defaultStrategy: everyN(`diffusers-flow:pipeline=flux,mu=${mu}`),
      prediction: "flow_prediction",
      shift: { kind: "dynamic", mu },
      notes: []
    });
  }
});
const wanPreset = defineProcess({
  kind: "wan",
  summary: "Wan 2.1 (Wan-AI/Wan2.1-T2V-14B-Diffusers scheduler_config.json): flow, UniPC flow sigmas, flow_shift 3.0",
  keys: {},
  make: (_values, spec) => withPipeline(flowProcess(), spec.text, {
    model: "Wan 2.1",
    source: "Wan-AI/Wan2.1-T2V-14B-Diffusers, scheduler/scheduler_config.json: UniPCMultistepScheduler, use_flow_sigmas, flow_shift 3.0, flow_prediction",
    defaultStrategy: everyN("diffusers-flow:pipeline=wan,shift=3"),
    prediction: "flow_prediction",
    shift: { kind: "static", shift: 3 },
    notes: ["diffusers' Wan docs use flow_shift 3.0 by default and 5.0 for 720p: give a strategy shift=5 for that"]
  })
});
const sd = () => ddpmProcess(SD_BETAS, 1e3, "ddpm:schedule=scaled_linear,T=1000,bstart=0.00085,bend=0.012");
const at = (steps, spec) => (n) => steps.includes(n) ? spec(n) : void 0;
function lcmTimesteps(steps) {
  const origin = Array.from({ length: 50 }, (_, i) => (i + 1) * 20 - 1).reverse();
  return Array.from({ length: steps }, (_, i) => origin[Math.floor(i * 50 / steps)]);
}
const LCM_TRAINING = Array.from({ length: 50 }, (_, i) => 999 - 20 * i);
function lightx2vFlowTimes(stepList, shift2) {
  const t = torchLinspaceFloat32(1, 0, 1001);
  return stepList.map((x) => {
    const s = t[1e3 - x];
    return f32(f32(shift2 * s) / f32(1 + f32((shift2 - 1) * s)));
  });
}
const WAN_LIGHTNING_STEPS = [1e3, 750, 500, 250];
const LN3 = Math.log(3);
const DISTILLED_MODELS = {
  "sdxl-turbo": {
    name: "sdxl-turbo",
    model: "SDXL-Turbo (Stability AI)",
    base: sd,
    source: "stabilityai/sdxl-turbo: scheduler_config.json EulerAncestralDiscreteScheduler, timestep_spacing trailing; Sauer et al. 2023 (Adversarial Diffusion Distillation): student timesteps 999, 749, 499, 249",
    steps: [1, 2, 3, 4],
    trainedOn: "trailing timesteps (999, 749, 499, 249 at 4 steps), 1 to 4 steps",
    strategy: at([1, 2, 3, 4], () => "diffusers-euler:spacing=trailing")
  },
  "sd-turbo": {
    name: "sd-turbo",
    model: "SD-Turbo (Stability AI, from SD 2.1)",
    base: sd,
    source: "stabilityai/sd-turbo: scheduler_config.json EulerAncestralDiscreteScheduler, timestep_spacing trailing; Sauer et al. 2023 (ADD)",
    steps: [1, 2, 3, 4],
    trainedOn: "trailing timesteps, 1 to 4 steps",
    strategy: at([1, 2, 3, 4], () => "diffusers-euler:spacing=trailing")
  },
  "sdxl-lightning": {
    name: "sdxl-lightning",
    model: "SDXL-Lightning (ByteDance)",
    base: sd,
    source: "ByteDance/SDXL-Lightning model card: one checkpoint per step count, EulerDiscreteScheduler with timestep_spacing trailing (Lin et al. 2024, arXiv:2402.13929)",
    steps: [1, 2, 4, 8],
    trainedOn: "trailing timesteps (999, 749, 499, 249 at 4 steps), one checkpoint for each of 1, 2, 4, 8 steps",
    strategy: at([1, 2, 4, 8], () => "diffusers-euler:spacing=trailing")
  },
  "hyper-sdxl": {
    name: "hyper-sdxl",
    model: "Hyper-SDXL (ByteDance)",
    base: sd,
    source: "ByteDance/Hyper-SD model card: N-step LoRAs with DDIMScheduler timestep_spacing trailing; the 1-step UNet with LCMScheduler at timesteps=[800] (Ren et al. 2024, arXiv:2404.13686)",
    steps: [1, 2, 4, 8],
    trainedOn: "DDIM's trailing timesteps for the 2-, 4- and 8-step LoRAs; timestep 800 for the 1-step UNet",
    strategy: at([1, 2, 4, 8], (n) => n === 1 ? "timesteps:800" : "diffusers-ddim:spacing=trailing")
  },
  "hyper-sd15": {
    name: "hyper-sd15",
    model: "Hyper-SD15 (ByteDance)",
    base: sd,
    source: "ByteDance/Hyper-SD model card: N-step LoRAs for SD 1.5 with DDIMScheduler timestep_spacing trailing (arXiv:2404.13686)",
    steps: [2, 4, 8],
    trainedOn: "DDIM's trailing timesteps, 2, 4 or 8 steps",
    strategy: at([2, 4, 8], () => "diffusers-ddim:spacing=trailing")
  },
  "lcm-sdxl": {
    name: "lcm-sdxl",
    model: "LCM-LoRA SDXL (latent-consistency/lcm-lora-sdxl)",
    base: sd,
    source: "diffusers LCMScheduler (scheduling_lcm.py): original_inference_steps 50, skipping step k = 20 (Luo et al. 2023, Latent Consistency Models); latent-consistency/lcm-lora-sdxl",
    steps: [1, 2, 3, 4, 5, 6, 7, 8],
    trainedOn: "the 50 skipping-step timesteps 999, 979, …, 19 (k = 20); LCMScheduler's pick of them at N",
    strategy: at([1, 2, 3, 4, 5, 6, 7, 8], (n) => `timesteps:${lcmTimesteps(n).join(",")}`),
    trainingTimesteps: LCM_TRAINING
  },
  "lcm-sd15": {
    name: "lcm-sd15",
    model: "LCM-LoRA SD 1.5 (latent-consistency/lcm-lora-sdv1-5)",
    base: sd,
    source: "diffusers LCMScheduler (scheduling_lcm.py): original_inference_steps 50, skipping step k = 20; latent-consistency/lcm-lora-sdv1-5",
    steps: [1, 2, 3, 4, 5, 6, 7, 8],
    trainedOn: "the 50 skipping-step timesteps 999, 979, …, 19 (k = 20); LCMScheduler's pick of them at N",
    strategy: at([1, 2, 3, 4, 5, 6, 7, 8], (n) => `timesteps:${lcmTimesteps(n).join(",")}`),
    trainingTimesteps: LCM_TRAINING
  },
  "wan-lightning": {
    name: "wan-lightning",
    model: "Wan Lightning (lightx2v step-distilled Wan 2.1/2.2, 4 steps)",
    base: flowProcess,
    source: "ModelTC/lightx2v WanStepDistillScheduler: denoising_step_list [1000, 750, 500, 250], sample_shift 5 (lightx2v/Wan2.1-T2V-14B-StepDistill-CfgDistill, lightx2v/Wan2.2-Lightning)",
    steps: [4],
    trainedOn: "flow t = shift5(1, 0.75, 0.5, 0.25) = 1, 0.9375, 0.8333, 0.625",
    strategy: at([4], () => `sigmas:${lightx2vFlowTimes(WAN_LIGHTNING_STEPS, 5).join(",")}`),
    shift: { kind: "static", shift: 5 }
  },
  "qwen-image-lightning": {
    name: "qwen-image-lightning",
    model: "Qwen-Image-Lightning (ModelTC)",
    base: flowProcess,
    source: "ModelTC/Qwen-Image-Lightning generate_with_diffusers.py: FlowMatchEulerDiscreteScheduler with use_dynamic_shifting, base_shift = max_shift = ln 3 ('we use shift=3 in distillation'), 8 or 4 steps",
    steps: [4, 8],
    trainedOn: "the pipeline's linspace(1, 1/N, N) shifted by 3 (μ = ln 3 at every size), 4 or 8 steps",
    strategy: at([4, 8], () => `diffusers-flow:pipeline=flux,mu=${LN3}`),
    shift: { kind: "dynamic", mu: LN3 }
  },
  "flux-schnell": {
    name: "flux-schnell",
    model: "FLUX.1 [schnell] (Black Forest Labs)",
    base: flowProcess,
    source: "black-forest-labs/FLUX.1-schnell: timestep-distilled for 1 to 4 steps; scheduler/scheduler_config.json shift 1.0, no dynamic shifting",
    steps: [1, 2, 3, 4],
    trainedOn: "FluxPipeline's linspace(1, 1/N, N) unshifted, 1 to 4 steps",
    strategy: at([1, 2, 3, 4], () => "diffusers-flow:pipeline=flux,shift=1"),
    shift: { kind: "static", shift: 1 }
  },
  "flux-turbo": {
    name: "flux-turbo",
    model: "FLUX.1-Turbo-Alpha (alimama-creative, an 8-step LoRA for FLUX.1 [dev])",
    base: flowProcess,
    source: "alimama-creative/FLUX.1-Turbo-Alpha model card: 8 steps with FluxPipeline's default schedule at 1024² (μ = 1.15); the card lists no training timesteps, so these are the pipeline's levels it is run on",
    steps: [8],
    trainedOn: "FluxPipeline's linspace(1, 1/8, 8) under the dynamic shift μ = 1.15 (1024²)",
    strategy: at([8], () => "diffusers-flow:pipeline=flux,mu=1.15"),
    shift: { kind: "dynamic", mu: 1.15 }
  }
};
function uniformTime(u, tStart, tEnd) {
  return tStart + u * (tEnd - tStart);
}
function quadraticTime(u, tStart, tEnd) {
  const v = 1 - u;
  return tEnd + (tStart - tEnd) * v * v;
}
function polynomialTime(u, tStart, tEnd, power) {
  return tEnd + (tStart - tEnd) * (1 - u) ** power;
}
function exponentialLevel(u, sStart, sEnd) {
  return Math.exp(Math.log(sStart) + u * (Math.log(sEnd) - Math.log(sStart)));
}
function karrasLevel(u, sStart, sEnd, rho) {
  const ratio = Math.expm1(Math.log(sEnd / sStart) / rho);
  return sStart * Math.exp(rho * Math.log1p(u * ratio));
}
function tangentLevel(u, sStart, sEnd, c) {
  return c * Math.tan((1 - u) * Math.atan(sStart / c) + u * Math.atan(sEnd / c));
}
function veProcess(sMin, sMax) {
  if (!(sMin > 0 && Number.isFinite(sMin)))
    throw new InvalidArgumentError("smin", sMin, "expected a positive number");
  if (!(sMax > sMin && Number.isFinite(sMax)))
    throw new InvalidArgumentError("smax", sMax, `expected a finite number above smin=${sMin}`);
  const process2 = Object.freeze({
    kind: "ve",
    label: `ve:smin=${sMin},smax=${sMax}`,
    tStart: sMax,
    tEnd: sMin,
    tClean: 0,
    endsClean: false,
    priorVariance: sMax * sMax,
    alpha: () => 1,
    sigma: (t) => t,
    s: (t) => t,
    tFromS: (s) => s,
    priorGap: (t) => (t - sMax) * (t + sMax)
  });
  return checkProcessRange(process2, "process", process2.label);
}
const COMFY_BETA_SCHEDULES = ["linear", "cosine", "squaredcos_cap_v2", "sqrt_linear", "sqrt"];
function comfyBetas(name, T, linearStart = 85e-5, linearEnd = 0.012, cosineS = 8e-3) {
  if (!Number.isInteger(T) || T < 2)
    throw new InvalidArgumentError("T", T, "expected an integer ≥ 2");
  switch (name) {
    case "linear":
      return torchLinspaceFloat64(linearStart ** 0.5, linearEnd ** 0.5, T).map((r) => r * r);
    case "sqrt_linear":
      return torchLinspaceFloat64(linearStart, linearEnd, T);
    case "sqrt":
      return torchLinspaceFloat64(linearStart, linearEnd, T).map(Math.sqrt);
    case "cosine": {
      const a = Float64Array.from({ length: T + 1 }, (_, i) => {
        const c = Math.cos((i / T + cosineS) / (1 + cosineS) * Math.PI / 2);
        return c * c;
      });
      const a0 = a[0];
      const normalised = a.map((x) => x / a0);
      return Float64Array.from({ length: T }, (_, i) => Math.min(Math.max(1 - normalised[i + 1] / normalised[i], 0), 0.999));
    }
    case "squaredcos_cap_v2": {
      const alphaBar = (t) => Math.cos((t + 8e-3) / 1.008 * (Math.PI / 2)) ** 2;
      return Float64Array.from({ length: T }, (_, i) => Math.min(1 - alphaBar((i + 1) / T) / alphaBar(i / T), 0.999));
    }
  }
}
function float64AlphasCumprod(betas) {
  const out = new Float64Array(betas.length);
  let product = 1;
  for (let i = 0; i < betas.length; i++) {
    product *= 1 - betas[i];
    out[i] = product;
  }
  return out;
}
function comfyProcess(name = "linear", T = 1e3, linearStart = 85e-5, linearEnd = 0.012, zsnr = false, label) {
  const base = float64AlphasCumprod(comfyBetas(name, T, linearStart, linearEnd));
  const alphasCumprod = zsnr ? comfyRescaleZeroTerminalSnr(base) : base;
  if (zsnr) {
    checkTinyTerminal(alphasCumprod, COMFY_TINY_ALPHA_CUMPROD, "ComfyUI's rescale_zero_terminal_snr_sigmas", "zsnr", true, "use a ddpm process with zsnr=zero");
  }
  const text = label ?? `comfy:schedule=${name},T=${T},bstart=${linearStart},bend=${linearEnd}${zsnr ? ",zsnr=true" : ""}`;
  return discreteProcess(alphasCumprod, text, zsnr ? { source: "comfy", zeroSnr: "tiny" } : { source: "comfy" });
}
function distilledPreset(model) {
  return defineProcess({
    kind: model.name,
    summary: `${model.model}, distilled: ${model.trainedOn}`,
    keys: {},
    make: (_values, spec) => withPipeline(model.base(), spec.text, {
      model: model.model,
      source: model.source,
      defaultStrategy: model.strategy,
      ...model.shift === void 0 ? {} : { shift: model.shift },
      notes: [`${model.model} was distilled on fixed levels (${model.trainedOn}): use them as they are`],
      distilled: { name: model.name, steps: model.steps, summary: model.trainedOn }
    })
  });
}
const DISTILLED_PRESETS = Object.fromEntries(Object.entries(DISTILLED_MODELS).map(([name, model]) => [name, distilledPreset(model)]));
function vpProcess(betaMin = 0.1, betaMax = 20, eps = 1e-3) {
  if (!(betaMin >= 0 && Number.isFinite(betaMin)))
    throw new InvalidArgumentError("bmin", betaMin, "expected a non-negative number");
  if (!(betaMax > betaMin && Number.isFinite(betaMax)))
    throw new InvalidArgumentError("bmax", betaMax, `expected a finite number above bmin=${betaMin}`);
  if (!(eps > 0 && eps < 1))
    throw new InvalidArgumentError("eps", eps, "expected 0 < eps < 1");
  const spread = betaMax - betaMin;
  const minusTwoLogAlpha = (t) => 0.5 * t * t * spread + t * betaMin;
  const process2 = Object.freeze({
    kind: "vp",
    label: `vp:bmin=${betaMin},bmax=${betaMax},eps=${eps}`,
    tStart: 1,
    tEnd: eps,
    tClean: 0,
    endsClean: false,
    priorVariance: 1,
    alpha: (t) => Math.exp(-0.5 * minusTwoLogAlpha(t)),
    sigma: (t) => Math.sqrt(-Math.expm1(-minusTwoLogAlpha(t))),
    s: (t) => Math.sqrt(Math.expm1(minusTwoLogAlpha(t))),
    /** Solves ½Δt² + β_min·t = ln(1 + s²) with the cancellation-free root 2L / (β_min + √(β_min² + 2ΔL)). */
    tFromS: (s) => {
      const L = Math.log1p(s * s);
      return 2 * L / (betaMin + Math.sqrt(betaMin * betaMin + 2 * spread * L));
    },
    priorGap: (t) => -Math.exp(-minusTwoLogAlpha(t))
  });
  return checkProcessRange(process2, "process", process2.label);
}
const DDPM = { kind: "linear", betaStart: 1e-4, betaEnd: 0.02 };
const SD15 = { kind: "scaled_linear", betaStart: 85e-5, betaEnd: 0.012 };
const trainingKeys = {
  T: { type: "number", default: 1e3, rule: { integer: true, min: 2, max: 1e5 }, help: "training timesteps" }
};
function checkBetaRange(argument, text, start, end) {
  if (start > end)
    throw new InvalidArgumentError(argument, text, `bstart=${start} exceeds bend=${end}`);
}
const ve = defineProcess({
  kind: "ve",
  summary: "variance exploding (Song et al. 2021): α = 1, σ from smin to smax",
  keys: {
    smin: { type: "number", default: 2e-3, rule: { positive: true }, help: "σ_min" },
    smax: { type: "number", default: 80, rule: { positive: true }, help: "σ_max" }
  },
  make: ({ smin, smax }, spec, argument) => {
    if (smin >= smax)
      throw new InvalidArgumentError(argument, spec.text, `smin=${smin} must be below smax=${smax}`);
    return veProcess(smin, smax);
  }
});
const edm = defineProcess({
  kind: "edm",
  summary: "EDM (Karras et al. 2022): VE with σ from 0.002 to 80",
  keys: {},
  make: () => veProcess(2e-3, 80)
});
const vp = defineProcess({
  kind: "vp",
  summary: "variance preserving SDE (Song et al. 2021), linear β(t) from bmin to bmax on [eps, 1]",
  keys: {
    bmin: { type: "number", default: 0.1, rule: { nonNegative: true }, help: "β_min" },
    bmax: { type: "number", default: 20, rule: { positive: true }, help: "β_max" },
    eps: { type: "number", default: 1e-3, rule: { positive: true, max: 0.999 }, help: "the last time ε" }
  },
  make: ({ bmin, bmax, eps }, spec, argument) => {
    if (bmin >= bmax)
      throw new InvalidArgumentError(argument, spec.text, `bmin=${bmin} must be below bmax=${bmax}`);
    return vpProcess(bmin, bmax, eps);
  }
});
const ddpm$1 = defineProcess({
  kind: "ddpm",
  summary: "a discrete diffusers model (Ho et al. 2020): named betas over T steps, or trained betas=FILE",
  keys: {
    schedule: {
      type: "choice",
      choices: ["linear", "scaled_linear", "cosine"],
      default: DDPM.kind,
      help: "beta_schedule of the scheduler config"
    },
    ...trainingKeys,
    bstart: { type: "number", optional: true, rule: { positive: true, max: 0.999 }, help: "beta_start" },
    bend: { type: "number", optional: true, rule: { positive: true, max: 0.999 }, help: "beta_end" },
    zsnr: zsnrKey,
    betas: { type: "text", help: "a file of trained betas (.npy, .json, .csv, .txt)" }
  },
  make: (values, spec, argument, context) => {
    const zeroSnr = zeroSnrMode(values.zsnr);
    if (values.betas !== void 0) {
      for (const key of ["schedule", "T", "bstart", "bend"]) {
        if (spec.params.has(key))
          throw new InvalidArgumentError(argument, spec.text, `betas=… takes no ${key}`);
      }
      if (context.loadBetas === void 0)
        throw new InvalidArgumentError(argument, spec.text, "trained betas need a file loader");
      return trainedBetasProcess(context.loadBetas(values.betas), zeroSnr, spec.text);
    }
    const isPreset = [...spec.params.keys()].every((key) => key === "zsnr");
    const label = isPreset ? spec.text : void 0;
    if (values.schedule === "cosine") {
      if (values.bstart !== void 0 || values.bend !== void 0) {
        throw new InvalidArgumentError(argument, spec.text, "schedule=cosine takes no bstart/bend");
      }
      return ddpmProcess({ kind: "cosine" }, values.T, void 0, zeroSnr);
    }
    const defaults = values.schedule === "linear" ? DDPM : SD15;
    const betaStart = values.bstart ?? defaults.betaStart;
    const betaEnd = values.bend ?? defaults.betaEnd;
    checkBetaRange(argument, spec.text, betaStart, betaEnd);
    const schedule = { kind: values.schedule, betaStart, betaEnd };
    return ddpmProcess(schedule, values.T, label, zeroSnr);
  }
});
const sd15 = defineProcess({
  kind: "sd15",
  summary: "Stable Diffusion 1.5's DDPM: scaled_linear betas 0.00085 … 0.012, T = 1000 (its scheduler_config.json)",
  keys: { zsnr: zsnrKey },
  make: ({ zsnr }, spec) => withPipeline(ddpmProcess(SD15, 1e3, spec.text, zeroSnrMode(zsnr)), spec.text, {
    model: "Stable Diffusion 1.5",
    source: "stable-diffusion-v1-5/stable-diffusion-v1-5, scheduler/scheduler_config.json: PNDMScheduler, scaled_linear 0.00085 … 0.012, 1000 steps, steps_offset 1, skip_prk_steps",
    defaultStrategy: everyN("diffusers-ddim:spacing=leading,offset=1"),
    prediction: "epsilon",
    notes: ["the pipeline's PNDMScheduler runs PLMS, which klsched does not score, on DDIM's leading timesteps (offset 1)"]
  })
});
const comfy = defineProcess({
  kind: "comfy",
  summary: "a discrete model as ComfyUI's ModelSamplingDiscrete builds it (ComfyUI's beta names, float64)",
  keys: {
    schedule: { type: "choice", choices: COMFY_BETA_SCHEDULES, default: "linear", help: "ComfyUI's beta_schedule name" },
    ...trainingKeys,
    bstart: { type: "number", default: 85e-5, rule: { positive: true, max: 0.999 }, help: "linear_start" },
    bend: { type: "number", default: 0.012, rule: { positive: true, max: 0.999 }, help: "linear_end" },
    zsnr: {
      type: "choice",
      choices: ["false", "true"],
      default: "false",
      help: "ComfyUI's zero-terminal-SNR rescale (ᾱ_{T−1} = 4.897e-8)"
    }
  },
  make: (values, spec, argument) => {
    checkBetaRange(argument, spec.text, values.bstart, values.bend);
    const label = spec.params.size === 0 ? "comfy" : void 0;
    return comfyProcess(values.schedule, values.T, values.bstart, values.bend, values.zsnr === "true", label);
  }
});
const flow = defineProcess({
  kind: "flow",
  summary: "rectified flow / flow matching (SD3, Flux): α = 1 − t, σ = t; the shift belongs to the strategy",
  keys: {},
  make: () => flowProcess()
});
const PROCESSES = {
  ve,
  edm,
  vp,
  ddpm: ddpm$1,
  sd15,
  comfy,
  flow,
  sdxl: sdxlPreset,
  sd2: sd2Preset,
  sd3: sd3Preset,
  flux: fluxPreset,
  wan: wanPreset,
  ...DISTILLED_PRESETS
};
const SCHEDULE_FORMATS = ["json", "csv", "diffusers", "comfyui"];
const STRATEGY_OPTION_KEYS = {
  shift: {
    type: "number",
    optional: true,
    rule: { positive: true, min: Math.exp(-20), max: Math.exp(20) },
    help: "flow only: the SD3/Flux timestep shift, e^−20 … e^20 (the range of mu)"
  },
  mu: { type: "number", optional: true, rule: { min: -20, max: 20 }, help: "flow only: Flux's dynamic shift μ (shift = e^μ)" },
  seqlen: {
    type: "number",
    optional: true,
    rule: { positive: true },
    help: "flow only: μ from the image's token count, as diffusers' calculate_shift"
  },
  denoise: {
    type: "number",
    optional: true,
    rule: { positive: true, max: 1 },
    help: "reproduced strategies: img2img strength / ComfyUI denoise in (0, 1]"
  }
};
const OPTION_GROUPS = [["shift"], ["mu", "seqlen"], ["denoise"]];
function optionKeys(own, withDenoise) {
  return OPTION_GROUPS.filter((group) => group[0] !== "denoise" && !group.some((key) => own.includes(key))).flat();
}
function readStrategyOptions(spec, keys, ownKeys, argument, allowItems = false) {
  const declared = Object.fromEntries(keys.map((key) => [key, STRATEGY_OPTION_KEYS[key]]));
  const values = readKeys(spec, declared, argument, ownKeys, allowItems);
  const options = {};
  if (values.shift !== void 0)
    options.shift = values.shift;
  if (values.mu !== void 0)
    options.mu = values.mu;
  if (values.seqlen !== void 0) {
    if (options.mu !== void 0)
      throw new InvalidArgumentError("strategy", spec.params.get("seqlen"), "give mu or seqlen, not both");
    options.mu = flowShiftMu(values.seqlen);
    if (!(Math.abs(options.mu) <= 20)) {
      throw new InvalidArgumentError("strategy", spec.params.get("seqlen"), `seqlen=${values.seqlen} gives μ = ${options.mu} by calculate_shift, beyond mu's range −20 … 20`);
    }
  }
  if (options.mu !== void 0 && options.shift !== void 0) {
    throw new InvalidArgumentError("strategy", spec.params.get("mu") ?? spec.params.get("seqlen"), "give shift or mu/seqlen, not both");
  }
  if (values.denoise !== void 0)
    options.denoise = values.denoise;
  return options;
}
function defineOwnStrategy(definition) {
  const { kind, summary, keys, make, time } = definition;
  return Object.freeze({
    kind,
    summary,
    keys,
    parse: (spec, argument, options) => make(readKeys(spec, keys, argument, options), spec),
    time
  });
}
function finiteEnds(process2, kind) {
  const sStart = process2.s(process2.tStart);
  const sEnd = process2.s(process2.tEnd);
  if (!(sEnd > 0 && Number.isFinite(sStart))) {
    throw new InvalidArgumentError("strategy", kind, `needs finite positive σ/α at both ends of the range; ${process2.label} spans σ/α from ${sStart} to ${sEnd}`);
  }
  return [sStart, sEnd];
}
const exponentialStrategy = defineOwnStrategy({
  kind: "exponential",
  summary: "uniform in ln σ/α (k-diffusion's get_sigmas_exponential)",
  keys: {},
  make: () => ({ kind: "exponential" }),
  time: (process2, strategy, u) => process2.tFromS(exponentialLevel(u, ...finiteEnds(process2, strategy.kind)))
});
const logsnrStrategy = defineOwnStrategy({
  kind: "logsnr",
  summary: "uniform in logSNR = −2 ln σ/α (the same levels as exponential)",
  keys: {},
  make: () => ({ kind: "logsnr" }),
  time: (process2, strategy, u) => process2.tFromS(exponentialLevel(u, ...finiteEnds(process2, strategy.kind)))
});
const karrasStrategy = defineOwnStrategy({
  kind: "karras",
  summary: "Karras et al. (2022), Eq. 5: uniform in (σ/α)^(1/ρ)",
  keys: { rho: { type: "number", default: 7, rule: { positive: true, max: 1e6 }, help: "ρ, the ramp's exponent" } },
  make: ({ rho }) => ({ kind: "karras", rho }),
  time: (process2, strategy, u) => {
    const [sStart, sEnd] = finiteEnds(process2, strategy.kind);
    return process2.tFromS(karrasLevel(u, sStart, sEnd, strategy.rho));
  }
});
const tangentStrategy = defineOwnStrategy({
  kind: "tangent",
  summary: "the tangent law of theory §4: uniform in atan(σ/α / c) (c = 1 is ComfyUI's kl_optimal)",
  keys: { c: { type: "number", rule: { positive: true }, help: "the coefficient c (√λ is optimal for one eigenvalue λ)" } },
  make: ({ c }) => ({ kind: "tangent", c }),
  time: (process2, { c }, u) => process2.tFromS(tangentLevel(u, process2.s(process2.tStart), process2.s(process2.tEnd), c))
});
const uniformStrategy = defineOwnStrategy({
  kind: "uniform",
  summary: "uniform in the process's time t",
  keys: {},
  make: () => ({ kind: "uniform" }),
  time: (process2, _strategy, u) => uniformTime(u, process2.tStart, process2.tEnd)
});
const quadraticStrategy = defineOwnStrategy({
  kind: "quadratic",
  summary: "DDIM's quadratic time spacing (Song et al. 2021, §D.2), dense near the clean end",
  keys: {},
  make: () => ({ kind: "quadratic" }),
  time: (process2, _strategy, u) => quadraticTime(u, process2.tStart, process2.tEnd)
});
const polynomialStrategy = defineOwnStrategy({
  kind: "polynomial",
  summary: "time spacing t = t_end + (t_start − t_end)(1 − u)^p (p = 2 is quadratic)",
  keys: { p: { type: "number", default: 2, rule: { positive: true, max: 100 }, help: "the power p" } },
  make: ({ p }) => ({ kind: "polynomial", power: p }),
  time: (process2, { power }, u) => polynomialTime(u, process2.tStart, process2.tEnd, power)
});
const OWN_STRATEGIES = {
  uniform: uniformStrategy,
  quadratic: quadraticStrategy,
  polynomial: polynomialStrategy,
  logsnr: logsnrStrategy,
  exponential: exponentialStrategy,
  karras: karrasStrategy,
  tangent: tangentStrategy
};
const STRATEGY_KINDS = Object.keys(OWN_STRATEGIES);
function isStrategyKind(kind) {
  return Object.hasOwn(OWN_STRATEGIES, kind);
}
function strategyDescriptor(strategy) {
  return OWN_STRATEGIES[strategy.kind];
}
function parseStrategy(text, argument = "strategy") {
  const spec = parseSpec(text, argument);
  if (!isStrategyKind(spec.kind)) {
    throw new InvalidArgumentError(argument, text, `unknown strategy kind "${spec.kind}" (expected ${STRATEGY_KINDS.join(", ")})`);
  }
  const descriptor = OWN_STRATEGIES[spec.kind];
  const own = Object.keys(descriptor.keys);
  const options = optionKeys(own);
  const strategy = descriptor.parse(spec, argument, options);
  return { label: spec.text, strategy, options: readStrategyOptions(spec, options, own, argument) };
}
function strategyGrid(process2, steps) {
  if (!Number.isInteger(steps) || steps < 1)
    throw new InvalidArgumentError("steps", steps, "expected an integer ≥ 1");
  checkSteps(steps);
  if (process2.endsClean)
    return Float64Array.from({ length: steps + 1 }, (_, k) => k / steps);
  return Float64Array.from({ length: steps }, (_, k) => steps === 1 ? 0 : k / (steps - 1));
}
function strategyTime(process2, strategy, u) {
  if (u === 0)
    return process2.tStart;
  if (u === 1)
    return process2.tEnd;
  return strategyDescriptor(strategy).time(process2, strategy, u);
}
function strategySchedule(process2, strategy, steps, options = {}) {
  if (!isStrategyKind(strategy.kind)) {
    throw new InvalidArgumentError("strategy", strategy.kind, "is not one of klsched's own strategies (reproduced ones: reproducedSchedule from @klsched/discretization/reproduced)");
  }
  if (options.denoise !== void 0)
    throw new InvalidArgumentError("denoise", options.denoise, "applies to reproduced strategies only");
  const grid2 = strategyGrid(process2, steps);
  const times = new Float64Array(process2.endsClean ? grid2.length : grid2.length + 1);
  for (let k = 0; k < grid2.length; k++)
    times[k] = strategyTime(process2, strategy, grid2[k]);
  if (!process2.endsClean)
    times[grid2.length] = process2.tClean;
  applyOptions(process2, times, options);
  return scheduleFromTimes(process2, times);
}
function applyOptions(process2, times, options) {
  const shift2 = options.mu !== void 0 ? Math.exp(options.mu) : options.shift;
  if (shift2 !== void 0 && shift2 !== 1) {
    if (process2.kind !== "flow")
      throw new InvalidArgumentError("shift", shift2, `applies only to flow, not ${process2.label}`);
    for (let k = 0; k < times.length; k++)
      times[k] = shiftFlowTime(times[k], shift2);
  }
  if (options.round) {
    if (process2.trainingSteps === void 0)
      throw new InvalidArgumentError("round", true, `needs a discrete process, not ${process2.label}`);
    for (let k = 0; k < times.length - 1; k++)
      times[k] = Math.round(times[k]);
  }
}
function contextKey(request) {
  const spectrum = request.spectrum.kind === "spec" ? request.spectrum.text : request.spectrum.key;
  return JSON.stringify([spectrum, request.process, request.sampler, request.prior]);
}
function cellKey(context, strategy, steps) {
  return `${context}|${strategy}|${steps}`;
}
const SWEEP_STEPS = [2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64];
const DEFAULT_INPUTS = {
  spectrum: "geometric:d=784,min=1e-4,max=10",
  process: "sd15",
  sampler: "ddim",
  prior: "standard",
  steps: 20,
  // `geodesic` is left to a checkbox: at d = 784 it costs several times `optimal`, which it nearly equals
  strategies: ["uniform", "karras", "tangent:c=1", "tangent", "optimal"],
  exportStrategy: "optimal",
  format: "diffusers"
};
const MAX_STEPS = 1e3;
const UPLOAD_PREFIX = "upload:";
function inputsFromQuery(search) {
  const query = new URLSearchParams(search);
  const text = (key, fallback) => {
    var _a;
    const value = (_a = query.get(key)) == null ? void 0 : _a.trim();
    return value === void 0 || value === "" ? fallback : value;
  };
  const stepsText = query.get("steps");
  const steps = stepsText === null ? Number.NaN : Number(stepsText);
  const prior = query.get("prior");
  const format = query.get("format");
  const strategies = query.has("strategies") ? splitStrategies(query.get("strategies") ?? "") : DEFAULT_INPUTS.strategies;
  return {
    spectrum: text("spectrum", DEFAULT_INPUTS.spectrum),
    process: text("process", DEFAULT_INPUTS.process),
    sampler: text("sampler", DEFAULT_INPUTS.sampler),
    prior: prior === "exact" || prior === "standard" ? prior : DEFAULT_INPUTS.prior,
    steps: Number.isInteger(steps) && steps >= 1 && steps <= MAX_STEPS ? steps : DEFAULT_INPUTS.steps,
    strategies,
    exportStrategy: text(
      "export",
      strategies.includes(DEFAULT_INPUTS.exportStrategy) ? DEFAULT_INPUTS.exportStrategy : strategies[0] ?? ""
    ),
    format: SCHEDULE_FORMATS.find((f) => f === format) ?? DEFAULT_INPUTS.format
  };
}
function queryFromInputs(inputs) {
  const query = new URLSearchParams({
    spectrum: inputs.spectrum,
    process: inputs.process,
    sampler: inputs.sampler,
    prior: inputs.prior,
    steps: String(inputs.steps),
    strategies: inputs.strategies.join(" "),
    export: inputs.exportStrategy,
    format: inputs.format
  });
  return `?${query}`;
}
function splitStrategies(text) {
  const seen = /* @__PURE__ */ new Set();
  for (const word of text.split(/\s+/)) if (word !== "") seen.add(word);
  return [...seen];
}
const SUPERSCRIPT = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹"
};
const PLAIN_MIN = 1e-3;
const PLAIN_MAX = 1e5;
function tickLabels(values) {
  const plain = values.every((v) => v === 0 || Math.abs(v) >= PLAIN_MIN && Math.abs(v) < PLAIN_MAX);
  return values.map((v) => plain ? plainLabel(v) : powerLabel(v));
}
function plainLabel(value) {
  return String(Number(value.toPrecision(6)));
}
function powerLabel(value) {
  if (value === 0)
    return "0";
  const sign = value < 0 ? "−" : "";
  const [mantissa = "1", exponent = "0"] = Math.abs(value).toExponential(5).split("e");
  const m = Number(mantissa);
  const power = `10${superscript(String(Number(exponent)))}`;
  return m === 1 ? `${sign}${power}` : `${sign}${String(Number(m.toPrecision(6)))}×${power}`;
}
function superscript(digits) {
  return Array.from(digits, (c) => SUPERSCRIPT[c] ?? c).join("");
}
function isDrawable(value, scale) {
  return Number.isFinite(value) && (scale === "linear" || value > 0);
}
const LABEL_GAP = 6;
function fitAxis(input) {
  const explicit = (input.ticks ?? []).filter((v) => isDrawable(v, input.scale));
  const values = [...input.values, ...explicit].filter((v) => isDrawable(v, input.scale));
  const fitted = input.scale === "log" ? logScale(values, explicit.length > 0) : linearScale(values);
  const map = (v) => input.from + fitted.unit(v) * (input.to - input.from);
  const tickValues = explicit.length > 0 ? [...new Set(explicit)].sort((a, b) => a - b) : fitted.ticks;
  const labelled = fitted.labelled ?? (() => true);
  const shown = tickValues.filter(labelled);
  const shownLabels = tickLabels(shown);
  const labels = new Map(shown.map((v, i) => [v, shownLabels[i] ?? ""]));
  const ticks = tickValues.map((value) => ({ value, label: labels.get(value) ?? "" }));
  return { map, ticks: thinLabels(ticks, map, input.labelSize) };
}
function logScale(values, explicitTicks) {
  let a = values.length === 0 ? 0 : Math.log10(Math.min(...values));
  let b = values.length === 0 ? 1 : Math.log10(Math.max(...values));
  const minSpan = explicitTicks ? 0.3 : 1;
  if (b - a < minSpan) {
    const middle = (a + b) / 2;
    a = middle - minSpan / 2;
    b = middle + minSpan / 2;
  }
  const pad = 0.05 * (b - a);
  a -= pad;
  b += pad;
  return { unit: (v) => (Math.log10(v) - a) / (b - a), ...logTicks(a, b) };
}
function logTicks(a, b) {
  const span = b - a;
  const mantissas = span <= 1.3 ? [1, 2, 3, 5] : span <= 3 ? [1, 2, 5] : [1];
  const every = span <= 3 ? 1 : Math.max(1, Math.ceil(span / 8));
  const inside = (v) => Math.log10(v) >= a - 1e-9 && Math.log10(v) <= b + 1e-9;
  const ticks = [];
  for (let k = Math.floor(a); k <= Math.ceil(b); k++) {
    for (const m of mantissas) {
      const v = Number((m * 10 ** k).toPrecision(12));
      if (inside(v))
        ticks.push(v);
    }
  }
  return { ticks, labelled: (v) => Math.round(Math.log10(v)) % every === 0 || every === 1 };
}
function linearScale(values) {
  let lo = values.length === 0 ? 0 : Math.min(...values);
  let hi = values.length === 0 ? 1 : Math.max(...values);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep((hi - lo) / 6);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks = [];
  for (let i = 0; lo + i * step <= hi + step / 2; i++)
    ticks.push(Number((lo + i * step).toPrecision(12)));
  return { unit: (v) => (v - lo) / (hi - lo), ticks };
}
function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}
function thinLabels(ticks, map, size) {
  let last;
  return ticks.map((tick) => {
    if (tick.label === "")
      return tick;
    const at2 = map(tick.value);
    const extent = size(tick.label);
    if (last !== void 0 && Math.abs(at2 - last.at) < (last.size + extent) / 2 + LABEL_GAP)
      return { ...tick, label: "" };
    last = { at: at2, size: extent };
    return tick;
  });
}
function escapeXml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function fixed(value) {
  return value.toFixed(1);
}
const NARROW = new Set(" !'(),-./:;I[]fijlrt|");
const WIDE = new Set("%=+<>~mwMW×−‖…—");
function advance(character) {
  if (NARROW.has(character))
    return 0.36;
  if (WIDE.has(character))
    return 0.86;
  return character >= "A" && character <= "Z" ? 0.72 : 0.62;
}
function textWidth(text, fontSize) {
  let em = 0;
  for (const character of text)
    em += advance(character);
  return em * fontSize;
}
function fitText(text, width, fontSize) {
  if (textWidth(text, fontSize) <= width)
    return text;
  const characters = Array.from(text);
  let kept = "";
  for (const character of characters) {
    if (textWidth(`${kept}${character}…`, fontSize) > width)
      break;
    kept += character;
  }
  return `${kept}…`;
}
const R = 2.8;
function markerSvg(shape, x, y, color) {
  const fill = `fill="${color}"`;
  switch (shape) {
    case "circle":
      return `<circle class="point" cx="${fixed(x)}" cy="${fixed(y)}" r="${R}" ${fill}/>`;
    case "square":
      return `<rect class="point" x="${fixed(x - R)}" y="${fixed(y - R)}" width="${2 * R}" height="${2 * R}" ${fill}/>`;
    case "triangle":
      return `<path class="point" d="${polygon([
        [x, y - 1.25 * R],
        [x + 1.2 * R, y + 0.85 * R],
        [x - 1.2 * R, y + 0.85 * R]
      ])}" ${fill}/>`;
    case "diamond":
      return `<path class="point" d="${polygon([
        [x, y - 1.3 * R],
        [x + 1.3 * R, y],
        [x, y + 1.3 * R],
        [x - 1.3 * R, y]
      ])}" ${fill}/>`;
  }
}
function polygon(corners) {
  return `${corners.map(([x, y], i) => `${i === 0 ? "M" : "L"}${fixed(x)} ${fixed(y)}`).join(" ")} Z`;
}
const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac"
];
const MARKER_SHAPES = ["circle", "square", "triangle", "diamond"];
const DASHES = ["", "7 4", "2 3", "9 3 2 3"];
const DASHED = "6 4";
function seriesStyle(index, request = {}) {
  const pass = Math.floor(index / PALETTE.length);
  const paletteDash = DASHES[pass % DASHES.length] ?? "";
  return {
    color: request.color ?? PALETTE[index % PALETTE.length],
    dash: paletteDash === "" && request.dashed === true ? DASHED : paletteDash,
    marker: request.markers === false ? void 0 : MARKER_SHAPES[pass % MARKER_SHAPES.length]
  };
}
const FONT_SIZE = 12;
const TITLE_SIZE = 14;
const LEGEND_ROW = 18;
const LEGEND_MAX_WIDTH = 280;
const LEGEND_MIN_WIDTH = 48;
const LEGEND = { lineFrom: 12, lineTo: 36, text: 44 };
const MARGIN = { top: 34, subtitle: 16, bottom: 46, yTitle: 26, right: 12 };
function lineChartSvg(chart) {
  const width = chart.width ?? 720;
  const top = MARGIN.top + (chart.subtitle === void 0 ? 0 : MARGIN.subtitle);
  const legendRows = chart.series.length + (chart.legendTitle === void 0 ? 0 : 1);
  const height = Math.max(chart.height ?? 380, top + 8 + legendRows * LEGEND_ROW + MARGIN.bottom);
  const y0 = height - MARGIN.bottom;
  const y = fitAxis({
    scale: chart.yScale,
    values: drawnValues(chart, 1),
    from: y0,
    to: top,
    labelSize: () => FONT_SIZE
  });
  const yLabelWidth = Math.max(0, ...y.ticks.map((t) => textWidth(t.label, FONT_SIZE)));
  const x0 = Math.round(MARGIN.yTitle + yLabelWidth + 12);
  const x1 = width - legendWidth(chart);
  const x = fitAxis({
    scale: chart.xScale,
    values: [...drawnValues(chart, 0), ...chart.markX === void 0 ? [] : [chart.markX]],
    from: x0,
    to: x1,
    ticks: chart.xTicks,
    labelSize: (label) => textWidth(label, FONT_SIZE)
  });
  const frame = { width, height, x0, x1, y0, y1: top };
  const styles = chart.series.map((s, i) => seriesStyle(i, s));
  return [
    openSvg(chart, frame),
    ...titles(chart, frame),
    ...grid(x, y, frame),
    ...axisTitles(chart, frame),
    ...guide(chart, x, frame),
    ...chart.series.map((s, i) => seriesSvg(s, styles[i], chart, x, y)),
    ...emptyNote(chart, frame),
    legendSvg(chart, styles, frame),
    "</svg>"
  ].join("\n");
}
function drawnValues(chart, coordinate) {
  return chart.series.flatMap((s) => s.points.filter((p) => drawable(p, chart)).map((p) => p[coordinate]));
}
function drawable(point, chart) {
  return isDrawable(point[0], chart.xScale) && isDrawable(point[1], chart.yScale);
}
function legendWidth(chart) {
  const labels = chart.series.map((s) => fitText(s.label, LEGEND_MAX_WIDTH, FONT_SIZE));
  if (chart.legendTitle !== void 0)
    labels.push(chart.legendTitle);
  const widest = Math.max(LEGEND_MIN_WIDTH, ...labels.map((l) => textWidth(l, FONT_SIZE)));
  return Math.round(LEGEND.text + widest + MARGIN.right);
}
function openSvg(chart, frame) {
  const { width, height } = frame;
  const color = chart.foreground === void 0 ? "" : ` color="${escapeXml(chart.foreground)}"`;
  const font = escapeXml(chart.fontFamily ?? "system-ui, sans-serif");
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(chart.title)}" font-family="${font}" font-size="${FONT_SIZE}"${color}>`,
    `<title>${escapeXml(chart.title)}</title>`
  ];
  if (chart.background !== void 0) {
    lines.push(`<rect width="${width}" height="${height}" fill="${escapeXml(chart.background)}"/>`);
  }
  return lines.join("\n");
}
function titles(chart, frame) {
  const room = frame.width - frame.x0 - MARGIN.right;
  const lines = [
    `<text class="title" x="${frame.x0}" y="20" font-size="${TITLE_SIZE}" font-weight="bold" fill="currentColor">${escapeXml(fitText(chart.title, room, TITLE_SIZE))}</text>`
  ];
  if (chart.subtitle !== void 0) {
    lines.push(`<text class="subtitle" x="${frame.x0}" y="37" fill="currentColor" fill-opacity="0.75">${escapeXml(fitText(chart.subtitle, room, FONT_SIZE))}</text>`);
  }
  return lines;
}
function grid(x, y, frame) {
  const line = (x1, x2, y1, y2) => `<line x1="${x1}" x2="${x2}" y1="${y1}" y2="${y2}" stroke="currentColor" stroke-opacity="0.12"/>`;
  const label = (px, py, anchor, text) => `<text x="${px}" y="${py}" text-anchor="${anchor}" fill="currentColor">${escapeXml(text)}</text>`;
  const parts = [];
  for (const tick of x.ticks) {
    const px = fixed(x.map(tick.value));
    parts.push(line(px, px, frame.y1, frame.y0));
    if (tick.label !== "")
      parts.push(label(px, frame.y0 + 16, "middle", tick.label));
  }
  for (const tick of y.ticks) {
    const py = fixed(y.map(tick.value));
    parts.push(line(frame.x0, frame.x1, py, py));
    if (tick.label !== "")
      parts.push(label(frame.x0 - 6, fixed(Number(py) + 4), "end", tick.label));
  }
  parts.push(`<rect x="${frame.x0}" y="${frame.y1}" width="${frame.x1 - frame.x0}" height="${frame.y0 - frame.y1}" fill="none" stroke="currentColor" stroke-opacity="0.5"/>`);
  return parts;
}
function axisTitles(chart, frame) {
  return [
    `<text class="x-title" x="${(frame.x0 + frame.x1) / 2}" y="${frame.height - 10}" text-anchor="middle" fill="currentColor">${escapeXml(chart.xLabel)}</text>`,
    `<text class="y-title" transform="translate(16 ${(frame.y0 + frame.y1) / 2}) rotate(-90)" text-anchor="middle" fill="currentColor">${escapeXml(chart.yLabel)}</text>`
  ];
}
function guide(chart, x, frame) {
  if (chart.markX === void 0 || !isDrawable(chart.markX, chart.xScale))
    return [];
  const px = fixed(x.map(chart.markX));
  return [
    `<line class="guide" x1="${px}" x2="${px}" y1="${frame.y1}" y2="${frame.y0}" stroke="currentColor" stroke-opacity="0.55" stroke-dasharray="4 3"/>`
  ];
}
function seriesSvg(series, style, chart, x, y) {
  const runs = [[]];
  const markers = [];
  for (const point of series.points) {
    if (!drawable(point, chart)) {
      runs.push([]);
      continue;
    }
    const px = x.map(point[0]);
    const py = y.map(point[1]);
    runs[runs.length - 1].push(`${fixed(px)},${fixed(py)}`);
    if (style.marker !== void 0)
      markers.push(markerSvg(style.marker, px, py, style.color));
  }
  const dash = style.dash === "" ? "" : ` stroke-dasharray="${style.dash}"`;
  const lines = runs.filter((run2) => run2.length > 1).map((run2) => `<polyline points="${run2.join(" ")}" fill="none" stroke="${style.color}" stroke-width="1.8"${dash}/>`);
  return [`<g class="series" data-label="${escapeXml(series.label)}">`, ...lines, ...markers, "</g>"].join("\n");
}
function emptyNote(chart, frame) {
  if (chart.series.some((s) => s.points.some((p) => drawable(p, chart))))
    return [];
  return [
    `<text class="empty" x="${(frame.x0 + frame.x1) / 2}" y="${(frame.y0 + frame.y1) / 2}" text-anchor="middle" fill="currentColor" fill-opacity="0.75">no point can be drawn on these axes</text>`
  ];
}
function legendSvg(chart, styles, frame) {
  const parts = ['<g class="legend">'];
  let row = frame.y1 + 8;
  if (chart.legendTitle !== void 0) {
    parts.push(`<text x="${frame.x1 + LEGEND.lineFrom}" y="${row + 4}" font-weight="bold" fill="currentColor">${escapeXml(chart.legendTitle)}</text>`);
    row += LEGEND_ROW;
  }
  chart.series.forEach((series, i) => {
    const style = styles[i];
    const dash = style.dash === "" ? "" : ` stroke-dasharray="${style.dash}"`;
    const from = frame.x1 + LEGEND.lineFrom;
    const to = frame.x1 + LEGEND.lineTo;
    parts.push(`<line x1="${from}" x2="${to}" y1="${row}" y2="${row}" stroke="${style.color}" stroke-width="2.5"${dash}/>`);
    if (style.marker !== void 0)
      parts.push(markerSvg(style.marker, (from + to) / 2, row, style.color));
    const label = fitText(series.label, LEGEND_MAX_WIDTH, FONT_SIZE);
    parts.push(`<text x="${frame.x1 + LEGEND.text}" y="${row + 4}" fill="currentColor">${escapeXml(label)}</text>`);
    row += LEGEND_ROW;
  });
  parts.push("</g>");
  return parts.join("\n");
}
function levelAt(schedule, k) {
  return { t: schedule.t[k], alpha: schedule.alpha[k], sigma: schedule.sigma[k] };
}
function sameLevel$1(a, b) {
  return levelS(a) === levelS(b);
}
function levelS(level) {
  return level.alpha === 0 ? Number.POSITIVE_INFINITY : level.sigma / level.alpha;
}
function defineSampler(definition) {
  const { name, summary, keys, stochastic, make } = definition;
  return Object.freeze({
    name,
    summary,
    keys,
    stochastic,
    parse: (spec, argument) => make(readKeys(spec, keys, argument))
  });
}
const euler = Object.freeze({
  name: "euler",
  stochastic: false,
  evaluations: (schedule) => schedule.t.length - 1,
  sample(x, run2) {
    const { space, denoise, schedule, onLevel } = run2;
    let state = x;
    onLevel == null ? void 0 : onLevel(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      const to = levelAt(schedule, k + 1);
      if (!sameLevel$1(from, to)) {
        const denoised = denoise(state, from);
        const ratio = to.sigma / from.sigma;
        state = space.combine([ratio, to.alpha - from.alpha * ratio], [state, denoised]);
      }
      onLevel == null ? void 0 : onLevel(state, k + 1);
    }
    return state;
  }
});
const eulerSampler = defineSampler({
  name: "euler",
  summary: "Euler on the probability-flow ODE (Karras et al. 2022, Alg. 1; k-diffusion sample_euler); equals DDIM",
  keys: {},
  stochastic: false,
  make: () => euler
});
function runStochastic(rule, x, run2) {
  const { space, denoise, schedule, onLevel, noise } = run2;
  let state = x;
  onLevel == null ? void 0 : onLevel(state, 0);
  for (let k = 0; k + 1 < schedule.t.length; k++) {
    const from = levelAt(schedule, k);
    const to = levelAt(schedule, k + 1);
    if (sameLevel$1(from, to)) {
      onLevel == null ? void 0 : onLevel(state, k + 1);
      continue;
    }
    const { a, b, c } = rule(from, to);
    const denoised = denoise(state, from);
    if (c > 0) {
      if (noise === void 0)
        throw new Error("a stochastic sampler needs run.noise");
      state = space.combine([a, b, c], [state, denoised, noise(state, k)]);
    } else {
      state = space.combine([a, b], [state, denoised]);
    }
    state = compact(space, state);
    onLevel == null ? void 0 : onLevel(state, k + 1);
  }
  return state;
}
function compact(space, x) {
  return space.compact === void 0 ? x : space.compact(x);
}
const stochasticSampler = (name, rule) => Object.freeze({
  name,
  stochastic: true,
  evaluations: (schedule) => schedule.t.length - 1,
  sample: (x, run2) => runStochastic(rule, x, run2)
});
function levelRatio(from, to) {
  return from.alpha === 0 ? 0 : Math.min(1, to.sigma * from.alpha / (to.alpha * from.sigma));
}
function ddimEta(eta) {
  return stochasticSampler(`ddim:eta=${eta}`, (from, to) => {
    const q = levelRatio(from, to);
    const keep = to.sigma * Math.sqrt(1 - eta * eta * (1 - q * q));
    return { a: keep / from.sigma, b: to.alpha - from.alpha * keep / from.sigma, c: eta * to.sigma * Math.sqrt(1 - q * q) };
  });
}
const ddpm = stochasticSampler("ddpm", (from, to) => {
  const q = levelRatio(from, to);
  const keep = 1 - q * q;
  return { a: q * to.sigma / from.sigma, b: to.alpha * keep, c: to.sigma * Math.sqrt(keep) };
});
function eulerAncestral(eta = 1) {
  return stochasticSampler(eta === 1 ? "euler-ancestral" : `euler-ancestral:eta=${eta}`, (from, to) => {
    const q = levelRatio(from, to);
    const sNext = to.sigma / to.alpha;
    const up = Math.min(sNext, eta * sNext * Math.sqrt(1 - q * q));
    const down = Math.sqrt(Math.max(sNext * sNext - up * up, 0));
    const downOverS = from.alpha === 0 ? 0 : down * from.alpha / from.sigma;
    return { a: to.alpha * down / from.sigma, b: to.alpha * (1 - downOverS), c: to.alpha * up };
  });
}
const ddpmSampler = defineSampler({
  name: "ddpm",
  summary: "ancestral DDPM sampling (Ho et al. 2020, Alg. 2) between any two levels",
  keys: {},
  stochastic: true,
  make: () => ddpm
});
const eulerAncestralSampler = defineSampler({
  name: "euler-ancestral",
  summary: "Euler-ancestral (k-diffusion sample_euler_ancestral); eta=0 is euler",
  keys: {
    eta: { type: "number", default: 1, rule: { min: 0, max: 1 }, help: "η, the share of fresh noise at each step (0 … 1)" }
  },
  stochastic: true,
  make: ({ eta }) => eta === 0 ? euler : eulerAncestral(eta)
});
function ddimStep(space, x, denoised, from, to) {
  const ratio = to.sigma / from.sigma;
  return space.combine([ratio, to.alpha - from.alpha * ratio], [x, denoised]);
}
const ddim = Object.freeze({
  name: "ddim",
  stochastic: false,
  evaluations: (schedule) => schedule.t.length - 1,
  sample(x, run2) {
    const { space, denoise, schedule, onLevel } = run2;
    let state = x;
    onLevel == null ? void 0 : onLevel(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      state = ddimStep(space, state, denoise(state, from), from, levelAt(schedule, k + 1));
      onLevel == null ? void 0 : onLevel(state, k + 1);
    }
    return state;
  }
});
const ddimSampler = defineSampler({
  name: "ddim",
  summary: "DDIM (Song, Meng & Ermon 2021, Eq. 12); eta=0 deterministic, eta>0 adds the scaled posterior noise",
  keys: { eta: { type: "number", default: 0, rule: { min: 0, max: 1 }, help: "η, the share of the posterior noise (0 … 1)" } },
  stochastic: false,
  make: ({ eta }) => eta === 0 ? ddim : ddimEta(eta)
});
function ddimGeometry(schedule) {
  const { alpha, sigma } = schedule;
  const n = alpha.length;
  const steps = Math.max(n - 1, 0);
  const alphaSquared = alpha.map((a) => a * a);
  const sigmaSquared = sigma.map((s) => s * s);
  const alphaProduct = new Float64Array(steps);
  const sigmaProduct = new Float64Array(steps);
  const crossSquared = new Float64Array(steps);
  for (let k = 0; k < steps; k++) {
    const a0 = alpha[k];
    const a1 = alpha[k + 1];
    const s0 = sigma[k];
    const s1 = sigma[k + 1];
    const c = a0 > 0 && a1 > 0 ? a0 * a1 * (s0 / a0 - s1 / a1) : s0 * a1 - a0 * s1;
    alphaProduct[k] = a0 * a1;
    sigmaProduct[k] = s0 * s1;
    crossSquared[k] = c * c;
  }
  return { alphaProduct, sigmaProduct, crossSquared, alphaSquared, sigmaSquared };
}
function startGap(schedule) {
  const { process: process2 } = schedule;
  return { gap: process2.priorGap(schedule.t[0]), inverse: 1 / process2.priorVariance };
}
function standardPriorLogRatio(lambda, alpha0, { gap, inverse }) {
  return -Math.log1p((alpha0 * alpha0 * lambda + gap) * inverse);
}
function ddimClosedForm(eigenvalues, schedule, prior, mean, geometry = ddimGeometry(schedule)) {
  const d = eigenvalues.length;
  const { crossSquared, alphaSquared, sigmaSquared } = geometry;
  const steps = crossSquared.length;
  const last = steps;
  const alpha0 = schedule.alpha[0];
  const logVarianceRatio = new Float64Array(d);
  const targetVariance = new Float64Array(d);
  const meanError = new Float64Array(d);
  const a0 = alphaSquared[0];
  const s0 = sigmaSquared[0];
  const aEnd = alphaSquared[last];
  const sEnd = sigmaSquared[last];
  const start = startGap(schedule);
  const products = new Float64Array(2 * BLOCK);
  for (let first = 0; first < d; first += BLOCK) {
    const count = Math.min(BLOCK, d - first);
    if (count === BLOCK)
      angleProductsOfBlock(eigenvalues, first, geometry, products);
    else
      for (let j = 0; j < count; j++)
        angleProducts(eigenvalues[first + j], geometry, products, j);
    for (let j = 0; j < count; j++) {
      const i = first + j;
      const lambda = eigenvalues[i];
      const p = products[j];
      const q = products[BLOCK + j];
      const logP = p < 0.5 ? Math.log(p) : Math.log1p(-q);
      const deltaPrior = prior === "exact" ? 0 : standardPriorLogRatio(lambda, alpha0, start);
      logVarianceRatio[i] = deltaPrior + logP;
      const rStart = a0 * lambda + s0;
      const rEnd = aEnd * lambda + sEnd;
      targetVariance[i] = rEnd;
      const mu = (mean == null ? void 0 : mean[i]) ?? 0;
      if (mu !== 0 && prior === "standard")
        meanError[i] = -alpha0 * mu * Math.sqrt(rEnd / rStart * p);
    }
  }
  return { logVarianceRatio, targetVariance, meanError };
}
const BLOCK = 4;
function angleProducts(lambda, geometry, out, slot) {
  const { alphaProduct, sigmaProduct, crossSquared, alphaSquared, sigmaSquared } = geometry;
  let rFrom = alphaSquared[0] * lambda + sigmaSquared[0];
  let p = 1;
  let q = 0;
  for (let k = 0; k < crossSquared.length; k++) {
    const rTo = alphaSquared[k + 1] * lambda + sigmaSquared[k + 1];
    const inverse = 1 / (rFrom * rTo);
    const g = alphaProduct[k] * lambda + sigmaProduct[k];
    const cos2 = g * g * inverse;
    p *= cos2;
    q = lambda * crossSquared[k] * inverse + q * cos2;
    rFrom = rTo;
  }
  out[slot] = p;
  out[BLOCK + slot] = q;
}
function angleProductsOfBlock(eigenvalues, first, geometry, out) {
  const { alphaProduct, sigmaProduct, crossSquared, alphaSquared, sigmaSquared } = geometry;
  const l0 = eigenvalues[first];
  const l1 = eigenvalues[first + 1];
  const l2 = eigenvalues[first + 2];
  const l3 = eigenvalues[first + 3];
  const a = alphaSquared[0];
  const s = sigmaSquared[0];
  let r0 = a * l0 + s;
  let r1 = a * l1 + s;
  let r2 = a * l2 + s;
  let r3 = a * l3 + s;
  let p0 = 1;
  let p1 = 1;
  let p2 = 1;
  let p3 = 1;
  let q0 = 0;
  let q1 = 0;
  let q2 = 0;
  let q3 = 0;
  for (let k = 0; k < crossSquared.length; k++) {
    const aa = alphaSquared[k + 1];
    const ss = sigmaSquared[k + 1];
    const ap = alphaProduct[k];
    const sp = sigmaProduct[k];
    const c2 = crossSquared[k];
    const t0 = aa * l0 + ss;
    const t1 = aa * l1 + ss;
    const t2 = aa * l2 + ss;
    const t3 = aa * l3 + ss;
    const i0 = 1 / (r0 * t0);
    const i1 = 1 / (r1 * t1);
    const i2 = 1 / (r2 * t2);
    const i3 = 1 / (r3 * t3);
    const g0 = ap * l0 + sp;
    const g1 = ap * l1 + sp;
    const g2 = ap * l2 + sp;
    const g3 = ap * l3 + sp;
    const k0 = g0 * g0 * i0;
    const k1 = g1 * g1 * i1;
    const k2 = g2 * g2 * i2;
    const k3 = g3 * g3 * i3;
    p0 *= k0;
    p1 *= k1;
    p2 *= k2;
    p3 *= k3;
    q0 = l0 * c2 * i0 + q0 * k0;
    q1 = l1 * c2 * i1 + q1 * k1;
    q2 = l2 * c2 * i2 + q2 * k2;
    q3 = l3 * c2 * i3 + q3 * k3;
    r0 = t0;
    r1 = t1;
    r2 = t2;
    r3 = t3;
  }
  out[0] = p0;
  out[1] = p1;
  out[2] = p2;
  out[3] = p3;
  out[BLOCK] = q0;
  out[BLOCK + 1] = q1;
  out[BLOCK + 2] = q2;
  out[BLOCK + 3] = q3;
}
function stateDimension(state) {
  if (state.mean !== null)
    return state.mean.length;
  for (const g of state.gains)
    if (g !== void 0)
      return g.length;
  return 0;
}
function addScaled(c, x, y) {
  for (let i = 0; i < y.length; i++)
    y[i] = y[i] + c * x[i];
}
const gaussianStateSpace = Object.freeze({
  /** Merges every noise source but the start noise ξ₀ into one: Σ_{j≥1} g_j² is all that x's law needs. */
  compact(x) {
    if (x.gains.length <= 2)
      return x;
    const merged = new Float64Array(stateDimension(x));
    for (let j = 1; j < x.gains.length; j++) {
      const g = x.gains[j];
      if (g === void 0)
        continue;
      for (let i = 0; i < merged.length; i++)
        merged[i] = merged[i] + g[i] * g[i];
    }
    for (let i = 0; i < merged.length; i++)
      merged[i] = Math.sqrt(merged[i]);
    return { mean: x.mean, gains: [x.gains[0], merged] };
  },
  combine(coefficients, vectors) {
    const d = stateDimension(vectors[0]);
    let mean = null;
    let sources = 0;
    for (let m = 0; m < vectors.length; m++) {
      const v = vectors[m];
      sources = Math.max(sources, v.gains.length);
      if (v.mean === null)
        continue;
      mean ?? (mean = new Float64Array(d));
      addScaled(coefficients[m], v.mean, mean);
    }
    const gains = [];
    for (let j = 0; j < sources; j++) {
      let out;
      for (let m = 0; m < vectors.length; m++) {
        const g = vectors[m].gains[j];
        if (g === void 0)
          continue;
        out ?? (out = new Float64Array(d));
        addScaled(coefficients[m], g, out);
      }
      gains.push(out);
    }
    return { mean, gains };
  }
});
function stateVariance(state) {
  const variance = new Float64Array(stateDimension(state));
  for (const g of state.gains) {
    if (g === void 0)
      continue;
    for (let i = 0; i < variance.length; i++)
      variance[i] = variance[i] + g[i] * g[i];
  }
  return variance;
}
function gaussianDenoiser(eigenvalues, mean) {
  const d = eigenvalues.length;
  const k = new Float64Array(d);
  return (x, { alpha, sigma }) => {
    const a2 = alpha * alpha;
    const s2 = sigma * sigma;
    for (let i = 0; i < d; i++) {
      const lambda = eigenvalues[i];
      k[i] = lambda * alpha / (a2 * lambda + s2);
    }
    let out = null;
    if (mean !== void 0 || x.mean !== null) {
      out = new Float64Array(d);
      for (let i = 0; i < d; i++) {
        const mu = mean === void 0 ? 0 : mean[i];
        const xi = x.mean === null ? 0 : x.mean[i];
        out[i] = mu + k[i] * (xi - alpha * mu);
      }
    }
    const gains = [];
    for (const g of x.gains) {
      if (g === void 0) {
        gains.push(void 0);
        continue;
      }
      const scaled = new Float64Array(d);
      for (let i = 0; i < d; i++)
        scaled[i] = k[i] * g[i];
      gains.push(scaled);
    }
    return { mean: out, gains };
  };
}
const gaussianStateNoise = (like) => {
  const gains = new Array(like.gains.length).fill(void 0);
  gains.push(new Float64Array(stateDimension(like)).fill(1));
  return { mean: null, gains };
};
function priorState(eigenvalues, schedule, prior, mean) {
  const d = eigenvalues.length;
  const alpha0 = schedule.alpha[0];
  const sigma0 = schedule.sigma[0];
  const g = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    g[i] = prior === "exact" ? Math.sqrt(alpha0 * alpha0 * eigenvalues[i] + sigma0 * sigma0) : Math.sqrt(schedule.process.priorVariance);
  }
  const m = prior === "exact" && mean !== void 0 ? mean.map((mu) => alpha0 * mu) : null;
  return { mean: m, gains: [g] };
}
function recordLinearTape(sampler, schedule) {
  if (sampler.stochastic)
    return void 0;
  let registers = 1;
  const ops = [];
  const space = {
    combine(coefficients, vectors) {
      const terms = vectors.map((v, m) => [v, coefficients[m]]);
      ops.push({ denoise: false, output: registers, input: -1, alpha: 0, sigma: 0, terms });
      return registers++;
    }
  };
  const denoise = (x, level) => {
    ops.push({ denoise: true, output: registers, input: x, alpha: level.alpha, sigma: level.sigma, terms: [] });
    return registers++;
  };
  const recorded = sampler.sample(0, { space, denoise, schedule });
  const kept = inlineSingleUseCombines(ops, recorded, registers);
  const kind = [];
  const output = [];
  const input = [];
  const termsEnd = [];
  const alpha = [];
  const sigma = [];
  const termRegister = [];
  const termCoefficient = [];
  for (const op of kept) {
    kind.push(op.denoise ? 0 : 1);
    output.push(op.output);
    alpha.push(op.alpha);
    sigma.push(op.sigma);
    if (op.denoise) {
      input.push(op.input);
      termsEnd.push(0);
    } else {
      input.push(termRegister.length);
      for (const [r, c] of op.terms) {
        termRegister.push(r);
        termCoefficient.push(c);
      }
      termsEnd.push(termRegister.length);
    }
  }
  const { registers: slots, result } = reuseRegisters(output, input, kind, termsEnd, termRegister, recorded, registers);
  return {
    registers: slots,
    result,
    kind: Uint8Array.from(kind),
    output: Int32Array.from(output),
    input: Int32Array.from(input),
    termsEnd: Int32Array.from(termsEnd),
    alpha: Float64Array.from(alpha),
    sigma: Float64Array.from(sigma),
    termRegister: Int32Array.from(termRegister),
    termCoefficient: Float64Array.from(termCoefficient)
  };
}
function inlineSingleUseCombines(ops, result, count) {
  const uses = new Int32Array(count);
  uses[result] = uses[result] + 1;
  for (const op of ops) {
    if (op.denoise)
      uses[op.input] = uses[op.input] + 1;
    else
      for (const [r] of op.terms)
        uses[r] = uses[r] + 1;
  }
  const producer = /* @__PURE__ */ new Map();
  for (const op of ops)
    if (!op.denoise)
      producer.set(op.output, op);
  const inlined = /* @__PURE__ */ new Set();
  for (const op of ops) {
    if (op.denoise)
      continue;
    if (!op.terms.some(([r]) => uses[r] === 1 && r !== result && producer.has(r)))
      continue;
    const merged = /* @__PURE__ */ new Map();
    for (const [r, c] of op.terms) {
      const source = producer.get(r);
      if (source !== void 0 && uses[r] === 1 && r !== result) {
        inlined.add(source);
        for (const [r2, c2] of source.terms)
          merged.set(r2, (merged.get(r2) ?? 0) + c * c2);
      } else {
        merged.set(r, (merged.get(r) ?? 0) + c);
      }
    }
    op.terms = [...merged];
  }
  return ops.filter((op) => !inlined.has(op));
}
function reuseRegisters(output, input, kind, termsEnd, termRegister, result, count) {
  const lastUse = new Int32Array(count).fill(-1);
  for (let op = 0; op < kind.length; op++) {
    if (kind[op] === 0)
      lastUse[input[op]] = op;
    else
      for (let t = input[op]; t < termsEnd[op]; t++)
        lastUse[termRegister[t]] = op;
  }
  lastUse[result] = kind.length;
  const slot = new Int32Array(count).fill(-1);
  slot[0] = 0;
  const free = [];
  let slots = 1;
  const release = (register, op) => {
    if (lastUse[register] === op)
      free.push(slot[register]);
  };
  for (let op = 0; op < kind.length; op++) {
    const read = [];
    if (kind[op] === 0) {
      read.push(input[op]);
      input[op] = slot[input[op]];
    } else {
      for (let t = input[op]; t < termsEnd[op]; t++) {
        const r = termRegister[t];
        read.push(r);
        termRegister[t] = slot[r];
      }
    }
    const target = output[op];
    const s = free.pop() ?? slots++;
    slot[target] = s;
    output[op] = s;
    for (let m = 0; m < read.length; m++) {
      const r = read[m];
      if (read.indexOf(r) === m)
        release(r, op);
    }
    if (lastUse[target] === -1)
      free.push(s);
  }
  return { registers: slots, result: slot[result] };
}
function compileTape(tape) {
  const { kind, output, input, termsEnd, alpha, sigma, termRegister, termCoefficient } = tape;
  const ops = [];
  const terms = (op) => {
    const registers = [];
    const coefficients = [];
    for (let t = input[op]; t < termsEnd[op]; t++) {
      registers.push(termRegister[t]);
      coefficients.push(termCoefficient[t]);
    }
    return { registers, coefficients };
  };
  for (let op = 0; op < kind.length; op++) {
    const base = { alpha: alpha[op], sigma: sigma[op], cD: 0 };
    if (kind[op] === 1) {
      const { registers, coefficients } = terms(op);
      ops.push({
        kind: 1,
        target: output[op],
        source: -1,
        denoised: -1,
        ...base,
        registers: Int32Array.from(registers),
        coefficients: Float64Array.from(coefficients)
      });
      continue;
    }
    const next = op + 1;
    if (next < kind.length && kind[next] === 1) {
      const { registers, coefficients } = terms(next);
      const denoised = output[op];
      const others = [];
      const weights = [];
      let cD = 0;
      registers.forEach((r, m) => {
        if (r === denoised)
          cD += coefficients[m];
        else {
          others.push(r);
          weights.push(coefficients[m]);
        }
      });
      const self2 = others.indexOf(input[op]);
      if (self2 > 0) {
        others.unshift(...others.splice(self2, 1));
        weights.unshift(...weights.splice(self2, 1));
      }
      if (cD !== 0 && others.length >= 1 && others.length <= 2) {
        ops.push({
          kind: 2,
          target: output[next],
          source: input[op],
          denoised,
          ...base,
          cD,
          registers: Int32Array.from(others),
          coefficients: Float64Array.from(weights)
        });
        op++;
        continue;
      }
    }
    ops.push({
      kind: 0,
      target: output[op],
      source: input[op],
      denoised: -1,
      ...base,
      registers: new Int32Array(0),
      coefficients: new Float64Array(0)
    });
  }
  return ops;
}
function replayLinearTape(ops, lambdas, mus, gains, means) {
  const lanes = lambdas.length;
  for (let index = 0; index < ops.length; index++) {
    const op = ops[index];
    const a = op.alpha;
    const a2 = a * a;
    const s2 = op.sigma * op.sigma;
    if (op.kind === 2 && means === null) {
      const x = gains[op.source];
      const dOut = gains[op.denoised];
      const out = gains[op.target];
      const r1 = gains[op.registers[0]];
      const c1 = op.coefficients[0];
      const r2 = gains[op.registers[1] ?? 0];
      const c2 = op.coefficients[1] ?? 0;
      if (op.registers.length === 1)
        fusedStep1(lambdas, a, a2, s2, x, dOut, out, op.cD, r1, c1);
      else if (r1 === x)
        fusedStepSelf(lambdas, a, a2, s2, x, dOut, out, op.cD, c1, r2, c2);
      else
        fusedStep2(lambdas, a, a2, s2, x, dOut, out, op.cD, r1, c1, r2, c2);
      continue;
    }
    if (op.kind !== 1) {
      const target = op.kind === 2 ? op.denoised : op.target;
      denoiseLanes(lambdas, mus, a, a2, s2, gains[op.source], gains[target], (means == null ? void 0 : means[op.source]) ?? null, (means == null ? void 0 : means[target]) ?? null);
      if (op.kind === 0)
        continue;
      const registers = Int32Array.from([op.denoised, ...op.registers]);
      const coefficients = Float64Array.from([op.cD, ...op.coefficients]);
      combineLanes(gains, op.target, registers, coefficients, lanes);
      if (means !== null)
        combineLanes(means, op.target, registers, coefficients, lanes);
      continue;
    }
    combineLanes(gains, op.target, op.registers, op.coefficients, lanes);
    if (means !== null)
      combineLanes(means, op.target, op.registers, op.coefficients, lanes);
  }
}
function fusedStep1(l, a, a2, s2, x, dOut, out, cD, r1, c1) {
  for (let j = 0; j < l.length; j++) {
    const lambda = l[j];
    const dj = lambda * a / (a2 * lambda + s2) * x[j];
    dOut[j] = dj;
    out[j] = cD * dj + c1 * r1[j];
  }
}
function fusedStep2(l, a, a2, s2, x, dOut, out, cD, r1, c1, r2, c2) {
  for (let j = 0; j < l.length; j++) {
    const lambda = l[j];
    const dj = lambda * a / (a2 * lambda + s2) * x[j];
    dOut[j] = dj;
    out[j] = cD * dj + c1 * r1[j] + c2 * r2[j];
  }
}
function fusedStepSelf(l, a, a2, s2, x, dOut, out, cD, cX, r2, c2) {
  for (let j = 0; j < l.length; j++) {
    const lambda = l[j];
    const xj = x[j];
    const dj = lambda * a / (a2 * lambda + s2) * xj;
    dOut[j] = dj;
    out[j] = cD * dj + cX * xj + c2 * r2[j];
  }
}
function denoiseLanes(lambdas, mus, a, a2, s2, x, out, xMean, outMean) {
  for (let j = 0; j < lambdas.length; j++) {
    const lambda = lambdas[j];
    const k = lambda * a / (a2 * lambda + s2);
    out[j] = k * x[j];
    if (outMean !== null && xMean !== null) {
      const mu = mus[j];
      outMean[j] = mu + k * (xMean[j] - a * mu);
    }
  }
}
function combineLanes(values, target, registers, coefficients, lanes) {
  const out = values[target];
  const c0 = coefficients[0];
  const r0 = values[registers[0]];
  if (registers.length === 2) {
    const c1 = coefficients[1];
    const r1 = values[registers[1]];
    for (let j = 0; j < lanes; j++)
      out[j] = c0 * r0[j] + c1 * r1[j];
    return;
  }
  for (let j = 0; j < lanes; j++)
    out[j] = c0 * r0[j];
  for (let t = 1; t < registers.length; t++) {
    const c = coefficients[t];
    const r = values[registers[t]];
    for (let j = 0; j < lanes; j++)
      out[j] = out[j] + c * r[j];
  }
}
const TAPE_LANES = 256;
function closedFormOutput(sampler, input) {
  if (sampler === ddim)
    return ddimClosedForm(input.eigenvalues, input.schedule, input.prior, input.mean);
  const tape = recordLinearTape(sampler, input.schedule);
  return tape === void 0 ? sampledClosedForm(sampler, input) : tapedClosedForm(tape, input);
}
function tapedClosedForm(tape, input) {
  const { eigenvalues, schedule, prior, mean } = input;
  const d = eigenvalues.length;
  const last = schedule.t.length - 1;
  const alpha0 = schedule.alpha[0];
  const sigma0 = schedule.sigma[0];
  const alphaEnd = schedule.alpha[last];
  const sigmaEnd = schedule.sigma[last];
  const lanes = Math.min(d, TAPE_LANES);
  const ops = compileTape(tape);
  const gainRegisters = Array.from({ length: tape.registers }, () => new Float64Array(lanes));
  const startMean = prior === "exact" && mean !== void 0;
  const meanRegisters = mean === void 0 ? null : Array.from({ length: tape.registers }, () => new Float64Array(lanes));
  const logVarianceRatio = new Float64Array(d);
  const targetVariance = new Float64Array(d);
  const meanError = new Float64Array(d);
  for (let first = 0; first < d; first += lanes) {
    const count = Math.min(lanes, d - first);
    const lambdas = eigenvalues.subarray(first, first + count);
    const mus = mean === void 0 ? new Float64Array(count) : mean.subarray(first, first + count);
    const gains = count === lanes ? gainRegisters : gainRegisters.map((r) => r.subarray(0, count));
    const means = meanRegisters === null ? null : count === lanes ? meanRegisters : meanRegisters.map((r) => r.subarray(0, count));
    const g0 = gains[0];
    for (let j = 0; j < count; j++) {
      const lambda = lambdas[j];
      g0[j] = prior === "exact" ? Math.sqrt(alpha0 * alpha0 * lambda + sigma0 * sigma0) : Math.sqrt(schedule.process.priorVariance);
      if (means !== null)
        means[0][j] = startMean ? alpha0 * mus[j] : 0;
    }
    replayLinearTape(ops, lambdas, mus, gains, means);
    const result = gains[tape.result];
    for (let j = 0; j < count; j++) {
      const i = first + j;
      const lambda = lambdas[j];
      const target = alphaEnd * alphaEnd * lambda + sigmaEnd * sigmaEnd;
      const g = result[j];
      targetVariance[i] = target;
      logVarianceRatio[i] = Math.log(g * g / target);
      meanError[i] = (means === null ? 0 : means[tape.result][j]) - alphaEnd * mus[j];
    }
  }
  return { logVarianceRatio, targetVariance, meanError };
}
function sampledClosedForm(sampler, input) {
  const { eigenvalues, schedule, mean } = input;
  const final = runOnGaussianState(sampler, input);
  const variance = stateVariance(final);
  const last = schedule.t.length - 1;
  const alphaEnd = schedule.alpha[last];
  const sigmaEnd = schedule.sigma[last];
  const d = eigenvalues.length;
  const logVarianceRatio = new Float64Array(d);
  const targetVariance = new Float64Array(d);
  const meanError = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    const target = alphaEnd * alphaEnd * eigenvalues[i] + sigmaEnd * sigmaEnd;
    targetVariance[i] = target;
    logVarianceRatio[i] = Math.log(variance[i] / target);
    meanError[i] = (final.mean === null ? 0 : final.mean[i]) - alphaEnd * ((mean == null ? void 0 : mean[i]) ?? 0);
  }
  return { logVarianceRatio, targetVariance, meanError };
}
function runOnGaussianState(sampler, input, onLevel) {
  const { eigenvalues, schedule, prior, mean } = input;
  return sampler.sample(priorState(eigenvalues, schedule, prior, mean), {
    space: gaussianStateSpace,
    denoise: gaussianDenoiser(eigenvalues, mean),
    schedule,
    noise: gaussianStateNoise,
    ...{}
  });
}
function frameScale(process2, level) {
  return process2.kind === "flow" ? level.alpha + level.sigma : level.alpha;
}
function frameTime(process2, level) {
  return level.sigma / frameScale(process2, level);
}
const dpmpp2m = Object.freeze({
  name: "dpmpp-2m",
  stochastic: false,
  evaluations: (schedule) => schedule.t.length - 1,
  sample(x, run2) {
    const { space, denoise, schedule, onLevel } = run2;
    const { process: process2 } = schedule;
    let state = x;
    let previous;
    let previousStep = 0;
    onLevel == null ? void 0 : onLevel(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      const to = levelAt(schedule, k + 1);
      if (sameLevel$1(from, to)) {
        onLevel == null ? void 0 : onLevel(state, k + 1);
        continue;
      }
      const ratio = to.sigma / from.sigma;
      const h = Math.log(from.sigma / to.sigma) + Math.log(frameScale(process2, to) / frameScale(process2, from));
      const denoised = denoise(state, from);
      let target = denoised;
      if (previous !== void 0 && to.sigma > 0) {
        const w = h / (2 * previousStep);
        target = space.combine([1 + w, -w], [denoised, previous]);
      }
      state = space.combine([ratio, to.alpha - from.alpha * ratio], [state, target]);
      previous = denoised;
      previousStep = h;
      onLevel == null ? void 0 : onLevel(state, k + 1);
    }
    return state;
  }
});
const dpmpp2mSampler = defineSampler({
  name: "dpmpp-2m",
  summary: "DPM-Solver++(2M) (Lu et al. 2022, Alg. 2; k-diffusion sample_dpmpp_2m), second-order multistep",
  keys: {},
  stochastic: false,
  make: () => dpmpp2m
});
const heun = Object.freeze({
  name: "heun",
  stochastic: false,
  evaluations: (schedule) => {
    const steps = schedule.t.length - 1;
    return steps === 0 ? 0 : 2 * steps - (schedule.sigma[steps] === 0 ? 1 : 0);
  },
  sample(x, run2) {
    const { space, denoise, schedule, onLevel } = run2;
    const { process: process2 } = schedule;
    let state = x;
    onLevel == null ? void 0 : onLevel(state, 0);
    for (let k = 0; k + 1 < schedule.t.length; k++) {
      const from = levelAt(schedule, k);
      const to = levelAt(schedule, k + 1);
      if (sameLevel$1(from, to)) {
        onLevel == null ? void 0 : onLevel(state, k + 1);
        continue;
      }
      const gamma = frameScale(process2, from);
      const gammaNext = frameScale(process2, to);
      const tau = frameTime(process2, from);
      const tauNext = frameTime(process2, to);
      const d1 = denoise(state, from);
      const ratio = to.sigma / from.sigma;
      const predicted = space.combine([ratio, to.alpha - from.alpha * ratio], [state, d1]);
      if (tauNext === 0) {
        state = predicted;
      } else {
        if (gamma === 0) {
          throw new InvalidArgumentError("sampler", "heun", `a Heun step from α = 0 (σ/α = ∞: zero terminal SNR, ${process2.label}) diverges; use euler, dpmpp-2m or ddim, or zsnr=tiny`);
        }
        const d2 = denoise(predicted, to);
        const h = tauNext - tau;
        state = space.combine([
          gammaNext / gamma * (1 + h / (2 * tau)),
          -gammaNext * h / (2 * tau),
          h / (2 * tauNext),
          -gammaNext * h / (2 * tauNext)
        ], [state, d1, predicted, d2]);
      }
      onLevel == null ? void 0 : onLevel(state, k + 1);
    }
    return state;
  }
});
const heunSampler = defineSampler({
  name: "heun",
  summary: "Heun's second-order method (Karras et al. 2022, Alg. 1; k-diffusion sample_heun), 2 evaluations a step",
  keys: {},
  stochastic: false,
  make: () => heun
});
const SAMPLERS = {
  ddim: ddimSampler,
  euler: eulerSampler,
  heun: heunSampler,
  "dpmpp-2m": dpmpp2mSampler,
  ddpm: ddpmSampler,
  "euler-ancestral": eulerAncestralSampler
};
const SAMPLER_NAMES = Object.keys(SAMPLERS);
const BASELINE_STRATEGIES = ["uniform", "quadratic", "logsnr", "exponential", "karras", "tangent:c=1"];
function baselineLevels(process2, steps) {
  return BASELINE_STRATEGIES.flatMap((label) => {
    try {
      return [{ label, levels: sigmasOf(strategySchedule(process2, parseStrategy(label).strategy, steps)) }];
    } catch (error) {
      if (isKlschedError(error) && error.code === "invalid-argument")
        return [];
      throw error;
    }
  });
}
const TAPE_OP = { denoise: 0, combine: 1, noise: 2, compact: 3 };
function recordSamplerTape(sampler, schedule) {
  const r = run(sampler, schedule);
  const ops = r.kind.length;
  const segmentStart = [0];
  const segmentInput = [0];
  const segmentEnd = [];
  const segmentOutput = [];
  const segmentOfRegister = new Int32Array(r.registers);
  let segment = 0;
  let noises = 0;
  let noisesPerSegment = 0;
  const readInSegment = (register) => {
    if (segmentOfRegister[register] !== segment) {
      throw new InvalidArgumentError("sampler", sampler.name, "reads a state from before a compact; its tape cannot be replayed");
    }
  };
  for (let op = 0; op < ops; op++) {
    const kind = r.kind[op];
    if (kind === TAPE_OP.combine) {
      for (let t = r.input[op]; t < r.termsEnd[op]; t++)
        readInSegment(r.termRegister[t]);
    } else if (kind === TAPE_OP.denoise || kind === TAPE_OP.compact) {
      readInSegment(r.input[op]);
    } else {
      r.input[op] = noises++;
      noisesPerSegment = Math.max(noisesPerSegment, noises);
    }
    if (kind === TAPE_OP.compact) {
      segmentEnd.push(op);
      segmentOutput.push(r.input[op]);
      segment++;
      noises = 0;
      segmentStart.push(op + 1);
      segmentInput.push(r.output[op]);
    }
    segmentOfRegister[r.output[op]] = segment;
  }
  readInSegment(r.result);
  segmentEnd.push(ops);
  segmentOutput.push(r.result);
  return {
    registers: r.registers,
    result: r.result,
    kind: Uint8Array.from(r.kind),
    output: Int32Array.from(r.output),
    input: Int32Array.from(r.input),
    termsEnd: Int32Array.from(r.termsEnd),
    termRegister: Int32Array.from(r.termRegister),
    parameterStart: Int32Array.from(r.parameterStart),
    parameters: Float64Array.from(r.parameters),
    segmentStart: Int32Array.from(segmentStart),
    segmentEnd: Int32Array.from(segmentEnd),
    segmentInput: Int32Array.from(segmentInput),
    segmentOutput: Int32Array.from(segmentOutput),
    noisesPerSegment
  };
}
function recordTapeParameters(sampler, schedule, tape, out) {
  const r = run(sampler, schedule);
  if (r.kind.length !== tape.kind.length || r.parameters.length !== tape.parameters.length) {
    throw new InvalidArgumentError("sampler", sampler.name, "its ops change with the levels' values; it cannot be differentiated");
  }
  for (let p = 0; p < out.length; p++)
    out[p] = r.parameters[p];
}
function run(sampler, schedule) {
  const rec = { kind: [], output: [], input: [], termsEnd: [], termRegister: [], parameterStart: [], parameters: [] };
  let registers = 1;
  const push = (kind, input, termsEnd) => {
    rec.kind.push(kind);
    rec.output.push(registers);
    rec.input.push(input);
    rec.termsEnd.push(termsEnd);
    rec.parameterStart.push(rec.parameters.length);
    return registers++;
  };
  const space = {
    combine(coefficients, vectors) {
      const first = rec.termRegister.length;
      for (let m = 0; m < vectors.length; m++) {
        rec.termRegister.push(vectors[m]);
      }
      const register = push(TAPE_OP.combine, first, rec.termRegister.length);
      for (let m = 0; m < vectors.length; m++)
        rec.parameters.push(coefficients[m]);
      return register;
    },
    compact: (x) => push(TAPE_OP.compact, x, 0)
  };
  const denoise = (x, level) => {
    const register = push(TAPE_OP.denoise, x, 0);
    rec.parameters.push(level.alpha, level.sigma);
    return register;
  };
  const noise = () => push(TAPE_OP.noise, 0, 0);
  const result = sampler.sample(0, { space, denoise, schedule, noise });
  return { ...rec, registers, result };
}
const BLOCK_VALUES = 1 << 17;
function tapeObjectiveGradient(tape, input, objective, parameterGradient) {
  return sweep(tape, input, objective, parameterGradient).value;
}
const WORKSPACES = /* @__PURE__ */ new WeakMap();
function workspace(tape, d, withMean, withAdjoint) {
  const key = `${d}:${withMean}:${withAdjoint}`;
  let byShape = WORKSPACES.get(tape.output);
  if (byShape === void 0) {
    byShape = /* @__PURE__ */ new Map();
    WORKSPACES.set(tape.output, byShape);
  }
  const cached = byShape.get(key);
  if (cached !== void 0)
    return cached;
  const made = makeWorkspace(tape, d, withMean, withAdjoint);
  byShape.set(key, made);
  return made;
}
function makeWorkspace(tape, d, withMean, withAdjoint) {
  const Q = tape.noisesPerSegment;
  const lanes = Math.max(1, Math.min(d, Math.floor(BLOCK_VALUES / tape.registers)));
  const views = (count) => {
    const block = new Float64Array(count * lanes);
    return Array.from({ length: count }, (_, r) => block.subarray(r * lanes, (r + 1) * lanes));
  };
  return {
    lanes,
    g: views(tape.registers),
    f: views(tape.registers * Q),
    m: withMean ? views(tape.registers) : null,
    a: withAdjoint ? views(tape.registers) : [],
    startVariance: views(tape.segmentStart.length)
  };
}
function sweep(tape, input, objective, parameterGradient) {
  const { eigenvalues, schedule, prior, mean } = input;
  const d = eigenvalues.length;
  const space = workspace(tape, d, mean !== void 0, objective !== void 0);
  const { lanes } = space;
  const last = schedule.t.length - 1;
  const alpha0 = schedule.alpha[0];
  const sigma0 = schedule.sigma[0];
  const alphaEnd = schedule.alpha[last];
  const sigmaEnd = schedule.sigma[last];
  const logVarianceRatio = new Float64Array(d);
  const targetVariance = new Float64Array(d);
  const meanError = new Float64Array(d);
  const values = new Float64Array(d);
  const partial = new Float64Array(2);
  const variance = new Float64Array(lanes);
  const meanOut = new Float64Array(lanes);
  const dVariance = new Float64Array(lanes);
  const dMean = new Float64Array(lanes);
  for (let first = 0; first < d; first += lanes) {
    const count = Math.min(lanes, d - first);
    const lambdas = eigenvalues.subarray(first, first + count);
    const mus = mean === void 0 ? null : mean.subarray(first, first + count);
    for (let j = 0; j < count; j++) {
      const lambda = lambdas[j];
      variance[j] = prior === "exact" ? alpha0 * alpha0 * lambda + sigma0 * sigma0 : schedule.process.priorVariance;
      meanOut[j] = prior === "exact" && mus !== null ? alpha0 * mus[j] : 0;
    }
    forward(tape, lambdas, mus, count, space, variance, meanOut);
    for (let j = 0; j < count; j++) {
      const i = first + j;
      const lambda = lambdas[j];
      const target = alphaEnd * alphaEnd * lambda + sigmaEnd * sigmaEnd;
      targetVariance[i] = target;
      logVarianceRatio[i] = Math.log(variance[j] / target);
      meanError[i] = meanOut[j] - alphaEnd * (mus === null ? 0 : mus[j]);
      if (objective === void 0)
        continue;
      values[i] = objective(logVarianceRatio[i], meanError[i], target, partial);
      dVariance[j] = partial[0] / variance[j];
      dMean[j] = partial[1];
    }
    if (objective !== void 0 && parameterGradient !== void 0) {
      backward(tape, lambdas, mus, count, space, dVariance, dMean, parameterGradient);
    }
  }
  return { output: { logVarianceRatio, targetVariance, meanError }, value: objective === void 0 ? 0 : compensatedSum(values) };
}
function forward(tape, lambdas, mus, count, { g, f, m, startVariance }, variance, meanOut) {
  const Q = tape.noisesPerSegment;
  const { kind, output, input, termsEnd, termRegister, parameterStart, parameters } = tape;
  for (let segment = 0; segment < tape.segmentStart.length; segment++) {
    const start = tape.segmentInput[segment];
    g[start].fill(1, 0, count);
    startVariance[segment].set(variance.subarray(0, count));
    if (m !== null)
      m[start].set(meanOut.subarray(0, count));
    for (let q = 0; q < Q; q++)
      f[start * Q + q].fill(0, 0, count);
    for (let op = tape.segmentStart[segment]; op < tape.segmentEnd[segment]; op++) {
      const t = output[op];
      const p = parameterStart[op];
      const opKind = kind[op];
      if (opKind === TAPE_OP.denoise) {
        const r = input[op];
        const a = parameters[p];
        const s = parameters[p + 1];
        denoiseGains(lambdas, a, a * a, s * s, g[r], g[t], count);
        for (let q = 0; q < Q; q++)
          denoiseGains(lambdas, a, a * a, s * s, f[r * Q + q], f[t * Q + q], count);
        if (m !== null && mus !== null)
          denoiseMean(lambdas, mus, a, s, m[r], m[t], count);
      } else if (opKind === TAPE_OP.combine) {
        const from = input[op];
        const to = termsEnd[op];
        combine(g, t, termRegister, parameters, from, to, p, 1, 0, count);
        for (let q = 0; q < Q; q++)
          combine(f, t * Q + q, termRegister, parameters, from, to, p, Q, q, count);
        if (m !== null)
          combine(m, t, termRegister, parameters, from, to, p, 1, 0, count);
      } else if (opKind === TAPE_OP.noise) {
        g[t].fill(0, 0, count);
        if (m !== null)
          m[t].fill(0, 0, count);
        for (let q = 0; q < Q; q++)
          f[t * Q + q].fill(q === input[op] ? 1 : 0, 0, count);
      }
    }
    const x = tape.segmentOutput[segment];
    const gx = g[x];
    for (let j = 0; j < count; j++)
      variance[j] = gx[j] * gx[j] * variance[j];
    for (let q = 0; q < Q; q++) {
      const fx = f[x * Q + q];
      for (let j = 0; j < count; j++)
        variance[j] = variance[j] + fx[j] * fx[j];
    }
    if (m !== null)
      meanOut.set(m[x].subarray(0, count));
  }
}
function denoiseGains(lambdas, a, a2, s2, x, out, count) {
  for (let j = 0; j < count; j++) {
    const lambda = lambdas[j];
    out[j] = lambda * a / (a2 * lambda + s2) * x[j];
  }
}
function denoiseMean(lambdas, mus, a, s, x, out, count) {
  for (let j = 0; j < count; j++) {
    const lambda = lambdas[j];
    const mu = mus[j];
    out[j] = mu + lambda * a / (a * a * lambda + s * s) * (x[j] - a * mu);
  }
}
function combine(values, t, termRegister, parameters, from, to, p, stride, q, count) {
  const out = values[t];
  const x0 = values[termRegister[from] * stride + q];
  const c0 = parameters[p];
  if (to - from === 2) {
    const x1 = values[termRegister[from + 1] * stride + q];
    const c1 = parameters[p + 1];
    for (let j = 0; j < count; j++)
      out[j] = c0 * x0[j] + c1 * x1[j];
    return;
  }
  for (let j = 0; j < count; j++)
    out[j] = c0 * x0[j];
  for (let term = from + 1; term < to; term++) {
    const x = values[termRegister[term] * stride + q];
    const c = parameters[p + term - from];
    for (let j = 0; j < count; j++)
      out[j] = out[j] + c * x[j];
  }
}
function backward(tape, lambdas, mus, count, { g, f, m, a, startVariance }, dVariance, dMean, parameterGradient) {
  const Q = tape.noisesPerSegment;
  const weightG = new Float64Array(count);
  const weightF = Array.from({ length: Q }, () => new Float64Array(count));
  const moves = new Float64Array(count);
  const { kind, output, input, termsEnd, termRegister, parameterStart, parameters } = tape;
  const plain = Q === 0 && m === null;
  const sensitivity = (r) => {
    const gr = g[r];
    for (let j = 0; j < count; j++)
      moves[j] = weightG[j] * gr[j];
    for (let q = 0; q < Q; q++) {
      const fr = f[r * Q + q];
      const w = weightF[q];
      for (let j = 0; j < count; j++)
        moves[j] = moves[j] + w[j] * fr[j];
    }
    if (m !== null) {
      const mr = m[r];
      for (let j = 0; j < count; j++)
        moves[j] = moves[j] + dMean[j] * mr[j];
    }
  };
  for (let segment = tape.segmentStart.length - 1; segment >= 0; segment--) {
    const x = tape.segmentOutput[segment];
    const first = tape.segmentStart[segment];
    const end = tape.segmentEnd[segment];
    const start = tape.segmentInput[segment];
    const gx = g[x];
    const v = startVariance[segment];
    for (let j = 0; j < count; j++)
      weightG[j] = 2 * dVariance[j] * gx[j] * v[j];
    for (let q = 0; q < Q; q++) {
      const fx = f[x * Q + q];
      const w = weightF[q];
      for (let j = 0; j < count; j++)
        w[j] = 2 * dVariance[j] * fx[j];
    }
    a[start].fill(0, 0, count);
    for (let op = first; op < end; op++)
      a[output[op]].fill(0, 0, count);
    a[x].fill(1, 0, count);
    for (let op = end - 1; op >= first; op--) {
      const at2 = a[output[op]];
      const p = parameterStart[op];
      if (kind[op] === TAPE_OP.combine) {
        const from = input[op];
        for (let term = from; term < termsEnd[op]; term++) {
          const r = termRegister[term];
          const c = parameters[p + term - from];
          const ar = a[r];
          let sum = 0;
          if (plain) {
            const gr = g[r];
            for (let j = 0; j < count; j++) {
              const adj = at2[j];
              ar[j] = ar[j] + c * adj;
              sum += adj * weightG[j] * gr[j];
            }
          } else {
            sensitivity(r);
            for (let j = 0; j < count; j++) {
              const adj = at2[j];
              ar[j] = ar[j] + c * adj;
              sum += adj * moves[j];
            }
          }
          parameterGradient[p + term - from] = parameterGradient[p + term - from] + sum;
        }
      } else if (kind[op] === TAPE_OP.denoise) {
        const r = input[op];
        const al = parameters[p];
        const si = parameters[p + 1];
        const ar = a[r];
        let sumAlpha = 0;
        let sumSigma = 0;
        if (plain) {
          const gr = g[r];
          const a2 = al * al;
          const s2 = si * si;
          for (let j = 0; j < count; j++) {
            const adj = at2[j];
            const lambda = lambdas[j];
            const inverse = 1 / (a2 * lambda + s2);
            ar[j] = ar[j] + lambda * al * inverse * adj;
            const moved = adj * weightG[j] * gr[j] * lambda * inverse * inverse;
            sumAlpha += moved * (s2 - a2 * lambda);
            sumSigma += moved * al * si;
          }
          parameterGradient[p] = parameterGradient[p] + sumAlpha;
          parameterGradient[p + 1] = parameterGradient[p + 1] - 2 * sumSigma;
          continue;
        }
        sensitivity(r);
        for (let j = 0; j < count; j++) {
          const adj = at2[j];
          const lambda = lambdas[j];
          const inverse = 1 / (al * al * lambda + si * si);
          const k = lambda * al * inverse;
          const kAlpha = lambda * (si * si - al * al * lambda) * inverse * inverse;
          const kSigma = -2 * lambda * al * si * inverse * inverse;
          ar[j] = ar[j] + k * adj;
          let moved = moves[j];
          let meanShift = 0;
          if (mus !== null) {
            const mu = mus[j];
            moved -= dMean[j] * al * mu;
            meanShift = dMean[j] * k * mu;
          }
          sumAlpha += adj * (kAlpha * moved - meanShift);
          sumSigma += adj * kSigma * moved;
        }
        parameterGradient[p] = parameterGradient[p] + sumAlpha;
        parameterGradient[p + 1] = parameterGradient[p + 1] + sumSigma;
      }
    }
    for (let j = 0; j < count; j++) {
      const gain = gx[j];
      dVariance[j] = dVariance[j] * gain * gain;
      dMean[j] = dMean[j] * gain;
    }
  }
}
function levelCoefficients(process2, s) {
  switch (process2.kind) {
    case "ve":
      return { alpha: 1, sigma: s };
    case "flow": {
      const alpha = 1 / (1 + s);
      return { alpha, sigma: s * alpha };
    }
    default: {
      const alpha = 1 / Math.hypot(1, s);
      return { alpha, sigma: s * alpha };
    }
  }
}
function planLevelGradient(sampler, schedule) {
  const tape = recordSamplerTape(sampler, schedule);
  const levels = schedule.t.length;
  const moved = new Float64Array(tape.parameters.length);
  const dependents = [];
  const owners = Array.from({ length: tape.parameters.length }, () => []);
  const s = levelsOf(schedule);
  for (let k = 0; k < levels; k++) {
    if (!isFree(k, levels)) {
      dependents.push(new Int32Array(0));
      continue;
    }
    const shifted = Float64Array.from(s);
    shifted[k] = s[k] * Math.exp(-Math.min(1e-3, gapOf(s, k) / 4));
    recordTapeParameters(sampler, scheduleAtLevels(schedule, shifted, [k]), tape, moved);
    const list = [];
    for (let p = 0; p < moved.length; p++) {
      if (moved[p] !== tape.parameters[p]) {
        list.push(p);
        owners[p].push(k);
      }
    }
    dependents.push(Int32Array.from(list));
  }
  const colour = new Int32Array(levels).fill(-1);
  let colours = 0;
  for (let k = 0; k < levels; k++) {
    if (!isFree(k, levels))
      continue;
    const taken = /* @__PURE__ */ new Set();
    for (const p of dependents[k])
      for (const other of owners[p])
        taken.add(colour[other]);
    let c = 0;
    while (taken.has(c))
      c++;
    colour[k] = c;
    colours = Math.max(colours, c + 1);
  }
  return { sampler, tape, colour, colours, dependents };
}
function levelObjectiveGradient(plan, input, objective, levelGradient) {
  const { sampler, colour, colours, dependents } = plan;
  const { schedule } = input;
  const tape = { ...plan.tape, parameters: currentParameters(plan, schedule) };
  const parameterGradient = new Float64Array(tape.parameters.length);
  const value = tapeObjectiveGradient(tape, input, objective, parameterGradient);
  const levels = schedule.t.length;
  levelGradient.fill(0);
  const s = levelsOf(schedule);
  const steps = new Float64Array(levels);
  for (let k = 0; k < levels; k++)
    if (isFree(k, levels))
      steps[k] = Math.max(Math.min(1e-3, gapOf(s, k) / 256), 1e-12);
  const stencil = [
    [2, -1 / 12],
    [1, 8 / 12],
    [-1, -8 / 12],
    [-2, 1 / 12]
  ];
  const derivative = new Float64Array(tape.parameters.length);
  const moved = new Float64Array(tape.parameters.length);
  for (let c = 0; c < colours; c++) {
    const members = [];
    for (let k = 0; k < levels; k++)
      if (colour[k] === c)
        members.push(k);
    derivative.fill(0);
    for (const [multiple, weight] of stencil) {
      const shifted = Float64Array.from(s);
      for (const k of members)
        shifted[k] = s[k] * Math.exp(multiple * steps[k]);
      recordTapeParameters(sampler, scheduleAtLevels(schedule, shifted, members), plan.tape, moved);
      for (const k of members) {
        for (const p of dependents[k])
          derivative[p] = derivative[p] + weight * moved[p];
      }
    }
    for (const k of members) {
      let sum = 0;
      for (const p of dependents[k])
        sum += parameterGradient[p] * derivative[p];
      levelGradient[k] = sum / (steps[k] * s[k]);
    }
  }
  return value;
}
function currentParameters(plan, schedule) {
  const out = new Float64Array(plan.tape.parameters.length);
  recordTapeParameters(plan.sampler, schedule, plan.tape, out);
  return out;
}
function isFree(k, levels) {
  return k > 0 && k < levels - 1;
}
function levelsOf(schedule) {
  return schedule.alpha.map((a, k) => {
    const sigma = schedule.sigma[k];
    return sigma === 0 ? 0 : a === 0 ? Number.POSITIVE_INFINITY : sigma / a;
  });
}
function gapOf(s, k) {
  const here = Math.log(s[k]);
  const above = here === Number.POSITIVE_INFINITY ? 0 : Math.log(s[k - 1]) - here;
  const below = here - Math.log(s[k + 1]);
  return Math.min(above, below);
}
function scheduleAtLevels(schedule, levels, moved) {
  const alpha = Float64Array.from(schedule.alpha);
  const sigma = Float64Array.from(schedule.sigma);
  for (const k of moved) {
    const at2 = levelCoefficients(schedule.process, levels[k]);
    alpha[k] = at2.alpha;
    sigma[k] = at2.sigma;
  }
  return { process: schedule.process, t: schedule.t, alpha, sigma };
}
function gaussLegendre(n) {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      derivative = n * (z * p1 - p2) / (z * z - 1);
      const step = p1 / derivative;
      z -= step;
      if (Math.abs(step) < 1e-16)
        break;
    }
    nodes[i] = -z;
    nodes[n - 1 - i] = z;
    const w = 2 / ((1 - z * z) * derivative * derivative);
    weights[i] = w;
    weights[n - 1 - i] = w;
  }
  return { nodes, weights };
}
class GeodesicMetric {
  // S(∞) − S(last edge)
  constructor(eigenvalues, weights, panelsPerE = 4) {
    __publicField(this, "eigenvalues");
    __publicField(this, "weights");
    __publicField(this, "edges");
    // panel edges in s
    __publicField(this, "cumulative");
    // S at each edge
    __publicField(this, "slopes");
    // dS/d(ln s) = s·√W(s) at each edge
    __publicField(this, "upperTail");
    this.eigenvalues = eigenvalues;
    this.weights = weights;
    let lo = Number.POSITIVE_INFINITY;
    let hi = 0;
    let lowLimit = 0;
    let highLimit = 0;
    for (let i = 0; i < eigenvalues.length; i++) {
      const l = eigenvalues[i];
      const w = weights[i];
      if (w <= 0)
        continue;
      lo = Math.min(lo, Math.sqrt(l));
      hi = Math.max(hi, Math.sqrt(l));
      lowLimit += w / l;
      highLimit += w * l;
    }
    const start = Math.log(lo) - 8;
    const end = Math.log(hi) + 8;
    const panels = Math.ceil((end - start) * panelsPerE);
    this.edges = Float64Array.from({ length: panels + 1 }, (_, k) => Math.exp(start + (end - start) * k / panels));
    this.cumulative = new Float64Array(panels + 1);
    this.slopes = this.edges.map((e) => e * this.density(e));
    this.cumulative[0] = this.edges[0] * Math.sqrt(lowLimit);
    for (let k = 0; k < panels; k++) {
      this.cumulative[k + 1] = this.cumulative[k] + this.integrate(this.edges[k], this.edges[k + 1]);
    }
    this.upperTail = Math.sqrt(highLimit) / this.edges[panels];
  }
  /** √W(s). */
  density(s) {
    let w = 0;
    const s2 = s * s;
    for (let i = 0; i < this.eigenvalues.length; i++) {
      const l = this.eigenvalues[i];
      const r = l + s2;
      w += this.weights[i] * l / (r * r);
    }
    return Math.sqrt(w);
  }
  /** S(s) = ∫₀ˢ √W; s may be ∞. */
  length(s) {
    const last = this.edges.length - 1;
    if (s === Number.POSITIVE_INFINITY)
      return this.cumulative[last] + this.upperTail;
    if (s <= this.edges[0])
      return s * this.density(0);
    if (s >= this.edges[last]) {
      const e = this.edges[last];
      return this.cumulative[last] + this.upperTail * (1 - e / s);
    }
    const k = this.panelOf(s);
    return this.cumulative[k] + this.integrate(this.edges[k], s);
  }
  /** The level s with S(s) = target, 0 ≤ target < S(∞). */
  inverse(target) {
    const last = this.edges.length - 1;
    if (target <= 0)
      return 0;
    if (target <= this.cumulative[0])
      return target / this.density(0);
    if (target >= this.cumulative[last]) {
      const e = this.edges[last];
      const fraction = (target - this.cumulative[last]) / this.upperTail;
      return fraction >= 1 ? Number.POSITIVE_INFINITY : e / (1 - fraction);
    }
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = lo + hi >> 1;
      if (this.cumulative[mid] <= target)
        lo = mid;
      else
        hi = mid;
    }
    const a = this.edges[lo];
    const b = this.edges[hi];
    let s = hermiteGuess(Math.log(a), Math.log(b), this.cumulative[lo], this.cumulative[hi], this.slopes[lo], this.slopes[hi], target);
    let left = a;
    let right = b;
    for (let iteration = 0; iteration < 30; iteration++) {
      const residual = this.cumulative[lo] + this.integrate(a, s) - target;
      if (Math.abs(residual) <= 2e-16 * target)
        return s;
      if (residual > 0)
        right = s;
      else
        left = s;
      let next = s - residual / this.density(s);
      if (!(next > left && next < right))
        next = 0.5 * (left + right);
      if (Math.abs(next - s) <= 1e-13 * s)
        return next;
      s = next;
    }
    return s;
  }
  panelOf(s) {
    let lo = 0;
    let hi = this.edges.length - 1;
    while (hi - lo > 1) {
      const mid = lo + hi >> 1;
      if (this.edges[mid] <= s)
        lo = mid;
      else
        hi = mid;
    }
    return lo;
  }
  /** ∫_a^b √W ds by 10-point Gauss–Legendre in ln s. */
  integrate(a, b) {
    const la = Math.log(a);
    const lb = Math.log(b);
    const half = 0.5 * (lb - la);
    const mid = 0.5 * (lb + la);
    let sum = 0;
    for (let j = 0; j < RULE.nodes.length; j++) {
      const s = Math.exp(mid + half * RULE.nodes[j]);
      sum += RULE.weights[j] * this.density(s) * s;
    }
    return sum * half;
  }
}
const RULE = gaussLegendre(10);
function hermiteGuess(x0, x1, y0, y1, m0, m1, target) {
  const h = x1 - x0;
  let t = (target - y0) / (y1 - y0);
  for (let i = 0; i < 20; i++) {
    const t2 = t * t;
    const t3 = t2 * t;
    const value = (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * h * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * h * m1;
    const slope = (6 * t2 - 6 * t) * y0 + (3 * t2 - 4 * t + 1) * h * m0 + (-6 * t2 + 6 * t) * y1 + (3 * t2 - 2 * t) * h * m1;
    if (!(slope > 0))
      break;
    const next = Math.min(1, Math.max(0, t - (value - target) / slope));
    if (Math.abs(next - t) < 1e-15)
      break;
    t = next;
  }
  return Math.exp(x0 + t * h);
}
function geodesicLevels(metric, start, floor, steps) {
  const total = metric.length(start);
  const levels = new Float64Array(steps + 1);
  levels[0] = start;
  for (let k = 1; k < steps; k++)
    levels[k] = metric.inverse(total * (1 - k / steps));
  if (steps > 1 && levels[steps - 1] < floor) {
    const bottom = metric.length(floor);
    for (let k = 1; k < steps; k++)
      levels[k] = k === steps - 1 ? floor : metric.inverse(bottom + (total - bottom) * (1 - k / (steps - 1)));
  }
  levels[steps] = 0;
  return levels;
}
function contextSampler(context) {
  return context.sampler ?? ddim;
}
function levelRange(process2) {
  return { start: process2.s(process2.tStart), floor: process2.trainingSteps === void 0 ? 0 : process2.s(0) };
}
function freeLevelRange(context) {
  const { process: process2 } = context;
  const range = levelRange(process2);
  if (context.keepInRange === false || process2.endsClean)
    return range;
  return { start: range.start, floor: Math.max(range.floor, process2.s(process2.tEnd)) };
}
function referenceScale(eigenvalues) {
  let logSum = 0;
  for (const v of eigenvalues)
    logSum += Math.log(v);
  return Math.exp(0.5 * logSum / eigenvalues.length);
}
function scheduleFromLevels(process2, levels) {
  return scheduleFromTimes(process2, Array.from(levels, (s) => s === 0 ? process2.tClean : process2.tFromS(s)));
}
function forwardKL(logVarianceRatio, meanError, targetVariance) {
  const meanTerm = meanError === 0 ? 0 : meanError * meanError / (targetVariance * Math.exp(logVarianceRatio));
  return 0.5 * (phi(-logVarianceRatio) + meanTerm);
}
const forwardKLDivergence = Object.freeze({
  name: "kl",
  objective: "kl",
  label: "KL",
  summary: "KL(source ‖ output) = ½ Σ [φ(−δ) + Δm²/v], nats",
  perDirection: forwardKL,
  gradient(delta, dm, r, out) {
    const meanTerm = dm === 0 ? 0 : dm * dm / (r * Math.exp(delta));
    out[0] = -0.5 * (Math.expm1(-delta) + meanTerm);
    out[1] = dm === 0 ? 0 : dm / (r * Math.exp(delta));
  },
  total: (sum) => sum,
  totalDerivative: () => 1
});
function reverseKL(logVarianceRatio, meanError, targetVariance) {
  return 0.5 * (phi(logVarianceRatio) + meanError * meanError / targetVariance);
}
const reverseKLDivergence = Object.freeze({
  name: "klReverse",
  objective: "reverse-kl",
  label: "KL reverse",
  summary: "KL(output ‖ source) = ½ Σ [φ(δ) + Δm²/r], nats",
  perDirection: reverseKL,
  gradient(delta, dm, r, out) {
    out[0] = 0.5 * Math.expm1(delta);
    out[1] = dm / r;
  },
  total: (sum) => sum,
  totalDerivative: () => 1
});
function symmetricKL(logVarianceRatio, meanError, targetVariance) {
  const half = Math.sinh(0.5 * logVarianceRatio);
  const meanTerm = meanError === 0 ? 0 : 0.5 * meanError * meanError * (1 + Math.exp(-logVarianceRatio)) / targetVariance;
  return 2 * half * half + meanTerm;
}
const symmetricKLDivergence = Object.freeze({
  name: "klSymmetric",
  objective: "symmetric-kl",
  label: "KL symmetric",
  summary: "KL(source ‖ output) + KL(output ‖ source) = Σ [2 sinh²(δ/2) + ½Δm²(1 + e^{−δ})/r], nats",
  perDirection: symmetricKL,
  gradient(delta, dm, r, out) {
    out[0] = Math.sinh(delta) - (dm === 0 ? 0 : 0.5 * dm * dm * Math.exp(-delta) / r);
    out[1] = dm === 0 ? 0 : dm * (1 + Math.exp(-delta)) / r;
  },
  total: (sum) => sum,
  totalDerivative: () => 1
});
function wasserstein2Squared(logVarianceRatio, meanError, targetVariance) {
  const e = Math.expm1(0.5 * logVarianceRatio);
  return targetVariance * e * e + meanError * meanError;
}
const wasserstein2Divergence = Object.freeze({
  name: "w2",
  objective: "w2",
  label: "W2",
  summary: "2-Wasserstein distance W₂ = √(Σ r·expm1(δ/2)² + Δm²), in the data's units",
  perDirection: wasserstein2Squared,
  gradient(delta, dm, r, out) {
    const half = Math.exp(0.5 * delta);
    out[0] = r * (half - 1) * half;
    out[1] = 2 * dm;
  },
  total: (sum) => Math.sqrt(sum),
  totalDerivative: (sum) => sum > 0 ? 0.5 / Math.sqrt(sum) : Number.POSITIVE_INFINITY
});
const DIVERGENCES = {
  kl: forwardKLDivergence,
  klReverse: reverseKLDivergence,
  w2: wasserstein2Divergence,
  klSymmetric: symmetricKLDivergence
};
const DIVERGENCE_NAMES = Object.keys(DIVERGENCES);
function scheduleKL(input) {
  const sampler = input.sampler ?? ddim;
  const schedule = input.clean === false ? withoutCleanLevel(input.schedule) : input.schedule;
  const output = closedFormOutput(sampler, {
    eigenvalues: input.spectrum.eigenvalues,
    schedule,
    prior: input.prior ?? "standard",
    ...input.mean === void 0 ? {} : { mean: input.mean }
  });
  const divergences = directionalDivergences(output);
  const totals = Object.fromEntries(DIVERGENCE_NAMES.map((name) => [name, DIVERGENCES[name].total(compensatedSum(divergences[name]))]));
  const broken = DIVERGENCE_NAMES.find((name) => Number.isNaN(totals[name]));
  if (broken !== void 0) {
    throw new KlschedError("numerical-failure", `${broken} is NaN for ${sampler.name} on ${schedule.process.label} (${schedule.t.length - 1} steps): a bug, please report it with the command`);
  }
  const result = { ...totals, steps: schedule.t.length - 1, nfe: sampler.evaluations(schedule) };
  return input.perDirection ? { ...result, perDirection: divergences } : result;
}
function directionalDivergences(output) {
  const { logVarianceRatio, meanError, targetVariance } = output;
  const d = logVarianceRatio.length;
  const arrays = {};
  for (const name of DIVERGENCE_NAMES) {
    const { perDirection } = DIVERGENCES[name];
    const values = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      values[i] = perDirection(logVarianceRatio[i], meanError[i], targetVariance[i]);
    }
    arrays[name] = values;
  }
  return { ...arrays, logVarianceRatio };
}
function minimizeScalar(f, a, b, samples = 33, tolerance = 1e-10) {
  let bestIndex = 0;
  let bestValue = Number.POSITIVE_INFINITY;
  const grid2 = Array.from({ length: samples }, (_, k) => a + (b - a) * k / (samples - 1));
  grid2.forEach((x, k) => {
    const v = f(x);
    if (v < bestValue) {
      bestValue = v;
      bestIndex = k;
    }
  });
  const lo = grid2[Math.max(0, bestIndex - 1)];
  const hi = grid2[Math.min(samples - 1, bestIndex + 1)];
  const refined = brent(f, lo, hi, grid2[bestIndex], bestValue, tolerance);
  return refined.value <= bestValue ? refined : { x: grid2[bestIndex], value: bestValue };
}
function brent(f, a, b, x, fx, tolerance) {
  const golden = 0.381966011250105;
  let lo = a;
  let hi = b;
  let w = x;
  let v = x;
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    const tol1 = tolerance * Math.abs(x) + 1e-14;
    const tol2 = 2 * tol1;
    if (Math.abs(x - mid) <= tol2 - 0.5 * (hi - lo))
      break;
    let useGolden = true;
    if (Math.abs(e) > tol1) {
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0)
        p = -p;
      q = Math.abs(q);
      const eOld = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * eOld) && p > q * (lo - x) && p < q * (hi - x)) {
        d = p / q;
        const u2 = x + d;
        if (u2 - lo < tol2 || hi - u2 < tol2)
          d = mid >= x ? tol1 : -tol1;
        useGolden = false;
      }
    }
    if (useGolden) {
      e = (x >= mid ? lo : hi) - x;
      d = golden * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
    const fu = f(u);
    if (fu <= fx) {
      if (u >= x)
        lo = x;
      else
        hi = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x)
        lo = u;
      else
        hi = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, value: fx };
}
function tangentLevels(start, floor, c, steps) {
  const top = Math.atan(start / c);
  const levels = new Float64Array(steps + 1);
  for (let k = 0; k < steps; k++)
    levels[k] = c * Math.tan((1 - k / steps) * top);
  if (steps > 1 && levels[steps - 1] < floor) {
    const bottom = Math.atan(floor / c);
    for (let k = 1; k < steps; k++) {
      const u = k / (steps - 1);
      levels[k] = k === steps - 1 ? floor : c * Math.tan((1 - u) * top + u * bottom);
    }
  }
  levels[0] = start;
  levels[steps] = 0;
  return levels;
}
function tangentLawLevels(context, c, steps, end) {
  const { process: process2 } = context;
  if (end === "floor")
    return sigmasOf(strategySchedule(process2, { kind: "tangent", c }, steps));
  const { start, floor } = freeLevelRange(context);
  const top = Math.atan(start / c);
  const levels = new Float64Array(steps + 1);
  for (let k = 1; k < steps; k++)
    levels[k] = c * Math.tan((1 - k / steps) * top);
  levels[0] = start;
  if (steps > 1 && !(levels[steps - 1] >= floor))
    return void 0;
  return levels;
}
function tangentAngleEnergy(lambda, start, c) {
  const root = Math.sqrt(lambda);
  const top = Math.atan(start / c);
  const t = start / root;
  const ratio = t === Number.POSITIVE_INFINITY ? 0 : t / (1 + t * t);
  const arc = Math.atan(t);
  const kappa = c / root;
  return top * (kappa * 0.5 * (ratio + arc) + 0.5 * (arc - ratio) / kappa);
}
function fitTangentLaw(context, steps, fit = "exact") {
  const { eigenvalues } = context.spectrum;
  const { start, floor } = freeLevelRange(context);
  const objectiveAt = (levels) => levels === void 0 ? Number.POSITIVE_INFINITY : objectiveValue(context, levels);
  if (fit === "asymptotic") {
    const span = coefficientSpan(eigenvalues, start, floor);
    const energy = (logC) => {
      const c2 = Math.exp(logC);
      return compensatedSum(eigenvalues.map((l) => tangentAngleEnergy(l, levelRange(context.process).start, c2) ** 2));
    };
    const c = Math.exp(minimizeScalar(energy, span.lo, span.hi, 113, 1e-12).x);
    const zero = tangentLawLevels(context, c, steps, "zero");
    const levels = zero ?? tangentLawLevels(context, c, steps, "floor");
    return { c, end: zero === void 0 ? "floor" : "zero", levels, value: objectiveAt(levels) };
  }
  const ends = context.process.endsClean ? ["zero"] : ["zero", "floor"];
  let best;
  for (const end of ends) {
    const law = fitEnd(context, steps, end, objectiveAt);
    if (best === void 0 || law.value < best.value)
      best = law;
  }
  return best;
}
function fitEnd(context, steps, end, objectiveAt) {
  const { start, floor } = freeLevelRange(context);
  const { lo, hi } = coefficientSpan(context.spectrum.eigenvalues, start, floor);
  const f = (logC) => objectiveAt(tangentLawLevels(context, Math.exp(logC), steps, end));
  const samples = 113;
  const grid2 = Float64Array.from({ length: samples }, (_, k) => lo + (hi - lo) * k / (samples - 1));
  const values = grid2.map(f);
  const dips = [];
  for (let k = 0; k < samples; k++) {
    const v = values[k];
    if ((k === 0 || v <= values[k - 1]) && (k === samples - 1 || v <= values[k + 1]))
      dips.push(k);
  }
  dips.sort((a, b) => values[a] - values[b]);
  let bestLogC = grid2[dips[0] ?? 0];
  let bestValue = values[dips[0] ?? 0];
  for (const k of dips.slice(0, 3)) {
    const a = grid2[Math.max(0, k - 1)];
    const b = grid2[Math.min(samples - 1, k + 1)];
    const refined = minimizeScalar(f, a, b, 5, 1e-12);
    if (refined.value < bestValue) {
      bestValue = refined.value;
      bestLogC = refined.x;
    }
  }
  const c = Math.exp(bestLogC);
  const levels = tangentLawLevels(context, c, steps, end) ?? tangentLawLevels(context, c, steps, "floor");
  return { c, end, levels, value: bestValue };
}
function coefficientSpan(eigenvalues, start, floor) {
  const small = Math.log(Math.sqrt(eigenvalues[eigenvalues.length - 1]));
  const large = Math.log(Math.sqrt(eigenvalues[0]));
  const lo = Math.min(small, floor > 0 ? Math.log(floor) : small) - 7;
  const hi = Math.max(large, Number.isFinite(start) ? Math.log(start) : large) + 7;
  return { lo, hi };
}
function objectiveValue(context, levels) {
  return scheduleKL({
    spectrum: context.spectrum,
    schedule: scheduleFromLevels(context.process, levels),
    sampler: contextSampler(context),
    prior: context.prior ?? "standard",
    ...context.mean === void 0 ? {} : { mean: context.mean }
  })[context.objective ?? "kl"];
}
function geodesicSchedule(context, steps, maxIterations = 25, tolerance = 1e-5) {
  const { eigenvalues } = context.spectrum;
  const { start, floor } = freeLevelRange(context);
  const prior = context.prior ?? "standard";
  const klOf = (candidate) => {
    const out = ddimClosedForm(eigenvalues, scheduleFromLevels(context.process, candidate), prior);
    return { delta: out.logVarianceRatio, kl: compensatedSum(out.logVarianceRatio.map((d) => 0.5 * phi(-d))) };
  };
  let weights = new Float64Array(eigenvalues.length).fill(1);
  let levels = geodesicLevels(new GeodesicMetric(eigenvalues, weights), start, floor, steps);
  if (steps === 1)
    return { levels, iterations: 0 };
  if (!orderedLevels(levels, start, floor))
    return { levels: tangentLevels(start, floor, referenceScale(eigenvalues), steps), iterations: 0 };
  let current = klOf(levels);
  let best = { levels, kl: current.kl };
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const target = current.delta.map((delta) => Math.max(Math.min(Math.abs(Math.expm1(-delta)), 1e300), 1e-300));
    weights = weights.map((w, i) => Math.sqrt(w * target[i]));
    const next = geodesicLevels(new GeodesicMetric(eigenvalues, weights), start, floor, steps);
    if (!orderedLevels(next, start, floor))
      return { levels: best.levels, iterations: iteration };
    let change = 0;
    for (let k = 1; k < steps; k++)
      change = Math.max(change, Math.abs(next[k] / levels[k] - 1));
    levels = next;
    current = klOf(levels);
    if (current.kl < best.kl)
      best = { levels, kl: current.kl };
    if (change < tolerance)
      return { levels: best.levels, iterations: iteration };
  }
  return { levels: best.levels, iterations: maxIterations };
}
function orderedLevels(levels, start, floor) {
  for (let k = 1; k < levels.length - 1; k++) {
    const s = levels[k];
    if (!(s < levels[k - 1] && s <= start && s >= floor && s > 0))
      return false;
  }
  return levels[0] === start;
}
function objectiveDivergence(objective = "kl") {
  return DIVERGENCES[objective];
}
function directionalObjective(divergence) {
  return (delta, meanError, target, out) => {
    divergence.gradient(delta, meanError, target, out);
    return divergence.perDirection(delta, meanError, target);
  };
}
function guardedDivergence(objective = "kl") {
  if (objective === "kl")
    return "klReverse";
  if (objective === "klReverse")
    return "kl";
  return void 0;
}
function defaultMinGap(span, steps, closest = Number.POSITIVE_INFINITY) {
  return Math.min(Math.PI / (2 * steps), steps < 2 ? Number.POSITIVE_INFINITY : span / (2 * (steps - 1)), closest);
}
function resolveMinGap(minGap, steps, start, floor, closest = Number.POSITIVE_INFINITY) {
  const span = floor > 0 && Number.isFinite(start) ? Math.log(start / floor) : Number.POSITIVE_INFINITY;
  if (minGap === void 0)
    return defaultMinGap(span, steps, closest);
  if (!(minGap >= 0 && Number.isFinite(minGap)))
    throw new InvalidArgumentError("min-gap", minGap, "expected a finite number ≥ 0 (in ln s)");
  if (steps >= 2 && !((steps - 1) * minGap < span)) {
    throw new InvalidArgumentError("min-gap", minGap, `${steps} levels cannot be ${minGap} apart in ln s between s=${start} and s=${floor}: the range spans ${span.toPrecision(4)}, so the gap must be below ${(span / (steps - 1)).toPrecision(4)}`);
  }
  return minGap;
}
function closestSpacing(levelSets) {
  let closest = Number.POSITIVE_INFINITY;
  for (const levels of levelSets) {
    for (let k = 1; k < levels.length - 1; k++) {
      const upper = levels[k - 1];
      if (upper !== Number.POSITIVE_INFINITY)
        closest = Math.min(closest, Math.log(upper / levels[k]));
    }
  }
  return closest;
}
function minimizeLbfgs(objective, start, options = {}) {
  var _a;
  const n = start.length;
  const memory = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 1e3;
  const tolerance = options.relativeTolerance ?? 1e-15;
  const gradientTolerance = options.gradientTolerance ?? 0;
  let evaluations = 0;
  const evaluate = (x2, g2) => {
    evaluations++;
    return objective(x2, g2);
  };
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let f = evaluate(x, g);
  const sHistory = [];
  const yHistory = [];
  const rhoHistory = [];
  const direction = new Float64Array(n);
  const alphas = new Float64Array(memory);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (maxAbs(g) <= gradientTolerance)
      return { x, value: f, iterations: iteration - 1, evaluations, reason: "gradient" };
    twoLoopDirection(g, sHistory, yHistory, rhoHistory, direction, alphas);
    let slope = dot(g, direction);
    if (!(slope < 0)) {
      sHistory.length = 0;
      yHistory.length = 0;
      rhoHistory.length = 0;
      for (let i = 0; i < n; i++)
        direction[i] = -g[i];
      slope = dot(g, direction);
    }
    const initialStep = sHistory.length === 0 ? Math.min(1, 1 / Math.max(maxAbs(g), 1e-300)) : 1;
    const search = strongWolfeSearch(evaluate, x, f, g, direction, slope, initialStep);
    if (search === void 0)
      return { x, value: f, iterations: iteration - 1, evaluations, reason: "line-search" };
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = search.x[i] - x[i];
      y[i] = search.gradient[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-300) {
      if (sHistory.length === memory) {
        sHistory.shift();
        yHistory.shift();
        rhoHistory.shift();
      }
      sHistory.push(s);
      yHistory.push(y);
      rhoHistory.push(1 / sy);
    }
    const previous = f;
    x = search.x;
    g = search.gradient;
    f = search.value;
    (_a = options.onIteration) == null ? void 0 : _a.call(options, iteration, f);
    if (Math.abs(previous - f) <= tolerance * Math.max(Math.abs(previous), Math.abs(f), 1e-300)) {
      return { x, value: f, iterations: iteration, evaluations, reason: "converged" };
    }
  }
  return { x, value: f, iterations: maxIterations, evaluations, reason: "max-iterations" };
}
function twoLoopDirection(g, sHistory, yHistory, rhoHistory, out, alphas) {
  const n = g.length;
  for (let i = 0; i < n; i++)
    out[i] = -g[i];
  const m = sHistory.length;
  for (let j = m - 1; j >= 0; j--) {
    const a = rhoHistory[j] * dot(sHistory[j], out);
    alphas[j] = a;
    axpy(-a, yHistory[j], out);
  }
  if (m > 0) {
    const y = yHistory[m - 1];
    const gamma = dot(sHistory[m - 1], y) / dot(y, y);
    for (let i = 0; i < n; i++)
      out[i] = out[i] * gamma;
  }
  for (let j = 0; j < m; j++) {
    const b = rhoHistory[j] * dot(yHistory[j], out);
    axpy(alphas[j] - b, sHistory[j], out);
  }
}
function strongWolfeSearch(evaluate, x0, f0, g0, direction, slope0, initialStep) {
  const c1 = 1e-4;
  const at2 = (step2) => {
    const x = new Float64Array(x0.length);
    for (let i = 0; i < x.length; i++)
      x[i] = x0[i] + step2 * direction[i];
    const gradient = new Float64Array(x0.length);
    const value = evaluate(x, gradient);
    return { x, value, gradient, slope: dot(gradient, direction), step: step2 };
  };
  let previous = { x: x0, value: f0, gradient: g0, slope: slope0, step: 0 };
  let step = initialStep;
  for (let i = 0; i < 40; i++) {
    const current = at2(step);
    if (!Number.isFinite(current.value) || current.value > f0 + c1 * step * slope0 || i > 0 && current.value >= previous.value) {
      return zoom(at2, f0, slope0, previous, current, c1);
    }
    if (Math.abs(current.slope) <= -0.9 * slope0)
      return current;
    if (current.slope >= 0)
      return zoom(at2, f0, slope0, current, previous, c1);
    previous = current;
    step *= 2;
  }
  return void 0;
}
function zoom(at2, f0, slope0, low, high, c1, c2) {
  let lo = low;
  let hi = high;
  for (let i = 0; i < 60; i++) {
    const step = interpolateStep(lo, hi);
    if (!(Math.abs(hi.step - lo.step) > 1e-16 * Math.max(1, Math.abs(lo.step))))
      break;
    const current = at2(step);
    if (!Number.isFinite(current.value) || current.value > f0 + c1 * step * slope0 || current.value >= lo.value) {
      hi = current;
    } else {
      if (Math.abs(current.slope) <= -0.9 * slope0)
        return current;
      if (current.slope * (hi.step - lo.step) >= 0)
        hi = lo;
      lo = current;
    }
  }
  return lo.step > 0 && lo.value < f0 ? lo : void 0;
}
function interpolateStep(a, b) {
  const lo = Math.min(a.step, b.step);
  const hi = Math.max(a.step, b.step);
  let step = 0.5 * (a.step + b.step);
  if (Number.isFinite(b.value)) {
    const d1 = a.slope + b.slope - 3 * (a.value - b.value) / (a.step - b.step);
    const radicand = d1 * d1 - a.slope * b.slope;
    if (radicand >= 0) {
      const d2 = Math.sign(b.step - a.step) * Math.sqrt(radicand);
      const cubic = b.step - (b.step - a.step) * ((b.slope + d2 - d1) / (b.slope - a.slope + 2 * d2));
      if (Number.isFinite(cubic))
        step = cubic;
    }
  }
  const margin = 0.1 * (hi - lo);
  return Math.min(hi - margin, Math.max(lo + margin, step));
}
function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++)
    s += a[i] * b[i];
  return s;
}
function axpy(a, x, y) {
  for (let i = 0; i < y.length; i++)
    y[i] = y[i] + a * x[i];
}
function maxAbs(a) {
  let m = 0;
  for (let i = 0; i < a.length; i++)
    m = Math.max(m, Math.abs(a[i]));
  return m;
}
const angle = (chart, s) => Math.atan(s / chart.scale);
const shift = (chart, k) => chart.minGap ? Math.exp(k * chart.minGap) : 1;
const shiftedFloor = (chart) => chart.floor * shift(chart, chart.steps - 1);
function chartIsFeasible(chart) {
  return shiftedFloor(chart) < chart.start;
}
function levelsFromLogits(chart, logits) {
  const weights = softmax(logits);
  const lo = angle(chart, shiftedFloor(chart));
  const top = angle(chart, chart.start);
  const span = top - lo;
  const levels = new Float64Array(chart.steps + 1);
  levels[0] = chart.start;
  let suffix = 0;
  const suffixes = new Float64Array(chart.steps);
  for (let k = chart.steps - 1; k >= 1; k--) {
    suffix += weights[k];
    suffixes[k] = suffix;
  }
  let prefix = 0;
  for (let k = 1; k < chart.steps; k++) {
    prefix += weights[k - 1];
    const fromTop = span * prefix;
    const shifted = chart.start === Number.POSITIVE_INFINITY && fromTop < Math.PI / 4 ? chart.scale / Math.tan(fromTop) : chart.scale * Math.tan(Math.min(lo + span * suffixes[k], top));
    levels[k] = shifted / shift(chart, k);
  }
  levels[chart.steps] = 0;
  return levels;
}
function logitsFromLevels(chart, levels) {
  const n = chart.steps;
  const logits = new Float64Array(n);
  const lo = angle(chart, shiftedFloor(chart));
  const span = angle(chart, chart.start) - lo;
  for (let k = 1; k <= n; k++) {
    const upper = k === 1 ? angle(chart, chart.start) : angle(chart, levels[k - 1] * shift(chart, k - 1));
    const lower = k === n ? lo : angle(chart, levels[k] * shift(chart, k));
    logits[k - 1] = Math.log(Math.max((upper - lower) / span, 1e-8));
  }
  return logits;
}
function logitGradient(chart, logits, levels, levelGradient) {
  const n = chart.steps;
  const weights = softmax(logits);
  const span = angle(chart, chart.start) - angle(chart, shiftedFloor(chart));
  const byWeight = new Float64Array(n);
  let prefix = 0;
  for (let j = 1; j <= n; j++) {
    byWeight[j - 1] = span * prefix;
    if (j <= n - 1) {
      const e = shift(chart, j);
      const shifted = levels[j] * e;
      const ds = chart.scale + shifted * shifted / chart.scale;
      prefix += levelGradient[j] / e * ds;
    }
  }
  let mean = 0;
  for (let j = 0; j < n; j++)
    mean += weights[j] * byWeight[j];
  const out = new Float64Array(n);
  for (let m = 0; m < n; m++)
    out[m] = weights[m] * (byWeight[m] - mean);
  return out;
}
function softmax(x) {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of x)
    max = Math.max(max, v);
  const out = new Float64Array(x.length);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const e = Math.exp(x[i] - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < x.length; i++)
    out[i] = out[i] / sum;
  return out;
}
function ddimObjectiveWithGradient(eigenvalues, process2, prior, levels, gradient, divergence, mean) {
  const n = levels.length - 1;
  const schedule = scheduleFromLevels(process2, levels);
  const output = ddimClosedForm(eigenvalues, schedule, prior, mean);
  const d = eigenvalues.length;
  const terms = new Float64Array(d);
  const partial = new Float64Array(2);
  gradient.fill(0);
  const tangents = new Float64Array(n);
  for (let i = 0; i < d; i++) {
    const lambda = eigenvalues[i];
    const delta = output.logVarianceRatio[i];
    const meanError = output.meanError[i];
    const target = output.targetVariance[i];
    terms[i] = divergence.perDirection(delta, meanError, target);
    divergence.gradient(delta, meanError, target, partial);
    const dLogP = partial[0] + (meanError === 0 ? 0 : 0.5 * partial[1] * meanError);
    if (!Number.isFinite(dLogP))
      continue;
    const root = Math.sqrt(lambda);
    for (let k = 0; k < n; k++)
      tangents[k] = angleStepTangent(levels[k], levels[k + 1], lambda, root);
    for (let k = 1; k < n; k++) {
      const s = levels[k];
      const dDelta = 2 * root / (lambda + s * s) * (tangents[k - 1] - tangents[k]);
      gradient[k] = gradient[k] + dLogP * dDelta;
    }
  }
  return { sum: compensatedSum(terms) };
}
function angleStepTangent(a, b, lambda, root) {
  if (a === Number.POSITIVE_INFINITY)
    return root / b;
  return root * (a - b) / (lambda + a * b);
}
function penaltyTerm(penalty, c) {
  const { multiplier: lambda, rho } = penalty;
  if (lambda + rho * c >= 0)
    return { value: lambda * c + 0.5 * rho * c * c, slope: lambda + rho * c };
  return { value: -lambda * lambda / (2 * rho), slope: 0 };
}
function objectiveInLogits(context, chart, penalty, plans = {}) {
  const sampler = contextSampler(context);
  const divergence = objectiveDivergence(context.objective);
  const { eigenvalues } = context.spectrum;
  const prior = context.prior ?? "standard";
  const levelGradient = new Float64Array(chart.steps + 1);
  return (logits, gradient) => {
    const levels = levelsFromLogits(chart, logits);
    for (let k = 1; k < chart.steps; k++) {
      const s = levels[k];
      const usable = s >= LEVEL_RANGE.min && s <= LEVEL_RANGE.max && s >= chart.floor;
      if (!(s < levels[k - 1] && usable))
        return Number.POSITIVE_INFINITY;
    }
    const schedule = scheduleFromLevels(context.process, levels);
    for (let k = 1; k < chart.steps; k++) {
      if (!(schedule.alpha[k] > 0 && schedule.sigma[k] > 0))
        return Number.POSITIVE_INFINITY;
    }
    const input = { eigenvalues, schedule, prior, ...context.mean === void 0 ? {} : { mean: context.mean } };
    let weight = 0;
    let extra = 0;
    if (penalty !== void 0) {
      const output = sampler === ddim ? ddimClosedForm(eigenvalues, schedule, prior, context.mean) : closedFormOutput(sampler, input);
      const sum2 = divergenceSum(penalty.divergence, output);
      const term = penaltyTerm(penalty, sum2 / penalty.bound - 1);
      weight = term.slope / penalty.bound;
      extra = term.value - weight * sum2;
    }
    const combined = weight === 0 ? divergence : weightedDivergence(divergence, penalty == null ? void 0 : penalty.divergence, weight);
    let sum;
    if (sampler === ddim) {
      sum = ddimObjectiveWithGradient(eigenvalues, context.process, prior, levels, levelGradient, combined, context.mean).sum;
    } else {
      plans.plan ?? (plans.plan = planLevelGradient(sampler, schedule));
      sum = levelObjectiveGradient(plans.plan, input, directionalObjective(combined), levelGradient);
    }
    const scale = weight === 0 ? divergence.totalDerivative(sum) : 1;
    if (scale !== 1)
      for (let k = 0; k < levelGradient.length; k++)
        levelGradient[k] = levelGradient[k] * scale;
    gradient.set(logitGradient(chart, logits, levels, levelGradient));
    for (const g of gradient)
      if (!Number.isFinite(g))
        return Number.POSITIVE_INFINITY;
    return (weight === 0 ? divergence.total(sum) : sum) + extra;
  };
}
function divergenceSum(divergence, output) {
  const { logVarianceRatio, meanError, targetVariance } = output;
  const terms = new Float64Array(logVarianceRatio.length);
  for (let i = 0; i < terms.length; i++) {
    terms[i] = divergence.perDirection(logVarianceRatio[i], meanError[i], targetVariance[i]);
  }
  return compensatedSum(terms);
}
function weightedDivergence(f, g, w) {
  const scratch = new Float64Array(2);
  return {
    ...f,
    perDirection: (delta, dm, r) => f.perDirection(delta, dm, r) + w * g.perDirection(delta, dm, r),
    gradient(delta, dm, r, out) {
      f.gradient(delta, dm, r, out);
      g.gradient(delta, dm, r, scratch);
      out[0] = out[0] + w * scratch[0];
      out[1] = out[1] + w * scratch[1];
    },
    total: (sum) => sum,
    totalDerivative: () => 1
  };
}
class OptimizationFailedError extends KlschedError {
  constructor(what, reason) {
    super("optimization-failed", `${what} failed: ${reason}`);
    __publicField(this, "what");
    __publicField(this, "reason");
    this.what = what;
    this.reason = reason;
  }
}
const DEGENERATE_FACTOR = 10;
const NO_SCHEDULE = Object.freeze({
  ...Object.fromEntries(Object.keys(DIVERGENCES).map((name) => [name, Number.NaN])),
  steps: 0,
  nfe: 0
});
function optimalSchedule(context, steps, start) {
  if (!Number.isInteger(steps) || steps < 1)
    throw new InvalidArgumentError("steps", steps, "expected an integer ≥ 1");
  const { process: process2 } = context;
  const T = process2.trainingSteps;
  if (T !== void 0 && steps > T)
    throw new InvalidArgumentError("steps", steps, `${process2.label} has only ${T} training timesteps`);
  const sampler = contextSampler(context);
  const objective = context.objective ?? "kl";
  const range = freeLevelRange(context);
  const baselineSets = baselineLevels(process2, steps);
  const minGap = resolveMinGap(context.minGap, steps, range.start, range.floor, closestSpacing(baselineSets.map((b) => b.levels)));
  const scale = Math.min(Math.max(referenceScale(context.spectrum.eigenvalues), range.floor), range.start);
  const chart = { ...range, scale, steps, minGap };
  const what = `optimal at N=${steps} under ${sampler.name} on ${process2.label}`;
  const score = (levels) => ({
    levels,
    figures: meetsChart({ ...chart, minGap: 0 }, levels) ? scheduleKL({
      spectrum: context.spectrum,
      schedule: scheduleFromLevels(process2, levels),
      sampler,
      prior: context.prior ?? "standard",
      ...context.mean === void 0 ? {} : { mean: context.mean }
    }) : NO_SCHEDULE
    // levels an optimiser's arithmetic broke (NaN, out of order) lose to any schedule
  });
  const value = (s) => s.figures[objective];
  const finish = (found, iterations2, extra = {}) => {
    if (!(value(found) < Number.POSITIVE_INFINITY)) {
      throw new OptimizationFailedError(what, `its ${DIVERGENCES[objective].label} is ${value(found)} at every start`);
    }
    return { levels: found.levels, kl: found.figures.kl, value: value(found), iterations: iterations2, objective, minGap, ...extra };
  };
  if (steps === 1)
    return finish(score(levelsFromLogits(chart, new Float64Array(1))), 0);
  const maxIterations = sampler === ddim ? 3e3 : 1e3;
  let iterations = 0;
  const plans = {};
  const run2 = (levels, penalty, tolerance = sampler === ddim ? 1e-15 : 1e-13) => {
    const result = minimizeLbfgs(objectiveInLogits(context, chart, penalty, plans), logitsFromLevels(chart, levels), {
      maxIterations,
      relativeTolerance: tolerance,
      ...context.onProgress ? { onIteration: (i) => {
        var _a;
        return (_a = context.onProgress) == null ? void 0 : _a.call(context, i, maxIterations);
      } } : {}
    });
    iterations += result.iterations;
    return score(levelsFromLogits(chart, result.x));
  };
  const better = (a, b) => b === void 0 || value(a) < value(b) || Number.isNaN(value(b));
  const baselines = baselineSets.filter((b) => meetsChart(chart, b.levels)).map((b) => ({ label: b.label, ...score(Float64Array.from(b.levels, (s, k) => k === 0 ? chart.start : s)) }));
  const guarded = context.guard === false ? void 0 : guardedDivergence(objective);
  const bound = guarded === void 0 ? void 0 : leastBy(baselines, (b) => b.figures[guarded]);
  let floor = leastBy(baselines, value);
  let best = run2(defaultStart(context, steps));
  const breaksGuard = (s) => guarded !== void 0 && bound !== void 0 && !(s.figures[guarded] <= DEGENERATE_FACTOR * bound.figures[guarded]);
  if (floor !== void 0 && !breaksGuard(best) && (sampler !== ddim || !(value(best) <= value(floor)))) {
    const second = run2(floor.levels);
    if (better(second, best))
      best = second;
  }
  let guard;
  if (guarded !== void 0 && bound !== void 0 && breaksGuard(best)) {
    const limit = bound.figures[guarded];
    guard = { divergence: guarded, bound: limit, baseline: bound.label };
    floor = leastBy(baselines.filter((b) => b.figures[guarded] <= limit), value);
    const held = underBound(run2, value, guarded, limit * (1 - 1e-6), floor ?? bound);
    best = held !== void 0 && held.figures[guarded] <= limit ? held : floor ?? bound;
  }
  const guardField = guard === void 0 ? {} : { guard };
  if (floor !== void 0 && !(value(best) <= value(floor)))
    return finish(floor, iterations, { ...guardField, fallback: floor.label });
  return finish(best, iterations, guardField);
}
function underBound(run2, value, guarded, limit, start) {
  let current = start;
  let multiplier = 0;
  let rho = 10 * Math.max(1, Math.abs(value(start)));
  let previous = Number.POSITIVE_INFINITY;
  let best;
  for (let outer = 0; outer < 12; outer++) {
    current = run2(current.levels, { divergence: DIVERGENCES[guarded], bound: limit, multiplier, rho }, 1e-10);
    const c = current.figures[guarded] / limit - 1;
    const feasible = c <= 1e-6;
    if (feasible && (best === void 0 || value(current) < value(best)))
      best = current;
    const next = Math.max(0, multiplier + rho * c);
    if (feasible && Math.abs(next - multiplier) <= 1e-3 * multiplier)
      break;
    if (c > 1e-6 && c > 0.25 * previous)
      rho *= 10;
    multiplier = next;
    previous = Math.max(c, 0);
  }
  return best;
}
function defaultStart(context, steps) {
  if (contextSampler(context) === ddim)
    return geodesicSchedule(context, steps, 2, 1e-3).levels;
  return optimalSchedule({ ...context, sampler: ddim }, steps).levels;
}
function leastBy(items, key) {
  let best;
  for (const item of items) {
    const k = key(item);
    if (Number.isFinite(k) && (best === void 0 || k < key(best)))
      best = item;
  }
  return best;
}
function meetsChart(chart, levels) {
  if (!chartIsFeasible(chart) || levels.length !== chart.steps + 1 || !sameLevel(levels[0], chart.start))
    return false;
  const gap = chart.minGap ?? 0;
  for (let k = 1; k < chart.steps; k++) {
    const s = levels[k];
    if (!(s >= chart.floor * (1 - 1e-12)))
      return false;
    const upper = levels[k - 1];
    if (!(upper > s))
      return false;
    if (upper !== Number.POSITIVE_INFINITY && Math.log(upper / s) < gap * (1 - 1e-9))
      return false;
  }
  return levels[chart.steps] === 0;
}
function sameLevel(a, b) {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}
const TANGENT_FIT_KEYS = {
  fit: { type: "choice", choices: ["exact", "asymptotic"], default: "exact", help: "what c minimises" }
};
const fittedTangent = {
  spec: "tangent",
  summary: "the best tangent law for the case: c and the end (s = 0, or the range's end and the clean jump) of least KL, or (fit=asymptotic) c for the N⁻² term",
  keys: TANGENT_FIT_KEYS,
  accepts: (spec) => !spec.params.has("c"),
  parse: (spec, argument) => ({ kind: "tangent-fit", label: spec.text, ...readKeys(spec, TANGENT_FIT_KEYS, argument) }),
  levels: (context, steps, strategy) => fitTangentLaw(context, steps, strategy.fit).levels,
  optimize(context, steps, strategy) {
    const law = fitTangentLaw(context, steps, strategy.fit);
    return { levels: law.levels, details: { tangent: { c: law.c, end: law.end } } };
  }
};
const geodesic = {
  spec: "geodesic",
  summary: "the geodesic of theory §6: levels uniform in the KL metric's arc length, weights self-consistent",
  keys: {},
  accepts: () => true,
  parse(spec, argument) {
    readKeys(spec, {}, argument);
    return { kind: "geodesic", label: spec.text };
  },
  levels: (context, steps) => geodesicSchedule(context, steps).levels,
  optimize: (context, steps) => ({ levels: geodesicSchedule(context, steps).levels, details: {} })
};
const optimal = {
  spec: "optimal",
  summary: "the exact minimum of the sampler's KL over the free levels (L-BFGS on the closed form)",
  keys: {},
  accepts: () => true,
  parse(spec, argument) {
    readKeys(spec, {}, argument);
    return { kind: "optimal", label: spec.text };
  },
  levels: (context, steps) => optimalSchedule(context, steps).levels,
  optimize(context, steps) {
    const { levels, minGap, guard, fallback } = optimalSchedule(context, steps);
    return {
      levels,
      details: { minGap, ...guard === void 0 ? {} : { guard }, ...fallback === void 0 ? {} : { fallback } }
    };
  }
};
const OPTIMIZED_STRATEGIES = { "tangent-fit": fittedTangent, geodesic, optimal };
const SPECTRUM_PRESETS = [
  { spec: "geometric:d=784,min=1e-4,max=10", label: "geometric, d = 784 (MNIST-sized)" },
  { spec: "powerlaw:d=3072,exponent=1,scale=10", label: "power law, d = 3072 (CIFAR-sized)" },
  { spec: "geometric:d=64,min=1e-3,max=10", label: "geometric, d = 64" },
  { spec: "isotropic:d=1,lambda=1", label: "one eigenvalue λ = 1" }
];
const PROCESS_PRESETS = Object.values(PROCESSES).map((process2) => ({
  spec: exampleSpec(process2.kind, process2.keys),
  label: `${process2.kind} — ${process2.summary}`
}));
const SAMPLER_PRESETS = [...SAMPLER_NAMES, "ddim:eta=0.5"];
const STRATEGY_CHOICES = [
  ...Object.values(OWN_STRATEGIES).filter((strategy) => strategy.kind !== "exponential").map((strategy) => exampleSpec(strategy.kind, strategy.keys)),
  ...new Set(Object.values(OPTIMIZED_STRATEGIES).map((strategy) => strategy.spec))
];
function formatSignificant(x) {
  if (Number.isNaN(x)) return "—";
  if (x === Number.POSITIVE_INFINITY) return "∞";
  if (x === Number.NEGATIVE_INFINITY) return "−∞";
  return Number(x.toPrecision(6)).toString();
}
function bestStrategies(rows) {
  const finite = rows.filter((row) => row.error === void 0 && Number.isFinite(row.kl));
  if (finite.length === 0) return /* @__PURE__ */ new Set();
  const lowest = Math.min(...finite.map((row) => row.kl));
  return new Set(finite.filter((row) => row.kl === lowest).map((row) => row.strategy));
}
function levelsChart(levels, subtitle) {
  const chart = {
    title: "Levels σ/α per step",
    subtitle,
    xLabel: "step k (0 = noisiest level)",
    yLabel: "σ/α (log scale)",
    xScale: "linear",
    yScale: "log",
    series: levels.map((l) => ({ label: l.strategy, points: l.sigmas.map((s, k) => [k, s]) }))
  };
  return lineChartSvg(chart);
}
function klChart(strategies, steps, context, cells, chosen, subtitle) {
  const chart = {
    title: "KL(source ‖ output) against N",
    subtitle,
    xLabel: "N (steps)",
    yLabel: "KL, nats (log scale)",
    xScale: "log",
    yScale: "log",
    markX: chosen,
    xTicks: steps,
    series: strategies.map((strategy) => ({
      label: strategy,
      points: steps.map((n) => [n, cells.get(cellKey(context, strategy, n)) ?? Number.NaN])
    }))
  };
  return lineChartSvg(chart);
}
class PlaygroundWorker {
  /**
   * `graceMs`: how long a superseded computation may keep the worker from starting a newer request before
   * the worker is restarted (which loses what it had cached).
   */
  constructor(onResponse, graceMs) {
    __privateAdd(this, _PlaygroundWorker_instances);
    __privateAdd(this, _worker);
    __privateAdd(this, _nextId, 1);
    __privateAdd(this, _latestCompute, 0);
    /** The request the worker is working on, if any. */
    __privateAdd(this, _running);
    /** The newest request the worker has begun. */
    __privateAdd(this, _lastStarted, 0);
    __privateAdd(this, _watchdog);
    __privateAdd(this, _loads, /* @__PURE__ */ new Map());
    __privateAdd(this, _onResponse);
    __privateAdd(this, _graceMs);
    __privateSet(this, _onResponse, onResponse);
    __privateSet(this, _graceMs, graceMs);
  }
  /** Starts a computation and returns its id; responses of older computations are dropped from now on. */
  compute(input) {
    const id = __privateWrapper(this, _nextId)._++;
    __privateSet(this, _latestCompute, id);
    __privateMethod(this, _PlaygroundWorker_instances, send_fn).call(this, { type: "compute", id, ...input });
    return id;
  }
  /** Asks the worker to drop its current computation at its next check; responses to it are dropped now. */
  cancel() {
    const id = __privateWrapper(this, _nextId)._++;
    __privateSet(this, _latestCompute, id);
    __privateMethod(this, _PlaygroundWorker_instances, send_fn).call(this, { type: "cancel", id });
  }
  /** Reads an uploaded file in the worker (a covariance's eigenvalues take a while). */
  load(name, bytes) {
    const id = __privateWrapper(this, _nextId)._++;
    return new Promise((resolve) => {
      __privateGet(this, _loads).set(id, resolve);
      __privateMethod(this, _PlaygroundWorker_instances, send_fn).call(this, { type: "load", id, name, bytes }, [bytes]);
    });
  }
  /** Stops the worker for good. */
  dispose() {
    var _a;
    clearTimeout(__privateGet(this, _watchdog));
    (_a = __privateGet(this, _worker)) == null ? void 0 : _a.terminate();
    __privateSet(this, _worker, void 0);
  }
}
_worker = new WeakMap();
_nextId = new WeakMap();
_latestCompute = new WeakMap();
_running = new WeakMap();
_lastStarted = new WeakMap();
_watchdog = new WeakMap();
_loads = new WeakMap();
_onResponse = new WeakMap();
_graceMs = new WeakMap();
_PlaygroundWorker_instances = new WeakSet();
send_fn = function(request, transfer = []) {
  const held = __privateGet(this, _running) !== void 0;
  __privateMethod(this, _PlaygroundWorker_instances, ensureWorker_fn).call(this).postMessage(request, transfer);
  clearTimeout(__privateGet(this, _watchdog));
  if (held && request.type === "compute") {
    __privateSet(this, _watchdog, setTimeout(() => {
      if (__privateGet(this, _latestCompute) === request.id && __privateGet(this, _lastStarted) < request.id) __privateMethod(this, _PlaygroundWorker_instances, restart_fn).call(this, request);
    }, __privateGet(this, _graceMs)));
  }
};
restart_fn = function(request) {
  var _a;
  (_a = __privateGet(this, _worker)) == null ? void 0 : _a.terminate();
  __privateSet(this, _worker, void 0);
  __privateSet(this, _running, void 0);
  for (const [id, resolve] of __privateGet(this, _loads)) {
    resolve({ type: "load-error", id, message: "Reading the file was interrupted; upload it again." });
  }
  __privateGet(this, _loads).clear();
  __privateMethod(this, _PlaygroundWorker_instances, ensureWorker_fn).call(this).postMessage(request);
};
ensureWorker_fn = function() {
  if (__privateGet(this, _worker) !== void 0) return __privateGet(this, _worker);
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "klsched-playground" });
  worker.onmessage = (event) => __privateMethod(this, _PlaygroundWorker_instances, receive_fn).call(this, event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    this.dispose();
    __privateSet(this, _running, void 0);
    const message = `The computation stopped (${event.message || "worker error"}); change an input to try again.`;
    __privateGet(this, _onResponse).call(this, {
      type: "result",
      id: __privateGet(this, _latestCompute),
      fieldErrors: [{ field: "spectrum", message }],
      d: null,
      spectrumLabel: "",
      processLabel: "",
      samplerName: "",
      rows: [],
      levels: [],
      computeMs: 0
    });
  };
  __privateSet(this, _worker, worker);
  return worker;
};
receive_fn = function(response) {
  var _a;
  switch (response.type) {
    case "busy":
      __privateSet(this, _running, response.id);
      __privateSet(this, _lastStarted, Math.max(__privateGet(this, _lastStarted), response.id));
      return;
    case "idle":
      if (__privateGet(this, _running) === response.id) __privateSet(this, _running, void 0);
      return;
    case "loaded":
    case "load-error":
      (_a = __privateGet(this, _loads).get(response.id)) == null ? void 0 : _a(response);
      __privateGet(this, _loads).delete(response.id);
      return;
    default:
      if (response.id === __privateGet(this, _latestCompute)) __privateGet(this, _onResponse).call(this, response);
  }
};
const _sfc_main = /* @__PURE__ */ vueExports.defineComponent({
  __name: "KlPlayground",
  __ssrInlineRender: true,
  setup(__props) {
    const inputs = vueExports.ref(DEFAULT_INPUTS);
    const uploaded = vueExports.shallowRef();
    const uploadMessage = vueExports.ref("");
    const uploadNotice = vueExports.ref("");
    const uploading = vueExports.ref(false);
    const result = vueExports.shallowRef();
    const exportText = vueExports.ref("");
    const exportError = vueExports.ref("");
    const exportPending = vueExports.ref(false);
    const cells = vueExports.shallowRef(/* @__PURE__ */ new Map());
    const sweepDone = vueExports.ref(false);
    const state = vueExports.ref("computing");
    const recomputeMs = vueExports.ref();
    const computeMs = vueExports.ref();
    const exportMs = vueExports.ref();
    const sweepMs = vueExports.ref();
    const shownRequest = vueExports.ref(0);
    const copyNote = vueExports.ref("");
    const spectrumText = vueExports.ref(DEFAULT_INPUTS.spectrum);
    const processText = vueExports.ref(DEFAULT_INPUTS.process);
    const samplerText = vueExports.ref(DEFAULT_INPUTS.sampler);
    const strategiesText = vueExports.ref(DEFAULT_INPUTS.strategies.join(" "));
    const stepsDraft = vueExports.ref(String(DEFAULT_INPUTS.steps));
    let tableWorker;
    let sweepWorker;
    let pendingId = 0;
    let sweepId = 0;
    let pendingRest;
    let pendingSince = 0;
    let pendingContext = "";
    const currentSource = vueExports.computed(() => {
      const file = uploaded.value;
      if (file !== void 0 && inputs.value.spectrum === UPLOAD_PREFIX + file.label) {
        return { kind: "values", key: file.key, label: file.label, values: file.values };
      }
      return {
        kind: "spec",
        text: inputs.value.spectrum.startsWith(UPLOAD_PREFIX) ? DEFAULT_INPUTS.spectrum : inputs.value.spectrum
      };
    });
    const sweepSteps = vueExports.computed(() => [.../* @__PURE__ */ new Set([...SWEEP_STEPS, inputs.value.steps])].sort((a, b) => a - b));
    const best = vueExports.computed(() => {
      var _a;
      return bestStrategies(((_a = result.value) == null ? void 0 : _a.rows) ?? []);
    });
    const fieldError = (field) => {
      var _a, _b;
      return ((_b = (_a = result.value) == null ? void 0 : _a.fieldErrors.find((e) => e.field === field)) == null ? void 0 : _b.message) ?? "";
    };
    const subtitle = vueExports.computed(() => {
      const r = result.value;
      return r === void 0 || r.d === null ? "" : `${r.processLabel} · ${r.samplerName} · ${r.spectrumLabel}`;
    });
    const levelsSvg = vueExports.computed(
      () => result.value && result.value.levels.length > 0 ? levelsChart(result.value.levels, subtitle.value) : ""
    );
    const klSvg = vueExports.computed(
      () => result.value && result.value.d !== null ? klChart(inputs.value.strategies, sweepSteps.value, pendingContext, cells.value, inputs.value.steps, subtitle.value) : ""
    );
    const sweepProgress = vueExports.computed(() => {
      const total = sweepSteps.value.length * inputs.value.strategies.length;
      let done = 0;
      for (const n of sweepSteps.value) {
        for (const s of inputs.value.strategies) if (cells.value.has(cellKey(pendingContext, s, n))) done++;
      }
      return { done, total };
    });
    function update(patch) {
      inputs.value = { ...inputs.value, ...patch };
    }
    function request() {
      if (tableWorker === void 0 || sweepWorker === void 0) return;
      const input = inputs.value;
      const exportStrategy = input.strategies.includes(input.exportStrategy) ? input.exportStrategy : input.strategies[0] ?? "";
      if (exportStrategy !== input.exportStrategy) {
        update({ exportStrategy });
        return;
      }
      const spectrum = vueExports.toRaw(currentSource.value);
      const shared = { spectrum, process: input.process, sampler: input.sampler, prior: input.prior };
      pendingContext = contextKey(shared);
      const known = [...cells.value.keys()].filter((key) => key.startsWith(`${pendingContext}|`));
      state.value = "computing";
      sweepDone.value = false;
      exportPending.value = true;
      pendingSince = performance.now();
      const compute = {
        ...shared,
        steps: input.steps,
        strategies: [...input.strategies],
        exportStrategy,
        format: input.format,
        sweepSteps: [...sweepSteps.value],
        known
      };
      pendingId = tableWorker.compute({ ...compute, part: "table" });
      sweepWorker.cancel();
      pendingRest = { id: pendingId, input: { ...compute, part: "rest" } };
      history.replaceState(history.state, "", `${location.pathname}${queryFromInputs(input)}${location.hash}`);
    }
    function setCell(key, kl) {
      const next = new Map(cells.value);
      if (next.size > 2e4) next.clear();
      next.set(key, kl);
      cells.value = next;
    }
    function receiveRest(response) {
      if (response.id !== sweepId) return;
      switch (response.type) {
        case "export":
          exportText.value = response.text ?? "";
          exportError.value = response.error ?? "";
          exportMs.value = response.exportMs;
          exportPending.value = false;
          return;
        case "sweep-cell":
          setCell(response.key, response.kl);
          return;
        case "sweep-done":
          sweepMs.value = response.sweepMs;
          sweepDone.value = true;
          return;
      }
    }
    async function receive(response) {
      if (response.id !== pendingId || response.type !== "result") return;
      result.value = response;
      computeMs.value = response.computeMs;
      if (response.fieldErrors.length === 0) {
        const next = new Map(cells.value);
        response.rows.forEach((row, i) => {
          const strategy = inputs.value.strategies[i];
          if (strategy !== void 0) next.set(cellKey(pendingContext, strategy, inputs.value.steps), row.error ? null : row.kl);
        });
        cells.value = next;
      } else {
        exportPending.value = false;
      }
      await vueExports.nextTick();
      recomputeMs.value = performance.now() - pendingSince;
      shownRequest.value = response.id;
      state.value = response.fieldErrors.length === 0 ? "ready" : "error";
      if ((pendingRest == null ? void 0 : pendingRest.id) === response.id && response.fieldErrors.length === 0 && sweepWorker !== void 0) {
        sweepId = sweepWorker.compute(pendingRest.input);
      }
      pendingRest = void 0;
    }
    vueExports.watch(
      () => inputs.value,
      (value) => {
        spectrumText.value = value.spectrum;
        processText.value = value.process;
        samplerText.value = value.sampler;
        strategiesText.value = value.strategies.join(" ");
        stepsDraft.value = String(value.steps);
        request();
      }
    );
    vueExports.watch(uploaded, request);
    vueExports.onMounted(() => {
      tableWorker = new PlaygroundWorker((response) => void receive(response), 1e3);
      sweepWorker = new PlaygroundWorker(receiveRest, 250);
      const fromUrl = inputsFromQuery(location.search);
      if (fromUrl.spectrum.startsWith(UPLOAD_PREFIX)) {
        uploadNotice.value = `This link was made with an uploaded file (${fromUrl.spectrum.slice(UPLOAD_PREFIX.length)}), which a link cannot carry: upload it again. Showing the default spectrum meanwhile.`;
        inputs.value = { ...fromUrl, spectrum: DEFAULT_INPUTS.spectrum };
      } else {
        inputs.value = fromUrl;
      }
    });
    vueExports.onBeforeUnmount(() => {
      tableWorker == null ? void 0 : tableWorker.dispose();
      sweepWorker == null ? void 0 : sweepWorker.dispose();
    });
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d, _e, _f, _g;
      _push(`<div${ssrRenderAttrs_1(vueExports.mergeProps({
        class: "klp",
        "data-state": state.value,
        "data-request": shownRequest.value,
        "data-recompute-ms": (_a = recomputeMs.value) == null ? void 0 : _a.toFixed(2),
        "data-compute-ms": (_b = computeMs.value) == null ? void 0 : _b.toFixed(2),
        "data-export-ms": (_c = exportMs.value) == null ? void 0 : _c.toFixed(2),
        "data-sweep-ms": (_d = sweepMs.value) == null ? void 0 : _d.toFixed(2),
        "data-sweep-done": sweepDone.value,
        "data-d": ((_e = result.value) == null ? void 0 : _e.d) ?? ""
      }, _attrs))}><form class="klp-controls"><fieldset class="klp-field klp-wide"><legend>Spectrum</legend><div class="klp-row"><select aria-label="built-in spectra" data-testid="spectrum-preset"><option value="">built-in…</option><!--[-->`);
      ssrRenderList_1(vueExports.unref(SPECTRUM_PRESETS), (p) => {
        _push(`<option${ssrRenderAttr_1("value", p.spec)}>${ssrInterpolate_1(p.label)}</option>`);
      });
      _push(`<!--]--></select><input${ssrRenderAttr_1("value", spectrumText.value)} class="klp-text" data-testid="spectrum" aria-label="spectrum spec" spellcheck="false"><label class="klp-upload"><span>${ssrInterpolate_1(uploading.value ? "reading…" : "Upload .npy / .json / .csv")}</span><input type="file" accept=".npy,.json,.csv,.txt" data-testid="upload"></label></div>`);
      if (uploadMessage.value) {
        _push(`<p class="klp-error" role="alert" data-testid="upload-message">${ssrInterpolate_1(uploadMessage.value)}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (uploadNotice.value) {
        _push(`<p class="klp-note" data-testid="upload-notice">${ssrInterpolate_1(uploadNotice.value)}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (fieldError("spectrum")) {
        _push(`<p class="klp-error" role="alert" data-testid="spectrum-error">${ssrInterpolate_1(fieldError("spectrum"))}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<p class="klp-hint"><code>isotropic:d=…,lambda=…</code>, <code>geometric:d=…,min=…,max=…</code>, <code>powerlaw:d=…,exponent=…,scale=…</code>, or a file: 1-D eigenvalues or a 2-D covariance (.npy), an array or <code>{&quot;eigenvalues&quot;: […]}</code> (.json), one number per line (.csv/.txt); up to 65536 eigenvalues. </p></fieldset><fieldset class="klp-field"><legend>Process</legend><div class="klp-row"><select aria-label="process presets" data-testid="process-preset"><option value="">preset…</option><!--[-->`);
      ssrRenderList_1(vueExports.unref(PROCESS_PRESETS), (p) => {
        _push(`<option${ssrRenderAttr_1("value", p.spec)}>${ssrInterpolate_1(p.label)}</option>`);
      });
      _push(`<!--]--></select><input${ssrRenderAttr_1("value", processText.value)} class="klp-text" data-testid="process" aria-label="process spec" spellcheck="false"></div>`);
      if (fieldError("process")) {
        _push(`<p class="klp-error" role="alert">${ssrInterpolate_1(fieldError("process"))}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</fieldset><fieldset class="klp-field"><legend>Sampler and prior</legend><div class="klp-row"><select aria-label="sampler presets" data-testid="sampler-preset"><option value="">sampler…</option><!--[-->`);
      ssrRenderList_1(vueExports.unref(SAMPLER_PRESETS), (s) => {
        _push(`<option${ssrRenderAttr_1("value", s)}>${ssrInterpolate_1(s)}</option>`);
      });
      _push(`<!--]--></select><input${ssrRenderAttr_1("value", samplerText.value)} class="klp-text klp-short" data-testid="sampler" aria-label="sampler spec" spellcheck="false"><select aria-label="prior" data-testid="prior"${ssrRenderAttr_1("value", inputs.value.prior)}><option value="standard">prior: standard</option><option value="exact">prior: exact</option></select></div>`);
      if (fieldError("sampler")) {
        _push(`<p class="klp-error" role="alert">${ssrInterpolate_1(fieldError("sampler"))}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</fieldset><fieldset class="klp-field"><legend>Steps N</legend><div class="klp-row"><input${ssrRenderAttr_1("value", stepsDraft.value)} type="range" min="1" max="100" aria-label="steps slider"><input${ssrRenderAttr_1("value", stepsDraft.value)} type="number" min="1"${ssrRenderAttr_1("max", vueExports.unref(MAX_STEPS))} class="klp-number" data-testid="steps" aria-label="steps"></div></fieldset><fieldset class="klp-field klp-wide"><legend>Strategies</legend><div class="klp-row klp-checks"><!--[-->`);
      ssrRenderList_1(vueExports.unref(STRATEGY_CHOICES), (s) => {
        _push(`<label class="klp-check"><input type="checkbox"${ssrRenderAttr_1("data-testid", `strategy-${s}`)}${ssrIncludeBooleanAttr(inputs.value.strategies.includes(s)) ? " checked" : ""}><code>${ssrInterpolate_1(s)}</code></label>`);
      });
      _push(`<!--]--></div><input${ssrRenderAttr_1("value", strategiesText.value)} class="klp-text klp-full" data-testid="strategies" aria-label="strategies, separated by spaces" spellcheck="false"><p class="klp-hint"> Any spec of <code>--strategies</code>, separated by spaces: <code>karras:rho=5</code>, <code>tangent:c=0.5</code>, <code>polynomial:p=3</code>, <code>tangent:fit=asymptotic</code>, other tools&#39; schedules such as <code>comfy:name=simple</code>, <code>ays:model=sd1</code> or <code>diffusers-euler:spacing=trailing</code>, custom <code>sigmas:14.6,3,1,0.3,0.03</code>, … (<code>shift=</code> on flow). </p></fieldset></form><p class="klp-status" data-testid="status">`);
      if (state.value === "computing") {
        _push(`<!--[-->Computing…<!--]-->`);
      } else if (result.value && result.value.d !== null) {
        _push(`<!--[--> d = ${ssrInterpolate_1(result.value.d)} · sampler ${ssrInterpolate_1(result.value.samplerName)} · table recomputed in <strong data-testid="recompute-ms">${ssrInterpolate_1((_f = recomputeMs.value) == null ? void 0 : _f.toFixed(1))} ms</strong> (worker ${ssrInterpolate_1((_g = computeMs.value) == null ? void 0 : _g.toFixed(1))} ms) · KL against N: ${ssrInterpolate_1(sweepDone.value ? "complete" : `${sweepProgress.value.done} of ${sweepProgress.value.total} points…`)}<!--]-->`);
      } else {
        _push(`<!--[-->Fix the inputs marked above to compute.<!--]-->`);
      }
      _push(`</p>`);
      if (result.value && result.value.rows.length > 0) {
        _push(`<section class="klp-section"><h2 id="kl-table">KL at N = ${ssrInterpolate_1(inputs.value.steps)}</h2><table class="klp-table" data-testid="kl-table"><thead><tr><th>strategy</th><th>KL(source ‖ output)</th><th>KL(output ‖ source)</th><th>W₂</th><th>NFE</th></tr></thead><tbody><!--[-->`);
        ssrRenderList_1(result.value.rows, (row) => {
          _push(`<tr${ssrRenderAttr_1("data-strategy", row.strategy)}${ssrRenderAttr_1("data-kl", row.error ? "" : String(row.kl))}${ssrRenderAttr_1("data-kl-reverse", row.error ? "" : String(row.klReverse))}${ssrRenderAttr_1("data-best", best.value.has(row.strategy))} class="${ssrRenderClass_1({ "klp-best": best.value.has(row.strategy) })}"><td><code>${ssrInterpolate_1(row.strategy)}</code>`);
          if (best.value.has(row.strategy)) {
            _push(`<span class="klp-badge" title="lowest KL at this N">★ best</span>`);
          } else {
            _push(`<!---->`);
          }
          _push(`</td>`);
          if (row.error) {
            _push(`<td colspan="4" class="klp-error">${ssrInterpolate_1(row.error)}</td>`);
          } else {
            _push(`<!--[--><td class="klp-num" data-col="kl">${ssrInterpolate_1(vueExports.unref(formatSignificant)(row.kl))}</td><td class="klp-num" data-col="kl-reverse">${ssrInterpolate_1(vueExports.unref(formatSignificant)(row.klReverse))}</td><td class="klp-num">${ssrInterpolate_1(vueExports.unref(formatSignificant)(row.w2))}</td><td class="klp-num">${ssrInterpolate_1(row.nfe)}</td><!--]-->`);
          }
          _push(`</tr>`);
        });
        _push(`<!--]--></tbody></table><p class="klp-hint"> Same figures as <code>klsched compare --process ${ssrInterpolate_1(inputs.value.process)} --spectrum ${ssrInterpolate_1(result.value.spectrumLabel)} --steps ${ssrInterpolate_1(inputs.value.steps)} --sampler ${ssrInterpolate_1(inputs.value.sampler)} --prior ${ssrInterpolate_1(inputs.value.prior)} --strategies &quot;${ssrInterpolate_1(inputs.value.strategies.join(" "))}&quot; --json</code> (for a file spectrum, pass the file). </p></section>`);
      } else {
        _push(`<!---->`);
      }
      if (levelsSvg.value || klSvg.value) {
        _push(`<section class="klp-section"><h2 id="charts">Levels per step, and KL against N</h2><div class="klp-charts"><div class="klp-chart" data-testid="levels-chart">${levelsSvg.value ?? ""}</div><div class="klp-chart" data-testid="kl-chart">${klSvg.value ?? ""}</div></div><p class="klp-hint"> σ/α on a log axis leaves out the clean level (σ = 0) and, on <code>flow</code>, the start (α = 0). The dashed line marks the chosen N; the KL against N fills in after the table, point by point. </p></section>`);
      } else {
        _push(`<!---->`);
      }
      if (result.value && result.value.d !== null) {
        _push(`<section class="klp-section"><h2 id="export">Export the schedule</h2><div class="klp-row"><select aria-label="strategy to export" data-testid="export-strategy"${ssrRenderAttr_1("value", inputs.value.exportStrategy)}><!--[-->`);
        ssrRenderList_1(inputs.value.strategies, (s) => {
          _push(`<option${ssrRenderAttr_1("value", s)}>${ssrInterpolate_1(s)}</option>`);
        });
        _push(`<!--]--></select><select aria-label="export format" data-testid="export-format"${ssrRenderAttr_1("value", inputs.value.format)}><!--[-->`);
        ssrRenderList_1(vueExports.unref(SCHEDULE_FORMATS), (f) => {
          _push(`<option${ssrRenderAttr_1("value", f)}>${ssrInterpolate_1(f)}</option>`);
        });
        _push(`<!--]--></select><button type="button"${ssrIncludeBooleanAttr(!exportText.value) ? " disabled" : ""}>Copy</button><button type="button"${ssrIncludeBooleanAttr(!exportText.value) ? " disabled" : ""}>Download</button><button type="button" data-testid="copy-link">Copy link to this view</button></div>`);
        if (exportError.value) {
          _push(`<p class="klp-error" role="alert">${ssrInterpolate_1(exportError.value)}</p>`);
        } else {
          _push(`<pre class="klp-export" data-testid="export-text">${ssrInterpolate_1(exportPending.value ? "computing…" : exportText.value)}</pre>`);
        }
        if (copyNote.value) {
          _push(`<p class="klp-note">${ssrInterpolate_1(copyNote.value)}</p>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<p class="klp-hint"> As <code>klsched schedule --format ${ssrInterpolate_1(inputs.value.format)}</code> prints it: on a discrete process <code>diffusers</code> gives integer <code>timesteps=</code> (for <code>optimal</code>, the best integers), otherwise <code>sigmas=</code>; <code>comfyui</code> is a sigmas string for a custom-sigmas node. See <a href="/guide/pick-a-schedule.html">Pick a schedule for your model</a>. </p></section>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../apps/docs/.vitepress/theme/components/KlPlayground.vue");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const theme = {
  extends: theme$1,
  enhanceApp({ app }) {
    app.component("DocFigure", _sfc_main$1);
    app.component("KlPlayground", _sfc_main);
  }
};
const ClientOnly = vueExports.defineComponent({
  setup(_, { slots }) {
    const show = vueExports.ref(false);
    vueExports.onMounted(() => {
      show.value = true;
    });
    return () => show.value && slots.default ? slots.default() : null;
  }
});
function useCodeGroups() {
  if (inBrowser) {
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches(".vp-code-group input")) {
        const group = (_a = el.parentElement) == null ? void 0 : _a.parentElement;
        if (!group)
          return;
        const i = Array.from(group.querySelectorAll("input")).indexOf(el);
        if (i < 0)
          return;
        const blocks = group.querySelector(".blocks");
        if (!blocks)
          return;
        const current = Array.from(blocks.children).find((child) => child.classList.contains("active"));
        if (!current)
          return;
        const next = blocks.children[i];
        if (!next || current === next)
          return;
        current.classList.remove("active");
        next.classList.add("active");
        const label = group == null ? void 0 : group.querySelector(`label[for="${el.id}"]`);
        label == null ? void 0 : label.scrollIntoView({ block: "nearest" });
      }
    });
  }
}
function useCopyCode() {
  if (inBrowser) {
    const timeoutIdMap = /* @__PURE__ */ new WeakMap();
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches('div[class*="language-"] > button.copy')) {
        const parent = el.parentElement;
        const sibling = (_a = el.nextElementSibling) == null ? void 0 : _a.nextElementSibling;
        if (!parent || !sibling) {
          return;
        }
        const isShell = /language-(shellscript|shell|bash|sh|zsh)/.test(parent.className);
        const ignoredNodes = [".vp-copy-ignore", ".diff.remove"];
        const clone = sibling.cloneNode(true);
        clone.querySelectorAll(ignoredNodes.join(",")).forEach((node) => node.remove());
        let text = clone.textContent || "";
        if (isShell) {
          text = text.replace(/^ *(\$|>) /gm, "").trim();
        }
        copyToClipboard(text).then(() => {
          el.classList.add("copied");
          clearTimeout(timeoutIdMap.get(el));
          const timeoutId = setTimeout(() => {
            el.classList.remove("copied");
            el.blur();
            timeoutIdMap.delete(el);
          }, 2e3);
          timeoutIdMap.set(el, timeoutId);
        });
      }
    });
  }
}
async function copyToClipboard(text) {
  try {
    return navigator.clipboard.writeText(text);
  } catch {
    const element = document.createElement("textarea");
    const previouslyFocusedElement = document.activeElement;
    element.value = text;
    element.setAttribute("readonly", "");
    element.style.contain = "strict";
    element.style.position = "absolute";
    element.style.left = "-9999px";
    element.style.fontSize = "12pt";
    const selection = document.getSelection();
    const originalRange = selection ? selection.rangeCount > 0 && selection.getRangeAt(0) : null;
    document.body.appendChild(element);
    element.select();
    element.selectionStart = 0;
    element.selectionEnd = text.length;
    document.execCommand("copy");
    document.body.removeChild(element);
    if (originalRange) {
      selection.removeAllRanges();
      selection.addRange(originalRange);
    }
    if (previouslyFocusedElement) {
      previouslyFocusedElement.focus();
    }
  }
}
function useUpdateHead(route, siteDataByRouteRef) {
  let isFirstUpdate = true;
  let managedHeadElements = [];
  const updateHeadTags = (newTags) => {
    if (isFirstUpdate) {
      isFirstUpdate = false;
      newTags.forEach((tag) => {
        const headEl = createHeadElement(tag);
        for (const el of document.head.children) {
          if (el.isEqualNode(headEl)) {
            managedHeadElements.push(el);
            return;
          }
        }
      });
      return;
    }
    const newElements = newTags.map(createHeadElement);
    managedHeadElements.forEach((oldEl, oldIndex) => {
      const matchedIndex = newElements.findIndex((newEl) => newEl == null ? void 0 : newEl.isEqualNode(oldEl ?? null));
      if (matchedIndex !== -1) {
        delete newElements[matchedIndex];
      } else {
        oldEl == null ? void 0 : oldEl.remove();
        delete managedHeadElements[oldIndex];
      }
    });
    newElements.forEach((el) => el && document.head.appendChild(el));
    managedHeadElements = [...managedHeadElements, ...newElements].filter(Boolean);
  };
  vueExports.watchEffect(() => {
    const pageData = route.data;
    const siteData2 = siteDataByRouteRef.value;
    const pageDescription = pageData && pageData.description;
    const frontmatterHead = pageData && pageData.frontmatter.head || [];
    const title = createTitle(siteData2, pageData);
    if (title !== document.title) {
      document.title = title;
    }
    const description = pageDescription || siteData2.description;
    let metaDescriptionElement = document.querySelector(`meta[name=description]`);
    if (metaDescriptionElement) {
      if (metaDescriptionElement.getAttribute("content") !== description) {
        metaDescriptionElement.setAttribute("content", description);
      }
    } else {
      createHeadElement(["meta", { name: "description", content: description }]);
    }
    updateHeadTags(mergeHead(siteData2.head, filterOutHeadDescription(frontmatterHead)));
  });
}
function createHeadElement([tag, attrs, innerHTML]) {
  const el = document.createElement(tag);
  for (const key in attrs) {
    el.setAttribute(key, attrs[key]);
  }
  if (innerHTML) {
    el.innerHTML = innerHTML;
  }
  if (tag === "script" && attrs.async == null) {
    el.async = false;
  }
  return el;
}
function isMetaDescription(headConfig) {
  return headConfig[0] === "meta" && headConfig[1] && headConfig[1].name === "description";
}
function filterOutHeadDescription(head) {
  return head.filter((h) => !isMetaDescription(h));
}
const hasFetched = /* @__PURE__ */ new Set();
const createLink = () => document.createElement("link");
const viaDOM = (url) => {
  const link2 = createLink();
  link2.rel = `prefetch`;
  link2.href = url;
  document.head.appendChild(link2);
};
const viaXHR = (url) => {
  const req = new XMLHttpRequest();
  req.open("GET", url, req.withCredentials = true);
  req.send();
};
let link;
const doFetch = inBrowser && (link = createLink()) && link.relList && link.relList.supports && link.relList.supports("prefetch") ? viaDOM : viaXHR;
function usePrefetch() {
  if (!inBrowser) {
    return;
  }
  if (!window.IntersectionObserver) {
    return;
  }
  let conn;
  if ((conn = navigator.connection) && (conn.saveData || /2g/.test(conn.effectiveType))) {
    return;
  }
  const rIC = window.requestIdleCallback || setTimeout;
  let observer = null;
  const observeLinks = () => {
    if (observer) {
      observer.disconnect();
    }
    observer = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (entry.isIntersecting) {
          const link2 = entry.target;
          observer.unobserve(link2);
          const { pathname } = link2;
          if (!hasFetched.has(pathname)) {
            hasFetched.add(pathname);
            const pageChunkPath = pathToFile(pathname);
            if (pageChunkPath)
              doFetch(pageChunkPath);
          }
        }
      });
    });
    rIC(() => {
      document.querySelectorAll("#app a").forEach((link2) => {
        const { hostname, pathname } = new URL(link2.href instanceof SVGAnimatedString ? link2.href.animVal : link2.href, link2.baseURI);
        const extMatch = pathname.match(/\.\w+$/);
        if (extMatch && extMatch[0] !== ".html") {
          return;
        }
        if (
          // only prefetch same tab navigation, since a new tab will load
          // the lean js chunk instead.
          link2.target !== "_blank" && // only prefetch inbound links
          hostname === location.hostname
        ) {
          if (pathname !== location.pathname) {
            observer.observe(link2);
          } else {
            hasFetched.add(pathname);
          }
        }
      });
    });
  };
  vueExports.onMounted(observeLinks);
  const route = useRoute();
  vueExports.watch(() => route.path, observeLinks);
  vueExports.onUnmounted(() => {
    observer && observer.disconnect();
  });
}
function resolveThemeExtends(theme2) {
  if (theme2.extends) {
    const base = resolveThemeExtends(theme2.extends);
    return {
      ...base,
      ...theme2,
      async enhanceApp(ctx) {
        if (base.enhanceApp)
          await base.enhanceApp(ctx);
        if (theme2.enhanceApp)
          await theme2.enhanceApp(ctx);
      }
    };
  }
  return theme2;
}
const Theme = resolveThemeExtends(theme);
const VitePressApp = vueExports.defineComponent({
  name: "VitePressApp",
  setup() {
    const { site, lang, dir } = useData$1();
    vueExports.onMounted(() => {
      vueExports.watchEffect(() => {
        document.documentElement.lang = lang.value;
        document.documentElement.dir = dir.value;
      });
    });
    if (site.value.router.prefetchLinks) {
      usePrefetch();
    }
    useCopyCode();
    useCodeGroups();
    if (Theme.setup)
      Theme.setup();
    return () => vueExports.h(Theme.Layout);
  }
});
async function createApp() {
  globalThis.__VITEPRESS__ = true;
  const router = newRouter();
  const app = newApp();
  app.provide(RouterSymbol, router);
  const data = initData(router.route);
  app.provide(dataSymbol, data);
  app.component("Content", Content);
  app.component("ClientOnly", ClientOnly);
  Object.defineProperties(app.config.globalProperties, {
    $frontmatter: {
      get() {
        return data.frontmatter.value;
      }
    },
    $params: {
      get() {
        return data.page.value.params;
      }
    }
  });
  if (Theme.enhanceApp) {
    await Theme.enhanceApp({
      app,
      router,
      siteData: siteDataRef
    });
  }
  return { app, router, data };
}
function newApp() {
  return vueExports.createSSRApp(VitePressApp);
}
function newRouter() {
  let isInitialPageLoad = inBrowser;
  return createRouter((path) => {
    let pageFilePath = pathToFile(path);
    let pageModule = null;
    if (pageFilePath) {
      if (isInitialPageLoad) {
        pageFilePath = pageFilePath.replace(/\.js$/, ".lean.js");
      }
      if (false) ;
      else {
        pageModule = import(
          /*@vite-ignore*/
          pageFilePath
        );
      }
    }
    if (inBrowser) {
      isInitialPageLoad = false;
    }
    return pageModule;
  }, Theme.NotFound);
}
if (inBrowser) {
  createApp().then(({ app, router, data }) => {
    router.go().then(() => {
      useUpdateHead(router.route, data.site);
      app.mount("#app");
    });
  });
}
async function render(path) {
  const { app, router } = await createApp();
  await router.go(path);
  const ctx = { content: "", vpSocialIcons: /* @__PURE__ */ new Set() };
  ctx.content = await renderToString_1(app, ctx);
  return ctx;
}
export {
  tryOnScopeDispose as a,
  useData as b,
  computedAsync as c,
  useSessionStorage as d,
  useLocalStorage as e,
  useRouter as f,
  createSearchTranslate as g,
  useEventListener as h,
  useScrollLock as i,
  dataSymbol as j,
  inBrowser as k,
  escapeRegExp as l,
  notNullish as n,
  onKeyStroke as o,
  pathToFile as p,
  render,
  toArray as t,
  unrefElement as u,
  watchDebounced as w
};
