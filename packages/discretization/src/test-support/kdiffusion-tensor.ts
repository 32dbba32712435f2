import { assignedList } from "./python-snippet.js";

/**
 * What k-diffusion's samplers step through (crowsonkb/k-diffusion, k_diffusion/sampling.py: every
 * `sample_*` loops `for i in range(len(sigmas) - 1)` from `sigmas[i]` to `sigmas[i + 1]`, reading the
 * tensor as given): `torch.tensor(list_of_floats)`, whose default dtype is float32.
 */
export function kdiffusionSigmas(snippet: string): Float64Array {
  const { values, tensor, dtype } = assignedList(snippet, "sigmas");
  if (!tensor) throw new Error("k-diffusion samplers index a tensor");
  return Float64Array.from(values, dtype === "float64" ? (x) => x : Math.fround);
}

/** The sampling function the snippet calls (`sample_euler`, `sample_dpmpp_2m`, …) and its keywords. */
export function kdiffusionCall(snippet: string): { name: string; keywords: string[] } {
  const match = /^samples = sampling\.(\w+)\(model, x, sigmas((?:, \w+=[^,)]+)*)\)$/m.exec(snippet);
  if (match === null) throw new Error("no sampling call");
  return { name: match[1] as string, keywords: (match[2] ?? "").split(", ").filter((k) => k !== "") };
}

/** The `sample_*` functions of k_diffusion/sampling.py the snippets may call. */
export const KDIFFUSION_SAMPLERS = ["sample_euler", "sample_euler_ancestral", "sample_heun", "sample_dpmpp_2m"] as const;
