import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: Spectrum","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/Spectrum.md","filePath":"api/@klsched/core-linalg/index/interfaces/Spectrum.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/Spectrum.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / Spectrum</p><h1 id="interface-spectrum" tabindex="-1">Interface: Spectrum <a class="header-anchor" href="#interface-spectrum" aria-label="Permalink to &quot;Interface: Spectrum&quot;">​</a></h1><p>The eigenvalues λ₁ ≥ … ≥ λ_d &gt; 0 of a source covariance Σ. Every direction of the Gaussian problem is independent (theory §1 “Model”), so this is all of Σ that the KL depends on. Only <a href="./../functions/createSpectrum.html">createSpectrum</a> makes one, so holding a <code>Spectrum</code> means the values were checked: finite, positive, descending.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-__klschedspectrum"></a> <code>__klschedSpectrum</code></td><td><code>readonly</code></td><td><code>true</code></td><td>-</td><td></td></tr><tr><td><a id="property-eigenvalues"></a> <code>eigenvalues</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>-</td><td></td></tr><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td><td>A short human name: <code>isotropic:d=4,lambda=1</code>, a file name, <code>mnist</code>, …</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/Spectrum.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Spectrum = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Spectrum as default
};
