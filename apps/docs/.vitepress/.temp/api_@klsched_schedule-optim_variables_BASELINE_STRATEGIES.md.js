import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: BASELINE_STRATEGIES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/variables/BASELINE_STRATEGIES.md","filePath":"api/@klsched/schedule-optim/variables/BASELINE_STRATEGIES.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/variables/BASELINE_STRATEGIES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / BASELINE_STRATEGIES</p><h1 id="variable-baseline-strategies" tabindex="-1">Variable: BASELINE_STRATEGIES <a class="header-anchor" href="#variable-baseline-strategies" aria-label="Permalink to &quot;Variable: BASELINE\\_STRATEGIES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> BASELINE_STRATEGIES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> [</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;uniform&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;quadratic&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;logsnr&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;exponential&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;karras&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;tangent:c=1&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">];</span></span></code></pre></div><p>The standard strategies an optimised schedule is measured against, started from and never worse than (the baselines of <code>klsched optimize</code>): the time-uniform and quadratic grids, uniform log-SNR (= <code>exponential</code>), Karras ρ = 7 and <code>tangent:c=1</code> (ComfyUI&#39;s <code>kl_optimal</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/variables/BASELINE_STRATEGIES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BASELINE_STRATEGIES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BASELINE_STRATEGIES as default
};
