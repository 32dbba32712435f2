import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: TargetExport","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/TargetExport.md","filePath":"api/@klsched/discretization/index/interfaces/TargetExport.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/TargetExport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / TargetExport</p><h1 id="interface-targetexport" tabindex="-1">Interface: TargetExport <a class="header-anchor" href="#interface-targetexport" aria-label="Permalink to &quot;Interface: TargetExport&quot;">​</a></h1><p>One export: the text to paste, the numbers in it and their unit, and what the reader should know.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-notes"></a> <code>notes</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td>Notes for stderr: where the text comes from another target, a sampler the target runs instead.</td><td></td></tr><tr><td><a id="property-target"></a> <code>target</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The target whose text this is: the one asked for, or the one it points to (<a href="./ExportTarget.html#property-instead">ExportTarget.instead</a>).</td><td></td></tr><tr><td><a id="property-text"></a> <code>text</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The whole output, ending with a newline.</td><td></td></tr><tr><td><a id="property-unit"></a> <code>unit</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/TargetUnit.html"><code>TargetUnit</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-values"></a> <code>values</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>The numbers the text lists, as printed.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/TargetExport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TargetExport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TargetExport as default
};
