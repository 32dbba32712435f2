import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"@klsched/core-linalg","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index.md","filePath":"api/@klsched/core-linalg/index.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../">klsched API</a> / @klsched/core-linalg</p><h1 id="klsched-core-linalg" tabindex="-1">@klsched/core-linalg <a class="header-anchor" href="#klsched-core-linalg" aria-label="Permalink to &quot;@klsched/core-linalg&quot;">​</a></h1><h2 id="modules" tabindex="-1">Modules <a class="header-anchor" href="#modules" aria-label="Permalink to &quot;Modules&quot;">​</a></h2><ul><li><a href="./index/">index</a></li><li><a href="./npy/">npy</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
