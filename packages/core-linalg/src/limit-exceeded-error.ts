import { KlschedError } from "./klsched-error.js";

/**
 * A request beyond what klsched does in memory: a step count, a dimension, an image's pixel count or a
 * file's size above its documented limit (docs/guide/contract.md, "Limits"). Like an
 * {@link InvalidArgumentError} it names the `argument` and its `value`, with the `limit` it exceeds.
 *
 * @example
 * ```ts
 * import { LimitExceededError } from "@klsched/core-linalg";
 * const error = new LimitExceededError("steps", 1e9, 100000, "each step is a level in memory");
 * error.message; // "steps=1000000000: exceeds the limit 100000 (each step is a level in memory)"
 * ```
 */
export class LimitExceededError extends KlschedError {
  readonly argument: string;
  readonly value: unknown;
  readonly limit: number;
  /** Why the value was refused, without the argument and value. */
  readonly reason: string;

  constructor(argument: string, value: unknown, limit: number, why: string) {
    const reason = `exceeds the limit ${limit} (${why})`;
    super("limit-exceeded", `${argument}=${typeof value === "string" ? JSON.stringify(value) : String(value)}: ${reason}`);
    this.argument = argument;
    this.value = value;
    this.limit = limit;
    this.reason = reason;
  }
}

/**
 * Throws {@link LimitExceededError} when `value` exceeds `limit`; returns `value` otherwise.
 *
 * @example
 * ```ts
 * import { checkLimit } from "@klsched/core-linalg";
 * checkLimit("d", 784, 16777216, "a spectrum is held in memory"); // 784
 * ```
 * @throws LimitExceededError when `value > limit`.
 */
export function checkLimit(argument: string, value: number, limit: number, why: string): number {
  if (value > limit) throw new LimitExceededError(argument, value, limit, why);
  return value;
}
