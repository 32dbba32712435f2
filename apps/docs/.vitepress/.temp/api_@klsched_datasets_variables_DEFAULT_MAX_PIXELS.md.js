import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_MAX_PIXELS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/variables/DEFAULT_MAX_PIXELS.md","filePath":"api/@klsched/datasets/variables/DEFAULT_MAX_PIXELS.md"}');
const _sfc_main = { name: "api/@klsched/datasets/variables/DEFAULT_MAX_PIXELS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / DEFAULT_MAX_PIXELS</p><h1 id="variable-default-max-pixels" tabindex="-1">Variable: DEFAULT_MAX_PIXELS <a class="header-anchor" href="#variable-default-max-pixels" aria-label="Permalink to &quot;Variable: DEFAULT\\_MAX\\_PIXELS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> DEFAULT_MAX_PIXELS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The default pixel budget: the most pixels (width × height) one image may declare, 2²⁴ = 16 777 216 (4096 × 4096). Checked from each file&#39;s header before anything is decoded: decoding takes about 40 bytes a pixel here (the decoder&#39;s buffers, RGBA, and the row of float64 levels), 0.7 GB at the budget. Pillow warns at 89 Mpx and refuses at 179 Mpx; sharp refuses above 268 Mpx.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/variables/DEFAULT_MAX_PIXELS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_MAX_PIXELS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_MAX_PIXELS as default
};
