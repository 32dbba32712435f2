import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: IntegerOptimum","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/interfaces/IntegerOptimum.md","filePath":"api/@klsched/schedule-optim/interfaces/IntegerOptimum.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/interfaces/IntegerOptimum.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / IntegerOptimum</p><h1 id="interface-integeroptimum" tabindex="-1">Interface: IntegerOptimum <a class="header-anchor" href="#interface-integeroptimum" aria-label="Permalink to &quot;Interface: IntegerOptimum&quot;">​</a></h1><p>The best integer training timesteps found for a discrete-time model.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-evaluations"></a> <code>evaluations</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Candidate evaluations spent by the search.</td><td></td></tr><tr><td><a id="property-kl"></a> <code>kl</code></td><td><code>readonly</code></td><td><code>number</code></td><td>KL(source ‖ output) at the timesteps (the objective&#39;s value when the objective is <code>kl</code>).</td><td></td></tr><tr><td><a id="property-timesteps"></a> <code>timesteps</code></td><td><code>readonly</code></td><td><code>Int32Array</code></td><td>N strictly decreasing training timesteps, the first T − 1 (the clean level follows).</td><td></td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The objective&#39;s value at the timesteps.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/interfaces/IntegerOptimum.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IntegerOptimum = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IntegerOptimum as default
};
