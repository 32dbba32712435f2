import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: MeasureOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/interfaces/MeasureOptions.md","filePath":"api/@klsched/datasets/interfaces/MeasureOptions.md"}');
const _sfc_main = { name: "api/@klsched/datasets/interfaces/MeasureOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / MeasureOptions</p><h1 id="interface-measureoptions" tabindex="-1">Interface: MeasureOptions <a class="header-anchor" href="#interface-measureoptions" aria-label="Permalink to &quot;Interface: MeasureOptions&quot;">​</a></h1><p>Options of <a href="./../functions/measureSpectrum.html">measureSpectrum</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-layout"></a> <code>layout?</code></td><td><code>readonly</code></td><td><a href="./ChannelLayout.html"><code>ChannelLayout</code></a></td><td>How each row of a matrix is laid out, channels first: n × d rows of flattened C × H × W latents (C·H·W must be d). Without it a 4-D n × C × H × W array (<code>data.rowShape</code> [C, H, W]) is taken as such.</td><td></td></tr><tr><td><a id="property-method"></a> <code>method?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/SpectrumMethod.html"><code>SpectrumMethod</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-onprogress"></a> <code>onProgress?</code></td><td><code>readonly</code></td><td>(<code>stage</code>, <code>done</code>, <code>total</code>) =&gt; <code>void</code></td><td>Called as data are read and the eigenvalues computed.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/interfaces/MeasureOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MeasureOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MeasureOptions as default
};
