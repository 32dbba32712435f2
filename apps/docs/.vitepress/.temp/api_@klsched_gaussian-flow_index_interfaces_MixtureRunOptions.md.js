import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: MixtureRunOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/index/interfaces/MixtureRunOptions.md","filePath":"api/@klsched/gaussian-flow/index/interfaces/MixtureRunOptions.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/index/interfaces/MixtureRunOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">index</a> / MixtureRunOptions</p><h1 id="interface-mixturerunoptions" tabindex="-1">Interface: MixtureRunOptions <a class="header-anchor" href="#interface-mixturerunoptions" aria-label="Permalink to &quot;Interface: MixtureRunOptions&quot;">​</a></h1><p>Options of <a href="./../functions/runMixtureSampler.html">runMixtureSampler</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-denoise"></a> <code>denoise?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Denoiser.html"><code>Denoiser</code></a>&lt;<a href="./SampleBatch.html"><code>SampleBatch</code></a>&gt;</td><td>A denoiser to reuse (its buffers are kept); made from the mixture when omitted.</td><td></td></tr><tr><td><a id="property-n"></a> <code>n</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Samples.</td><td></td></tr><tr><td><a id="property-onlevel"></a> <code>onLevel?</code></td><td><code>readonly</code></td><td>(<code>level</code>) =&gt; <code>void</code></td><td>Called after every level with its index.</td><td></td></tr><tr><td><a id="property-prior"></a> <code>prior?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Prior.html"><code>Prior</code></a></td><td>Default <code>standard</code>.</td><td></td></tr><tr><td><a id="property-seed"></a> <code>seed</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Seed of the start noise and of every step&#39;s fresh noise.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/index/interfaces/MixtureRunOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MixtureRunOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MixtureRunOptions as default
};
