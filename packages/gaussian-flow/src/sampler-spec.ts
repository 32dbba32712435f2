import { InvalidArgumentError, parseSpec } from "@klsched/core-linalg";
import type { Sampler } from "./sampler.js";
import { SAMPLER_NAMES, SAMPLERS } from "./sampler-registry.js";

/**
 * Parses a sampler spec by the registry: `ddim` (η = 0), `ddim:eta=<0..1>`, `euler`, `heun`, `dpmpp-2m`,
 * `ddpm`, `euler-ancestral` (`euler-ancestral:eta=<0..1>`).
 *
 * @example
 * ```ts
 * import { parseSampler } from "@klsched/gaussian-flow";
 * parseSampler("heun").name; // "heun"
 * parseSampler("ddim:eta=0.5").stochastic; // true
 * ```
 * @throws InvalidArgumentError for an unknown sampler, an unknown key or a value out of range.
 */
export function parseSampler(text: string, argument = "sampler"): Sampler {
  const spec = parseSpec(text, argument);
  if (!Object.hasOwn(SAMPLERS, spec.kind)) {
    throw new InvalidArgumentError(argument, text, `unknown sampler "${spec.kind}" (expected ${SAMPLER_NAMES.join(", ")})`);
  }
  return SAMPLERS[spec.kind as keyof typeof SAMPLERS].parse(spec, argument);
}
