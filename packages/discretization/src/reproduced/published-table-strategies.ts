import { InvalidArgumentError } from "@klsched/core-linalg";
import { type AysModel, aysSigmas, checkTableRange, gitsSigmas } from "../published-tables.js";
import { toolSchedule } from "../tool-schedule.js";
import { defineToolStrategy } from "./descriptor.js";

/** The σ range each published table was made for: [first, last noisy level]. */
const TABLE_RANGES: Record<AysModel, [number, number]> = {
  sd1: [14.6146, 0.0291672],
  sdxl: [14.6146, 0.0291672],
  svd: [700, 0.002],
};

/** Align Your Steps (Sabour et al. 2024): the published tables, as ComfyUI's or A1111's node uses them. */
export const aysStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "ays",
  summary: "Align Your Steps (Sabour et al. 2024): the published tables as ComfyUI's or A1111's node interpolates them",
  keys: {
    model: { type: "choice", choices: ["sd1", "sdxl", "svd"], default: "sd1", help: "the model the table was made for" },
    front: { type: "choice", choices: ["comfyui", "a1111"], default: "comfyui", help: "whose node's handling of the ends" },
  },
  takesDenoise: true,
  make: ({ model, front }) => ({ kind: "ays", model, front }),
  schedule: (process, strategy, steps, options) => {
    const denoise = options.denoise ?? 1;
    if (strategy.front === "a1111" && denoise < 1) {
      throw new InvalidArgumentError("denoise", denoise, "A1111's AYS schedule has no denoise");
    }
    const sigmas = aysSigmas(strategy.model, strategy.front, steps, denoise);
    const [first, last] = TABLE_RANGES[strategy.model];
    checkTableRange(process, `ays:model=${strategy.model}`, first, last);
    return toolSchedule(
      process,
      Array.from(sigmas, (sigma) => ({ sigma })),
      undefined,
    );
  },
});

/** GITS (Chen et al. 2024): the published SD1.5 tables of ComfyUI's GITSScheduler node. */
export const gitsStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "gits",
  summary: "GITS (Chen et al. 2024): the SD1.5 tables of ComfyUI's GITSScheduler node",
  keys: { coeff: { type: "number", default: 1.2, rule: { min: 0.8, max: 1.5 }, help: "the node's coefficient (0.80 … 1.50)" } },
  takesDenoise: true,
  make: ({ coeff }) => ({ kind: "gits", coeff }),
  schedule: (process, strategy, steps, options) => {
    const sigmas = gitsSigmas(strategy.coeff, steps, options.denoise ?? 1);
    const [first, last] = TABLE_RANGES.sd1;
    checkTableRange(process, "gits", first, last);
    return toolSchedule(
      process,
      Array.from(sigmas, (sigma) => ({ sigma })),
      undefined,
    );
  },
});
