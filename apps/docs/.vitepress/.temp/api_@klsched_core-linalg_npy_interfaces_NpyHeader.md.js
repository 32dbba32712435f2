import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: NpyHeader","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/npy/interfaces/NpyHeader.md","filePath":"api/@klsched/core-linalg/npy/interfaces/NpyHeader.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/npy/interfaces/NpyHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">npy</a> / NpyHeader</p><h1 id="interface-npyheader" tabindex="-1">Interface: NpyHeader <a class="header-anchor" href="#interface-npyheader" aria-label="Permalink to &quot;Interface: NpyHeader&quot;">​</a></h1><p>The header of a <code>.npy</code> file: what its data are and where they start.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-dataoffset"></a> <code>dataOffset</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Byte offset of the first element.</td><td></td></tr><tr><td><a id="property-descr"></a> <code>descr</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The dtype as numpy writes it, e.g. <code>&lt;f8</code>, <code>&gt;f4</code>, <code>&lt;i8</code>, <code>|O</code>.</td><td></td></tr><tr><td><a id="property-element"></a> <code>element</code></td><td><code>readonly</code></td><td><a href="./NpyElement.html"><code>NpyElement</code></a> | <code>undefined</code></td><td>Size and decoder of one element: float32 or float64 in either byte order; undefined for other dtypes.</td><td></td></tr><tr><td><a id="property-fortranorder"></a> <code>fortranOrder</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>-</td><td></td></tr><tr><td><a id="property-shape"></a> <code>shape</code></td><td><code>readonly</code></td><td>readonly <code>number</code>[]</td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/npy/interfaces/NpyHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NpyHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NpyHeader as default
};
