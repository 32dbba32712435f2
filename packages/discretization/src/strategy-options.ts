import { InvalidArgumentError, type KeySpecs, readKeys, type Spec } from "@klsched/core-linalg";
import { flowShiftMu } from "./flow-process.js";

/** Options that apply to any strategy. */
export interface StrategyOptions {
  /** Flow only: SD3/Flux timestep shift applied to every level (default 1 = none). */
  readonly shift?: number;
  /** Discrete processes only: round the noisy levels to integer training timesteps. */
  readonly round?: boolean;
  /** Flow only: the dynamic (exponential) shift μ of Flux, equivalent to shift = e^μ (`mu=` or `seqlen=`). */
  readonly mu?: number;
  /** Reproduced strategies only: img2img strength / ComfyUI denoise, truncating as the tool does. */
  readonly denoise?: number;
}

/** A strategy spec as parsed from text: the strategy, its options, and the text it came from. */
export interface StrategySpec<S = unknown> {
  readonly label: string;
  readonly strategy: S;
  readonly options: StrategyOptions;
}

/**
 * The keys every strategy spec may carry beside its own, in groups that stand or fall together (`mu` and
 * `seqlen` both give Flux's μ). `denoise` is read for reproduced strategies only.
 */
export const STRATEGY_OPTION_KEYS = {
  shift: {
    type: "number",
    optional: true,
    rule: { positive: true, min: Math.exp(-20), max: Math.exp(20) },
    help: "flow only: the SD3/Flux timestep shift, e^−20 … e^20 (the range of mu)",
  },
  mu: { type: "number", optional: true, rule: { min: -20, max: 20 }, help: "flow only: Flux's dynamic shift μ (shift = e^μ)" },
  seqlen: {
    type: "number",
    optional: true,
    rule: { positive: true },
    help: "flow only: μ from the image's token count, as diffusers' calculate_shift",
  },
  denoise: {
    type: "number",
    optional: true,
    rule: { positive: true, max: 1 },
    help: "reproduced strategies: img2img strength / ComfyUI denoise in (0, 1]",
  },
} as const satisfies KeySpecs;

const OPTION_GROUPS: readonly (readonly (keyof typeof STRATEGY_OPTION_KEYS)[])[] = [["shift"], ["mu", "seqlen"], ["denoise"]];

/** The option keys a strategy whose own keys are `own` takes: a group is dropped when the strategy owns one of its names. */
export function optionKeys(own: readonly string[], withDenoise: boolean): (keyof typeof STRATEGY_OPTION_KEYS)[] {
  return OPTION_GROUPS.filter(
    (group) => (withDenoise || group[0] !== "denoise") && !group.some((key) => own.includes(key)),
  ).flat();
}

/** Reads the options among `keys` from a spec (the strategy's own keys are read by its descriptor). */
export function readStrategyOptions(
  spec: Spec,
  keys: readonly (keyof typeof STRATEGY_OPTION_KEYS)[],
  ownKeys: readonly string[],
  argument: string,
  allowItems = false,
): StrategyOptions {
  const declared = Object.fromEntries(keys.map((key) => [key, STRATEGY_OPTION_KEYS[key]])) as Partial<
    typeof STRATEGY_OPTION_KEYS
  >;
  const values = readKeys(spec, declared, argument, ownKeys, allowItems) as {
    shift?: number;
    mu?: number;
    seqlen?: number;
    denoise?: number;
  };
  const options: { shift?: number; mu?: number; denoise?: number } = {};
  if (values.shift !== undefined) options.shift = values.shift;
  if (values.mu !== undefined) options.mu = values.mu;
  if (values.seqlen !== undefined) {
    if (options.mu !== undefined)
      throw new InvalidArgumentError("strategy", spec.params.get("seqlen"), "give mu or seqlen, not both");
    options.mu = flowShiftMu(values.seqlen);
    if (!(Math.abs(options.mu) <= 20)) {
      throw new InvalidArgumentError(
        "strategy",
        spec.params.get("seqlen"),
        `seqlen=${values.seqlen} gives μ = ${options.mu} by calculate_shift, beyond mu's range −20 … 20`,
      );
    }
  }
  if (options.mu !== undefined && options.shift !== undefined) {
    throw new InvalidArgumentError(
      "strategy",
      spec.params.get("mu") ?? spec.params.get("seqlen"),
      "give shift or mu/seqlen, not both",
    );
  }
  if (values.denoise !== undefined) options.denoise = values.denoise;
  return options;
}
