import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: TangentLaw","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/interfaces/TangentLaw.md","filePath":"api/@klsched/schedule-optim/interfaces/TangentLaw.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/interfaces/TangentLaw.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / TangentLaw</p><h1 id="interface-tangentlaw" tabindex="-1">Interface: TangentLaw <a class="header-anchor" href="#interface-tangentlaw" aria-label="Permalink to &quot;Interface: TangentLaw&quot;">​</a></h1><p>A fitted tangent law: its coefficient, its end, its levels and the objective&#39;s value there.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-c"></a> <code>c</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-end"></a> <code>end</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/TangentEnd.html"><code>TangentEnd</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-levels"></a> <code>levels</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>-</td><td></td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The context&#39;s objective (default the forward KL) at the levels.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/interfaces/TangentLaw.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TangentLaw = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TangentLaw as default
};
