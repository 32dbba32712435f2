import { type NoiseProcess, TOOL_ROUNDING_TOLERANCE } from "./noise-process.js";
import { type Schedule, scheduleFromTimes } from "./schedule.js";

/**
 * A schedule as a tool produces it, next to the klsched schedule it becomes.
 * - `sigmas`: the tool's own sigma array, noisiest first, its final entry included, with the tool's
 *   rounding (float32 where the tool stores float32): σ/α on VE/VP/discrete processes, the flow σ (= t)
 *   on `flow`;
 * - `timesteps`: what the tool feeds the model, one per noisy level, where it has training timesteps;
 * - `schedule`: the levels on the process (t, α, σ), each placed where its sigma lies (or at its integer
 *   training timestep when the tool read it from its table), clean level last unless the tool ends elsewhere;
 * - `notes`: what the tool did that a reader may not expect (levels clamped into the model's range from
 *   further out than float32 rounding of its ends, repeated levels, a spurious timestep), for front ends
 *   to print as warnings.
 */
export interface ToolSchedule {
  readonly schedule: Schedule;
  readonly sigmas: Float64Array;
  readonly timesteps?: Float64Array;
  readonly notes: readonly string[];
}

/** One level of a tool: its sigma, and the training index it came from when read from a table. */
export interface ToolLevel {
  readonly sigma: number;
  readonly index?: number;
}

/**
 * Places a tool's levels on a process. A level read from a table at integer index i sits at t = i; any
 * other sits where its sigma lies (σ/α, or the flow σ itself on `flow`). Sigmas beyond the process's range
 * are clamped to its ends, as the tools' own σ → timestep lookups clamp (k-diffusion's `sigma_to_t`,
 * ComfyUI's `timestep`); a note says so when the excess is more than float32 rounding
 * or its float32 arithmetic ({@link TOOL_ROUNDING_TOLERANCE} relative, 2⁻¹⁹), so that a tool's float32 σ_max 14.6146469… on sd15 (float64 end
 * 14.6146466…) is placed at the start silently and A1111's 14.615 with a note. Sigma 0 is the clean level.
 */
export function placeLevels(process: NoiseProcess, levels: readonly ToolLevel[], notes: string[]): Float64Array {
  const times = new Float64Array(levels.length);
  const sTop = process.s(process.tStart);
  const sBottom = process.s(process.tEnd);
  const excess = (ratio: number) => (ratio > TOOL_ROUNDING_TOLERANCE ? ratio.toExponential(1) : undefined);
  levels.forEach((level, k) => {
    const { sigma, index } = level;
    if (index !== undefined) {
      times[k] = index;
    } else if (sigma === 0) {
      times[k] = process.tClean;
    } else if (process.kind === "flow") {
      times[k] = sigma;
    } else if (sigma > sTop) {
      times[k] = process.tStart;
      const by = excess(sigma / sTop - 1);
      if (by !== undefined)
        notes.push(
          `level ${k} (σ/α = ${sigma}) lies above ${process.label}'s σ_max = ${sTop} by ${by} (relative): placed at its start, as the tool's lookup clamps`,
        );
    } else if (sigma < sBottom) {
      times[k] = process.tEnd;
      const by = excess(1 - sigma / sBottom);
      if (by !== undefined)
        notes.push(
          `level ${k} (σ/α = ${sigma}) lies below ${process.label}'s σ_min = ${sBottom} by ${by} (relative): placed at its end, as the tool's lookup clamps`,
        );
    } else {
      times[k] = process.tFromS(sigma);
    }
  });
  for (let k = 1; k < times.length; k++) {
    if (times[k] === times[k - 1])
      notes.push(`levels ${k - 1} and ${k} coincide (t = ${times[k]}): a step of length zero, as the tool takes it`);
  }
  return times;
}

/**
 * A tool schedule from its levels (noisiest first, the tool's final level last), placed by
 * the rule of `placeLevels` above; `notes` collects what the placement noticed.
 *
 * @example
 * ```ts
 * import { veProcess } from "@klsched/discretization";
 * import { toolSchedule } from "@klsched/discretization/reproduced";
 * const tool = toolSchedule(veProcess(0.002, 80), [{ sigma: 100 }, { sigma: 2 }, { sigma: 0 }], undefined);
 * tool.schedule.t; // Float64Array [80, 2, 0]
 * tool.notes; // ["level 0 (σ/α = 100) lies above ve:smin=0.002,smax=80's σ_max = 80 by 2.5e-1 (relative): placed at its start, as the tool's lookup clamps"]
 * ```
 * @throws InvalidArgumentError when the placed times increase.
 */
export function toolSchedule(
  process: NoiseProcess,
  levels: readonly ToolLevel[],
  timesteps: Float64Array | undefined,
  notes: string[] = [],
): ToolSchedule {
  const times = placeLevels(process, levels, notes);
  const sigmas = Float64Array.from(levels, (level) => level.sigma);
  const schedule = scheduleFromTimes(process, times);
  return Object.freeze({ schedule, sigmas, ...(timesteps === undefined ? {} : { timesteps }), notes: Object.freeze(notes) });
}
