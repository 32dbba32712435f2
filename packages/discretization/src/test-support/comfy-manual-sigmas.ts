/**
 * ComfyUI's ManualSigmas node (comfyanonymous/ComfyUI, comfy_extras/nodes_custom_sampler.py, read at
 * commit 065c1df0), in test code:
 *
 *     sigmas = re.findall(r"[-+]?(?:\d*\.*\d+)", sigmas)
 *     sigmas = [float(i) for i in sigmas]
 *     sigmas = torch.FloatTensor(sigmas)
 *
 * The regex is the same in JavaScript; `float` of the matches is `Number`; FloatTensor is float32.
 */
export function manualSigmas(text: string): Float64Array {
  const matches = text.match(/[-+]?(?:\d*\.*\d+)/g) ?? [];
  return Float64Array.from(matches, (m) => Math.fround(Number(m)));
}
