import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: GaussianState","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/closed-form/interfaces/GaussianState.md","filePath":"api/@klsched/gaussian-flow/closed-form/interfaces/GaussianState.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/closed-form/interfaces/GaussianState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">closed-form</a> / GaussianState</p><h1 id="interface-gaussianstate" tabindex="-1">Interface: GaussianState <a class="header-anchor" href="#interface-gaussianstate" aria-label="Permalink to &quot;Interface: GaussianState&quot;">​</a></h1><p>A Gaussian state written per eigen-direction of Σ as x = mean + Σ_j gains[j] ∘ ξ_j, with ξ_j independent standard normal vectors: ξ₀ is the start noise, later ones are noise a stochastic sampler added. Linear samplers keep this form exactly (theory §2 “DDIM in closed form”), so running a sampler on it is the closed form: the output is N(mean, Σ_j gains[j]²) in every direction, cross-covariances included. <code>mean</code> is null when it is zero (a centred source), which halves the work.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-gains"></a> <code>gains</code></td><td><code>readonly</code></td><td>readonly (<code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>undefined</code>)[]</td><td></td></tr><tr><td><a id="property-mean"></a> <code>mean</code></td><td><code>readonly</code></td><td><code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>null</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/closed-form/interfaces/GaussianState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GaussianState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GaussianState as default
};
