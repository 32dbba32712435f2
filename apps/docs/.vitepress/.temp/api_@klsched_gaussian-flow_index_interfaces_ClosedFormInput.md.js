import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ClosedFormInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/index/interfaces/ClosedFormInput.md","filePath":"api/@klsched/gaussian-flow/index/interfaces/ClosedFormInput.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/index/interfaces/ClosedFormInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">index</a> / ClosedFormInput</p><h1 id="interface-closedforminput" tabindex="-1">Interface: ClosedFormInput <a class="header-anchor" href="#interface-closedforminput" aria-label="Permalink to &quot;Interface: ClosedFormInput&quot;">​</a></h1><p>Inputs of a closed-form sampler run on a Gaussian source.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-eigenvalues"></a> <code>eigenvalues</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>-</td><td></td></tr><tr><td><a id="property-mean"></a> <code>mean?</code></td><td><code>readonly</code></td><td><code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt;</td><td>Source mean μ in eigen-coordinates; zero when omitted.</td><td></td></tr><tr><td><a id="property-prior"></a> <code>prior</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Prior.html"><code>Prior</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-schedule"></a> <code>schedule</code></td><td><code>readonly</code></td><td><a href="./../../../discretization/index/interfaces/Schedule.html"><code>Schedule</code></a></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/index/interfaces/ClosedFormInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClosedFormInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClosedFormInput as default
};
