import { _ as _export_sfc, v as vueExports, s as ssrRenderAttrs_1, b as ssrRenderComponent_1 } from "./plugin-vue_export-helper.G2k64dmC.js";
import "node:stream";
const __pageData = JSON.parse('{"title":"Playground","description":"","frontmatter":{"title":"Playground","layout":"page"},"headers":[],"relativePath":"playground.md","filePath":"playground.md"}');
const _sfc_main = { name: "playground.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_ClientOnly = vueExports.resolveComponent("ClientOnly");
  const _component_KlPlayground = vueExports.resolveComponent("KlPlayground");
  _push(`<div${ssrRenderAttrs_1(_attrs)}><div class="vp-doc klp-page"><h1 id="playground" tabindex="-1">Playground <a class="header-anchor" href="#playground" aria-label="Permalink to &quot;Playground&quot;">​</a></h1><p>Pick a spectrum, a noise process, a sampler, N and a few strategies: the page computes the exact KL of each schedule, draws its levels and the KL against N, and exports the schedule in the CLI&#39;s formats. Everything runs in your browser with the klsched packages themselves, in a Web Worker so that the page stays responsive while an optimiser works; nothing is sent anywhere. The inputs live in the address bar, so a link shares the view. The <a href="./guide/quick-start.html">Quick start</a> does the same from the command line, and <a href="./guide/pick-a-schedule.html">Pick a schedule for your model</a> explains the choices.</p>`);
  _push(ssrRenderComponent_1(_component_ClientOnly, null, {
    default: vueExports.withCtx((_, _push2, _parent2, _scopeId) => {
      if (_push2) {
        _push2(ssrRenderComponent_1(_component_KlPlayground, null, null, _parent2, _scopeId));
      } else {
        return [
          vueExports.createVNode(_component_KlPlayground)
        ];
      }
    }),
    _: 1
  }, _parent));
  _push(`</div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = vueExports.useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("playground.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const playground = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  playground as default
};
