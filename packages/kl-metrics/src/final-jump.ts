import { endsAtCleanLevel } from "@klsched/discretization";
import { type ScheduleKLInput, scheduleKL } from "./schedule-kl.js";

/** The KL at a schedule's end, at its last noisy level, and the share of the former the final jump adds. */
export interface FinalJump {
  /** KL(source ‖ output) after the whole schedule, clean level included. */
  readonly kl: number;
  /** KL between the output at the last noisy level and the true marginal there (the schedule without its jump). */
  readonly klBeforeJump: number;
  /** (kl − klBeforeJump)/kl, in [0, 1] when the jump adds divergence; 0 where kl is 0 or infinite. */
  readonly share: number;
}

/**
 * How much of a schedule's KL its final jump — the step from the last noisy level to the clean one —
 * carries: the KL at the end against the KL of the same run stopped at the last noisy level and compared
 * with the true marginal there (`clean: false`, theory §3). A share near 1 is a schedule that stops
 * early and leaves the denoiser one big step to the data.
 *
 * @example
 * ```ts
 * import { syntheticSpectrum } from "@klsched/core-linalg";
 * import { scheduleFromSigmas, veProcess } from "@klsched/discretization";
 * import { finalJump } from "@klsched/kl-metrics";
 * const spectrum = syntheticSpectrum("geometric:d=16,min=1e-3,max=10");
 * finalJump({ spectrum, schedule: scheduleFromSigmas(veProcess(0.002, 80), [80, 10, 2]) }).share > 0.5; // true
 * ```
 * @throws InvalidArgumentError when the schedule does not end at the clean level or has a single step.
 */
export function finalJump(input: ScheduleKLInput): FinalJump {
  const kl = scheduleKL({ ...input, clean: true }).kl;
  if (!endsAtCleanLevel(input.schedule)) return { kl, klBeforeJump: kl, share: 0 };
  const klBeforeJump = scheduleKL({ ...input, clean: false }).kl;
  const share = kl > 0 && Number.isFinite(kl) && Number.isFinite(klBeforeJump) ? Math.max(0, (kl - klBeforeJump) / kl) : 0;
  return { kl, klBeforeJump, share };
}
