import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ExportContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/ExportContext.md","filePath":"api/@klsched/discretization/index/interfaces/ExportContext.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/ExportContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / ExportContext</p><h1 id="interface-exportcontext" tabindex="-1">Interface: ExportContext <a class="header-anchor" href="#interface-exportcontext" aria-label="Permalink to &quot;Interface: ExportContext&quot;">​</a></h1><p>What an export adds to the schedule&#39;s levels: the comment line&#39;s labels, the sampler, a tool&#39;s own levels.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-sampler"></a> <code>sampler?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>klsched&#39;s name of the sampler the levels were scored under (<code>dpmpp-2m</code>, <code>euler-ancestral:eta=0.5</code>, …).</td><td></td></tr><tr><td><a id="property-steps"></a> <code>steps?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-strategy"></a> <code>strategy?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The strategy and N the snippet&#39;s comment names.</td><td></td></tr><tr><td><a id="property-tool"></a> <code>tool?</code></td><td><code>readonly</code></td><td><a href="./ToolSchedule.html"><code>ToolSchedule</code></a></td><td>The tool a reproduced schedule came from (<code>comfyui</code> prints the tool&#39;s own sigmas, as <code>--format comfyui</code> always has).</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/ExportContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExportContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExportContext as default
};
