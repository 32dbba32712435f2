import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: RankingContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/interfaces/RankingContext.md","filePath":"api/@klsched/schedule-optim/interfaces/RankingContext.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/interfaces/RankingContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / RankingContext</p><h1 id="interface-rankingcontext" tabindex="-1">Interface: RankingContext <a class="header-anchor" href="#interface-rankingcontext" aria-label="Permalink to &quot;Interface: RankingContext&quot;">​</a></h1><p>What every candidate is scored against.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-clean"></a> <code>clean?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td></td></tr><tr><td><a id="property-prior"></a> <code>prior?</code></td><td><code>readonly</code></td><td><a href="./../../gaussian-flow/index/type-aliases/Prior.html"><code>Prior</code></a></td><td></td></tr><tr><td><a id="property-sampler"></a> <code>sampler?</code></td><td><code>readonly</code></td><td><a href="./../../gaussian-flow/index/interfaces/Sampler.html"><code>Sampler</code></a></td><td></td></tr><tr><td><a id="property-spectrum"></a> <code>spectrum</code></td><td><code>readonly</code></td><td><a href="./../../core-linalg/index/interfaces/Spectrum.html"><code>Spectrum</code></a></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/interfaces/RankingContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RankingContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RankingContext as default
};
