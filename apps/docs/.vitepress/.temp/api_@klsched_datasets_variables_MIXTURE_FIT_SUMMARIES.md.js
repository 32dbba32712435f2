import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: MIXTURE_FIT_SUMMARIES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/datasets/variables/MIXTURE_FIT_SUMMARIES.md","filePath":"api/@klsched/datasets/variables/MIXTURE_FIT_SUMMARIES.md"}');
const _sfc_main = { name: "api/@klsched/datasets/variables/MIXTURE_FIT_SUMMARIES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/datasets</a> / MIXTURE_FIT_SUMMARIES</p><h1 id="variable-mixture-fit-summaries" tabindex="-1">Variable: MIXTURE_FIT_SUMMARIES <a class="header-anchor" href="#variable-mixture-fit-summaries" aria-label="Permalink to &quot;Variable: MIXTURE\\_FIT\\_SUMMARIES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MIXTURE_FIT_SUMMARIES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Readonly</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">Record</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">keyof</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> typeof</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MIXTURE_FIT_KEYS</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">string</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;&gt;;</span></span></code></pre></div><p>One line per kind for <code>--help</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/datasets/variables/MIXTURE_FIT_SUMMARIES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MIXTURE_FIT_SUMMARIES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MIXTURE_FIT_SUMMARIES as default
};
