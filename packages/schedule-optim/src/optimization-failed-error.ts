import { KlschedError } from "@klsched/core-linalg";

/**
 * An optimiser that found no valid schedule on valid input (code `optimization-failed`; the CLI's exit
 * code 1): its objective was not finite at any start, or every result broke the schedule's invariants.
 * `what` names the optimisation (`optimal at N=10 under heun on sd15`), `reason` says what went wrong.
 *
 * @example
 * ```ts
 * import { isKlschedError } from "@klsched/core-linalg";
 * import { OptimizationFailedError } from "@klsched/schedule-optim";
 * const error = new OptimizationFailedError("optimal at N=4", "the KL is not finite at any start");
 * error.message; // "optimal at N=4 failed: the KL is not finite at any start"
 * isKlschedError(error) && error.code; // "optimization-failed"
 * ```
 */
export class OptimizationFailedError extends KlschedError {
  readonly what: string;
  readonly reason: string;

  constructor(what: string, reason: string) {
    super("optimization-failed", `${what} failed: ${reason}`);
    this.what = what;
    this.reason = reason;
  }
}
