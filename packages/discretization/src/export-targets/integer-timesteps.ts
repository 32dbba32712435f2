import type { Schedule } from "../schedule.js";
import { endsClean, infiniteLevel, noisyTimes } from "./export-target.js";

/**
 * Why a scheduler that takes integer training timesteps and appends the clean level itself (diffusers'
 * DPMSolverMultistepScheduler, HeunDiscreteScheduler) cannot take `schedule`, or undefined: a continuous
 * process, a level at a fractional timestep, a repeated timestep, no clean level at the end, or α = 0 (the
 * tools substitute ᾱ = 2⁻²⁴ there, not the level klsched scored).
 */
export function integerTimestepsRefusal(schedule: Schedule, className: string): string | undefined {
  const { process } = schedule;
  if (process.trainingSteps === undefined) return `${className} runs discrete models, not ${process.label}`;
  if (!endsClean(schedule)) return `${className} appends the clean level itself, and this schedule ends at a noisy one`;
  const k = infiniteLevel(schedule);
  if (k !== undefined) return `level ${k} is at α = 0, where ${className} reads ᾱ = 2⁻²⁴ instead (use zsnr=tiny)`;
  const times = noisyTimes(schedule);
  const fractional = times.findIndex((t) => !Number.isInteger(t));
  if (fractional >= 0) {
    return `level ${fractional} lies at the fractional timestep ${times[fractional]}, and ${className} takes integer timesteps (round them: --round; optimize rounds for this target itself)`;
  }
  for (let i = 1; i < times.length; i++) {
    if (times[i] === times[i - 1])
      return `timestep ${times[i]} repeats (index ${i}), and ${className} needs strictly decreasing timesteps`;
  }
  return undefined;
}
