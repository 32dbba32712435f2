import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ToolLevel","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/ToolLevel.md","filePath":"api/@klsched/discretization/index/interfaces/ToolLevel.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/ToolLevel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / ToolLevel</p><h1 id="interface-toollevel" tabindex="-1">Interface: ToolLevel <a class="header-anchor" href="#interface-toollevel" aria-label="Permalink to &quot;Interface: ToolLevel&quot;">​</a></h1><p>One level of a tool: its sigma, and the training index it came from when read from a table.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-index"></a> <code>index?</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-sigma"></a> <code>sigma</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/ToolLevel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolLevel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolLevel as default
};
