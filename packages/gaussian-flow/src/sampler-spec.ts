import { InvalidArgumentError, parseSpec, SpecReader } from "@klsched/core-linalg";
import { ddimEta, ddpm, eulerAncestral } from "./ancestral.js";
import { ddim } from "./ddim.js";
import { dpmpp2m } from "./dpmpp-2m.js";
import { euler } from "./euler.js";
import { heun } from "./heun.js";
import type { Sampler } from "./sampler.js";

/** The sampler names `--sampler` accepts. */
export const SAMPLER_NAMES = ["ddim", "euler", "heun", "dpmpp-2m", "ddpm", "euler-ancestral"] as const;

/**
 * Parses a sampler spec: `ddim` (η = 0), `ddim:eta=<0..1>`, `euler`, `heun`, `dpmpp-2m`, `ddpm`,
 * `euler-ancestral` (`euler-ancestral:eta=<0..1>`).
 */
export function parseSampler(text: string, argument = "sampler"): Sampler {
  const spec = parseSpec(text, argument);
  const plain = (sampler: Sampler) => {
    new SpecReader(spec, [], argument);
    return sampler;
  };
  switch (spec.kind) {
    case "ddim": {
      const eta = new SpecReader(spec, ["eta"], argument).number("eta", 0, { min: 0, max: 1 });
      return eta === 0 ? ddim : ddimEta(eta);
    }
    case "euler-ancestral": {
      const eta = new SpecReader(spec, ["eta"], argument).number("eta", 1, { min: 0, max: 1 });
      return eta === 0 ? euler : eulerAncestral(eta);
    }
    case "euler":
      return plain(euler);
    case "heun":
      return plain(heun);
    case "dpmpp-2m":
      return plain(dpmpp2m);
    case "ddpm":
      return plain(ddpm);
    default:
      throw new InvalidArgumentError(argument, text, `unknown sampler "${spec.kind}" (expected ${SAMPLER_NAMES.join(", ")})`);
  }
}
