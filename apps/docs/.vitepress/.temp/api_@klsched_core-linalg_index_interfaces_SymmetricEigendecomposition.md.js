import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: SymmetricEigendecomposition","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/SymmetricEigendecomposition.md","filePath":"api/@klsched/core-linalg/index/interfaces/SymmetricEigendecomposition.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/SymmetricEigendecomposition.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / SymmetricEigendecomposition</p><h1 id="interface-symmetriceigendecomposition" tabindex="-1">Interface: SymmetricEigendecomposition <a class="header-anchor" href="#interface-symmetriceigendecomposition" aria-label="Permalink to &quot;Interface: SymmetricEigendecomposition&quot;">​</a></h1><p>Eigenvalues and eigenvectors of a symmetric matrix A = V·diag(values)·Vᵀ.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-values"></a> <code>values</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>Descending (numpy&#39;s <code>eigh</code> returns them ascending).</td><td></td></tr><tr><td><a id="property-vectors"></a> <code>vectors</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>n × n row-major; column k is the unit eigenvector of <code>values[k]</code>, as in numpy and LAPACK.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/SymmetricEigendecomposition.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SymmetricEigendecomposition = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SymmetricEigendecomposition as default
};
