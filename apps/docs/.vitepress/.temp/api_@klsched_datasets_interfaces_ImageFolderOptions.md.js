import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ImageFolderOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/interfaces/ImageFolderOptions.md","filePath":"api/@klsched/datasets/interfaces/ImageFolderOptions.md"}');
const _sfc_main = { name: "api/@klsched/datasets/interfaces/ImageFolderOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / ImageFolderOptions</p><h1 id="interface-imagefolderoptions" tabindex="-1">Interface: ImageFolderOptions <a class="header-anchor" href="#interface-imagefolderoptions" aria-label="Permalink to &quot;Interface: ImageFolderOptions&quot;">​</a></h1><p>Options of <a href="./../functions/openImageFolder.html">openImageFolder</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-maxpixels"></a> <code>maxPixels?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The most pixels one image may declare (default <a href="./../variables/DEFAULT_MAX_PIXELS.html">DEFAULT_MAX_PIXELS</a>); a larger one is refused before decoding.</td><td></td></tr><tr><td><a id="property-onprogress"></a> <code>onProgress?</code></td><td><code>readonly</code></td><td><a href="./../../core-linalg/index/type-aliases/ProgressCallback.html"><code>ProgressCallback</code></a></td><td>Progress of the scan that reads every header (and decodes colour-typed files until one shows colour).</td><td></td></tr><tr><td><a id="property-size"></a> <code>size?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Resize the shorter side to <code>size</code> and crop the centre <code>size</code> × <code>size</code>; without it all images must share one size.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/interfaces/ImageFolderOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ImageFolderOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ImageFolderOptions as default
};
