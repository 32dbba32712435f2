import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "../noise-process.js";

/** The range's ends [σ_max, σ_min] in σ/α, both finite and positive, or an error naming the strategy. */
export function finiteRange(process: NoiseProcess, name: string): [sMax: number, sMin: number] {
  const sMax = process.s(process.tStart);
  const sMin = process.s(process.tEnd);
  if (!(sMin > 0 && Number.isFinite(sMax))) {
    throw new InvalidArgumentError(
      "strategy",
      name,
      `needs finite positive σ/α at both ends; ${process.label} spans ${sMax} to ${sMin}`,
    );
  }
  return [sMax, sMin];
}
