import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: SeededRandom","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/core-linalg/index/interfaces/SeededRandom.md","filePath":"api/@klsched/core-linalg/index/interfaces/SeededRandom.md"}');
const _sfc_main = { name: "api/@klsched/core-linalg/index/interfaces/SeededRandom.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/core-linalg</a> / <a href="./../">index</a> / SeededRandom</p><h1 id="interface-seededrandom" tabindex="-1">Interface: SeededRandom <a class="header-anchor" href="#interface-seededrandom" aria-label="Permalink to &quot;Interface: SeededRandom&quot;">​</a></h1><p>A seeded stream of uniform and standard normal numbers: see <a href="./../functions/seededRandom.html">seededRandom</a>.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="normal" tabindex="-1">normal() <a class="header-anchor" href="#normal" aria-label="Permalink to &quot;normal()&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">normal</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(): number;</span></span></code></pre></div><p>Standard normal.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>number</code></p><hr><h3 id="uniform" tabindex="-1">uniform() <a class="header-anchor" href="#uniform" aria-label="Permalink to &quot;uniform()&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">uniform</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(): number;</span></span></code></pre></div><p>Uniform on (0, 1): 53 random bits, never 0 or 1.</p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/core-linalg/index/interfaces/SeededRandom.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SeededRandom = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SeededRandom as default
};
