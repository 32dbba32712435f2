import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: ToolOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/reproduced/interfaces/ToolOptions.md","filePath":"api/@klsched/discretization/reproduced/interfaces/ToolOptions.md"}');
const _sfc_main = { name: "api/@klsched/discretization/reproduced/interfaces/ToolOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">reproduced</a> / ToolOptions</p><h1 id="interface-tooloptions" tabindex="-1">Interface: ToolOptions <a class="header-anchor" href="#interface-tooloptions" aria-label="Permalink to &quot;Interface: ToolOptions&quot;">​</a></h1><p>Options of a reproduced schedule: flow shift (static or μ), and a denoise-style truncation. <code>mu</code> is the flow pipelines&#39; dynamic shift, not the Laplace strategy&#39;s μ, which is <code>strategy.mu</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-denoise"></a> <code>denoise?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Img2img strength / ComfyUI denoise in (0, 1]: each tool truncates its own way.</td><td></td></tr><tr><td><a id="property-mu"></a> <code>mu?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-shift"></a> <code>shift?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/reproduced/interfaces/ToolOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolOptions as default
};
