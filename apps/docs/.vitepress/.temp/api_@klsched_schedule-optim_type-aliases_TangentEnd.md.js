import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Type Alias: TangentEnd","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/schedule-optim/type-aliases/TangentEnd.md","filePath":"api/@klsched/schedule-optim/type-aliases/TangentEnd.md"}');
const _sfc_main = { name: "api/@klsched/schedule-optim/type-aliases/TangentEnd.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/schedule-optim</a> / TangentEnd</p><h1 id="type-alias-tangentend" tabindex="-1">Type Alias: TangentEnd <a class="header-anchor" href="#type-alias-tangentend" aria-label="Permalink to &quot;Type Alias: TangentEnd&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> TangentEnd</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;zero&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;floor&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Where a tangent law ends (theory §4 “Where the levels end”): <code>zero</code> runs to s = 0 in N equal angle steps; <code>floor</code> runs to the end of the process&#39;s range, s(t_end), in N − 1 equal angle steps and then jumps to the clean level — klsched&#39;s own <code>tangent:c=…</code> (and ComfyUI&#39;s <code>kl_optimal</code> at c = 1). On <code>flow</code>, whose range ends at the clean level, they are one law.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/schedule-optim/type-aliases/TangentEnd.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TangentEnd = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TangentEnd as default
};
