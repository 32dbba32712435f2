import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: MAX_STEPS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/variables/MAX_STEPS.md","filePath":"api/@klsched/discretization/index/variables/MAX_STEPS.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/variables/MAX_STEPS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / MAX_STEPS</p><h1 id="variable-max-steps" tabindex="-1">Variable: MAX_STEPS <a class="header-anchor" href="#variable-max-steps" aria-label="Permalink to &quot;Variable: MAX\\_STEPS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAX_STEPS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 100000</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 100_000</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The most steps a schedule may have: 100 000. A schedule is a handful of Float64Arrays of N + 1 levels, but a deterministic sampler&#39;s recorded tape takes a few hundred bytes a step and the closed form d·N operations; 10⁵ is 100 times the largest training T in use and keeps both well inside memory.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/variables/MAX_STEPS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_STEPS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_STEPS as default
};
