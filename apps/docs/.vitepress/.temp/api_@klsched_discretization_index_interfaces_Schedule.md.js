import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: Schedule","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/Schedule.md","filePath":"api/@klsched/discretization/index/interfaces/Schedule.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/Schedule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / Schedule</p><h1 id="interface-schedule" tabindex="-1">Interface: Schedule <a class="header-anchor" href="#interface-schedule" aria-label="Permalink to &quot;Interface: Schedule&quot;">​</a></h1><p>The levels a sampler visits, noisiest first, as parallel arrays (one entry per level). A schedule built by a strategy ends with the clean level α = 1, σ = 0; a truncated one (<code>--no-clean</code>) does not.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-process"></a> <code>process</code></td><td><code>readonly</code></td><td><a href="./NoiseProcess.html"><code>NoiseProcess</code></a></td><td></td></tr><tr><td><a id="property-sigma"></a> <code>sigma</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-t"></a> <code>t</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/Schedule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Schedule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Schedule as default
};
