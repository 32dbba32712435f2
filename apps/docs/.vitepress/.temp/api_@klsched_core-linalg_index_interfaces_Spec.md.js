import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: Spec","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/Spec.md","filePath":"api/@klsched/core-linalg/index/interfaces/Spec.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/Spec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / Spec</p><h1 id="interface-spec" tabindex="-1">Interface: Spec <a class="header-anchor" href="#interface-spec" aria-label="Permalink to &quot;Interface: Spec&quot;">​</a></h1><p>A parsed spec of the one grammar every klsched input uses (the CLI reference, &quot;Specs&quot;): <code>KIND</code> or <code>KIND:key=value,key=value</code>; list kinds (<code>sigmas:1,0.5,0.1</code>) carry bare items instead.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-items"></a> <code>items</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td></td></tr><tr><td><a id="property-kind"></a> <code>kind</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><a id="property-params"></a> <code>params</code></td><td><code>readonly</code></td><td><code>ReadonlyMap</code>&lt;<code>string</code>, <code>string</code>&gt;</td><td></td></tr><tr><td><a id="property-text"></a> <code>text</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/Spec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Spec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Spec as default
};
