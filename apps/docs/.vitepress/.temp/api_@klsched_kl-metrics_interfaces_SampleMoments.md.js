import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: SampleMoments","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/interfaces/SampleMoments.md","filePath":"api/@klsched/kl-metrics/interfaces/SampleMoments.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/interfaces/SampleMoments.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / SampleMoments</p><h1 id="interface-samplemoments" tabindex="-1">Interface: SampleMoments <a class="header-anchor" href="#interface-samplemoments" aria-label="Permalink to &quot;Interface: SampleMoments&quot;">​</a></h1><p>The first two moments of a sample set: mean (d) and covariance (d × d, 1/(n − 1), as np.cov).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-covariance"></a> <code>covariance</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-d"></a> <code>d</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-mean"></a> <code>mean</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/interfaces/SampleMoments.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SampleMoments = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SampleMoments as default
};
