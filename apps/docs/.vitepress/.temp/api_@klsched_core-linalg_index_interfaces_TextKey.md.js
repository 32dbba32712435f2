import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: TextKey","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/TextKey.md","filePath":"api/@klsched/core-linalg/index/interfaces/TextKey.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/TextKey.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / TextKey</p><h1 id="interface-textkey" tabindex="-1">Interface: TextKey <a class="header-anchor" href="#interface-textkey" aria-label="Permalink to &quot;Interface: TextKey&quot;">​</a></h1><p>A key that takes free text (a file path: <code>betas=FILE</code>); absent means undefined.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-help"></a> <code>help</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><a id="property-type"></a> <code>type</code></td><td><code>readonly</code></td><td><code>&quot;text&quot;</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/TextKey.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TextKey = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TextKey as default
};
