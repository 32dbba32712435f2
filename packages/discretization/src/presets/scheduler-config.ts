import { InvalidArgumentError } from "@klsched/core-linalg";
import { ddpmProcess, trainedBetasProcess, type ZeroSnrMode } from "../ddpm-process.js";
import type { BetaSchedule } from "../diffusers-alphas-cumprod.js";
import { flowProcess } from "../flow-process.js";
import type { NoiseProcess, PipelineShift } from "../noise-process.js";
import type { ProcessSpecContext } from "../process-descriptor.js";
import { veProcess } from "../ve-process.js";
import { fluxMu } from "./flow-resolution.js";
import { everyN, withPipeline } from "./with-pipeline.js";

/** A parsed scheduler config: `scheduler_config.json`'s keys. */
type Config = Readonly<Record<string, unknown>>;

/** Discrete schedulers by the family of timesteps their `set_timesteps` makes, and the reproduced strategy of it. */
const DDIM_LIKE = ["DDIMScheduler", "DDPMScheduler", "PNDMScheduler", "LCMScheduler", "TCDScheduler"];
const EULER_LIKE = ["EulerDiscreteScheduler", "EulerAncestralDiscreteScheduler", "HeunDiscreteScheduler", "LMSDiscreteScheduler"];
const DPM_LIKE = [
  "DPMSolverMultistepScheduler",
  "DPMSolverSinglestepScheduler",
  "UniPCMultistepScheduler",
  "DEISMultistepScheduler",
];
const FLOW = ["FlowMatchEulerDiscreteScheduler", "FlowMatchHeunDiscreteScheduler"];
const EDM = ["EDMEulerScheduler", "EDMDPMSolverMultistepScheduler"];
/** The scheduler classes whose configs `--process` reads. */
export const CONFIG_SCHEDULERS = [...DDIM_LIKE, ...EULER_LIKE, ...DPM_LIKE, ...FLOW, ...EDM];

/** True for a `--process` value that names a `.json` file rather than a spec (`ddpm:betas=FILE.json` is a spec). */
export function isConfigPath(text: string): boolean {
  return /\.json\s*$/i.test(text) && !/^\s*[a-z][a-z0-9_-]*:(?![\\/])/i.test(text);
}

/** Reads `path` with `context.loadConfig` and builds its process. */
export function configProcess(path: string, argument: string, context: ProcessSpecContext): NoiseProcess {
  if (context.loadConfig === undefined) throw new InvalidArgumentError(argument, path, "a scheduler config needs a file loader");
  return schedulerConfigProcess(context.loadConfig(path.trim()), path.trim(), context, argument);
}

/**
 * The process a diffusers `scheduler_config.json` describes, with its pipeline: the default schedule
 * its class makes (`timestep_spacing`, `steps_offset`, the sigma family, `final_sigmas_type`) as a
 * reproduced strategy, its prediction type, a flow scheduler's shift — static `shift`, or
 * `use_dynamic_shifting` with μ from `calculate_shift` at `context.resolution` (1024² by default).
 * - discrete classes (DDIM, DDPM, PNDM, LCM, TCD; Euler, Euler-ancestral, Heun, LMS; DPM-Solver, UniPC,
 *   DEIS): `beta_schedule` linear | scaled_linear | squaredcos_cap_v2 with `beta_start`, `beta_end`,
 *   `num_train_timesteps`, or `trained_betas`; `rescale_betas_zero_snr` (ᾱ_{T−1} = 0 for DDIM-like
 *   classes, 2⁻²⁴ for the others, as each substitutes);
 * - FlowMatchEulerDiscrete / FlowMatchHeunDiscrete, and UniPC with `use_flow_sigmas` (`flow_shift`): flow;
 * - EDMEuler / EDMDPMSolverMultistep: VE from `sigma_min` to `sigma_max`, Karras (`rho`) or exponential.
 *
 * @example
 * ```ts
 * import { schedulerConfigProcess } from "@klsched/discretization";
 * const sd3 = schedulerConfigProcess({ _class_name: "FlowMatchEulerDiscreteScheduler", shift: 3.0 }, "sd3.json");
 * sd3.pipeline?.defaultStrategy(28); // "diffusers-flow:pipeline=sd3,shift=3"
 * ```
 * @throws InvalidArgumentError naming `argument` and the file for a config klsched cannot read: not an
 * object, an unknown class, a key of the wrong type, settings no reproduced strategy has.
 */
export function schedulerConfigProcess(
  config: unknown,
  label: string,
  context: ProcessSpecContext = {},
  argument = "process",
): NoiseProcess {
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, label, `scheduler config: ${reason}`);
  };
  if (typeof config !== "object" || config === null || Array.isArray(config)) fail("expected a JSON object");
  const c = config as Config;
  const className = typeof c["_class_name"] === "string" ? (c["_class_name"] as string) : fail("no _class_name");
  const read = readers(c, fail);
  const source = `${label}: ${className}`;
  const prediction = read.text("prediction_type", "epsilon");
  if (FLOW.includes(className) || (className === "UniPCMultistepScheduler" && read.bool("use_flow_sigmas", false))) {
    return flowConfigProcess(c, className, label, source, context, read, fail);
  }
  if (EDM.includes(className)) {
    const process = veProcess(read.number("sigma_min", 0.002), read.number("sigma_max", 80));
    const schedule = read.text("sigma_schedule", "karras");
    const strategy =
      schedule === "karras"
        ? `karras:rho=${read.number("rho", 7)}`
        : schedule === "exponential"
          ? "exponential"
          : fail(`sigma_schedule ${schedule}`);
    return withPipeline(process, label, { model: className, source, defaultStrategy: everyN(strategy), prediction, notes: [] });
  }
  const family = DDIM_LIKE.includes(className)
    ? "ddim"
    : EULER_LIKE.includes(className)
      ? "euler"
      : DPM_LIKE.includes(className)
        ? "dpm"
        : undefined;
  if (family === undefined) fail(`${className} is not a scheduler klsched reads (${CONFIG_SCHEDULERS.join(", ")})`);
  if (read.bool("use_flow_sigmas", false)) fail(`${className} with use_flow_sigmas has no reproduced schedule in klsched`);
  const zeroSnr: ZeroSnrMode = read.bool("rescale_betas_zero_snr", false) ? (family === "ddim" ? "zero" : "tiny") : "off";
  const process = discreteConfigProcess(c, label, zeroSnr, read, fail);
  const strategy = discreteDefault(family as "ddim" | "euler" | "dpm", className, read, fail);
  return withPipeline(process, label, { model: className, source, defaultStrategy: everyN(strategy), prediction, notes: [] });
}

interface Readers {
  number(key: string, fallback: number): number;
  text(key: string, fallback: string): string;
  bool(key: string, fallback: boolean): boolean;
}

function readers(c: Config, fail: (reason: string) => never): Readers {
  const value = (key: string) => (c[key] === null ? undefined : c[key]);
  return {
    number: (key, fallback) => {
      const v = value(key) ?? fallback;
      return typeof v === "number" && Number.isFinite(v) ? v : fail(`${key} must be a number, not ${JSON.stringify(v)}`);
    },
    text: (key, fallback) => {
      const v = value(key) ?? fallback;
      return typeof v === "string" ? v : fail(`${key} must be a string, not ${JSON.stringify(v)}`);
    },
    bool: (key, fallback) => {
      const v = value(key) ?? fallback;
      return typeof v === "boolean" ? v : fail(`${key} must be true or false, not ${JSON.stringify(v)}`);
    },
  };
}

function discreteConfigProcess(
  c: Config,
  label: string,
  zeroSnr: ZeroSnrMode,
  read: Readers,
  fail: (reason: string) => never,
): NoiseProcess {
  const trained = c["trained_betas"];
  if (Array.isArray(trained)) {
    if (!trained.every((b) => typeof b === "number")) fail("trained_betas must be numbers");
    return trainedBetasProcess(trained as number[], zeroSnr, label);
  }
  const T = read.number("num_train_timesteps", 1000);
  if (!(Number.isInteger(T) && T >= 2 && T <= 100000)) fail(`num_train_timesteps ${T} must be an integer from 2 to 100000`);
  const kind = read.text("beta_schedule", "linear");
  const schedule: BetaSchedule =
    kind === "squaredcos_cap_v2"
      ? { kind: "cosine" }
      : kind === "linear" || kind === "scaled_linear"
        ? { kind, betaStart: read.number("beta_start", 0.0001), betaEnd: read.number("beta_end", 0.02) }
        : fail(`beta_schedule ${kind} (expected linear, scaled_linear or squaredcos_cap_v2)`);
  return ddpmProcess(schedule, T, label, zeroSnr);
}

/** The reproduced strategy of a discrete class's default `set_timesteps(N)`. */
function discreteDefault(
  family: "ddim" | "euler" | "dpm",
  className: string,
  read: Readers,
  fail: (reason: string) => never,
): string {
  const spacing = read.text("timestep_spacing", family === "ddim" ? "leading" : "linspace");
  if (!["linspace", "leading", "trailing"].includes(spacing)) fail(`timestep_spacing ${spacing}`);
  const offset = read.number("steps_offset", 0);
  if (family === "ddim") return `diffusers-ddim:spacing=${spacing},offset=${offset}`;
  const families = [
    ["use_karras_sigmas", "karras"],
    ["use_exponential_sigmas", "exponential"],
    ["use_beta_sigmas", "beta"],
    ...(family === "dpm" ? [["use_lu_lambdas", "lu"]] : []),
  ].filter(([key]) => read.bool(key as string, false));
  if (families.length > 1) fail(`${families.map(([key]) => key).join(" and ")} are both set`);
  const sigmas = families[0]?.[1] ?? "default";
  const final = read.text("final_sigmas_type", "zero");
  if (final !== "zero" && final !== "sigma_min") fail(`final_sigmas_type ${final}`);
  const kind = family === "euler" ? "diffusers-euler" : "diffusers-dpm";
  if (className === "EulerAncestralDiscreteScheduler" && sigmas !== "default")
    fail("EulerAncestralDiscreteScheduler has no sigma families");
  return `${kind}:spacing=${spacing},offset=${offset},sigmas=${sigmas},final=${final}`;
}

function flowConfigProcess(
  c: Config,
  className: string,
  label: string,
  source: string,
  context: ProcessSpecContext,
  read: Readers,
  fail: (reason: string) => never,
): NoiseProcess {
  for (const key of ["use_karras_sigmas", "use_exponential_sigmas", "use_beta_sigmas", "invert_sigmas"]) {
    if (read.bool(key, false)) fail(`${key} is set, which no reproduced flow schedule has`);
  }
  if (c["shift_terminal"] !== undefined && c["shift_terminal"] !== null)
    fail("shift_terminal is set, which no reproduced flow schedule has");
  const unipc = className === "UniPCMultistepScheduler";
  const dynamic = read.bool("use_dynamic_shifting", false);
  let shift: PipelineShift;
  if (dynamic) {
    if (read.text("time_shift_type", "exponential") !== "exponential") fail("time_shift_type linear has no reproduced schedule");
    const mu = fluxMu(context.resolution ?? { width: 1024, height: 1024 }, {
      baseSeqLen: read.number("base_image_seq_len", 256),
      maxSeqLen: read.number("max_image_seq_len", 4096),
      baseShift: read.number("base_shift", 0.5),
      maxShift: read.number("max_shift", 1.15),
    });
    shift = { kind: "dynamic", mu };
  } else {
    shift = { kind: "static", shift: read.number(unipc ? "flow_shift" : "shift", 1) };
  }
  const option = shift.kind === "dynamic" ? `mu=${shift.mu}` : `shift=${shift.shift}`;
  const pipeline = unipc ? "wan" : dynamic ? "flux" : "sd3";
  return withPipeline(flowProcess(), label, {
    model: className,
    source,
    defaultStrategy: everyN(`diffusers-flow:pipeline=${pipeline},${option}`),
    prediction: read.text("prediction_type", "flow_prediction"),
    shift,
    notes:
      dynamic && context.resolution === undefined
        ? ["use_dynamic_shifting: μ at 1024² (give --resolution for another size)"]
        : [],
  });
}
