import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: MAX_DIMENSION","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/variables/MAX_DIMENSION.md","filePath":"api/@klsched/core-linalg/index/variables/MAX_DIMENSION.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/variables/MAX_DIMENSION.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / MAX_DIMENSION</p><h1 id="variable-max-dimension" tabindex="-1">Variable: MAX_DIMENSION <a class="header-anchor" href="#variable-max-dimension" aria-label="Permalink to &quot;Variable: MAX\\_DIMENSION&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAX_DIMENSION</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The most eigenvalues a spectrum may have: 2²⁴ = 16 777 216 (a 4096 × 4096 grey image&#39;s stationary estimate). A spectrum is one Float64Array of d values (128 MiB here), and a KL evaluation holds about ten such arrays (per-direction δ, target variance, mean error and each divergence).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/variables/MAX_DIMENSION.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_DIMENSION = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_DIMENSION as default
};
