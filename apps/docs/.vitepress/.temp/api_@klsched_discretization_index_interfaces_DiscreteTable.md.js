import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: DiscreteTable","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/DiscreteTable.md","filePath":"api/@klsched/discretization/index/interfaces/DiscreteTable.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/DiscreteTable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / DiscreteTable</p><h1 id="interface-discretetable" tabindex="-1">Interface: DiscreteTable <a class="header-anchor" href="#interface-discretetable" aria-label="Permalink to &quot;Interface: DiscreteTable&quot;">​</a></h1><p>The ᾱ table of a discrete-time model, as a tool built it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-alphascumprod"></a> <code>alphasCumprod</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>ᾱ_i, i = 0..T−1, decreasing; the last entry is 0 after a zero-terminal-SNR rescale (<code>zeroSnr: &quot;zero&quot;</code>).</td><td></td></tr><tr><td><a id="property-source"></a> <code>source</code></td><td><code>readonly</code></td><td><code>&quot;diffusers&quot;</code> | <code>&quot;comfy&quot;</code> | <code>&quot;trained&quot;</code></td><td><code>diffusers</code> (float32 ᾱ), <code>comfy</code> (float64 ᾱ, ComfyUI&#39;s <code>ModelSamplingDiscrete</code>) or <code>trained</code> (given betas, float32).</td><td></td></tr><tr><td><a id="property-zerosnr"></a> <code>zeroSnr?</code></td><td><code>readonly</code></td><td><code>&quot;zero&quot;</code> | <code>&quot;tiny&quot;</code></td><td>How a zero terminal SNR was applied, if it was: ᾱ_{T−1} = 0, or the tiny value a tool substitutes.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/DiscreteTable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DiscreteTable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DiscreteTable as default
};
