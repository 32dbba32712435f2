import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: GaussianMixture","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/GaussianMixture.md","filePath":"api/@klsched/core-linalg/index/interfaces/GaussianMixture.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/GaussianMixture.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / GaussianMixture</p><h1 id="interface-gaussianmixture" tabindex="-1">Interface: GaussianMixture <a class="header-anchor" href="#interface-gaussianmixture" aria-label="Permalink to &quot;Interface: GaussianMixture&quot;">​</a></h1><p>A Gaussian mixture Σ_k π_k N(μ_k, Σ_k) on ℝ^d, each Σ_k in eigen form (<a href="./MixtureComponent.html">MixtureComponent</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-components"></a> <code>components</code></td><td><code>readonly</code></td><td>readonly <a href="./MixtureComponent.html"><code>MixtureComponent</code></a>[]</td><td>-</td><td></td></tr><tr><td><a id="property-dimension"></a> <code>dimension</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td><td>A short name for messages and labels: <code>mnist:class,rank=32</code>.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/GaussianMixture.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GaussianMixture = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GaussianMixture as default
};
