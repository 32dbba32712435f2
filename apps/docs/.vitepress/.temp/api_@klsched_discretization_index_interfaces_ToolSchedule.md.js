import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ToolSchedule","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/ToolSchedule.md","filePath":"api/@klsched/discretization/index/interfaces/ToolSchedule.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/ToolSchedule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / ToolSchedule</p><h1 id="interface-toolschedule" tabindex="-1">Interface: ToolSchedule <a class="header-anchor" href="#interface-toolschedule" aria-label="Permalink to &quot;Interface: ToolSchedule&quot;">​</a></h1><p>A schedule as a tool produces it, next to the klsched schedule it becomes.</p><ul><li><code>sigmas</code>: the tool&#39;s own sigma array, noisiest first, its final entry included, with the tool&#39;s rounding (float32 where the tool stores float32): σ/α on VE/VP/discrete processes, the flow σ (= t) on <code>flow</code>;</li><li><code>timesteps</code>: what the tool feeds the model, one per noisy level, where it has training timesteps;</li><li><code>schedule</code>: the levels on the process (t, α, σ), each placed where its sigma lies (or at its integer training timestep when the tool read it from its table), clean level last unless the tool ends elsewhere;</li><li><code>notes</code>: what the tool did that a reader may not expect (levels clamped into the model&#39;s range from further out than float32 rounding of its ends, repeated levels, a spurious timestep), for front ends to print as warnings.</li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-notes"></a> <code>notes</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td></td></tr><tr><td><a id="property-schedule"></a> <code>schedule</code></td><td><code>readonly</code></td><td><a href="./Schedule.html"><code>Schedule</code></a></td><td></td></tr><tr><td><a id="property-sigmas"></a> <code>sigmas</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-timesteps"></a> <code>timesteps?</code></td><td><code>readonly</code></td><td><code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt;</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/ToolSchedule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolSchedule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolSchedule as default
};
