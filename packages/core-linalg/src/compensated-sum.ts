/**
 * Neumaier's improved Kahan–Babuška summation: Σ xᵢ with an error bound independent of the length
 * (Neumaier 1974). Used where many per-direction KL terms of very different sizes are added.
 * An infinite term gives an infinite sum (not the NaN the compensation term would produce).
 *
 * @example
 * ```ts
 * import { compensatedSum } from "@klsched/core-linalg";
 * compensatedSum([1e16, 1, -1e16]); // 1
 * [1e16, 1, -1e16].reduce((a, b) => a + b); // 0
 * ```
 */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const t = sum + x;
    carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + carry : sum;
}

/**
 * A running Neumaier sum for hot loops that cannot build an array first: {@link compensatedSum} one term
 * at a time.
 *
 * @example
 * ```ts
 * import { CompensatedAccumulator } from "@klsched/core-linalg";
 * const sum = new CompensatedAccumulator();
 * for (const x of [1e16, 1, -1e16]) sum.add(x);
 * sum.value; // 1
 * ```
 */
export class CompensatedAccumulator {
  private sum = 0;
  private carry = 0;

  /**
   * Adds one term.
   *
   * @example
   * ```ts
   * import { CompensatedAccumulator } from "@klsched/core-linalg";
   * const sum = new CompensatedAccumulator();
   * sum.add(1e16);
   * sum.add(1);
   * sum.add(-1e16);
   * sum.value; // 1
   * ```
   */
  add(x: number): void {
    const t = this.sum + x;
    this.carry += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }

  /** The sum of the terms added so far. */
  get value(): number {
    return Number.isFinite(this.sum) ? this.sum + this.carry : this.sum;
  }
}
