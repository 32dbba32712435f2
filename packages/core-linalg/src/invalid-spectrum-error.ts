import { KlschedError } from "./klsched-error.js";

/** An eigenvalue is not a positive number within the accepted range; `index` is its 0-based position. */
export class InvalidSpectrumError extends KlschedError {
  readonly index: number;
  readonly value: number;

  constructor(index: number, value: number) {
    super("invalid-spectrum", `eigenvalue #${index} is ${value}; every eigenvalue must be a positive finite number`);
    this.index = index;
    this.value = value;
  }
}
