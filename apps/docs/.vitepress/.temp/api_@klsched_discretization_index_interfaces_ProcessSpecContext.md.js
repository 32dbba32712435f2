import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ProcessSpecContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/index/interfaces/ProcessSpecContext.md","filePath":"api/@klsched/discretization/index/interfaces/ProcessSpecContext.md"}');
const _sfc_main = { name: "api/@klsched/discretization/index/interfaces/ProcessSpecContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">index</a> / ProcessSpecContext</p><h1 id="interface-processspeccontext" tabindex="-1">Interface: ProcessSpecContext <a class="header-anchor" href="#interface-processspeccontext" aria-label="Permalink to &quot;Interface: ProcessSpecContext&quot;">​</a></h1><p>What <code>parseProcess</code> may need from outside: loaders for <code>ddpm:betas=FILE</code> (trained betas) and for a diffusers <code>scheduler_config.json</code> given as the process, and the image size a preset with a dynamic shift (<code>flux</code>) computes its μ from (CLI <code>--resolution</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-loadbetas"></a> <code>loadBetas?</code></td><td><code>readonly</code></td><td>(<code>path</code>) =&gt; <code>ArrayLike</code>&lt;<code>number</code>&gt;</td><td>Reads the betas of <code>ddpm:betas=FILE</code> (the library does no I/O of its own).</td><td></td></tr><tr><td><a id="property-loadconfig"></a> <code>loadConfig?</code></td><td><code>readonly</code></td><td>(<code>path</code>) =&gt; <code>unknown</code></td><td>Reads and parses a JSON file (a diffusers scheduler config).</td><td></td></tr><tr><td><a id="property-resolution"></a> <code>resolution?</code></td><td><code>readonly</code></td><td><a href="./Resolution.html"><code>Resolution</code></a></td><td>The image size a dynamic-shift preset&#39;s μ follows; absent: the model&#39;s default size.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/index/interfaces/ProcessSpecContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProcessSpecContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProcessSpecContext as default
};
