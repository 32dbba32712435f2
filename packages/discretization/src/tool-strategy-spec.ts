import { InvalidArgumentError, type Spec, SpecReader } from "@klsched/core-linalg";
import { COMFY_SCHEDULERS } from "./comfy/schedulers.js";
import { SIGMA_FAMILIES } from "./diffusers/sigma-families.js";
import { SPACINGS } from "./diffusers/spacing.js";
import { TOOL_STRATEGY_KINDS, type ToolStrategy } from "./tool-strategy.js";

/** True for the kinds `parseToolStrategy` reads. */
export function isToolStrategyKind(kind: string): kind is (typeof TOOL_STRATEGY_KINDS)[number] {
  return (TOOL_STRATEGY_KINDS as readonly string[]).includes(kind);
}

/** The keys each reproduced strategy owns (CLI.md names them), before the options every strategy takes. */
const OWN_KEYS: Record<(typeof TOOL_STRATEGY_KINDS)[number], readonly string[]> = {
  "diffusers-ddim": ["spacing", "offset"],
  "diffusers-euler": ["spacing", "offset", "sigmas", "final"],
  "diffusers-dpm": ["spacing", "offset", "sigmas", "final"],
  "diffusers-flow": ["pipeline"],
  beta: ["a", "b"],
  polyexponential: ["rho"],
  "kdiffusion-vp": ["bd", "bmin", "eps"],
  comfy: ["name"],
  laplace: ["mu", "beta"],
  ays: ["model", "front"],
  gits: ["coeff"],
  "ddim-paper": ["skip"],
  timesteps: [],
  sigmas: [],
};

/**
 * The keys a reproduced strategy owns. Where one has the name of an option every strategy takes (the
 * Laplace strategy's `mu`, CLI.md `laplace:mu=<f>,beta=<f>`), the strategy's own key wins and the option
 * is not read for it.
 */
export function toolStrategyKeys(kind: (typeof TOOL_STRATEGY_KINDS)[number]): readonly string[] {
  return OWN_KEYS[kind];
}

/**
 * Reads a reproduced strategy from a parsed spec, with `extra` keys (the options every strategy takes)
 * allowed alongside its own. Returns the strategy and the reader, for the caller to read the options;
 * the caller leaves out of `extra` the options the strategy's own keys displace ({@link toolStrategyKeys}).
 */
export function parseToolStrategy(
  spec: Spec,
  extra: readonly string[],
  argument: string,
): { strategy: ToolStrategy; reader: SpecReader } {
  const keys = (own: readonly string[], items = false) =>
    new SpecReader(spec, [...own, ...extra.filter((key) => !own.includes(key))], argument, items);
  switch (spec.kind) {
    case "diffusers-ddim": {
      const reader = keys(OWN_KEYS["diffusers-ddim"]);
      const spacing = reader.choice("spacing", SPACINGS, "leading");
      return { strategy: { kind: "diffusers-ddim", spacing, offset: offset(reader) }, reader };
    }
    case "diffusers-euler":
    case "diffusers-dpm": {
      const reader = keys(OWN_KEYS[spec.kind]);
      const families = spec.kind === "diffusers-euler" ? SIGMA_FAMILIES.filter((f) => f !== "lu") : SIGMA_FAMILIES;
      return {
        strategy: {
          kind: spec.kind,
          spacing: reader.choice("spacing", SPACINGS, "linspace"),
          offset: offset(reader),
          sigmas: reader.choice("sigmas", families, "default"),
          final: reader.choice("final", ["zero", "sigma_min"] as const, "zero"),
        },
        reader,
      };
    }
    case "diffusers-flow": {
      const reader = keys(OWN_KEYS["diffusers-flow"]);
      return {
        strategy: { kind: "diffusers-flow", pipeline: reader.choice("pipeline", ["sd3", "flux"] as const, "sd3") },
        reader,
      };
    }
    case "beta": {
      const reader = keys(OWN_KEYS.beta);
      const a = reader.number("a", 0.6, { positive: true, max: 1e3 });
      return { strategy: { kind: "beta", a, b: reader.number("b", 0.6, { positive: true, max: 1e3 }) }, reader };
    }
    case "polyexponential": {
      const reader = keys(OWN_KEYS.polyexponential);
      return { strategy: { kind: "polyexponential", rho: reader.number("rho", 1, { positive: true, max: 1e3 }) }, reader };
    }
    case "kdiffusion-vp": {
      const reader = keys(OWN_KEYS["kdiffusion-vp"]);
      return {
        strategy: {
          kind: "kdiffusion-vp",
          betaD: reader.number("bd", 19.9, { positive: true }),
          betaMin: reader.number("bmin", 0.1, { nonNegative: true }),
          epsS: reader.number("eps", 1e-3, { positive: true, max: 0.999 }),
        },
        reader,
      };
    }
    case "comfy": {
      const reader = keys(OWN_KEYS.comfy);
      return { strategy: { kind: "comfy", name: reader.choice("name", COMFY_SCHEDULERS, "normal") }, reader };
    }
    case "laplace": {
      const reader = keys(OWN_KEYS.laplace);
      const mu = reader.number("mu", 0, { min: -10, max: 10 });
      return { strategy: { kind: "laplace", mu, beta: reader.number("beta", 0.5, { positive: true, max: 10 }) }, reader };
    }
    case "ays": {
      const reader = keys(OWN_KEYS.ays);
      const model = reader.choice("model", ["sd1", "sdxl", "svd"] as const, "sd1");
      return {
        strategy: { kind: "ays", model, front: reader.choice("front", ["comfyui", "a1111"] as const, "comfyui") },
        reader,
      };
    }
    case "gits": {
      const reader = keys(OWN_KEYS.gits);
      return { strategy: { kind: "gits", coeff: reader.number("coeff", 1.2, { min: 0.8, max: 1.5 }) }, reader };
    }
    case "ddim-paper": {
      const reader = keys(OWN_KEYS["ddim-paper"]);
      return { strategy: { kind: "ddim-paper", skip: reader.choice("skip", ["uniform", "quad"] as const, "uniform") }, reader };
    }
    case "timesteps":
    case "sigmas": {
      const reader = keys(OWN_KEYS[spec.kind], true);
      const values = Array.from(reader.numbers(spec.kind === "timesteps" ? { nonNegative: true } : { nonNegative: true }));
      if (values.length === 0) throw new InvalidArgumentError(argument, spec.text, `${spec.kind} needs a list of levels`);
      return { strategy: { kind: spec.kind, values }, reader };
    }
    default:
      throw new InvalidArgumentError(argument, spec.text, `unknown reproduced strategy "${spec.kind}"`);
  }
}

function offset(reader: SpecReader): number {
  return reader.number("offset", 0, { integer: true, min: 0, max: 100000 });
}
