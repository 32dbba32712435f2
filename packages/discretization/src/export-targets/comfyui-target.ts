import { scheduleFromFlowTimes, scheduleFromSigmas } from "../custom-levels.js";
import type { Schedule } from "../schedule.js";
import { sigmasOf } from "../schedule.js";
import { defineExportTarget, type ExportTarget } from "./export-target.js";
import { fixedPointText } from "./fixed-point.js";

const NAME = "comfyui";

/**
 * The sigmas ComfyUI's samplers read for a schedule: σ/α on VE, VP and discrete models, the flow σ = t on
 * flow models (ModelSamplingDiscreteFlow, ModelSamplingFlux), every level with the final 0.
 */
export function comfySigmas(schedule: Schedule): Float64Array {
  return schedule.process.kind === "flow" ? schedule.sigma.slice() : sigmasOf(schedule);
}

/**
 * ComfyUI's ManualSigmas node (comfy_extras/nodes_custom_sampler.py): it finds the numbers in its text
 * with `re.findall(r"[-+]?(?:\d*\.*\d+)", sigmas)` and makes a `torch.FloatTensor` (float32) of them. The
 * text is the sigmas separated by ", " in fixed-point notation ({@link fixedPointText}), since that regex
 * splits an exponent (`1e-08` → 1, 08). σ/α = ∞ (α = 0, a zero-SNR `zsnr=zero` start) is printed `inf`,
 * as `--format comfyui` always has, with a note: the regex finds no number in it. A reproduced strategy
 * prints its tool's own sigmas, as `--format comfyui` always has.
 */
export const comfyuiTarget: ExportTarget = /* @__PURE__ */ defineExportTarget({
  name: NAME,
  tool: "comfyui" as const,
  summary: "ComfyUI's ManualSigmas text: every level's sigma (σ/α; flow: t), the final 0 included, fixed-point",
  unit: "s" as const,
  flag: "--sigmas" as const,
  integerTimesteps: false,
  refusal: () => undefined,
  export: (schedule, context) => {
    const values = context.tool === undefined ? comfySigmas(schedule) : context.tool.sigmas.slice();
    const unit = schedule.process.kind === "flow" ? ("flow-t" as const) : ("s" as const);
    const infinite = values.indexOf(Number.POSITIVE_INFINITY);
    const notes =
      infinite < 0
        ? []
        : [
            `level ${infinite} is at α = 0 (σ/α = ∞), printed inf, which ComfyUI's ManualSigmas regex skips: ComfyUI's own zsnr keeps σ_max finite (zsnr=tiny is the closest process)`,
          ];
    const text = `${Array.from(values, (x) => (x === Number.POSITIVE_INFINITY ? "inf" : fixedPointText(x))).join(", ")}\n`;
    return { target: NAME, text, values, unit, notes };
  },
  read: (process, values) =>
    process.kind === "flow" ? scheduleFromFlowTimes(process, values) : scheduleFromSigmas(process, values),
});
