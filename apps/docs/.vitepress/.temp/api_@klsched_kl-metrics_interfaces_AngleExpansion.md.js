import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: AngleExpansion","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/interfaces/AngleExpansion.md","filePath":"api/@klsched/kl-metrics/interfaces/AngleExpansion.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/interfaces/AngleExpansion.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / AngleExpansion</p><h1 id="interface-angleexpansion" tabindex="-1">Interface: AngleExpansion <a class="header-anchor" href="#interface-angleexpansion" aria-label="Permalink to &quot;Interface: AngleExpansion&quot;">​</a></h1><p>Per-direction ingredients of the Euler–Maclaurin expansion δ_i(N) = D_i − h·A_i + h³·B_i + O(h⁵) of DDIM&#39;s log variance ratio, h = 1/(N − 1) (<code>jump</code>) or 1/N (flow).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-chebyshevterms"></a> <code>chebyshevTerms</code></td><td><code>readonly</code></td><td><code>number</code></td><td>As in <a href="./KLAsymptotics.html">KLAsymptotics</a>.</td><td></td></tr><tr><td><a id="property-converged"></a> <code>converged</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>As in <a href="./KLAsymptotics.html">KLAsymptotics</a>.</td><td></td></tr><tr><td><a id="property-curvature"></a> <code>curvature</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>B_i = (1/12)∫₀¹ θ_i″² du − (1/6)∫₀¹ θ_i′⁴ du.</td><td></td></tr><tr><td><a id="property-jump"></a> <code>jump</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>True when the N noisy levels span N − 1 intervals and a final jump to θ = 0 follows (every process but flow).</td><td></td></tr><tr><td><a id="property-meanterm"></a> <code>meanTerm</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>The N-independent mean part of KL_i: ½α₀²μ_i²/v_prior under the standard prior, 0 under the exact one.</td><td></td></tr><tr><td><a id="property-offset"></a> <code>offset</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>D_i = δ₀,i + ln cos²θ_i(1): the prior&#39;s offset plus the final jump to the clean level.</td><td></td></tr><tr><td><a id="property-speed"></a> <code>speed</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>A_i = ∫₀¹ θ_i′(u)² du.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/interfaces/AngleExpansion.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AngleExpansion = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AngleExpansion as default
};
