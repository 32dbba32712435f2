import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: MixtureComponent","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/MixtureComponent.md","filePath":"api/@klsched/core-linalg/index/interfaces/MixtureComponent.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/MixtureComponent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / MixtureComponent</p><h1 id="interface-mixturecomponent" tabindex="-1">Interface: MixtureComponent <a class="header-anchor" href="#interface-mixturecomponent" aria-label="Permalink to &quot;Interface: MixtureComponent&quot;">​</a></h1><p>One component N(μ, Σ) of a <a href="./GaussianMixture.html">GaussianMixture</a>, with Σ in eigen form: the top r eigenpairs plus an isotropic remainder, Σ = U·diag(λ)·Uᵀ + ρ·(I − U·Uᵀ) (probabilistic PCA&#39;s form, Tipping &amp; Bishop 1999, whose maximum-likelihood ρ is the mean of the dropped eigenvalues). r = d is the full covariance (no remainder).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-basis"></a> <code>basis</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>U, d × r row-major: column j is the unit eigenvector of <code>eigenvalues[j]</code>.</td><td></td></tr><tr><td><a id="property-eigenvalues"></a> <code>eigenvalues</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>λ₁ ≥ … ≥ λ_r &gt; 0.</td><td></td></tr><tr><td><a id="property-mean"></a> <code>mean</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>μ, length d.</td><td></td></tr><tr><td><a id="property-rank"></a> <code>rank</code></td><td><code>readonly</code></td><td><code>number</code></td><td>r, the eigenpairs kept (1 … d).</td><td></td></tr><tr><td><a id="property-remainder"></a> <code>remainder</code></td><td><code>readonly</code></td><td><code>number</code></td><td>ρ &gt; 0, the variance of every direction orthogonal to the basis; 0 when r = d.</td><td></td></tr><tr><td><a id="property-weight"></a> <code>weight</code></td><td><code>readonly</code></td><td><code>number</code></td><td>π, the component&#39;s weight; the weights of a mixture sum to 1.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/MixtureComponent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MixtureComponent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MixtureComponent as default
};
