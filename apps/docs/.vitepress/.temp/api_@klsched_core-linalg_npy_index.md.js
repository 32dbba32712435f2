import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"npy","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/npy/index.md","filePath":"api/@klsched/core-linalg/npy/index.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/npy/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/core-linalg</a> / npy</p><h1 id="npy" tabindex="-1">npy <a class="header-anchor" href="#npy" aria-label="Permalink to &quot;npy&quot;">​</a></h1><p><code>@klsched/core-linalg/npy</code>: the pieces of the <code>.npy</code> format a streaming reader needs (the preamble, the header, the element types), for readers that take a file&#39;s rows batch by batch instead of as one buffer (<code>@klsched/datasets</code>&#39; <code>openNpyData</code>). Whole-buffer reading and writing is <code>parseNpy</code> and <code>encodeNpy</code> in the main entry.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/NpyElement.html">NpyElement</a></li><li><a href="./interfaces/NpyHeader.html">NpyHeader</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/NPY_PREAMBLE_BYTES.html">NPY_PREAMBLE_BYTES</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/npyDtypeProblem.html">npyDtypeProblem</a></li><li><a href="./functions/npyHeaderLength.html">npyHeaderLength</a></li><li><a href="./functions/parseNpyHeader.html">parseNpyHeader</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/npy/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
