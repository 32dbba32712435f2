import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: BaselineLevels","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/interfaces/BaselineLevels.md","filePath":"api/@klsched/schedule-optim/interfaces/BaselineLevels.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/interfaces/BaselineLevels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / BaselineLevels</p><h1 id="interface-baselinelevels" tabindex="-1">Interface: BaselineLevels <a class="header-anchor" href="#interface-baselinelevels" aria-label="Permalink to &quot;Interface: BaselineLevels&quot;">​</a></h1><p>A baseline&#39;s levels s₀ … 0 at N steps.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><a id="property-levels"></a> <code>levels</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/interfaces/BaselineLevels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BaselineLevels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BaselineLevels as default
};
