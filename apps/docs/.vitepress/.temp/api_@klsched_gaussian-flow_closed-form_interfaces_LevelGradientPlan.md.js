import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: LevelGradientPlan","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/closed-form/interfaces/LevelGradientPlan.md","filePath":"api/@klsched/gaussian-flow/closed-form/interfaces/LevelGradientPlan.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/closed-form/interfaces/LevelGradientPlan.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">closed-form</a> / LevelGradientPlan</p><h1 id="interface-levelgradientplan" tabindex="-1">Interface: LevelGradientPlan <a class="header-anchor" href="#interface-levelgradientplan" aria-label="Permalink to &quot;Interface: LevelGradientPlan&quot;">​</a></h1><p>What the level derivatives of one sampler on schedules of one shape need, found once: the tape&#39;s structure and, per free level (every level but the first and the last), the parameters it moves, and a colouring of the free levels such that no parameter depends on two levels of one colour (so one colour is perturbed at a time: DDIM, Euler, Heun and the ancestral samplers need 2 colours, DPM-Solver++(2M) 3).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-colour"></a> <code>colour</code></td><td><code>readonly</code></td><td><code>Int32Array</code></td><td>Per level: its colour, −1 for the fixed first and last levels.</td><td></td></tr><tr><td><a id="property-colours"></a> <code>colours</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-dependents"></a> <code>dependents</code></td><td><code>readonly</code></td><td>readonly <code>Int32Array</code>&lt;<code>ArrayBufferLike</code>&gt;[]</td><td>Per level: the parameters it moves (empty for fixed levels).</td><td></td></tr><tr><td><a id="property-sampler"></a> <code>sampler</code></td><td><code>readonly</code></td><td><a href="./../../index/interfaces/Sampler.html"><code>Sampler</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-tape"></a> <code>tape</code></td><td><code>readonly</code></td><td><a href="./SamplerTape.html"><code>SamplerTape</code></a></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/closed-form/interfaces/LevelGradientPlan.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LevelGradientPlan = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LevelGradientPlan as default
};
