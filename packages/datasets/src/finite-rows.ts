import { InvalidArgumentError } from "@klsched/core-linalg";

/**
 * Throws InvalidArgumentError(argument, value, "row r, column c is NaN") at the first value of `batch`
 * that is not finite; `firstRow` is the batch's first row in the whole data set.
 */
export function checkFiniteRows(
  batch: ArrayLike<number>,
  dimension: number,
  firstRow: number,
  argument: string,
  value: unknown,
): void {
  for (let i = 0; i < batch.length; i++) {
    const x = batch[i] as number;
    if (!Number.isFinite(x)) {
      const row = firstRow + Math.floor(i / dimension);
      throw new InvalidArgumentError(argument, value, `row ${row}, column ${i % dimension} is ${x} (every value must be finite)`);
    }
  }
}
