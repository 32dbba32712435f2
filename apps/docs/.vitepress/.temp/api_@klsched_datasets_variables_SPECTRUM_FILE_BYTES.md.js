import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: SPECTRUM_FILE_BYTES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/variables/SPECTRUM_FILE_BYTES.md","filePath":"api/@klsched/datasets/variables/SPECTRUM_FILE_BYTES.md"}');
const _sfc_main = { name: "api/@klsched/datasets/variables/SPECTRUM_FILE_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / SPECTRUM_FILE_BYTES</p><h1 id="variable-spectrum-file-bytes" tabindex="-1">Variable: SPECTRUM_FILE_BYTES <a class="header-anchor" href="#variable-spectrum-file-bytes" aria-label="Permalink to &quot;Variable: SPECTRUM\\_FILE\\_BYTES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> SPECTRUM_FILE_BYTES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The largest spectrum file read: 1 GiB, room for MAX_DIMENSION (2²⁴) eigenvalues as float64 <code>.npy</code> (128 MiB) or as text at up to 64 characters a number.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/variables/SPECTRUM_FILE_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SPECTRUM_FILE_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SPECTRUM_FILE_BYTES as default
};
