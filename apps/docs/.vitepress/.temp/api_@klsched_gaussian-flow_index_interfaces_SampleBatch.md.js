import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: SampleBatch","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/index/interfaces/SampleBatch.md","filePath":"api/@klsched/gaussian-flow/index/interfaces/SampleBatch.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/index/interfaces/SampleBatch.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">index</a> / SampleBatch</p><h1 id="interface-samplebatch" tabindex="-1">Interface: SampleBatch <a class="header-anchor" href="#interface-samplebatch" aria-label="Permalink to &quot;Interface: SampleBatch&quot;">​</a></h1><p>A batch of n sample vectors of dimension d, row-major in one Float64Array (n·d values): the state a sampler runs on in Monte Carlo and with a real (non-Gaussian) denoiser.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-d"></a> <code>d</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-data"></a> <code>data</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td></td></tr><tr><td><a id="property-n"></a> <code>n</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/index/interfaces/SampleBatch.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SampleBatch = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SampleBatch as default
};
