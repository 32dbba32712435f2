import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: NPY_PREAMBLE_BYTES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/npy/variables/NPY_PREAMBLE_BYTES.md","filePath":"api/@klsched/core-linalg/npy/variables/NPY_PREAMBLE_BYTES.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/npy/variables/NPY_PREAMBLE_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">npy</a> / NPY_PREAMBLE_BYTES</p><h1 id="variable-npy-preamble-bytes" tabindex="-1">Variable: NPY_PREAMBLE_BYTES <a class="header-anchor" href="#variable-npy-preamble-bytes" aria-label="Permalink to &quot;Variable: NPY\\_PREAMBLE\\_BYTES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> NPY_PREAMBLE_BYTES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 12</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 12</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The smallest prefix of a <code>.npy</code> file from which <a href="./../functions/npyHeaderLength.html">npyHeaderLength</a> can read the header&#39;s length.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/npy/variables/NPY_PREAMBLE_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NPY_PREAMBLE_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NPY_PREAMBLE_BYTES as default
};
