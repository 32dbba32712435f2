import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: LEVEL_UNITS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/variables/LEVEL_UNITS.md","filePath":"api/@klsched/discretization/index/variables/LEVEL_UNITS.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/variables/LEVEL_UNITS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / LEVEL_UNITS</p><h1 id="variable-level-units" tabindex="-1">Variable: LEVEL_UNITS <a class="header-anchor" href="#variable-level-units" aria-label="Permalink to &quot;Variable: LEVEL\\_UNITS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> LEVEL_UNITS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> LevelUnit</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Every unit <code>convertLevel</code> converts between.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/variables/LEVEL_UNITS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LEVEL_UNITS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LEVEL_UNITS as default
};
