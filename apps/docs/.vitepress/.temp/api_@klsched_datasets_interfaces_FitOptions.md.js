import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: FitOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/interfaces/FitOptions.md","filePath":"api/@klsched/datasets/interfaces/FitOptions.md"}');
const _sfc_main = { name: "api/@klsched/datasets/interfaces/FitOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / FitOptions</p><h1 id="interface-fitoptions" tabindex="-1">Interface: FitOptions <a class="header-anchor" href="#interface-fitoptions" aria-label="Permalink to &quot;Interface: FitOptions&quot;">​</a></h1><p>Options of <a href="./../functions/fitMixture.html">fitMixture</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-argument"></a> <code>argument?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The argument errors name (CLI: <code>--mixture</code>).</td><td></td></tr><tr><td><a id="property-onprogress"></a> <code>onProgress?</code></td><td><code>readonly</code></td><td>(<code>stage</code>, <code>done</code>, <code>total</code>) =&gt; <code>void</code></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/interfaces/FitOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FitOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FitOptions as default
};
