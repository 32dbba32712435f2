import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: GridRow","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/interfaces/GridRow.md","filePath":"api/@klsched/datasets/interfaces/GridRow.md"}');
const _sfc_main = { name: "api/@klsched/datasets/interfaces/GridRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / GridRow</p><h1 id="interface-gridrow" tabindex="-1">Interface: GridRow <a class="header-anchor" href="#interface-gridrow" aria-label="Permalink to &quot;Interface: GridRow&quot;">​</a></h1><p>One row of a grid: a label (not drawn; for the caller&#39;s caption) and its images, n × (h·w·c) in [−1, 1].</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-count"></a> <code>count</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-images"></a> <code>images</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/interfaces/GridRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GridRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GridRow as default
};
