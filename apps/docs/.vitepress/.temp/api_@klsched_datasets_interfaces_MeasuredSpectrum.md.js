import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: MeasuredSpectrum","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/interfaces/MeasuredSpectrum.md","filePath":"api/@klsched/datasets/interfaces/MeasuredSpectrum.md"}');
const _sfc_main = { name: "api/@klsched/datasets/interfaces/MeasuredSpectrum.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / MeasuredSpectrum</p><h1 id="interface-measuredspectrum" tabindex="-1">Interface: MeasuredSpectrum <a class="header-anchor" href="#interface-measuredspectrum" aria-label="Permalink to &quot;Interface: MeasuredSpectrum&quot;">​</a></h1><p>The covariance spectrum of a data set.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-dequantization"></a> <code>dequantization</code></td><td><code>readonly</code></td><td><code>number</code></td><td>step²/12, the variance uniform dequantisation adds to every eigenvalue (0 for continuous data).</td><td></td></tr><tr><td><a id="property-dimension"></a> <code>dimension</code></td><td><code>readonly</code></td><td><code>number</code></td><td>d, the values per row and the number of eigenvalues.</td><td></td></tr><tr><td><a id="property-eigenvalues"></a> <code>eigenvalues</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>Descending; a value a covariance eigensolver rounds to just below 0 is kept as it came.</td><td></td></tr><tr><td><a id="property-image"></a> <code>image?</code></td><td><code>readonly</code></td><td><a href="./../../core-linalg/index/interfaces/ImageShape.html"><code>ImageShape</code></a></td><td>The rows&#39; image layout when one is known: the data&#39;s own, a 4-D array&#39;s C × H × W, or <code>layout</code>.</td><td></td></tr><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td><td></td></tr><tr><td><a id="property-method"></a> <code>method</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/SpectrumMethod.html"><code>SpectrumMethod</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-rows"></a> <code>rows</code></td><td><code>readonly</code></td><td><code>number</code></td><td>n, the rows read.</td><td></td></tr><tr><td><a id="property-trace"></a> <code>trace</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Σ per-coordinate variance + d·dequantization, what the eigenvalues sum to (exactly, up to rounding).</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/interfaces/MeasuredSpectrum.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MeasuredSpectrum = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MeasuredSpectrum as default
};
