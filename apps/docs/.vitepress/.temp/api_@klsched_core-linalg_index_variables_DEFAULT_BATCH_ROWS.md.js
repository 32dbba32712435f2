import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_BATCH_ROWS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/variables/DEFAULT_BATCH_ROWS.md","filePath":"api/@klsched/core-linalg/index/variables/DEFAULT_BATCH_ROWS.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/variables/DEFAULT_BATCH_ROWS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / DEFAULT_BATCH_ROWS</p><h1 id="variable-default-batch-rows" tabindex="-1">Variable: DEFAULT_BATCH_ROWS <a class="header-anchor" href="#variable-default-batch-rows" aria-label="Permalink to &quot;Variable: DEFAULT\\_BATCH\\_ROWS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> DEFAULT_BATCH_ROWS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 256</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 256</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Rows per batch the readers are asked for: large enough to amortise I/O, small enough to stay in cache.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/variables/DEFAULT_BATCH_ROWS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_BATCH_ROWS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_BATCH_ROWS as default
};
