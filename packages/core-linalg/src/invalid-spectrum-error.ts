import { KlschedError } from "./klsched-error.js";

/**
 * An eigenvalue is not a positive number within the accepted range; `index` is its 0-based position.
 *
 * @example
 * ```ts
 * import { createSpectrum, InvalidSpectrumError } from "@klsched/core-linalg";
 * let caught: unknown;
 * try { createSpectrum([1, -2]); } catch (error) { caught = error; }
 * caught instanceof InvalidSpectrumError && caught.index; // 1
 * (caught as Error).message; // "eigenvalue #1 is -2; every eigenvalue must be a positive finite number"
 * ```
 */
export class InvalidSpectrumError extends KlschedError {
  readonly index: number;
  readonly value: number;

  constructor(index: number, value: number) {
    super("invalid-spectrum", `eigenvalue #${index} is ${value}; every eigenvalue must be a positive finite number`);
    this.index = index;
    this.value = value;
  }
}
