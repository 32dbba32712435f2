import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: DdimGeometry","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/closed-form/interfaces/DdimGeometry.md","filePath":"api/@klsched/gaussian-flow/closed-form/interfaces/DdimGeometry.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/closed-form/interfaces/DdimGeometry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">closed-form</a> / DdimGeometry</p><h1 id="interface-ddimgeometry" tabindex="-1">Interface: DdimGeometry <a class="header-anchor" href="#interface-ddimgeometry" aria-label="Permalink to &quot;Interface: DdimGeometry&quot;">​</a></h1><p>Per-step quantities of DDIM&#39;s polar form that do not depend on the eigenvalue, for steps k → k+1: α_kα_{k+1}, σ_kσ_{k+1} and the squared cross term c_k² = (σ_k α_{k+1} − α_k σ_{k+1})², plus α² and σ² at every level. c_k is formed as α_k α_{k+1}(s_k − s_{k+1}) when both α &gt; 0 so that close levels do not cancel.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-alphaproduct"></a> <code>alphaProduct</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-alphasquared"></a> <code>alphaSquared</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-crosssquared"></a> <code>crossSquared</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-sigmaproduct"></a> <code>sigmaProduct</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-sigmasquared"></a> <code>sigmaSquared</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/closed-form/interfaces/DdimGeometry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DdimGeometry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DdimGeometry as default
};
