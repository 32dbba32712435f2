import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: SamplerRun<S>","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/index/interfaces/SamplerRun.md","filePath":"api/@klsched/gaussian-flow/index/interfaces/SamplerRun.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/index/interfaces/SamplerRun.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">index</a> / SamplerRun</p><h1 id="interface-samplerrun-s" tabindex="-1">Interface: SamplerRun&lt;S&gt; <a class="header-anchor" href="#interface-samplerrun-s" aria-label="Permalink to &quot;Interface: SamplerRun\\&lt;S\\&gt;&quot;">​</a></h1><p>Everything a sampler run needs besides the start state.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Type Parameter</th></tr></thead><tbody><tr><td><a id="type-parameter-s"></a> <code>S</code></td></tr></tbody></table><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-denoise"></a> <code>denoise</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Denoiser.html"><code>Denoiser</code></a>&lt;<code>S</code>&gt;</td><td>-</td><td></td></tr><tr><td><a id="property-noise"></a> <code>noise?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/NoiseSource.html"><code>NoiseSource</code></a>&lt;<code>S</code>&gt;</td><td>Required by stochastic samplers only.</td><td></td></tr><tr><td><a id="property-onlevel"></a> <code>onLevel?</code></td><td><code>readonly</code></td><td>(<code>x</code>, <code>level</code>) =&gt; <code>void</code></td><td>Called with the state at every level, the start included (trajectories, progress).</td><td></td></tr><tr><td><a id="property-schedule"></a> <code>schedule</code></td><td><code>readonly</code></td><td><a href="./../../../discretization/index/interfaces/Schedule.html"><code>Schedule</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-space"></a> <code>space</code></td><td><code>readonly</code></td><td><a href="./VectorSpace.html"><code>VectorSpace</code></a>&lt;<code>S</code>&gt;</td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/index/interfaces/SamplerRun.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SamplerRun = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SamplerRun as default
};
