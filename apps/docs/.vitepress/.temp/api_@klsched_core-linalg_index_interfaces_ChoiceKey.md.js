import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ChoiceKey<C>","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/ChoiceKey.md","filePath":"api/@klsched/core-linalg/index/interfaces/ChoiceKey.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/ChoiceKey.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / ChoiceKey</p><h1 id="interface-choicekey-c" tabindex="-1">Interface: ChoiceKey&lt;C&gt; <a class="header-anchor" href="#interface-choicekey-c" aria-label="Permalink to &quot;Interface: ChoiceKey\\&lt;C\\&gt;&quot;">​</a></h1><p>A key that takes one word of a fixed list: <code>spacing=leading</code>.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Type Parameter</th><th>Default type</th></tr></thead><tbody><tr><td><a id="type-parameter-c"></a> <code>C</code> <em>extends</em> <code>string</code></td><td><code>string</code></td></tr></tbody></table><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-choices"></a> <code>choices</code></td><td><code>readonly</code></td><td>readonly <code>C</code>[]</td><td></td></tr><tr><td><a id="property-default"></a> <code>default</code></td><td><code>readonly</code></td><td><code>C</code></td><td></td></tr><tr><td><a id="property-help"></a> <code>help</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><a id="property-type"></a> <code>type</code></td><td><code>readonly</code></td><td><code>&quot;choice&quot;</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/ChoiceKey.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChoiceKey = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChoiceKey as default
};
