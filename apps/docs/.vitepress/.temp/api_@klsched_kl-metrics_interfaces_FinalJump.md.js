import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: FinalJump","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/interfaces/FinalJump.md","filePath":"api/@klsched/kl-metrics/interfaces/FinalJump.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/interfaces/FinalJump.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / FinalJump</p><h1 id="interface-finaljump" tabindex="-1">Interface: FinalJump <a class="header-anchor" href="#interface-finaljump" aria-label="Permalink to &quot;Interface: FinalJump&quot;">​</a></h1><p>The KL at a schedule&#39;s end, at its last noisy level, and the share of the former the final jump adds.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-kl"></a> <code>kl</code></td><td><code>readonly</code></td><td><code>number</code></td><td>KL(source ‖ output) after the whole schedule, clean level included.</td><td></td></tr><tr><td><a id="property-klbeforejump"></a> <code>klBeforeJump</code></td><td><code>readonly</code></td><td><code>number</code></td><td>KL between the output at the last noisy level and the true marginal there (the schedule without its jump).</td><td></td></tr><tr><td><a id="property-share"></a> <code>share</code></td><td><code>readonly</code></td><td><code>number</code></td><td>(kl − klBeforeJump)/kl, in [0, 1] when the jump adds divergence; 0 where kl is 0 or infinite.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/interfaces/FinalJump.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FinalJump = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FinalJump as default
};
