import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: OptimizationDetails","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/interfaces/OptimizationDetails.md","filePath":"api/@klsched/schedule-optim/interfaces/OptimizationDetails.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/interfaces/OptimizationDetails.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / OptimizationDetails</p><h1 id="interface-optimizationdetails" tabindex="-1">Interface: OptimizationDetails <a class="header-anchor" href="#interface-optimizationdetails" aria-label="Permalink to &quot;Interface: OptimizationDetails&quot;">​</a></h1><p>How an optimised schedule was found: the minimum gap its levels keep (<code>optimal</code>), the bound a guard put on the other direction of KL, the baseline it fell back to, or the fitted tangent law&#39;s coefficient and end.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-fallback"></a> <code>fallback?</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><a id="property-guard"></a> <code>guard?</code></td><td><code>readonly</code></td><td><code>object</code></td><td></td></tr><tr><td><code>guard.baseline</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><code>guard.bound</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><code>guard.divergence</code></td><td><code>readonly</code></td><td><code>&quot;kl&quot;</code> | <code>&quot;klReverse&quot;</code> | <code>&quot;w2&quot;</code> | <code>&quot;klSymmetric&quot;</code></td><td></td></tr><tr><td><a id="property-mingap"></a> <code>minGap?</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-tangent"></a> <code>tangent?</code></td><td><code>readonly</code></td><td><code>object</code></td><td></td></tr><tr><td><code>tangent.c</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><code>tangent.end</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/TangentEnd.html"><code>TangentEnd</code></a></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/interfaces/OptimizationDetails.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptimizationDetails = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptimizationDetails as default
};
