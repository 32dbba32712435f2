import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: CONFIG_SCHEDULERS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/variables/CONFIG_SCHEDULERS.md","filePath":"api/@klsched/discretization/index/variables/CONFIG_SCHEDULERS.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/variables/CONFIG_SCHEDULERS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / CONFIG_SCHEDULERS</p><h1 id="variable-config-schedulers" tabindex="-1">Variable: CONFIG_SCHEDULERS <a class="header-anchor" href="#variable-config-schedulers" aria-label="Permalink to &quot;Variable: CONFIG\\_SCHEDULERS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> CONFIG_SCHEDULERS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> string</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The scheduler classes whose configs <code>--process</code> reads.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/variables/CONFIG_SCHEDULERS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CONFIG_SCHEDULERS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CONFIG_SCHEDULERS as default
};
