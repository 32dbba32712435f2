import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ScheduleExportOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/ScheduleExportOptions.md","filePath":"api/@klsched/discretization/index/interfaces/ScheduleExportOptions.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/ScheduleExportOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / ScheduleExportOptions</p><h1 id="interface-scheduleexportoptions" tabindex="-1">Interface: ScheduleExportOptions <a class="header-anchor" href="#interface-scheduleexportoptions" aria-label="Permalink to &quot;Interface: ScheduleExportOptions&quot;">​</a></h1><p>What <a href="./../functions/exportSchedule.html">exportSchedule</a> adds to the schedule&#39;s own levels.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-fields"></a> <code>fields?</code></td><td><code>readonly</code></td><td><code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;&gt;</td><td>JSON only: fields after the schedule&#39;s own (e.g. the spectrum, prior and sampler an optimised schedule is optimal for).</td><td></td></tr><tr><td><a id="property-tool"></a> <code>tool?</code></td><td><code>readonly</code></td><td><a href="./ToolSchedule.html"><code>ToolSchedule</code></a></td><td>The tool a reproduced schedule came from: <code>diffusers</code> and <code>comfyui</code> export its own levels, and JSON adds its <code>toolSigmas</code>, <code>toolTimesteps</code> and <code>warnings</code>.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/ScheduleExportOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScheduleExportOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScheduleExportOptions as default
};
