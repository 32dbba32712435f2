import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: KLAsymptotics","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/interfaces/KLAsymptotics.md","filePath":"api/@klsched/kl-metrics/interfaces/KLAsymptotics.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/interfaces/KLAsymptotics.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / KLAsymptotics</p><h1 id="interface-klasymptotics" tabindex="-1">Interface: KLAsymptotics <a class="header-anchor" href="#interface-klasymptotics" aria-label="Permalink to &quot;Interface: KLAsymptotics&quot;">​</a></h1><p>The expansion KL(N) ≈ c₀ + c₁/N + c₂/N² + c₃/N³ of <a href="./../functions/klAsymptotics.html">klAsymptotics</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-chebyshevterms"></a> <code>chebyshevTerms</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Number of Chebyshev coefficients kept for g(u) = atan(s(u)/c_ref).</td><td></td></tr><tr><td><a id="property-coefficients"></a> <code>coefficients</code></td><td><code>readonly</code></td><td>readonly [<code>number</code>, <code>number</code>, <code>number</code>, <code>number</code>]</td><td>c₀, c₁, c₂, c₃ (nats), summed over directions.</td><td></td></tr><tr><td><a id="property-converged"></a> <code>converged</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>True when the Chebyshev interpolant of the level map and every quadrature reached their tolerances.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/interfaces/KLAsymptotics.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KLAsymptotics = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KLAsymptotics as default
};
