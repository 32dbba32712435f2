import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "../noise-process.js";
import { type ToolLevel, type ToolSchedule, toolSchedule } from "../tool-schedule.js";
import { f32, numpyInterp, roundHalfEven } from "../tools/numpy-like.js";
import { DIFFUSERS_TINY_ALPHA_CUMPROD, tinyTerminalProblem } from "../zero-terminal-snr.js";
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
 * A timestep outside [0, T−1] is kept in `timesteps` and left out of the levels, with a note: above T−1
 * diffusers fails (`alphas_cumprod` index out of range); trailing's −1 (N = 61, …) makes it run one step
 * more, from the clean level, that no level describes (see `ddimVisitedLevels`).
 */
export function diffusersDdim(process: NoiseProcess, steps: number, options: DiffusersOptions): ToolSchedule {
  const T = trainingSteps(process, "diffusers-ddim");
  const timesteps = ddimTimesteps(T, steps, options.spacing, options.offset);
  const notes: string[] = [];
  const valid = Array.from(timesteps).filter((t, k) => {
    if (t >= 0 && t <= T - 1) return true;
    notes.push(
      t < 0
        ? extraDdimStep(process, k, t, steps)
        : `timestep ${k} is ${t}, outside [0, ${T - 1}] (diffusers' alphas_cumprod[${t}] is out of range there): dropped from the levels`,
    );
    return false;
  });
  const levels: ToolLevel[] = valid.map((t) => ({ sigma: process.s(t), index: t }));
  levels.push({ sigma: 0 });
  return toolSchedule(process, levels, timesteps, notes);
}

/**
 * What DDIMScheduler.step does with trailing's extra timestep −1 (`ddimSteps`): the step before reached
 * the clean level; this one reads `alphas_cumprod[−1]` = ᾱ_{T−1} (torch's negative index) as `alpha_prod_t`
 * and, its `prev_timestep` being negative, `final_alpha_cumprod` as `alpha_prod_t_prev`.
 */
function extraDdimStep(process: NoiseProcess, k: number, t: number, steps: number): string {
  const T = process.trainingSteps as number;
  const last = process.discrete?.alphasCumprod[T - 1] as number;
  const prev = t - Math.floor(T / steps);
  const effect =
    last > 0
      ? `an exact model, ε̂ = 0 on clean x, scales x by 1/√ᾱ_${T - 1} = ${(1 / Math.sqrt(last)).toPrecision(3)}`
      : `ᾱ_${T - 1} = 0 here: a division by zero`;
  return (
    `timestep ${k} is ${t}, outside [0, ${T - 1}]: diffusers runs a step ${k + 1} from it on x already at the clean level, ` +
    `reading alphas_cumprod[${t}] = ᾱ_${T + t} (torch's negative index) and, prev_timestep ${prev} being negative, ` +
    `final_alpha_cumprod, so x ↦ (x − √(1 − ᾱ_${T + t})·ε̂)/√ᾱ_${T + t} with the model at timestep ${t} ` +
    `(${effect}); no level describes that step: left out of the levels`
  );
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
  return finish(process, sigmas, timesteps.map(f32), tab, options, "float32", tinyNote(alphasCumprod, "EulerDiscrete"));
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
  return finish(process, sigmas, timesteps, tab, options, "int64", tinyNote(alphasCumprod, "DPMSolverMultistep"));
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
  notes: string[],
): ToolSchedule {
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

/**
 * On a zero-SNR table (ᾱ_{T−1} = 0) Euler and DPM-Solver substitute 2⁻²⁴; a note when that breaks the
 * monotonicity of their σ table (the rescaled ᾱ_{T−2} below 2⁻²⁴). The levels are still placed by σ on
 * the process's own, monotonic, table.
 */
function tinyNote(alphasCumprod: Float64Array, scheduler: string): string[] {
  if (alphasCumprod[alphasCumprod.length - 1] !== 0) return [];
  const problem = tinyTerminalProblem(alphasCumprod, DIFFUSERS_TINY_ALPHA_CUMPROD, scheduler);
  return problem === undefined ? [] : [`${problem}; reproduced, each level placed where its σ lies on the process`];
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
