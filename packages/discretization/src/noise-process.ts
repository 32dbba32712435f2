/**
 * A forward noising process x_t = α(t)·x₀ + σ(t)·ε (theory §1 “Model”), as a plain immutable value.
 *
 * Time runs from `tStart` (the noisiest level a sampler starts at) to `tEnd` (the least noisy level of
 * the range); `tClean` is the time of the clean level α = 1, σ = 0 that every schedule ends with. For
 * `flow` the range itself ends at the clean level (`endsClean`).
 */
export interface NoiseProcess {
  readonly kind: "ve" | "vp" | "ddpm" | "flow";
  /** The canonical spec string, e.g. `ve:smin=0.002,smax=80`. */
  readonly label: string;
  readonly tStart: number;
  readonly tEnd: number;
  readonly tClean: number;
  readonly endsClean: boolean;
  /** Number of training timesteps of a discrete-time model; absent for continuous processes. */
  readonly trainingSteps?: number;
  /** A discrete model's ᾱ table and whose arithmetic made it (what reproduced tool schedules start from). */
  readonly discrete?: DiscreteTable;
  /** The model pipeline a preset or a scheduler config describes (its default schedule, shift, provenance). */
  readonly pipeline?: ProcessPipeline;
  /** Variance of the process's own prior N(0, v·I) at `tStart` (VP and flow: 1; VE: s_max²). */
  readonly priorVariance: number;
  /** α(t), the signal coefficient of x_t = α·x₀ + σ·ε. */
  alpha(t: number): number;
  /** σ(t), the noise coefficient. */
  sigma(t: number): number;
  /** s = σ/α, the VE-normalised level (k-diffusion's `sigma`); +Infinity where α = 0. */
  s(t: number): number;
  /** The inverse of {@link NoiseProcess.s}: the time at which σ/α equals `s` (s = ∞ maps to α = 0 where the process reaches it). */
  tFromS(s: number): number;
  /** σ(t)² − priorVariance, computed without cancellation (the standard prior's offset, theory §2 “DDIM in closed form”). */
  priorGap(t: number): number;
}

/**
 * How far, relative, a σ/α level may lie beyond an end of a discrete model's range and still be taken as
 * that end: 2⁻²², two float32 ulps. Tools store and print σ in float32, so their σ_max can exceed the
 * float64 end (sd15: float32 14.6146469… against 14.6146466…) and their σ_min fall below it; that is
 * rounding, not a level outside the range. Used by a discrete process's `tFromS` (and so by
 * `scheduleFromSigmas`) and by the clamp notes of reproduced schedules (`placeLevels`).
 *
 * It deliberately does not cover printed roundings: A1111's AYS tables round σ_max to 14.615 (2.4·10⁻⁵
 * above sd15's) and σ_min to 0.029 (5.7·10⁻³ below), and no one relative tolerance covers a fixed number
 * of decimals at both ends. Such lists are refused as user levels; the `ays:front=a1111` strategy places
 * them at the ends with a note, as A1111's lookup clamps them.
 */
export const RANGE_END_TOLERANCE = 2 ** -22;

/**
 * How far, relative, a tool's own float32 arithmetic may carry a level beyond an end of a model's range:
 * 2⁻¹⁹, sixteen float32 ulps. Some float32 chains exceed {@link RANGE_END_TOLERANCE}: on sd15 ComfyUI's
 * Karras (a float32 ramp to the power ρ = 7) lands 8.0·10⁻⁷ above σ_max, its kl_optimal (tan∘atan)
 * 4.6·10⁻⁷ below σ_min, `polyexponential` (exp of a float32 ln) 2.8·10⁻⁷ above. That is the tool's
 * rounding, not a level outside the range: reproduced schedules place such levels at the end without a
 * note, and `checkLevels` reports no problem. Printed roundings (A1111's 14.615, 2.4·10⁻⁵) stay beyond it.
 */
export const TOOL_ROUNDING_TOLERANCE = 2 ** -19;

/**
 * logSNR = ln(α²/σ²) = −2 ln s at time t.
 *
 * @example
 * ```ts
 * import { logSnr, veProcess } from "@klsched/discretization";
 * logSnr(veProcess(0.002, 80), 1); // 0
 * logSnr(veProcess(0.002, 80), 0.1); // 4.605170185988091
 * ```
 */
export function logSnr(process: NoiseProcess, t: number): number {
  return -2 * Math.log(process.s(t));
}

/**
 * The time at which logSNR equals `lambda`.
 *
 * @example
 * ```ts
 * import { flowProcess, tFromLogSnr } from "@klsched/discretization";
 * tFromLogSnr(flowProcess(), 0); // 0.5
 * ```
 */
export function tFromLogSnr(process: NoiseProcess, lambda: number): number {
  return process.tFromS(Math.exp(-0.5 * lambda));
}

/** A flow pipeline's shift: SD3's static `shift`, or Flux's dynamic exponential shift by μ (shift = e^μ). */
export type PipelineShift =
  | { readonly kind: "static"; readonly shift: number }
  | { readonly kind: "dynamic"; readonly mu: number };

/**
 * The pipeline a model preset (`sdxl`, `sd3`, `flux`, …) or a diffusers `scheduler_config.json` describes,
 * beside the process itself: where its values come from, the schedule it runs by default at N steps (a
 * reproduced strategy's spec, which `rank` and `check` call "the pipeline's default"), a flow pipeline's
 * shift (the default shift of the reproduced strategies, whose tools read it from the model; klsched's own
 * strategies take `shift=` explicitly), and for a distilled model the levels it was trained on.
 */
export interface ProcessPipeline {
  /** The model, as its publisher names it: "Stable Diffusion XL 1.0". */
  readonly model: string;
  /** Where the values come from: the repository and file (or paper) they were read from. */
  readonly source: string;
  /** The spec of the reproduced strategy that is the pipeline's own schedule at N steps, or undefined at an N it has none. */
  readonly defaultStrategy: (steps: number) => string | undefined;
  /** What the network predicts (`epsilon`, `v_prediction`, `flow_prediction`), where known: informational. */
  readonly prediction?: string;
  /** Flow pipelines: the shift their scheduler applies. */
  readonly shift?: PipelineShift;
  /** What a user should know about the model's schedule (an offset noise, a zero terminal SNR). */
  readonly notes: readonly string[];
  /** A step-distilled model: trained on these levels, which should be used as they are. */
  readonly distilled?: DistilledLevels;
}

/** The levels a step-distilled model was trained on: the step counts it was distilled for and the strategy per N. */
export interface DistilledLevels {
  /** The registry name (`sdxl-lightning`). */
  readonly name: string;
  /** The step counts the model was distilled for. */
  readonly steps: readonly number[];
  /** One line: what it was trained on, as its source states it. */
  readonly summary: string;
}

/** The ᾱ table of a discrete-time model, as a tool built it. */
export interface DiscreteTable {
  /** ᾱ_i, i = 0..T−1, decreasing; the last entry is 0 after a zero-terminal-SNR rescale (`zeroSnr: "zero"`). */
  readonly alphasCumprod: Float64Array;
  /** `diffusers` (float32 ᾱ), `comfy` (float64 ᾱ, ComfyUI's `ModelSamplingDiscrete`) or `trained` (given betas, float32). */
  readonly source: "diffusers" | "comfy" | "trained";
  /** How a zero terminal SNR was applied, if it was: ᾱ_{T−1} = 0, or the tiny value a tool substitutes. */
  readonly zeroSnr?: "zero" | "tiny";
}
