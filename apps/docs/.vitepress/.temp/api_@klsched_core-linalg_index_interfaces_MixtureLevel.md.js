import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: MixtureLevel","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/MixtureLevel.md","filePath":"api/@klsched/core-linalg/index/interfaces/MixtureLevel.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/MixtureLevel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / MixtureLevel</p><h1 id="interface-mixturelevel" tabindex="-1">Interface: MixtureLevel <a class="header-anchor" href="#interface-mixturelevel" aria-label="Permalink to &quot;Interface: MixtureLevel&quot;">​</a></h1><p>The noisy level a mixture is seen at: x_t = α·x₀ + σ·ε.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-sigma"></a> <code>sigma</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/MixtureLevel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MixtureLevel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MixtureLevel as default
};
