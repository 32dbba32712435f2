import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: CheckedLevels","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/reproduced/interfaces/CheckedLevels.md","filePath":"api/@klsched/discretization/reproduced/interfaces/CheckedLevels.md"}');
const _sfc_main = { name: "api/@klsched/discretization/reproduced/interfaces/CheckedLevels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">reproduced</a> / CheckedLevels</p><h1 id="interface-checkedlevels" tabindex="-1">Interface: CheckedLevels <a class="header-anchor" href="#interface-checkedlevels" aria-label="Permalink to &quot;Interface: CheckedLevels&quot;">​</a></h1><p>The levels of a user&#39;s list on a process, and what is wrong with them as a sequence.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-problems"></a> <code>problems</code></td><td><code>readonly</code></td><td>readonly <a href="./LevelProblem.html"><code>LevelProblem</code></a>[]</td><td>-</td><td></td></tr><tr><td><a id="property-times"></a> <code>times</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>Process times of every level, the clean level appended when missing; levels outside the range are placed at its ends, as the tools&#39; lookups clamp them, so that the list can still be scored.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/reproduced/interfaces/CheckedLevels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedLevels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedLevels as default
};
