import { InvalidArgumentError, parseSpec } from "@klsched/core-linalg";
import type { NoiseProcess } from "../noise-process.js";
import { checkSteps } from "../step-limit.js";
import { optionKeys, readStrategyOptions, type StrategyOptions, type StrategySpec } from "../strategy-options.js";
import type { ToolSchedule } from "../tool-schedule.js";
import type { ToolOptions } from "./descriptor.js";
import {
  isToolStrategyKind,
  REPRODUCED_STRATEGIES,
  TOOL_STRATEGY_KINDS,
  type ToolStrategy,
  toolStrategyDescriptor,
} from "./registry.js";

/**
 * Parses a strategy reproduced from another tool: `diffusers-euler:spacing=trailing`, `comfy:name=simple`,
 * `ays:model=sdxl`, `sigmas:14.6,3,0.5`, … with the options every strategy takes (`shift`, `mu`/`seqlen`,
 * `denoise`), which {@link reproducedSchedule} checks against the tool. A strategy's own key wins over an
 * option of the same name: `laplace:mu=…` is the Laplace μ, and `laplace` then takes neither `mu` nor `seqlen`.
 *
 * @example
 * ```ts
 * import { parseReproducedStrategy } from "@klsched/discretization/reproduced";
 * parseReproducedStrategy("ays:model=sdxl").strategy; // { kind: "ays", model: "sdxl", front: "comfyui" }
 * parseReproducedStrategy("comfy:name=simple,denoise=0.5").options; // { denoise: 0.5 }
 * ```
 * @throws InvalidArgumentError for an unknown kind, an unknown key or a value out of range.
 */
export function parseReproducedStrategy(text: string, argument = "strategy"): StrategySpec<ToolStrategy> {
  const spec = parseSpec(text, argument);
  if (!isToolStrategyKind(spec.kind)) {
    throw new InvalidArgumentError(
      argument,
      text,
      `unknown reproduced strategy "${spec.kind}" (expected ${TOOL_STRATEGY_KINDS.join(", ")})`,
    );
  }
  const descriptor = REPRODUCED_STRATEGIES[spec.kind];
  const own = Object.keys(descriptor.keys);
  const options = optionKeys(own, true);
  const strategy = descriptor.parse(spec, argument, options) as ToolStrategy;
  return { label: spec.text, strategy, options: readStrategyOptions(spec, options, own, argument, descriptor.items) };
}

/**
 * The schedule a tool produces for `steps` steps on `process`, with the tool's own arrays (sigmas,
 * timesteps, notes). Truncation by `denoise`: diffusers (img2img `strength`) keeps the last
 * min(⌊N·strength⌋, N) levels; ComfyUI's KSampler computes ⌊N/denoise⌋ steps and keeps the last N; the
 * AYS and GITS nodes keep round(N·denoise) of N. `round` does not apply: each tool decides its own timesteps.
 * On a preset that records a flow pipeline's shift (`sd3`, `flux`, `wan`), a tool that takes a shift uses
 * it unless the spec gives `shift=` or `mu=`, as the tool reads it from the model's config.
 *
 * @example
 * ```ts
 * import { parseProcess } from "@klsched/discretization";
 * import { reproducedSchedule } from "@klsched/discretization/reproduced";
 * const tool = reproducedSchedule(parseProcess("sd15"), { kind: "diffusers-ddim", spacing: "leading", offset: 1 }, 10);
 * tool.timesteps; // Float64Array [901, 801, 701, 601, 501, 401, 301, 201, 101, 1]
 * tool.schedule.t[10]; // -1
 * ```
 * @throws InvalidArgumentError for a bad step count, a `shift`/`mu` off flow or for a tool without one, a
 * `denoise` outside (0, 1] or for a tool without one, `round`, or a process the tool cannot take.
 */
export function reproducedSchedule(
  process: NoiseProcess,
  strategy: ToolStrategy,
  steps: number,
  options: StrategyOptions = {},
): ToolSchedule {
  if (options.round) throw new InvalidArgumentError("round", true, `${strategy.kind} takes the timesteps its tool takes`);
  if (!Number.isInteger(steps) || steps < 1) throw new InvalidArgumentError("steps", steps, "expected an integer ≥ 1");
  checkSteps(steps);
  const descriptor = toolStrategyDescriptor(strategy);
  const denoise = options.denoise ?? 1;
  if (!(denoise > 0 && denoise <= 1)) throw new InvalidArgumentError("denoise", denoise, "expected a value in (0, 1]");
  const flowOnly = options.shift !== undefined || options.mu !== undefined;
  const [flowKey, flowValue] = options.shift !== undefined ? ["shift", options.shift] : ["mu", options.mu];
  if (flowOnly && process.kind !== "flow")
    throw new InvalidArgumentError(flowKey, flowValue, `applies only to flow, not ${process.label}`);
  if (flowOnly && !descriptor.takesShift)
    throw new InvalidArgumentError(flowKey, flowValue, `does not apply to ${strategy.kind}`);
  if (denoise < 1 && !descriptor.takesDenoise)
    throw new InvalidArgumentError("denoise", denoise, `${strategy.kind} has no denoise in its tool`);
  // a tool reads a flow model's shift from its config: a preset's pipeline shift is the tool's default
  const preset = flowOnly || !descriptor.takesShift ? undefined : process.pipeline?.shift;
  const toolOptions: ToolOptions = {
    ...(options.shift === undefined ? {} : { shift: options.shift }),
    ...(options.mu === undefined ? {} : { mu: options.mu }),
    ...(preset?.kind === "static" ? { shift: preset.shift } : {}),
    ...(preset?.kind === "dynamic" ? { mu: preset.mu } : {}),
    ...(options.denoise === undefined ? {} : { denoise: options.denoise }),
  };
  return descriptor.schedule(process, strategy, steps, toolOptions);
}
