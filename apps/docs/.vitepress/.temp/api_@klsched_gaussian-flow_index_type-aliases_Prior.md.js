import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Type Alias: Prior","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/index/type-aliases/Prior.md","filePath":"api/@klsched/gaussian-flow/index/type-aliases/Prior.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/index/type-aliases/Prior.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">index</a> / Prior</p><h1 id="type-alias-prior" tabindex="-1">Type Alias: Prior <a class="header-anchor" href="#type-alias-prior" aria-label="Permalink to &quot;Type Alias: Prior&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Prior</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;standard&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;exact&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Where the reverse process starts (CLI <code>--prior</code>): <code>standard</code> is the process&#39;s own prior N(0, v·I); <code>exact</code> is the true marginal N(α₀μ, α₀²Σ + σ₀²I) at the first level, which isolates the error of the discretization from the error of the prior.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/index/type-aliases/Prior.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Prior = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Prior as default
};
