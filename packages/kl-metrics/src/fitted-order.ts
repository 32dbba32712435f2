import { InvalidArgumentError } from "@klsched/core-linalg";

/**
 * Measured order p of an error that behaves like N^−p (e.g. |expansion − exact KL| over a range of N):
 * minus the least-squares slope of ln(error) against ln(N). Needs at least two points with distinct N
 * and positive errors; a point at machine level will pull the fit down, so leave such points out.
 *
 * @example
 * ```ts
 * import { fittedOrder } from "@klsched/kl-metrics";
 * fittedOrder([[10, 1e-2], [100, 1e-4]]); // 2
 * fittedOrder([[10, 3e-3], [20, 7.6e-4], [40, 1.9e-4]]); // 1.990
 * ```
 * @throws InvalidArgumentError for fewer than two points, a point with N ≤ 0 or an error that is not
 * finite and positive, or steps that are all equal.
 */
export function fittedOrder(points: readonly (readonly [steps: number, error: number])[]): number {
  if (points.length < 2) throw new InvalidArgumentError("points", points.length, "a slope needs at least two points");
  let sx = 0;
  let sy = 0;
  for (const [steps, error] of points) {
    if (!(steps > 0 && error > 0 && Number.isFinite(error))) {
      throw new InvalidArgumentError("points", [steps, error], "expected N > 0 and a finite error > 0");
    }
    sx += Math.log(steps);
    sy += Math.log(error);
  }
  const mx = sx / points.length;
  const my = sy / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const [steps, error] of points) {
    const dx = Math.log(steps) - mx;
    sxy += dx * (Math.log(error) - my);
    sxx += dx * dx;
  }
  if (sxx === 0) throw new InvalidArgumentError("points", points.length, "the steps must not all be equal");
  return -sxy / sxx;
}
