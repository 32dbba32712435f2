import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: DatasetSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/interfaces/DatasetSource.md","filePath":"api/@klsched/datasets/interfaces/DatasetSource.md"}');
const _sfc_main = { name: "api/@klsched/datasets/interfaces/DatasetSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / DatasetSource</p><h1 id="interface-datasetsource" tabindex="-1">Interface: DatasetSource <a class="header-anchor" href="#interface-datasetsource" aria-label="Permalink to &quot;Interface: DatasetSource&quot;">​</a></h1><p>Where a built-in dataset&#39;s values come from, for provenance records.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-files"></a> <code>files</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td></td></tr><tr><td><a id="property-package"></a> <code>package</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><a id="property-scaling"></a> <code>scaling</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><a id="property-version"></a> <code>version</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/interfaces/DatasetSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DatasetSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DatasetSource as default
};
