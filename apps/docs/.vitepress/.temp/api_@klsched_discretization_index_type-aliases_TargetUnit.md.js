import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Type Alias: TargetUnit","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/type-aliases/TargetUnit.md","filePath":"api/@klsched/discretization/index/type-aliases/TargetUnit.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/type-aliases/TargetUnit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / TargetUnit</p><h1 id="type-alias-targetunit" tabindex="-1">Type Alias: TargetUnit <a class="header-anchor" href="#type-alias-targetunit" aria-label="Permalink to &quot;Type Alias: TargetUnit&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> TargetUnit</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;s&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;flow-t&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;timestep&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;edm-ramp&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>What the numbers an export target prints stand for:</p><ul><li><code>s</code>: σ/α of every level, the clean 0 included (k-diffusion&#39;s and diffusers&#39; Euler &quot;sigma&quot;);</li><li><code>flow-t</code>: the flow time t = σ of the noisy levels, unshifted (the scheduler appends the 0);</li><li><code>timestep</code>: the integer training timesteps of the noisy levels (the scheduler appends the clean level);</li><li><code>edm-ramp</code>: EDMEulerScheduler&#39;s ramp r of each noisy level, σ = σ_max + r·(σ_min − σ_max) with <code>rho=1</code>.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/type-aliases/TargetUnit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TargetUnit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TargetUnit as default
};
