import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: Identification","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/reproduced/interfaces/Identification.md","filePath":"api/@klsched/discretization/reproduced/interfaces/Identification.md"}');
const _sfc_main = { name: "api/@klsched/discretization/reproduced/interfaces/Identification.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">reproduced</a> / Identification</p><h1 id="interface-identification" tabindex="-1">Interface: Identification <a class="header-anchor" href="#interface-identification" aria-label="Permalink to &quot;Interface: Identification&quot;">​</a></h1><p>What a list of levels is: the closest named strategy, how close, the others it equals, and a distilled model it is.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-distilled"></a> <code>distilled</code></td><td><code>readonly</code></td><td>readonly <a href="./../../index/interfaces/DistilledModel.html"><code>DistilledModel</code></a>[]</td><td>The distilled models whose training levels the list is (among those on the process&#39;s base), often several.</td><td></td></tr><tr><td><a id="property-equivalents"></a> <code>equivalents</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td>Other strategies the list equals as closely (within the <code>matches</code> tolerance).</td><td></td></tr><tr><td><a id="property-maxrelativedifference"></a> <code>maxRelativeDifference</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The largest relative difference in σ/α over the noisy levels: e^{max |Δ ln s|} − 1.</td><td></td></tr><tr><td><a id="property-strategy"></a> <code>strategy</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The strategy&#39;s spec, fitted parameters included (<code>karras:rho=5.2</code>).</td><td></td></tr><tr><td><a id="property-verdict"></a> <code>verdict</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/IdentificationVerdict.html"><code>IdentificationVerdict</code></a></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/reproduced/interfaces/Identification.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Identification = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Identification as default
};
