import { KlschedError } from "./klsched-error.js";

/**
 * A caller passed a value that the function cannot use. `argument` names the parameter (or spec key)
 * and `value` is what was passed, so a front end can print a one-line message naming both.
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

function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}
