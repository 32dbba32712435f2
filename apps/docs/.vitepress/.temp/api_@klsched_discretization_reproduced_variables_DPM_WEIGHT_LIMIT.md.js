import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: DPM_WEIGHT_LIMIT","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/reproduced/variables/DPM_WEIGHT_LIMIT.md","filePath":"api/@klsched/discretization/reproduced/variables/DPM_WEIGHT_LIMIT.md"}');
const _sfc_main = { name: "api/@klsched/discretization/reproduced/variables/DPM_WEIGHT_LIMIT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">reproduced</a> / DPM_WEIGHT_LIMIT</p><h1 id="variable-dpm-weight-limit" tabindex="-1">Variable: DPM_WEIGHT_LIMIT <a class="header-anchor" href="#variable-dpm-weight-limit" aria-label="Permalink to &quot;Variable: DPM\\_WEIGHT\\_LIMIT&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> DPM_WEIGHT_LIMIT</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 10</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 10</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The weight DPM-Solver++(2M) puts on the previous denoiser output, <code>1/(2r)</code> with r = h_{k−1}/h_k the ratio of consecutive steps in λ = −ln(σ/α) (Lu et al. 2022, Alg. 2; k-diffusion <code>sample_dpmpp_2m</code>), above which <code>checkLevels</code> reports the step: 10 (r ≤ 0.05), where the solver amplifies the network&#39;s error tenfold; a smooth schedule has r ≈ 1, weight ≈ 0.5.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/reproduced/variables/DPM_WEIGHT_LIMIT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DPM_WEIGHT_LIMIT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DPM_WEIGHT_LIMIT as default
};
