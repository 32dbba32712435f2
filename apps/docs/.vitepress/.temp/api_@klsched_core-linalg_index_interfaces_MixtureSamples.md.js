import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: MixtureSamples","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/MixtureSamples.md","filePath":"api/@klsched/core-linalg/index/interfaces/MixtureSamples.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/MixtureSamples.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / MixtureSamples</p><h1 id="interface-mixturesamples" tabindex="-1">Interface: MixtureSamples <a class="header-anchor" href="#interface-mixturesamples" aria-label="Permalink to &quot;Interface: MixtureSamples&quot;">​</a></h1><p>n exact samples of a mixture, with the component each came from: see <a href="./../functions/sampleMixture.html">sampleMixture</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-components"></a> <code>components</code></td><td><code>readonly</code></td><td><code>Int32Array</code></td><td>The component of each sample.</td><td></td></tr><tr><td><a id="property-d"></a> <code>d</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-data"></a> <code>data</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>n × d row-major.</td><td></td></tr><tr><td><a id="property-n"></a> <code>n</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/MixtureSamples.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MixtureSamples = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MixtureSamples as default
};
