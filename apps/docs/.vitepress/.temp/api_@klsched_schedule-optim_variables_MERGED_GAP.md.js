import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: MERGED_GAP","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/variables/MERGED_GAP.md","filePath":"api/@klsched/schedule-optim/variables/MERGED_GAP.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/variables/MERGED_GAP.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / MERGED_GAP</p><h1 id="variable-merged-gap" tabindex="-1">Variable: MERGED_GAP <a class="header-anchor" href="#variable-merged-gap" aria-label="Permalink to &quot;Variable: MERGED\\_GAP&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MERGED_GAP</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 0.001</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 1e-3</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The least ln-s gap between neighbouring noisy levels below which they count as merged (near-duplicates).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/variables/MERGED_GAP.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MERGED_GAP = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MERGED_GAP as default
};
