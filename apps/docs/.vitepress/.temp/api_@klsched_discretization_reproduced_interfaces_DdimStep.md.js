import { _ as _export_sfc, s as ssrRenderAttrs_1, v as vueExports } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Interface: DdimStep","description":"","frontmatter":{},"headers":[],"relativePath":"api/@klsched/discretization/reproduced/interfaces/DdimStep.md","filePath":"api/@klsched/discretization/reproduced/interfaces/DdimStep.md"}');
const _sfc_main = { name: "api/@klsched/discretization/reproduced/interfaces/DdimStep.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs_1(_attrs)}><p><a href="./../../../../">klsched API</a> / <a href="./../../">@klsched/discretization</a> / <a href="./../">reproduced</a> / DdimStep</p><h1 id="interface-ddimstep" tabindex="-1">Interface: DdimStep <a class="header-anchor" href="#interface-ddimstep" aria-label="Permalink to &quot;Interface: DdimStep&quot;">​</a></h1><p>One call of diffusers&#39; <code>DDIMScheduler.step(model_output, timestep, sample)</code> (schedulers/scheduling_ddim.py):</p><ul><li><code>timestep</code>: the scheduled timestep the model is called at;</li><li><code>alphaIndex</code>: the entry of <code>alphas_cumprod</code> read as <code>alpha_prod_t</code> — <code>alphas_cumprod[timestep]</code>, unguarded, so torch&#39;s negative indexing reads ᾱ_{T−1} at timestep −1;</li><li><code>prevTimestep</code>: <code>timestep − num_train_timesteps // num_inference_steps</code>;</li><li><code>target</code>: the level x is moved to — <code>prevTimestep</code> where <code>prev_timestep &gt;= 0</code>, else −1, the clean level (<code>final_alpha_cumprod</code>, 1 with <code>set_alpha_to_one</code> as klsched assumes).</li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Defined in</th></tr></thead><tbody><tr><td><a id="property-alphaindex"></a> <code>alphaIndex</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-prevtimestep"></a> <code>prevTimestep</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-target"></a> <code>target</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr><tr><td><a id="property-timestep"></a> <code>timestep</code></td><td><code>readonly</code></td><td><code>number</code></td><td></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@klsched/discretization/reproduced/interfaces/DdimStep.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DdimStep = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DdimStep as default
};
