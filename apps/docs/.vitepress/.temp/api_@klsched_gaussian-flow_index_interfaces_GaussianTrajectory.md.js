import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: GaussianTrajectory","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/gaussian-flow/index/interfaces/GaussianTrajectory.md","filePath":"api/@klsched/gaussian-flow/index/interfaces/GaussianTrajectory.md"}');
const _sfc_main = { name: "api/@klsched/gaussian-flow/index/interfaces/GaussianTrajectory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/gaussian-flow</a> / <a href="./../">index</a> / GaussianTrajectory</p><h1 id="interface-gaussiantrajectory" tabindex="-1">Interface: GaussianTrajectory <a class="header-anchor" href="#interface-gaussiantrajectory" aria-label="Permalink to &quot;Interface: GaussianTrajectory&quot;">​</a></h1><p>Per-level mean and variance of every direction along a closed-form run (rows = levels).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-dimension"></a> <code>dimension</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-gain"></a> <code>gain</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>gain[k·d + i]: the multiplier of the start noise in direction i at level k.</td><td></td></tr><tr><td><a id="property-levels"></a> <code>levels</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td></td></tr><tr><td><a id="property-mean"></a> <code>mean</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>mean[k·d + i]: the output mean of direction i at level k.</td><td></td></tr><tr><td><a id="property-variance"></a> <code>variance</code></td><td><code>readonly</code></td><td><code>Float64Array</code></td><td>variance[k·d + i]: the output variance of direction i at level k.</td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/gaussian-flow/index/interfaces/GaussianTrajectory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GaussianTrajectory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GaussianTrajectory as default
};
