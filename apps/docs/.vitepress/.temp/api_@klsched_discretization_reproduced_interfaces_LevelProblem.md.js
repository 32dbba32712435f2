import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: LevelProblem","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/reproduced/interfaces/LevelProblem.md","filePath":"api/@klsched/discretization/reproduced/interfaces/LevelProblem.md"}');
const _sfc_main = { name: "api/@klsched/discretization/reproduced/interfaces/LevelProblem.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">reproduced</a> / LevelProblem</p><h1 id="interface-levelproblem" tabindex="-1">Interface: LevelProblem <a class="header-anchor" href="#interface-levelproblem" aria-label="Permalink to &quot;Interface: LevelProblem&quot;">​</a></h1><p>One problem of a list of levels: its kind, the index it concerns (where one does), and a sentence.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-index"></a> <code>index?</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-kind"></a> <code>kind</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/LevelProblemKind.html"><code>LevelProblemKind</code></a></td><td></td></tr><tr><td><a id="property-message"></a> <code>message</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/reproduced/interfaces/LevelProblem.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LevelProblem = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LevelProblem as default
};
