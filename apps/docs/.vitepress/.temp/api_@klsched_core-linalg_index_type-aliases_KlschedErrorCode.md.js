import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Type Alias: KlschedErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/type-aliases/KlschedErrorCode.md","filePath":"api/@klsched/core-linalg/index/type-aliases/KlschedErrorCode.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/type-aliases/KlschedErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / KlschedErrorCode</p><h1 id="type-alias-klschederrorcode" tabindex="-1">Type Alias: KlschedErrorCode <a class="header-anchor" href="#type-alias-klschederrorcode" aria-label="Permalink to &quot;Type Alias: KlschedErrorCode&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> KlschedErrorCode</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> typeof</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> KLSCHED_ERROR_CODES</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[number];</span></span></code></pre></div><p>A stable error code: callers branch on it, never on messages.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/type-aliases/KlschedErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KlschedErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KlschedErrorCode as default
};
