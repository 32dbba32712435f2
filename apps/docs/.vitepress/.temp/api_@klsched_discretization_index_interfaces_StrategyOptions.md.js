import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: StrategyOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/StrategyOptions.md","filePath":"api/@klsched/discretization/index/interfaces/StrategyOptions.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/StrategyOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / StrategyOptions</p><h1 id="interface-strategyoptions" tabindex="-1">Interface: StrategyOptions <a class="header-anchor" href="#interface-strategyoptions" aria-label="Permalink to &quot;Interface: StrategyOptions&quot;">​</a></h1><p>Options that apply to any strategy.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-denoise"></a> <code>denoise?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Reproduced strategies only: img2img strength / ComfyUI denoise, truncating as the tool does.</td><td></td></tr><tr><td><a id="property-mu"></a> <code>mu?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Flow only: the dynamic (exponential) shift μ of Flux, equivalent to shift = e^μ (<code>mu=</code> or <code>seqlen=</code>).</td><td></td></tr><tr><td><a id="property-round"></a> <code>round?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>Discrete processes only: round the noisy levels to integer training timesteps.</td><td></td></tr><tr><td><a id="property-shift"></a> <code>shift?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Flow only: SD3/Flux timestep shift applied to every level (default 1 = none).</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/StrategyOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StrategyOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StrategyOptions as default
};
