import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: OptimizedLevels","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/interfaces/OptimizedLevels.md","filePath":"api/@klsched/schedule-optim/interfaces/OptimizedLevels.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/interfaces/OptimizedLevels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / OptimizedLevels</p><h1 id="interface-optimizedlevels" tabindex="-1">Interface: OptimizedLevels <a class="header-anchor" href="#interface-optimizedlevels" aria-label="Permalink to &quot;Interface: OptimizedLevels&quot;">​</a></h1><p>Levels of an optimised schedule, σ/α from the start to the clean level 0, with how they were found.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./OptimalSchedule.html"><code>OptimalSchedule</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-iterations"></a> <code>iterations</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-levels"></a> <code>levels</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>N + 1 values: s₀ (the process&#39;s start), the N − 1 free levels, 0.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/interfaces/OptimizedLevels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptimizedLevels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptimizedLevels as default
};
