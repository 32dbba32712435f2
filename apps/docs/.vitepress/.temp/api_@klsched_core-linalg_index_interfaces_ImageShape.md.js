import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ImageShape","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/ImageShape.md","filePath":"api/@klsched/core-linalg/index/interfaces/ImageShape.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/ImageShape.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / ImageShape</p><h1 id="interface-imageshape" tabindex="-1">Interface: ImageShape <a class="header-anchor" href="#interface-imageshape" aria-label="Permalink to &quot;Interface: ImageShape&quot;">​</a></h1><p>The layout of a row that is an image, row-major: height × width × channels, channels last (<code>&quot;hwc&quot;</code>, decoded images; the default), or channels × height × width (<code>&quot;chw&quot;</code>, a latent tensor n × C × H × W).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-channels"></a> <code>channels</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-height"></a> <code>height</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-layout"></a> <code>layout?</code></td><td><code>readonly</code></td><td><code>&quot;hwc&quot;</code> | <code>&quot;chw&quot;</code></td><td></td></tr><tr><td><a id="property-width"></a> <code>width</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/ImageShape.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ImageShape = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ImageShape as default
};
