import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"klsched API","description":"","frontmatter":{},"headers":[],"relativePath":"api/index.md","filePath":"api/index.md"}');
const _sfc_main = { name: "api/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><h1 id="klsched-api" tabindex="-1">klsched API <a class="header-anchor" href="#klsched-api" aria-label="Permalink to &quot;klsched API&quot;">​</a></h1><h2 id="packages" tabindex="-1">Packages <a class="header-anchor" href="#packages" aria-label="Permalink to &quot;Packages&quot;">​</a></h2><ul><li><a href="./@klsched/core-linalg/">@klsched/core-linalg</a></li><li><a href="./@klsched/datasets/">@klsched/datasets</a></li><li><a href="./@klsched/discretization/">@klsched/discretization</a></li><li><a href="./@klsched/gaussian-flow/">@klsched/gaussian-flow</a></li><li><a href="./@klsched/kl-metrics/">@klsched/kl-metrics</a></li><li><a href="./@klsched/schedule-optim/">@klsched/schedule-optim</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
