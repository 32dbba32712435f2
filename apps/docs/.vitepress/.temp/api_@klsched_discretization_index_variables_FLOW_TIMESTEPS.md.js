import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: FLOW_TIMESTEPS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/variables/FLOW_TIMESTEPS.md","filePath":"api/@klsched/discretization/index/variables/FLOW_TIMESTEPS.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/variables/FLOW_TIMESTEPS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / FLOW_TIMESTEPS</p><h1 id="variable-flow-timesteps" tabindex="-1">Variable: FLOW_TIMESTEPS <a class="header-anchor" href="#variable-flow-timesteps" aria-label="Permalink to &quot;Variable: FLOW\\_TIMESTEPS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> FLOW_TIMESTEPS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 1000</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 1000</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>diffusers&#39; <code>num_train_timesteps</code> and ComfyUI&#39;s <code>multiplier</code> for flow models.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/variables/FLOW_TIMESTEPS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FLOW_TIMESTEPS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FLOW_TIMESTEPS as default
};
