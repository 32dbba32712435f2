import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: DirectionalOutput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/index/interfaces/DirectionalOutput.md","filePath":"api/@klsched/gaussian-flow/index/interfaces/DirectionalOutput.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/index/interfaces/DirectionalOutput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">index</a> / DirectionalOutput</p><h1 id="interface-directionaloutput" tabindex="-1">Interface: DirectionalOutput <a class="header-anchor" href="#interface-directionaloutput" aria-label="Permalink to &quot;Interface: DirectionalOutput&quot;">​</a></h1><p>A sampler&#39;s Gaussian output at the last level of a schedule, per eigen-direction, relative to the true marginal there, N(α_end·μ, r²) with r² = α_end²λ + σ_end² (= λ when the schedule ends clean): output variance v = r²·e^δ and output mean α_end·μ + meanError. Carrying δ = ln(v/r²) instead of v keeps the KL accurate when δ is tiny (theory §3 “Divergences”).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-logvarianceratio"></a> <code>logVarianceRatio</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-meanerror"></a> <code>meanError</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-targetvariance"></a> <code>targetVariance</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/index/interfaces/DirectionalOutput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DirectionalOutput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DirectionalOutput as default
};
