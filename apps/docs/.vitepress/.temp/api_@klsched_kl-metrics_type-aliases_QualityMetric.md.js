import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Type Alias: QualityMetric","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/kl-metrics/type-aliases/QualityMetric.md","filePath":"api/@klsched/kl-metrics/type-aliases/QualityMetric.md"}');
const _sfc_main = { name: "api/@klsched/kl-metrics/type-aliases/QualityMetric.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../">klsched API</a> / <a href="./../">@klsched/kl-metrics</a> / QualityMetric</p><h1 id="type-alias-qualitymetric" tabindex="-1">Type Alias: QualityMetric <a class="header-anchor" href="#type-alias-qualitymetric" aria-label="Permalink to &quot;Type Alias: QualityMetric&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> QualityMetric</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> typeof</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> QUALITY_METRICS</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[number];</span></span></code></pre></div><p>One of <a href="./../variables/QUALITY_METRICS.html">QUALITY_METRICS</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/kl-metrics/type-aliases/QualityMetric.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const QualityMetric = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  QualityMetric as default
};
