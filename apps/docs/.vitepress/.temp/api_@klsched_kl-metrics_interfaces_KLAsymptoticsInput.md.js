import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: KLAsymptoticsInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/interfaces/KLAsymptoticsInput.md","filePath":"api/@klsched/kl-metrics/interfaces/KLAsymptoticsInput.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/interfaces/KLAsymptoticsInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / KLAsymptoticsInput</p><h1 id="interface-klasymptoticsinput" tabindex="-1">Interface: KLAsymptoticsInput <a class="header-anchor" href="#interface-klasymptoticsinput" aria-label="Permalink to &quot;Interface: KLAsymptoticsInput&quot;">​</a></h1><p>Inputs of <a href="./../functions/klAsymptotics.html">klAsymptotics</a> and <a href="./../functions/angleExpansion.html">angleExpansion</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-mean"></a> <code>mean?</code></td><td><code>readonly</code></td><td><code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt;</td><td>Source mean μ in eigen-coordinates; zero when omitted.</td><td></td></tr><tr><td><a id="property-options"></a> <code>options?</code></td><td><code>readonly</code></td><td><a href="./../../discretization/index/interfaces/StrategyOptions.html"><code>StrategyOptions</code></a></td><td><code>shift</code> (flow) is part of the map u ↦ level; <code>round</code> is refused (rounded levels are no smooth map).</td><td></td></tr><tr><td><a id="property-prior"></a> <code>prior?</code></td><td><code>readonly</code></td><td><a href="./../../gaussian-flow/index/type-aliases/Prior.html"><code>Prior</code></a></td><td>Default <code>standard</code>, as in <code>scheduleKL</code>.</td><td></td></tr><tr><td><a id="property-process"></a> <code>process</code></td><td><code>readonly</code></td><td><a href="./../../discretization/index/interfaces/NoiseProcess.html"><code>NoiseProcess</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-spectrum"></a> <code>spectrum</code></td><td><code>readonly</code></td><td><a href="./../../core-linalg/index/interfaces/Spectrum.html"><code>Spectrum</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-strategy"></a> <code>strategy</code></td><td><code>readonly</code></td><td><a href="./../../discretization/index/type-aliases/Strategy.html"><code>Strategy</code></a></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/interfaces/KLAsymptoticsInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KLAsymptoticsInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KLAsymptoticsInput as default
};
