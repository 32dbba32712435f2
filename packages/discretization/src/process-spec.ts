import { InvalidArgumentError, parseSpec, SpecReader } from "@klsched/core-linalg";
import { COMFY_BETA_SCHEDULES } from "./comfy-betas.js";
import { comfyProcess } from "./comfy-process.js";
import { ddpmProcess, trainedBetasProcess, type ZeroSnrMode } from "./ddpm-process.js";
import type { BetaSchedule } from "./diffusers-alphas-cumprod.js";
import { flowProcess } from "./flow-process.js";
import type { NoiseProcess } from "./noise-process.js";
import { veProcess } from "./ve-process.js";
import { vpProcess } from "./vp-process.js";

/** The process kinds and presets that `--process` accepts (CLI.md "Process"). */
export const PROCESS_KINDS = ["ve", "edm", "vp", "ddpm", "sd15", "comfy", "flow"] as const;

/** What `parseProcess` may need from outside: a loader for `ddpm:betas=FILE` (trained betas). */
export interface ProcessSpecContext {
  /** Reads the betas of `ddpm:betas=FILE` (the library does no I/O of its own). */
  readonly loadBetas?: (path: string) => ArrayLike<number>;
}

/**
 * Builds a process from its spec: `ve:smin=…,smax=…`, `edm`, `vp:bmin=…,bmax=…,eps=…`,
 * `ddpm:schedule=linear|scaled_linear|cosine,T=…,bstart=…,bend=…,zsnr=off|zero|tiny` or
 * `ddpm:betas=FILE` (trained betas, read by `context.loadBetas`), the presets `ddpm` and `sd15` (which take
 * `zsnr=` too), `comfy:schedule=linear|cosine|squaredcos_cap_v2|sqrt_linear|sqrt,T=…,bstart=…,bend=…,zsnr=…`
 * (ComfyUI's names and float64 arithmetic; `comfy` alone is its SD1.x default), and `flow`.
 * `zsnr=true` means `zero` (ᾱ_{T−1} = 0, α = 0 at the first level), `tiny` keeps diffusers' Euler/DPM
 * convention ᾱ_{T−1} = 2⁻²⁴ — refused, in one line, where the rescaled ᾱ_{T−2} is below 2⁻²⁴ (linear
 * betas 1e-4 … 0.02), since the tool's σ table is then not monotonic; ComfyUI's `zsnr=true` likewise.
 */
export function parseProcess(text: string, argument = "process", context: ProcessSpecContext = {}): NoiseProcess {
  const spec = parseSpec(text, argument);
  switch (spec.kind) {
    case "ve": {
      const r = new SpecReader(spec, ["smin", "smax"], argument);
      const sMin = r.number("smin", 0.002, { positive: true });
      const sMax = r.number("smax", 80, { positive: true });
      if (sMin >= sMax) throw new InvalidArgumentError(argument, text, `smin=${sMin} must be below smax=${sMax}`);
      return veProcess(sMin, sMax);
    }
    case "edm":
      new SpecReader(spec, [], argument);
      return veProcess(0.002, 80);
    case "vp": {
      const r = new SpecReader(spec, ["bmin", "bmax", "eps"], argument);
      const bMin = r.number("bmin", 0.1, { nonNegative: true });
      const bMax = r.number("bmax", 20, { positive: true });
      if (bMin >= bMax) throw new InvalidArgumentError(argument, text, `bmin=${bMin} must be below bmax=${bMax}`);
      const eps = r.number("eps", 1e-3, { positive: true, max: 0.999 });
      return vpProcess(bMin, bMax, eps);
    }
    case "ddpm":
    case "sd15": {
      const preset = spec.kind === "sd15" ? SD15 : DDPM;
      const r = new SpecReader(
        spec,
        spec.kind === "sd15" ? ["zsnr"] : ["schedule", "T", "bstart", "bend", "zsnr", "betas"],
        argument,
      );
      const zeroSnr = zeroSnrMode(r.choice("zsnr", ["off", "false", "true", "zero", "tiny"] as const, "off"));
      const betasPath = spec.params.get("betas");
      if (betasPath !== undefined) {
        for (const key of ["schedule", "T", "bstart", "bend"]) {
          if (spec.params.has(key)) throw new InvalidArgumentError(argument, text, `betas=… takes no ${key}`);
        }
        if (context.loadBetas === undefined) throw new InvalidArgumentError(argument, text, "trained betas need a file loader");
        return trainedBetasProcess(context.loadBetas(betasPath), zeroSnr, spec.text);
      }
      const kind = r.choice("schedule", ["linear", "scaled_linear", "cosine"] as const, preset.kind);
      const T = r.number("T", 1000, { integer: true, min: 2, max: 100000 });
      const isPreset = [...spec.params.keys()].every((key) => key === "zsnr");
      const label = isPreset ? spec.text : undefined;
      if (kind === "cosine") {
        if (spec.params.has("bstart") || spec.params.has("bend")) {
          throw new InvalidArgumentError(argument, text, "schedule=cosine takes no bstart/bend");
        }
        return ddpmProcess({ kind }, T, undefined, zeroSnr);
      }
      const defaults = kind === preset.kind ? preset : kind === "linear" ? DDPM : SD15;
      const betaStart = r.number("bstart", defaults.betaStart, { positive: true, max: 0.999 });
      const betaEnd = r.number("bend", defaults.betaEnd, { positive: true, max: 0.999 });
      if (betaStart > betaEnd) throw new InvalidArgumentError(argument, text, `bstart=${betaStart} exceeds bend=${betaEnd}`);
      const schedule: BetaSchedule = { kind, betaStart, betaEnd };
      return ddpmProcess(schedule, T, label, zeroSnr);
    }
    case "comfy": {
      const r = new SpecReader(spec, ["schedule", "T", "bstart", "bend", "zsnr"], argument);
      const name = r.choice("schedule", COMFY_BETA_SCHEDULES, "linear");
      const T = r.number("T", 1000, { integer: true, min: 2, max: 100000 });
      const betaStart = r.number("bstart", 0.00085, { positive: true, max: 0.999 });
      const betaEnd = r.number("bend", 0.012, { positive: true, max: 0.999 });
      if (betaStart > betaEnd) throw new InvalidArgumentError(argument, text, `bstart=${betaStart} exceeds bend=${betaEnd}`);
      const zsnr = r.choice("zsnr", ["false", "true"] as const, "false") === "true";
      return comfyProcess(name, T, betaStart, betaEnd, zsnr, spec.params.size === 0 ? "comfy" : undefined);
    }
    case "flow":
      new SpecReader(spec, [], argument);
      return flowProcess();
    default:
      throw new InvalidArgumentError(
        argument,
        text,
        `unknown process kind "${spec.kind}" (expected ${PROCESS_KINDS.join(", ")})`,
      );
  }
}

/** DDPM (Ho et al. 2020): linear betas 1e-4 … 0.02 over 1000 steps. */
const DDPM = { kind: "linear", betaStart: 1e-4, betaEnd: 0.02 } as const;
/** Stable Diffusion 1.x: scaled_linear betas 0.00085 … 0.012 over 1000 steps. */
const SD15 = { kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 } as const;

function zeroSnrMode(value: "off" | "false" | "true" | "zero" | "tiny"): ZeroSnrMode {
  if (value === "false") return "off";
  if (value === "true") return "zero";
  return value;
}
