import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"@klsched/discretization","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index.md","filePath":"api/@klsched/discretization/index.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../">klsched API</a> / @klsched/discretization</p><h1 id="klsched-discretization" tabindex="-1">@klsched/discretization <a class="header-anchor" href="#klsched-discretization" aria-label="Permalink to &quot;@klsched/discretization&quot;">​</a></h1><h2 id="modules" tabindex="-1">Modules <a class="header-anchor" href="#modules" aria-label="Permalink to &quot;Modules&quot;">​</a></h2><ul><li><a href="./index/">index</a></li><li><a href="./reproduced/">reproduced</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
