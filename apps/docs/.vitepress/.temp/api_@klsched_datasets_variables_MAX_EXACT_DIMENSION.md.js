import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: MAX_EXACT_DIMENSION","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/variables/MAX_EXACT_DIMENSION.md","filePath":"api/@klsched/datasets/variables/MAX_EXACT_DIMENSION.md"}');
const _sfc_main = { name: "api/@klsched/datasets/variables/MAX_EXACT_DIMENSION.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / MAX_EXACT_DIMENSION</p><h1 id="variable-max-exact-dimension" tabindex="-1">Variable: MAX_EXACT_DIMENSION <a class="header-anchor" href="#variable-max-exact-dimension" aria-label="Permalink to &quot;Variable: MAX\\_EXACT\\_DIMENSION&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAX_EXACT_DIMENSION</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 8192</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 8192</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The largest d whose exact covariance is formed: 8·d² bytes (512 MiB) and about a minute of eigensolver.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/variables/MAX_EXACT_DIMENSION.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_EXACT_DIMENSION = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_EXACT_DIMENSION as default
};
