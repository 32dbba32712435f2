import { InvalidArgumentError } from "@klsched/core-linalg";
import { scheduleFromSigmas } from "../custom-levels.js";
import { sigmasOf } from "../schedule.js";
import { defineExportTarget, type ExportTarget, infiniteLevel, snippetComment } from "./export-target.js";
import { pythonFloat, pythonList } from "./python-literals.js";

const NAME = "k-diffusion";

/**
 * The k-diffusion sampling function that runs a klsched sampler (k_diffusion/sampling.py), with its extra
 * arguments, or undefined where k-diffusion has none (DDPM, DDIM with η > 0).
 */
export function kdiffusionSampler(sampler: string | undefined): string | undefined {
  const name = sampler ?? "ddim";
  if (name === "ddim" || name === "euler") return "sample_euler(model, x, sigmas)";
  if (name === "heun") return "sample_heun(model, x, sigmas)";
  if (name === "dpmpp-2m") return "sample_dpmpp_2m(model, x, sigmas)";
  if (name === "euler-ancestral") return "sample_euler_ancestral(model, x, sigmas)";
  const eta = /^euler-ancestral:eta=(.+)$/.exec(name);
  if (eta !== null) return `sample_euler_ancestral(model, x, sigmas, eta=${eta[1]})`;
  return undefined;
}

/**
 * k-diffusion (crowsonkb/k-diffusion, k_diffusion/sampling.py): every sampler takes the σ/α levels as a
 * tensor, the final 0 included, and steps from `sigmas[i]` to `sigmas[i + 1]`; `torch.tensor` of a list
 * of floats is float32, as `get_sigmas_karras` returns. The snippet calls the sampler the levels were
 * scored under (`sample_euler` for DDIM, which it equals).
 */
export const kdiffusionTarget: ExportTarget = /* @__PURE__ */ defineExportTarget({
  name: NAME,
  tool: "k-diffusion" as const,
  summary: "k-diffusion's sample_*(model, x, sigmas): σ/α of every level, the final 0 included (VE, VP, discrete)",
  unit: "s" as const,
  flag: "--sigmas" as const,
  integerTimesteps: false,
  refusal: (schedule) => {
    const { process } = schedule;
    if (process.kind === "flow")
      return "k-diffusion has no flow-matching model wrapper (use comfyui or diffusers:FlowMatchEulerDiscreteScheduler)";
    const k = infiniteLevel(schedule);
    if (k !== undefined) return `level ${k} is at α = 0 (σ/α = ∞), which a k-diffusion sigma cannot be`;
    return undefined;
  },
  export: (schedule, context) => {
    const values = sigmasOf(schedule);
    const call = kdiffusionSampler(context.sampler);
    const notes =
      call === undefined ? [`k-diffusion has no ${context.sampler} sampler; the snippet calls sample_euler (= DDIM)`] : [];
    const text = [
      "import torch",
      "from k_diffusion import sampling",
      "",
      snippetComment(schedule, context, "σ/α of every level, the final 0 included"),
      `sigmas = torch.tensor(${pythonList(values, pythonFloat)})`,
      "# model: a k-diffusion denoiser (e.g. external.CompVisDenoiser); x: noise scaled to sigmas[0]",
      `samples = sampling.${call ?? "sample_euler(model, x, sigmas)"}`,
      "",
    ].join("\n");
    return { target: NAME, text, values, unit: "s" as const, notes };
  },
  read: (process, values) => {
    if (process.kind === "flow") throw new InvalidArgumentError("from", NAME, "k-diffusion has no flow models");
    return scheduleFromSigmas(process, values);
  },
});
