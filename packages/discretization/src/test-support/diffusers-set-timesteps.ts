/**
 * Transcriptions of diffusers' scheduler logic (huggingface/diffusers, src/diffusers/schedulers/, read at
 * commit 58eb52c0 of 2026-08-23), in test code, for checking that the export targets' snippets put each
 * scheduler on exactly the exported levels:
 * - `from_config` (configuration_utils.py): the class's `__init__` defaults, overridden by the keys of the
 *   model's config that the class takes, then by the keyword arguments (an unknown keyword is an error here,
 *   where diffusers would warn and ignore it: a typo in a snippet must fail its test);
 * - `set_timesteps` of EulerDiscreteScheduler (sigmas=…), DPMSolverMultistepScheduler (timesteps=…),
 *   HeunDiscreteScheduler (timesteps=…), FlowMatchEulerDiscreteScheduler (sigmas=…, mu=…) and
 *   EDMEulerScheduler (sigmas=tensor), with `_sigma_to_t`, each in the dtype it computes in;
 * - the parameters of each class's `set_timesteps`, which `retrieve_timesteps` (pipelines) inspects before it
 *   passes `timesteps=` or `sigmas=`.
 * The ᾱ table a scheduler builds in `__init__` comes from the library's `diffusersAlphasCumprod`, which its
 * own tests check against diffusers' tables; everything after that is written here from the source.
 */
import { ddpmProcess } from "../ddpm-process.js";
import type { BetaSchedule } from "../diffusers-alphas-cumprod.js";
import type { PythonValue } from "./python-snippet.js";

const f32 = Math.fround;

/** A scheduler config: keyword → value. */
export type SchedulerConfig = Readonly<Record<string, PythonValue | readonly number[]>>;

/** `__init__` defaults of the classes the targets configure (their signatures at the commit above). */
export const INIT_DEFAULTS: Readonly<Record<string, SchedulerConfig>> = {
  EulerDiscreteScheduler: {
    num_train_timesteps: 1000,
    beta_start: 0.0001,
    beta_end: 0.02,
    beta_schedule: "linear",
    trained_betas: null,
    prediction_type: "epsilon",
    interpolation_type: "linear",
    use_karras_sigmas: false,
    use_exponential_sigmas: false,
    use_beta_sigmas: false,
    sigma_min: null,
    sigma_max: null,
    timestep_spacing: "linspace",
    timestep_type: "discrete",
    steps_offset: 0,
    rescale_betas_zero_snr: false,
    final_sigmas_type: "zero",
  },
  DPMSolverMultistepScheduler: {
    num_train_timesteps: 1000,
    beta_start: 0.0001,
    beta_end: 0.02,
    beta_schedule: "linear",
    trained_betas: null,
    solver_order: 2,
    prediction_type: "epsilon",
    thresholding: false,
    dynamic_thresholding_ratio: 0.995,
    sample_max_value: 1.0,
    algorithm_type: "dpmsolver++",
    solver_type: "midpoint",
    lower_order_final: true,
    euler_at_final: false,
    use_karras_sigmas: false,
    use_exponential_sigmas: false,
    use_beta_sigmas: false,
    use_lu_lambdas: false,
    use_flow_sigmas: false,
    flow_shift: 1.0,
    final_sigmas_type: "zero",
    lambda_min_clipped: Number.NEGATIVE_INFINITY,
    variance_type: null,
    timestep_spacing: "linspace",
    steps_offset: 0,
    rescale_betas_zero_snr: false,
    use_dynamic_shifting: false,
    time_shift_type: "exponential",
  },
  HeunDiscreteScheduler: {
    num_train_timesteps: 1000,
    beta_start: 0.00085,
    beta_end: 0.012,
    beta_schedule: "linear",
    trained_betas: null,
    prediction_type: "epsilon",
    use_karras_sigmas: false,
    use_exponential_sigmas: false,
    use_beta_sigmas: false,
    clip_sample: false,
    clip_sample_range: 1.0,
    timestep_spacing: "linspace",
    steps_offset: 0,
  },
  FlowMatchEulerDiscreteScheduler: {
    num_train_timesteps: 1000,
    shift: 1.0,
    use_dynamic_shifting: false,
    base_shift: 0.5,
    max_shift: 1.15,
    base_image_seq_len: 256,
    max_image_seq_len: 4096,
    invert_sigmas: false,
    shift_terminal: null,
    use_karras_sigmas: false,
    use_exponential_sigmas: false,
    use_beta_sigmas: false,
    time_shift_type: "exponential",
    stochastic_sampling: false,
  },
  EDMEulerScheduler: {
    sigma_min: 0.002,
    sigma_max: 80.0,
    sigma_data: 0.5,
    sigma_schedule: "karras",
    num_train_timesteps: 1000,
    prediction_type: "epsilon",
    rho: 7.0,
    final_sigmas_type: "zero",
  },
};

/**
 * The parameters of `set_timesteps` of each scheduler class (besides `self`): what a pipeline's
 * `retrieve_timesteps` checks with `inspect.signature` before passing `timesteps=` or `sigmas=`.
 */
export const SET_TIMESTEPS_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  EulerDiscreteScheduler: ["num_inference_steps", "device", "timesteps", "sigmas"],
  DPMSolverMultistepScheduler: ["num_inference_steps", "device", "mu", "timesteps"],
  HeunDiscreteScheduler: ["num_inference_steps", "device", "num_train_timesteps", "timesteps"],
  FlowMatchEulerDiscreteScheduler: ["num_inference_steps", "device", "sigmas", "mu", "timesteps"],
  EDMEulerScheduler: ["num_inference_steps", "device", "sigmas"],
  EDMDPMSolverMultistepScheduler: ["num_inference_steps", "device"],
  DDIMScheduler: ["num_inference_steps", "device"],
  PNDMScheduler: ["num_inference_steps", "device"],
  EulerAncestralDiscreteScheduler: ["num_inference_steps", "device"],
};

/** `Class.from_config(config, **overrides)`: defaults, then the config's known keys, then the overrides. */
export function fromConfig(className: string, config: SchedulerConfig, overrides: SchedulerConfig): SchedulerConfig {
  const defaults = INIT_DEFAULTS[className];
  if (defaults === undefined) throw new Error(`no transcribed __init__ for ${className}`);
  const known = (key: string) => Object.hasOwn(defaults, key);
  for (const key of Object.keys(overrides)) if (!known(key)) throw new Error(`${className} has no keyword ${key}`);
  const fromModel = Object.fromEntries(Object.entries(config).filter(([key]) => known(key)));
  return { ...defaults, ...fromModel, ...overrides };
}

const num = (config: SchedulerConfig, key: string) => config[key] as number;
const flag = (config: SchedulerConfig, key: string) => config[key] === true;

/**
 * `alphas_cumprod` as `__init__` builds it (betas by `beta_schedule`, float32 cumprod), with
 * `rescale_betas_zero_snr` and then `alphas_cumprod[-1] = 2**-24` where the class does that (Euler, DPM).
 */
export function initAlphasCumprod(config: SchedulerConfig): Float64Array {
  const T = num(config, "num_train_timesteps");
  const kind = config["beta_schedule"];
  const schedule: BetaSchedule =
    kind === "squaredcos_cap_v2"
      ? { kind: "cosine" }
      : {
          kind: kind === "scaled_linear" ? "scaled_linear" : "linear",
          betaStart: num(config, "beta_start"),
          betaEnd: num(config, "beta_end"),
        };
  if (kind !== "linear" && kind !== "scaled_linear" && kind !== "squaredcos_cap_v2")
    throw new Error(`beta_schedule ${String(kind)}`);
  const zsnr = flag(config, "rescale_betas_zero_snr") ? "tiny" : "off";
  const table = ddpmProcess(schedule, T, undefined, zsnr).discrete?.alphasCumprod;
  if (table === undefined) throw new Error("no ᾱ table");
  return table;
}

/** `((1 - alphas_cumprod) / alphas_cumprod) ** 0.5` in float32 torch, and `np.log` of it in float32. */
export function sigmaTable(alphasCumprod: ArrayLike<number>): { sigmas: Float64Array; logSigmas: Float64Array } {
  const sigmas = Float64Array.from(alphasCumprod, (a) => f32(Math.sqrt(f32(f32(1 - a) / a))));
  return { sigmas, logSigmas: sigmas.map((s) => f32(Math.log(s))) };
}

/** `_sigma_to_t(sigma, log_sigmas)` (EulerDiscreteScheduler): log-σ interpolation, the weight clipped to [0, 1]. */
export function sigmaToTimestep(sigma: number, logSigmas: ArrayLike<number>): number {
  const logSigma = f32(Math.log(Math.max(sigma, 1e-10)));
  let count = 0;
  let best = -1;
  let lowIdx = 0;
  for (let i = 0; i < logSigmas.length; i++) {
    if (f32(logSigma - (logSigmas[i] as number)) >= 0) count++;
    if (count > best) {
      best = count;
      lowIdx = i;
    }
  }
  lowIdx = Math.min(lowIdx, logSigmas.length - 2);
  const low = logSigmas[lowIdx] as number;
  const high = logSigmas[lowIdx + 1] as number;
  const w = Math.min(1, Math.max(0, f32(f32(low - logSigma) / f32(low - high))));
  return (1 - w) * lowIdx + w * (lowIdx + 1);
}

/** `np.interp(x, arange(n), fp)`. */
function interpIndex(x: number, fp: ArrayLike<number>): number {
  const n = fp.length;
  if (x <= 0) return fp[0] as number;
  if (x >= n - 1) return fp[n - 1] as number;
  const lo = Math.floor(x);
  const y0 = fp[lo] as number;
  if (x === lo) return y0;
  return ((fp[lo + 1] as number) - y0) * (x - lo) + y0;
}

/** The arrays a scheduler holds after `set_timesteps`: `sigmas` (float32, the final one included) and `timesteps`. */
export interface ScheduledLevels {
  readonly sigmas: Float64Array;
  readonly timesteps: Float64Array;
}

/** `EulerDiscreteScheduler.set_timesteps(sigmas=…)` (and the `__init__` check of the sigma families). */
export function eulerSetTimesteps(
  config: SchedulerConfig,
  args: { sigmas?: readonly number[]; timesteps?: readonly number[] },
): ScheduledLevels {
  const families = ["use_karras_sigmas", "use_exponential_sigmas", "use_beta_sigmas"].filter((key) => flag(config, key));
  if (families.length > 1) throw new Error("Only one of use_beta_sigmas, use_exponential_sigmas, use_karras_sigmas can be used.");
  if (args.sigmas === undefined) throw new Error("transcribed for sigmas=… only");
  if (args.timesteps !== undefined) throw new Error("Only one of `timesteps` or `sigmas` should be set.");
  const { logSigmas } = sigmaTable(initAlphasCumprod(config));
  const sigmas = Float64Array.from(args.sigmas, f32);
  const timesteps = Float64Array.from(sigmas.subarray(0, sigmas.length - 1), (s) => sigmaToTimestep(s, logSigmas));
  const continuousV = config["timestep_type"] === "continuous" && config["prediction_type"] === "v_prediction";
  return {
    sigmas,
    timesteps: continuousV ? timesteps.map((_, k) => f32(0.25 * Math.log(sigmas[k] as number))) : timesteps.map(f32),
  };
}

/** `DPMSolverMultistepScheduler.set_timesteps(timesteps=…)`. */
export function dpmSetTimesteps(config: SchedulerConfig, args: { timesteps?: readonly number[] }): ScheduledLevels {
  if (args.timesteps === undefined) throw new Error("transcribed for timesteps=… only");
  for (const key of ["use_karras_sigmas", "use_lu_lambdas", "use_exponential_sigmas", "use_beta_sigmas"]) {
    if (flag(config, key)) throw new Error(`Cannot use \`timesteps\` with \`config.${key} = True\``);
  }
  if (flag(config, "use_flow_sigmas")) throw new Error("use_flow_sigmas replaces the timesteps: not transcribed");
  const timesteps = Float64Array.from(args.timesteps, (t) => Math.trunc(t)); // astype(np.int64)
  const { sigmas: table } = sigmaTable(initAlphasCumprod(config));
  const sigmas = timesteps.map((t) => interpIndex(t, table));
  const last = config["final_sigmas_type"] === "zero" ? 0 : (table[0] as number);
  if (config["final_sigmas_type"] !== "zero" && config["final_sigmas_type"] !== "sigma_min") throw new Error("final_sigmas_type");
  return { sigmas: Float64Array.from([...sigmas, last], f32), timesteps };
}

/** `HeunDiscreteScheduler.set_timesteps(timesteps=…)`: sigmas and timesteps with the inner levels doubled. */
export function heunSetTimesteps(config: SchedulerConfig, args: { timesteps?: readonly number[] }): ScheduledLevels {
  if (args.timesteps === undefined) throw new Error("transcribed for timesteps=… only");
  for (const key of ["use_karras_sigmas", "use_exponential_sigmas", "use_beta_sigmas"]) {
    if (flag(config, key)) throw new Error(`Cannot use \`timesteps\` with \`config.${key} = True\``);
  }
  const timesteps = Float64Array.from(args.timesteps, f32);
  const { sigmas: table } = sigmaTable(initAlphasCumprod(config));
  const sigmas = Float64Array.from([...timesteps.map((t) => interpIndex(t, table)), 0], f32);
  const doubled = [sigmas[0] as number, ...Array.from(sigmas.subarray(1, sigmas.length - 1)).flatMap((s) => [s, s]), 0];
  const times = [timesteps[0] as number, ...Array.from(timesteps.subarray(1)).flatMap((t) => [t, t])];
  return { sigmas: Float64Array.from(doubled), timesteps: Float64Array.from(times) };
}

/**
 * `FlowMatchEulerDiscreteScheduler.set_timesteps(sigmas=…, mu=…)`: float32 sigmas, the static shift
 * `shift·σ/(1 + (shift − 1)·σ)` or, with `use_dynamic_shifting`, `time_shift(mu, 1, σ)`; `shift_terminal`,
 * the sigma families and `invert_sigmas` are errors here (the snippets turn them off); timesteps σ·T; 0 appended.
 */
export function flowMatchSetTimesteps(
  config: SchedulerConfig,
  args: { sigmas?: readonly number[]; mu?: number },
): ScheduledLevels {
  if (args.sigmas === undefined) throw new Error("transcribed for sigmas=… only");
  if (flag(config, "use_dynamic_shifting") && args.mu === undefined)
    throw new Error("`mu` must be passed when `use_dynamic_shifting` is set to be `True`");
  for (const key of ["use_karras_sigmas", "use_exponential_sigmas", "use_beta_sigmas", "invert_sigmas"]) {
    if (flag(config, key)) throw new Error(`${key} is set: not transcribed`);
  }
  if (config["shift_terminal"] !== null && config["shift_terminal"] !== 0)
    throw new Error("shift_terminal is set: not transcribed");
  let sigmas = Float64Array.from(args.sigmas, f32);
  if (flag(config, "use_dynamic_shifting")) {
    const mu = args.mu as number;
    sigmas =
      config["time_shift_type"] === "linear"
        ? sigmas.map((t) => f32(mu / f32(mu + f32(f32(1 / t) - 1))))
        : sigmas.map((t) => f32(Math.exp(mu) / f32(Math.exp(mu) + f32(f32(1 / t) - 1))));
  } else {
    const shift = num(config, "shift");
    sigmas = sigmas.map((s) => f32(f32(shift * s) / f32(1 + f32((shift - 1) * s))));
  }
  const T = num(config, "num_train_timesteps");
  return { sigmas: Float64Array.from([...sigmas, 0]), timesteps: sigmas.map((s) => f32(s * T)) };
}

/**
 * `EDMEulerScheduler.set_timesteps(sigmas=tensor)`: the tensor cast to float64 is the ramp of
 * `sigma_schedule` — Karras (σ_max^(1/ρ) + r·(σ_min^(1/ρ) − σ_max^(1/ρ)))^ρ, or exponential, which ignores
 * the values and takes only their number — cast to float32; `final_sigmas_type` appended. A list is an
 * error (`sigmas.to(dtype)` needs a tensor).
 */
export function edmEulerSetTimesteps(
  config: SchedulerConfig,
  args: { sigmas?: readonly number[]; tensor: boolean },
): ScheduledLevels {
  if (args.sigmas === undefined) throw new Error("transcribed for sigmas=… only");
  if (!args.tensor) throw new Error("AttributeError: 'list' object has no attribute 'to'");
  const ramp = args.sigmas;
  const sigmaMin = num(config, "sigma_min");
  const sigmaMax = num(config, "sigma_max");
  let sigmas: Float64Array;
  if (config["sigma_schedule"] === "karras") {
    const rho = num(config, "rho");
    const minInv = sigmaMin ** (1 / rho);
    const maxInv = sigmaMax ** (1 / rho);
    sigmas = Float64Array.from(ramp, (r) => {
      const base = maxInv + r * (minInv - maxInv);
      return rho === 1 ? base : base ** rho; // torch's pow with exponent 1 copies its base
    });
  } else {
    const n = ramp.length;
    const logs = Array.from(
      { length: n },
      (_, i) => Math.log(sigmaMin) + (n === 1 ? 0 : (i * (Math.log(sigmaMax) - Math.log(sigmaMin))) / (n - 1)),
    );
    sigmas = Float64Array.from(logs.map(Math.exp).reverse());
  }
  sigmas = sigmas.map(f32);
  const last = config["final_sigmas_type"] === "zero" ? 0 : (sigmas[sigmas.length - 1] as number);
  return { sigmas: Float64Array.from([...sigmas, last]), timesteps: sigmas.map((s) => f32(0.25 * Math.log(s))) };
}
