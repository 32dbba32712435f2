import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: MeasuredValue","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/interfaces/MeasuredValue.md","filePath":"api/@klsched/kl-metrics/interfaces/MeasuredValue.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/interfaces/MeasuredValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / MeasuredValue</p><h1 id="interface-measuredvalue" tabindex="-1">Interface: MeasuredValue <a class="header-anchor" href="#interface-measuredvalue" aria-label="Permalink to &quot;Interface: MeasuredValue&quot;">​</a></h1><p>A measured value: the estimate on all samples, its bootstrap error bar and the replicates.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-error"></a> <code>error</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The standard deviation of the bootstrap replicates (for <code>nll</code>, the standard error of the mean).</td><td></td></tr><tr><td><a id="property-replicates"></a> <code>replicates</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>The metric on each bootstrap resample; the resamples are shared by every set measured (common random numbers).</td><td></td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/interfaces/MeasuredValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MeasuredValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MeasuredValue as default
};
