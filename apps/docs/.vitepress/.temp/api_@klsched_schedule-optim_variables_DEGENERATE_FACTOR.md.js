import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: DEGENERATE_FACTOR","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/variables/DEGENERATE_FACTOR.md","filePath":"api/@klsched/schedule-optim/variables/DEGENERATE_FACTOR.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/variables/DEGENERATE_FACTOR.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / DEGENERATE_FACTOR</p><h1 id="variable-degenerate-factor" tabindex="-1">Variable: DEGENERATE_FACTOR <a class="header-anchor" href="#variable-degenerate-factor" aria-label="Permalink to &quot;Variable: DEGENERATE\\_FACTOR&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> DEGENERATE_FACTOR</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 10</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 10</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How far above the least value a baseline has an optimum&#39;s other direction of KL may go before the optimum counts as degenerate (an over-dispersion the closed form rewards and a network would not): the <code>guard</code> then bounds it by that least value, and <code>klsched optimize</code> refuses such an optimum without <code>--allow-degenerate</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/variables/DEGENERATE_FACTOR.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEGENERATE_FACTOR = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEGENERATE_FACTOR as default
};
