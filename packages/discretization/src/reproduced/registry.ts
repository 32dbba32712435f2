import { comfyStrategy } from "./comfy-strategy.js";
import { sigmasStrategy, timestepsStrategy } from "./custom-level-strategies.js";
import { ddimPaperStrategy } from "./ddim-paper-strategy.js";
import type { ToolStrategyDescriptor } from "./descriptor.js";
import {
  diffusersDdimStrategy,
  diffusersDpmStrategy,
  diffusersEulerStrategy,
  diffusersFlowStrategy,
} from "./diffusers-strategies.js";
import { aysStrategy, gitsStrategy } from "./published-table-strategies.js";
import { betaStrategy, kdiffusionVpStrategy, laplaceStrategy, polyexponentialStrategy } from "./sigma-ramp-strategies.js";

/**
 * The strategies reproduced from other tools, by kind, in the order `--help` lists them. A new one is one
 * file with its descriptor ({@link defineToolStrategy}) and one line here.
 *
 * @example
 * ```ts
 * import { parseProcess } from "@klsched/discretization";
 * import { REPRODUCED_STRATEGIES } from "@klsched/discretization/reproduced";
 * Object.keys(REPRODUCED_STRATEGIES).length; // 14
 * REPRODUCED_STRATEGIES.sigmas.items; // true
 * REPRODUCED_STRATEGIES.comfy.schedule(parseProcess("sd15"), { kind: "comfy", name: "simple" }, 2, {}).sigmas; // Float64Array [14.6146…, 1.6128…, 0]
 * ```
 */
export const REPRODUCED_STRATEGIES = {
  "diffusers-ddim": diffusersDdimStrategy,
  "diffusers-euler": diffusersEulerStrategy,
  "diffusers-dpm": diffusersDpmStrategy,
  "diffusers-flow": diffusersFlowStrategy,
  beta: betaStrategy,
  polyexponential: polyexponentialStrategy,
  "kdiffusion-vp": kdiffusionVpStrategy,
  comfy: comfyStrategy,
  laplace: laplaceStrategy,
  ays: aysStrategy,
  gits: gitsStrategy,
  "ddim-paper": ddimPaperStrategy,
  timesteps: timestepsStrategy,
  sigmas: sigmasStrategy,
} as const;

/** A strategy reproduced from another tool, as a plain value: `{ kind: "ays", model: "sd1", front: "comfyui" }`. */
export type ToolStrategy = {
  [K in keyof typeof REPRODUCED_STRATEGIES]: (typeof REPRODUCED_STRATEGIES)[K] extends ToolStrategyDescriptor<infer S>
    ? S
    : never;
}[keyof typeof REPRODUCED_STRATEGIES];

/** The kinds of the reproduced strategies, in registry order. */
export const TOOL_STRATEGY_KINDS = Object.keys(REPRODUCED_STRATEGIES) as readonly ToolStrategy["kind"][];

/**
 * True when `kind` names a reproduced strategy.
 *
 * @example
 * ```ts
 * import { isToolStrategyKind } from "@klsched/discretization/reproduced";
 * isToolStrategyKind("ays"); // true
 * isToolStrategyKind("karras"); // false
 * ```
 */
export function isToolStrategyKind(kind: string): kind is ToolStrategy["kind"] {
  return Object.hasOwn(REPRODUCED_STRATEGIES, kind);
}

/** The descriptor of a reproduced strategy's value. */
export function toolStrategyDescriptor<S extends ToolStrategy>(strategy: S): ToolStrategyDescriptor<S> {
  return REPRODUCED_STRATEGIES[strategy.kind] as unknown as ToolStrategyDescriptor<S>;
}
