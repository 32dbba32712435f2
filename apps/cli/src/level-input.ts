import type { NoiseProcess } from "@klsched/discretization";
import { isNumberFile, readNumberFile } from "./number-files.js";
import { type Fail, type NumberColumn, numbersFromText } from "./number-text.js";
import { type SnippetLevels, snippetLevels } from "./snippet-levels.js";
import { UsageError } from "./usage-error.js";

/** The flags of `klsched kl` that list levels. */
export type LevelFlag = "--sigmas" | "--timesteps";

/**
 * The numbers given to `--sigmas` or `--timesteps`, in any form the exporters print: a bare list
 * `a,b,c`, a diffusers argument `sigmas=[…]` / `timesteps=[…]`, a ComfyUI sigmas string (commas and/or
 * spaces), a JSON array, or a `.json`/`.csv`/`.txt`/`.npy` file of one of those, or the JSON or CSV of
 * `klsched schedule` (its `sigmas` or `timesteps`; `null` σ/α is ∞). A schedule's `timesteps` end with
 * the clean level, t = −1, which is dropped here: `--timesteps` appends it. Bad forms are usage errors
 * naming the flag; whether the numbers make a schedule is for the library to say.
 */
export function readLevels(raw: string, flag: LevelFlag): number[] {
  return readLevelColumn(raw, flag).values;
}

/**
 * {@link readLevels} with where the numbers came from: a named field of klsched's JSON/CSV (`table`), or a
 * snippet an export target printed, pasted whole (`snippet`: its variable and the target its import names).
 */
export function readLevelColumn(raw: string, flag: LevelFlag): NumberColumn & { readonly snippet?: SnippetLevels } {
  const name = flag === "--sigmas" ? "sigmas" : "timesteps";
  const fail: Fail = (reason) => {
    throw new UsageError(flag, raw, reason);
  };
  const fields = { names: [name], nullIsInfinity: name === "sigmas" };
  const text = raw.trim();
  const snippet = snippetLevels(text);
  if (snippet !== undefined) {
    const wanted = snippet.name === "timesteps" ? "--timesteps" : "--sigmas";
    if (wanted !== flag) fail(`this snippet lists ${snippet.name}: give it to ${wanted}`);
    return { ...numbersFromText(`[${snippet.list}]`, fields, fail), snippet };
  }
  const column = isNumberFile(text) ? readNumberFile(text, fields, fail) : numbersFromText(text, fields, fail);
  const { values, table } = column;
  if (name === "timesteps" && table && values.length > 1 && values[values.length - 1] === -1) {
    return { values: values.slice(0, -1), table };
  }
  return column;
}

/**
 * Sixteen float32 ulps, relative (2⁻¹⁹, the library's `RANGE_END_TOLERANCE`): how far a tool's float32
 * arithmetic may move an end of the model's range (ComfyUI's Karras: 8·10⁻⁷ above sd15's σ_max).
 */
const FLOAT32_ROUNDING = 2 ** -19;

/**
 * σ/α levels as tools that compute in float32 print them: a level beyond an end of the model's range by
 * no more than float32 rounding is taken as that end (ComfyUI's and diffusers' Euler σ_max on sd15 is
 * float32(14.6146466…) = 14.6146469…, above the float64 end; k-diffusion's float32 σ_min on edm is
 * 0.00199999986), as the tools' own σ → timestep lookups clamp it. Levels further out are left for the
 * library to refuse.
 */
export function float32RangeEnds(process: NoiseProcess, sigmas: readonly number[]): number[] {
  const top = process.s(process.tStart);
  const bottom = process.s(process.tEnd);
  return sigmas.map((s) => {
    if (s > top && s - top <= FLOAT32_ROUNDING * top) return top;
    if (s < bottom && s > 0 && bottom - s <= FLOAT32_ROUNDING * bottom) return bottom;
    return s;
  });
}
