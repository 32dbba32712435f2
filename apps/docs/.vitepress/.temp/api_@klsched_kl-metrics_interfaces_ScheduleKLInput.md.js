import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ScheduleKLInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/interfaces/ScheduleKLInput.md","filePath":"api/@klsched/kl-metrics/interfaces/ScheduleKLInput.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/interfaces/ScheduleKLInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / ScheduleKLInput</p><h1 id="interface-scheduleklinput" tabindex="-1">Interface: ScheduleKLInput <a class="header-anchor" href="#interface-scheduleklinput" aria-label="Permalink to &quot;Interface: ScheduleKLInput&quot;">​</a></h1><p>Inputs of <a href="./../functions/scheduleKL.html">scheduleKL</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-clean"></a> <code>clean?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>When false, drop the final clean level and compare the output at the last noisy level with the true marginal there (truncated sampling; CLI <code>--no-clean</code>). Default true.</td><td></td></tr><tr><td><a id="property-mean"></a> <code>mean?</code></td><td><code>readonly</code></td><td><code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt;</td><td>Source mean μ in eigen-coordinates (same order as the spectrum); zero when omitted.</td><td></td></tr><tr><td><a id="property-perdirection"></a> <code>perDirection?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>Also return every direction&#39;s figures. Default false.</td><td></td></tr><tr><td><a id="property-prior"></a> <code>prior?</code></td><td><code>readonly</code></td><td><a href="./../../gaussian-flow/index/type-aliases/Prior.html"><code>Prior</code></a></td><td>Default <code>standard</code>.</td><td></td></tr><tr><td><a id="property-sampler"></a> <code>sampler?</code></td><td><code>readonly</code></td><td><a href="./../../gaussian-flow/index/interfaces/Sampler.html"><code>Sampler</code></a></td><td>Default <code>ddim</code>.</td><td></td></tr><tr><td><a id="property-schedule"></a> <code>schedule</code></td><td><code>readonly</code></td><td><a href="./../../discretization/index/interfaces/Schedule.html"><code>Schedule</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-spectrum"></a> <code>spectrum</code></td><td><code>readonly</code></td><td><a href="./../../core-linalg/index/interfaces/Spectrum.html"><code>Spectrum</code></a></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/interfaces/ScheduleKLInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScheduleKLInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScheduleKLInput as default
};
