import { InvalidArgumentError, parseSpec, SpecReader } from "@klsched/core-linalg";
import { ddim } from "./ddim.js";
import type { Sampler } from "./sampler.js";

/** The sampler names `--sampler` accepts today. */
export const SAMPLER_NAMES = ["ddim"] as const;

/** Parses a sampler spec: `ddim` (also `ddim:eta=0`). */
export function parseSampler(text: string, argument = "sampler"): Sampler {
  const spec = parseSpec(text, argument);
  switch (spec.kind) {
    case "ddim": {
      const eta = new SpecReader(spec, ["eta"], argument).number("eta", 0, { min: 0, max: 1 });
      if (eta !== 0)
        throw new InvalidArgumentError(
          argument,
          text,
          "ddim with η > 0 arrives with the samplers issue; only eta=0 is available",
        );
      return ddim;
    }
    default:
      throw new InvalidArgumentError(argument, text, `unknown sampler "${spec.kind}" (expected ${SAMPLER_NAMES.join(", ")})`);
  }
}
