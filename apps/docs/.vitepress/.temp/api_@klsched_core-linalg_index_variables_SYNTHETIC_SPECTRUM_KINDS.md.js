import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: SYNTHETIC_SPECTRUM_KINDS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/variables/SYNTHETIC_SPECTRUM_KINDS.md","filePath":"api/@klsched/core-linalg/index/variables/SYNTHETIC_SPECTRUM_KINDS.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/variables/SYNTHETIC_SPECTRUM_KINDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / SYNTHETIC_SPECTRUM_KINDS</p><h1 id="variable-synthetic-spectrum-kinds" tabindex="-1">Variable: SYNTHETIC_SPECTRUM_KINDS <a class="header-anchor" href="#variable-synthetic-spectrum-kinds" aria-label="Permalink to &quot;Variable: SYNTHETIC\\_SPECTRUM\\_KINDS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> SYNTHETIC_SPECTRUM_KINDS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> [</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;isotropic&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;geometric&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;powerlaw&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">];</span></span></code></pre></div><p>The kinds of built-in synthetic spectra (the CLI reference, &quot;Spectrum&quot;).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/variables/SYNTHETIC_SPECTRUM_KINDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SYNTHETIC_SPECTRUM_KINDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SYNTHETIC_SPECTRUM_KINDS as default
};
