import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: StrategySpec<S>","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/StrategySpec.md","filePath":"api/@klsched/discretization/index/interfaces/StrategySpec.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/StrategySpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / StrategySpec</p><h1 id="interface-strategyspec-s" tabindex="-1">Interface: StrategySpec&lt;S&gt; <a class="header-anchor" href="#interface-strategyspec-s" aria-label="Permalink to &quot;Interface: StrategySpec\\&lt;S\\&gt;&quot;">​</a></h1><p>A strategy spec as parsed from text: the strategy, its options, and the text it came from.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Type Parameter</th><th>Default type</th></tr></thead><tbody><tr><td><a id="type-parameter-s"></a> <code>S</code></td><td><code>unknown</code></td></tr></tbody></table><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td><td></td></tr><tr><td><a id="property-options"></a> <code>options</code></td><td><code>readonly</code></td><td><a href="./StrategyOptions.html"><code>StrategyOptions</code></a></td><td></td></tr><tr><td><a id="property-strategy"></a> <code>strategy</code></td><td><code>readonly</code></td><td><code>S</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/StrategySpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StrategySpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StrategySpec as default
};
