import { InvalidArgumentError } from "@klsched/core-linalg";
import type { NoiseProcess } from "./noise-process.js";
import { AYS_A1111_TABLES, AYS_COMFY_TABLES, GITS_TABLES } from "./tables/noise-level-tables.js";
import { f32, numpyInterp, numpyLinspace, roundHalfEven } from "./tools/numpy-like.js";

/**
 * `loglinear_interp(t_steps, num_steps)` of NVIDIA's AYS how-to, copied by ComfyUI and A1111: ln σ of the
 * decreasing table interpolated linearly (np.interp) from len(table) to `num` evenly spaced points.
 */
export function loglinearInterp(table: readonly number[], num: number): Float64Array {
  const xs = numpyLinspace(0, 1, table.length);
  const ys = Float64Array.from([...table].reverse(), Math.log);
  return numpyLinspace(0, 1, num)
    .map((x) => Math.exp(numpyInterp(x, xs, ys)))
    .reverse();
}

/** The models with published Align Your Steps tables. */
export type AysModel = "sd1" | "sdxl" | "svd";

/**
 * Align Your Steps (Sabour et al. 2024), float32 sigmas ending in 0:
 * - `comfyui` (comfy_extras/nodes_align_your_steps.py): the 11-level table interpolated to N + 1 levels
 *   (as is when N = 10), then the last level *replaced* by 0 — N noisy levels, the lowest above σ_min;
 * - `a1111` (modules/sd_schedulers.py): the 3-decimal table interpolated to N levels (as is when N = 11),
 *   then 0 *appended* — the lowest noisy level is σ_min = 0.029; at N = 1 A1111 interpolates the table to
 *   its single first point in ln σ order, which is σ_min: one step from 0.029 to 0 (reproduced).
 * `denoise` < 1 (ComfyUI only) keeps the last round(N·denoise) + 1 levels, Python rounding half to even.
 */
export function aysSigmas(model: AysModel, front: "comfyui" | "a1111", steps: number, denoise = 1): Float64Array {
  if (front === "a1111") {
    if (model === "svd") throw new InvalidArgumentError("strategy", "ays:model=svd,front=a1111", "A1111 has no SVD table");
    const table = AYS_A1111_TABLES[model === "sd1" ? "SD1" : "SDXL"];
    const levels = steps === table.length ? Float64Array.from(table) : loglinearInterp(table, steps);
    return truncate(Float64Array.from([...levels, 0], f32), steps, 1, "append");
  }
  const table = AYS_COMFY_TABLES[model === "sd1" ? "SD1" : model === "sdxl" ? "SDXL" : "SVD"];
  const levels = steps + 1 === table.length ? Float64Array.from(table) : loglinearInterp(table, steps + 1);
  return truncate(levels, steps, denoise, "replace");
}

/**
 * GITS (Chen et al. 2024, "On the Trajectory Regularity of ODE-based Diffusion Sampling"), ComfyUI's
 * `GITSScheduler` (comfy_extras/nodes_gits.py): the published SD1.5 table for `coeff` (0.80–1.50 by 0.05)
 * and 2 ≤ N ≤ 20, else the 20-step table interpolated to N + 1 levels; the last level replaced by 0.
 * N = 1 is refused (the node's minimum is 2; the code would silently take the 20-step table).
 */
export function gitsSigmas(coeff: number, steps: number, denoise = 1): Float64Array {
  const key = (Math.round(coeff * 100) / 100).toFixed(2);
  const tables = GITS_TABLES[key];
  if (tables === undefined) {
    throw new InvalidArgumentError("coeff", coeff, "GITS tables exist for 0.80, 0.85, …, 1.50");
  }
  if (steps < 2) throw new InvalidArgumentError("steps", steps, "ComfyUI's GITSScheduler takes at least 2 steps");
  const levels =
    steps <= 20
      ? Float64Array.from(tables[steps - 2] as readonly number[])
      : loglinearInterp(tables[tables.length - 1] as number[], steps + 1);
  return truncate(levels, steps, denoise, "replace");
}

function truncate(levels: Float64Array, steps: number, denoise: number, end: "replace" | "append"): Float64Array {
  let out = levels;
  if (denoise < 1) {
    const total = roundHalfEven(steps * denoise);
    out = levels.slice(levels.length - (total + 1));
  }
  out = out.slice();
  if (end === "replace") out[out.length - 1] = 0;
  return out.map(f32);
}

/** The σ/α range a table was made for, and whether a process spans it (to its printed precision, 1e-3). */
export function checkTableRange(process: NoiseProcess, name: string, first: number, last: number): void {
  const top = process.s(process.tStart);
  const bottom = process.s(process.tEnd);
  const close = (a: number, b: number) => Math.abs(a / b - 1) <= 1e-3;
  if (!(close(top, first) && close(bottom, last))) {
    throw new InvalidArgumentError(
      "strategy",
      name,
      `is a table for models with σ/α from ${first} to ${last}; ${process.label} spans ${top} to ${bottom}`,
    );
  }
}
