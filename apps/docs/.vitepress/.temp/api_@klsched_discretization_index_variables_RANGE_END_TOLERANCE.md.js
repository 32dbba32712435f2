import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Variable: RANGE_END_TOLERANCE","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/variables/RANGE_END_TOLERANCE.md","filePath":"api/@klsched/discretization/index/variables/RANGE_END_TOLERANCE.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/variables/RANGE_END_TOLERANCE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / RANGE_END_TOLERANCE</p><h1 id="variable-range-end-tolerance" tabindex="-1">Variable: RANGE_END_TOLERANCE <a class="header-anchor" href="#variable-range-end-tolerance" aria-label="Permalink to &quot;Variable: RANGE\\_END\\_TOLERANCE&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> RANGE_END_TOLERANCE</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How far, relative, a σ/α level may lie beyond an end of a discrete model&#39;s range and still be taken as that end: 2⁻²², two float32 ulps. Tools store and print σ in float32, so their σ_max can exceed the float64 end (sd15: float32 14.6146469… against 14.6146466…) and their σ_min fall below it; that is rounding, not a level outside the range. Used by a discrete process&#39;s <code>tFromS</code> (and so by <code>scheduleFromSigmas</code>) and by the clamp notes of reproduced schedules (<code>placeLevels</code>).</p><p>It deliberately does not cover printed roundings: A1111&#39;s AYS tables round σ_max to 14.615 (2.4·10⁻⁵ above sd15&#39;s) and σ_min to 0.029 (5.7·10⁻³ below), and no one relative tolerance covers a fixed number of decimals at both ends. Such lists are refused as user levels; the <code>ays:front=a1111</code> strategy places them at the ends with a note, as A1111&#39;s lookup clamps them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/variables/RANGE_END_TOLERANCE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RANGE_END_TOLERANCE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RANGE_END_TOLERANCE as default
};
