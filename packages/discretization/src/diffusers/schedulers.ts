import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "../noise-process.js";
import { type ToolLevel, type ToolSchedule, toolSchedule } from "../tool-schedule.js";
import { f32, numpyInterp, roundHalfEven } from "../tools/numpy-like.js";
import { diffusersBeta, diffusersExponential, diffusersKarras, diffusersLu, type SigmaFamily } from "./sigma-families.js";
import { diffusersSigmaTable, sigmaToT } from "./sigma-table.js";
import { ddimTimesteps, dpmTimesteps, eulerTimesteps, type Spacing } from "./spacing.js";

/** Options shared by the diffusers discrete schedulers. */
export interface DiffusersOptions {
  readonly spacing: Spacing;
  readonly offset: number;
  /** `use_karras_sigmas`, `use_exponential_sigmas`, `use_beta_sigmas`, `use_lu_lambdas` (DPM only), or none. */
  readonly sigmas: SigmaFamily;
  /** `final_sigmas_type`: `zero` ends at the clean level; `sigma_min` ends at σ(ᾱ₀) without a clean level. */
  readonly final: "zero" | "sigma_min";
}

/**
 * DDIMScheduler: the timesteps of {@link ddimTimesteps}, then the clean level (`set_alpha_to_one`). DDIM
 * reads ᾱ at these integer timesteps directly, so `sigmas` are the process's σ/α there (float64).
 */
export function diffusersDdim(process: NoiseProcess, steps: number, options: DiffusersOptions): ToolSchedule {
  const T = trainingSteps(process, "diffusers-ddim");
  const timesteps = ddimTimesteps(T, steps, options.spacing, options.offset);
  const notes: string[] = [];
  const valid = Array.from(timesteps).filter((t, k) => {
    if (t >= 0 && t <= T - 1) return true;
    notes.push(
      `timestep ${k} is ${t}, outside [0, ${T - 1}] (diffusers would index ᾱ out of range there): dropped from the levels`,
    );
    return false;
  });
  const levels: ToolLevel[] = valid.map((t) => ({ sigma: process.s(t), index: t }));
  levels.push({ sigma: 0 });
  return toolSchedule(process, levels, timesteps, notes);
}

/**
 * EulerDiscreteScheduler.set_timesteps: float32 timesteps by spacing, sigmas interpolated linearly in the
 * float32 sigma table at them (`interpolation_type="linear"`), optionally converted to a sigma family
 * between the interpolated ends with timesteps from `_sigma_to_t`; the final sigma appended and all cast
 * to float32.
 */
export function diffusersEuler(process: NoiseProcess, steps: number, options: DiffusersOptions): ToolSchedule {
  const { alphasCumprod, T } = table(process, "diffusers-euler");
  if (options.sigmas === "lu") throw new InvalidArgumentError("sigmas", "lu", "EulerDiscreteScheduler has no use_lu_lambdas");
  const { sigmas: tab, logSigmas } = diffusersSigmaTable(alphasCumprod);
  const arange = Float64Array.from({ length: T }, (_, i) => i);
  let timesteps: Float64Array = eulerTimesteps(T, steps, options.spacing, options.offset);
  let sigmas: Float64Array = timesteps.map((t) => numpyInterp(t, arange, tab));
  if (options.sigmas !== "default") {
    const sigmaMin = sigmas[sigmas.length - 1] as number;
    const sigmaMax = sigmas[0] as number;
    sigmas = familySigmas(options.sigmas, sigmaMin, sigmaMax, steps);
    timesteps = sigmas.map((s) => sigmaToT(s, logSigmas));
  }
  return finish(process, sigmas, timesteps.map(f32), tab, options, "float32");
}

/**
 * DPMSolverMultistepScheduler.set_timesteps: integer timesteps by spacing with sigmas read from the table,
 * or a sigma family over the whole table with timesteps from `_sigma_to_t` — rounded for `karras` and
 * `lu` (unless the betas are squaredcos_cap_v2), else cast to int64, i.e. truncated towards zero.
 */
export function diffusersDpm(process: NoiseProcess, steps: number, options: DiffusersOptions): ToolSchedule {
  const { alphasCumprod, T, cosine } = table(process, "diffusers-dpm");
  const { sigmas: tab, logSigmas } = diffusersSigmaTable(alphasCumprod);
  let timesteps = dpmTimesteps(T, steps, options.spacing, options.offset);
  let sigmas: Float64Array;
  if (options.sigmas === "default") {
    sigmas = timesteps.map((t) => tab[t] as number);
  } else {
    const sigmaMin = tab[0] as number;
    const sigmaMax = tab[T - 1] as number;
    sigmas =
      options.sigmas === "lu"
        ? diffusersLu(logSigmas[0] as number, logSigmas[T - 1] as number, steps)
        : familySigmas(options.sigmas, sigmaMin, sigmaMax, steps);
    const rounds = (options.sigmas === "karras" || options.sigmas === "lu") && !cosine;
    timesteps = sigmas.map((s) => {
      const t = sigmaToT(s, logSigmas);
      return rounds ? roundHalfEven(t) : Math.trunc(t);
    });
  }
  return finish(process, sigmas, timesteps, tab, options, "int64");
}

function familySigmas(family: Exclude<SigmaFamily, "default" | "lu">, sigmaMin: number, sigmaMax: number, n: number) {
  if (family === "karras") return diffusersKarras(sigmaMin, sigmaMax, n);
  if (family === "exponential") return diffusersExponential(sigmaMin, sigmaMax, n);
  return diffusersBeta(sigmaMin, sigmaMax, n);
}

function finish(
  process: NoiseProcess,
  sigmas: Float64Array,
  timesteps: Float64Array,
  tab: Float64Array,
  options: DiffusersOptions,
  kind: "float32" | "int64",
): ToolSchedule {
  const notes: string[] = [];
  const last = options.final === "zero" ? 0 : (tab[0] as number);
  const levels: ToolLevel[] = Array.from(sigmas, (s, k) => {
    const sigma = f32(s);
    const t = timesteps[k] as number;
    return options.sigmas === "default" && Number.isInteger(t) && f32(tab[t] as number) === sigma
      ? { sigma, index: t }
      : { sigma };
  });
  levels.push(options.final === "zero" ? { sigma: 0 } : { sigma: f32(last), index: 0 });
  if (options.final === "sigma_min")
    notes.push("final_sigmas_type=sigma_min: the schedule ends at σ_min, not at the clean level");
  if (kind === "int64" && options.sigmas !== "default")
    notes.push("the model is fed integer timesteps while x sits at the converted sigmas; levels follow the sigmas");
  return toolSchedule(process, levels, timesteps, notes);
}

function trainingSteps(process: NoiseProcess, name: string): number {
  if (process.trainingSteps === undefined) {
    throw new InvalidArgumentError("strategy", name, `applies to discrete (ddpm) processes, not ${process.label}`);
  }
  return process.trainingSteps;
}

function table(process: NoiseProcess, name: string) {
  const T = trainingSteps(process, name);
  const discrete = process.discrete;
  if (discrete === undefined) throw new InvalidArgumentError("strategy", name, `${process.label} has no ᾱ table`);
  return { alphasCumprod: discrete.alphasCumprod, T, cosine: process.label.includes("schedule=cosine") };
}
