import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: NumberRule","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/NumberRule.md","filePath":"api/@klsched/core-linalg/index/interfaces/NumberRule.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/NumberRule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / NumberRule</p><h1 id="interface-numberrule" tabindex="-1">Interface: NumberRule <a class="header-anchor" href="#interface-numberrule" aria-label="Permalink to &quot;Interface: NumberRule&quot;">​</a></h1><p>Constraints checked by <a href="./../classes/SpecReader.html#number">SpecReader.number</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-integer"></a> <code>integer?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td></td></tr><tr><td><a id="property-max"></a> <code>max?</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-min"></a> <code>min?</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-nonnegative"></a> <code>nonNegative?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td></td></tr><tr><td><a id="property-positive"></a> <code>positive?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/NumberRule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NumberRule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NumberRule as default
};
