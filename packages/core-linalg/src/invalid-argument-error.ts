import { isKlschedError, KlschedError } from "./klsched-error.js";

/**
 * A caller passed a value that the function cannot use. `argument` names the parameter (or spec key)
 * and `value` is what was passed, so a front end can print a one-line message naming both.
 *
 * @example
 * ```ts
 * import { InvalidArgumentError } from "@klsched/core-linalg";
 * const error = new InvalidArgumentError("steps", 0, "expected an integer ≥ 1");
 * error.message; // "steps=0: expected an integer ≥ 1"
 * error.code; // "invalid-argument"
 * ```
 */
export class InvalidArgumentError extends KlschedError {
  readonly argument: string;
  readonly value: unknown;
  /** Why the value was refused, without the argument and value (the message holds all three). */
  readonly reason: string;

  constructor(argument: string, value: unknown, reason: string) {
    super("invalid-argument", `${argument}=${formatValue(value)}: ${reason}`);
    this.argument = argument;
    this.value = value;
    this.reason = reason;
  }
}

/**
 * True for an {@link InvalidArgumentError} from any copy of this package (checked by `code`, not `instanceof`).
 *
 * @example
 * ```ts
 * import { InvalidArgumentError, isInvalidArgumentError } from "@klsched/core-linalg";
 * isInvalidArgumentError(new InvalidArgumentError("steps", 0, "expected an integer ≥ 1")); // true
 * ```
 */
export function isInvalidArgumentError(error: unknown): error is InvalidArgumentError {
  return (
    isKlschedError(error) && error.code === "invalid-argument" && typeof (error as { argument?: unknown }).argument === "string"
  );
}

/** A value as a message quotes it; a long string or structure by its start and its length. */
function formatValue(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 160
      ? `${JSON.stringify(value.slice(0, 160)).slice(0, -1)}…" (${value.length} characters)`
      : JSON.stringify(value);
  }
  if (typeof value === "number") return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}
