import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: QualityOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/interfaces/QualityOptions.md","filePath":"api/@klsched/kl-metrics/interfaces/QualityOptions.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/interfaces/QualityOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / QualityOptions</p><h1 id="interface-qualityoptions" tabindex="-1">Interface: QualityOptions <a class="header-anchor" href="#interface-qualityoptions" aria-label="Permalink to &quot;Interface: QualityOptions&quot;">​</a></h1><p>Options of <a href="./../functions/qualityReference.html">qualityReference</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-bootstrap"></a> <code>bootstrap?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>B, the bootstrap resamples. Default 8.</td><td></td></tr><tr><td><a id="property-directions"></a> <code>directions?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>L, the directions of the sliced W₂. Default 64.</td><td></td></tr><tr><td><a id="property-pcadimensions"></a> <code>pcaDimensions?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>k, the principal components the PCA Fréchet distance keeps. Default 32.</td><td></td></tr><tr><td><a id="property-seed"></a> <code>seed?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Seed of the directions and the resamples. Default 1.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/interfaces/QualityOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const QualityOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  QualityOptions as default
};
