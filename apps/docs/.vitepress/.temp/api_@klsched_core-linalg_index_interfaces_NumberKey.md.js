import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: NumberKey","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/NumberKey.md","filePath":"api/@klsched/core-linalg/index/interfaces/NumberKey.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/NumberKey.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / NumberKey</p><h1 id="interface-numberkey" tabindex="-1">Interface: NumberKey <a class="header-anchor" href="#interface-numberkey" aria-label="Permalink to &quot;Interface: NumberKey&quot;">​</a></h1><p>A numeric key: <code>rho=7</code>. Without <code>default</code> the key is required, unless it is <code>optional</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-default"></a> <code>default?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-help"></a> <code>help</code></td><td><code>readonly</code></td><td><code>string</code></td><td>What the key means, in one line (shown by <code>--help</code> and the docs).</td><td></td></tr><tr><td><a id="property-optional"></a> <code>optional?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>Absent means undefined rather than an error (options such as a flow <code>shift</code>).</td><td></td></tr><tr><td><a id="property-rule"></a> <code>rule?</code></td><td><code>readonly</code></td><td><a href="./NumberRule.html"><code>NumberRule</code></a></td><td>-</td><td></td></tr><tr><td><a id="property-type"></a> <code>type</code></td><td><code>readonly</code></td><td><code>&quot;number&quot;</code></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/NumberKey.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NumberKey = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NumberKey as default
};
