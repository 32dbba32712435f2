import { InvalidArgumentError } from "@klsched/core-linalg";
import { type ToolLevel, toolSchedule } from "../tool-schedule.js";
import { numpyLinspace } from "../tools/numpy-like.js";
import { defineToolStrategy } from "./descriptor.js";

/**
 * The DDIM paper's own code (ermongroup/ddim, runners/diffusion.py, `sample_image`): `uniform` skip
 * range(0, T, T // N) and `quad` int(linspace(0, √(0.8·T), N)²), visited from the largest, then the clean
 * level (`generalized_steps`, next = −1). uniform can give more than N levels (T = 1000, N = 3: 4), quad
 * starts at 0.8·T, not T − 1, and repeats small timesteps for large N.
 */
export const ddimPaperStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "ddim-paper",
  summary: "the DDIM paper's own skips (ermongroup/ddim runners/diffusion.py): uniform or quad",
  keys: { skip: { type: "choice", choices: ["uniform", "quad"], default: "uniform", help: "skip_type of the DDIM code" } },
  make: ({ skip }) => ({ kind: "ddim-paper", skip }),
  schedule: (process, strategy, steps) => {
    const T = process.trainingSteps;
    if (T === undefined)
      throw new InvalidArgumentError("strategy", "ddim-paper", `applies to discrete processes, not ${process.label}`);
    if (strategy.skip === "uniform" && steps > T) {
      throw new InvalidArgumentError(
        "steps",
        steps,
        `ddim-paper's uniform skip is T // N = 0 for N > T = ${T} (the DDIM code's range(0, T, 0) raises ValueError)`,
      );
    }
    const seq =
      strategy.skip === "uniform"
        ? Array.from({ length: Math.ceil(T / Math.floor(T / steps)) }, (_, i) => i * Math.floor(T / steps))
        : Array.from(numpyLinspace(0, Math.sqrt(T * 0.8), steps), (x) => Math.trunc(x ** 2));
    const timesteps = Float64Array.from(seq.reverse());
    const levels: ToolLevel[] = [...Array.from(timesteps, (t) => ({ sigma: process.s(t), index: t })), { sigma: 0 }];
    return toolSchedule(process, levels, timesteps);
  },
});
