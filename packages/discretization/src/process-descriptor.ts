import { type KeySpecs, type KeyValues, readKeys, type Spec } from "@klsched/core-linalg";
import type { NoiseProcess } from "./noise-process.js";
import type { Resolution } from "./presets/flow-resolution.js";

/**
 * What `parseProcess` may need from outside: loaders for `ddpm:betas=FILE` (trained betas) and for a
 * diffusers `scheduler_config.json` given as the process, and the image size a preset with a dynamic shift
 * (`flux`) computes its μ from (CLI `--resolution`).
 */
export interface ProcessSpecContext {
  /** Reads the betas of `ddpm:betas=FILE` (the library does no I/O of its own). */
  readonly loadBetas?: (path: string) => ArrayLike<number>;
  /** Reads and parses a JSON file (a diffusers scheduler config). */
  readonly loadConfig?: (path: string) => unknown;
  /** The image size a dynamic-shift preset's μ follows; absent: the model's default size. */
  readonly resolution?: Resolution;
}

/**
 * A process kind or preset `--process` accepts: its keys with their help, and how the process is built
 * from them. Registered in {@link PROCESSES}; a new preset is one entry there.
 */
export interface ProcessDescriptor {
  readonly kind: string;
  /** One line for `--help` and the docs: the model family, with its source. */
  readonly summary: string;
  readonly keys: KeySpecs;
  /** Builds the process from a spec whose kind is {@link kind}. */
  parse(spec: Spec, argument: string, context: ProcessSpecContext): NoiseProcess;
}

/**
 * Writes a process descriptor from its keys; `make` receives the typed key values.
 *
 * @example
 * ```ts
 * import { defineProcess, veProcess } from "@klsched/discretization";
 * const tinyVe = defineProcess({
 *   kind: "tiny-ve",
 *   summary: "a VE process from 0.01 to 10 (a toy preset)",
 *   keys: {},
 *   make: () => veProcess(0.01, 10),
 * });
 * tinyVe.kind; // "tiny-ve"
 * ```
 */
export function defineProcess<const Keys extends KeySpecs>(definition: {
  readonly kind: string;
  readonly summary: string;
  readonly keys: Keys;
  readonly make: (values: KeyValues<Keys>, spec: Spec, argument: string, context: ProcessSpecContext) => NoiseProcess;
}): ProcessDescriptor {
  const { kind, summary, keys, make } = definition;
  return Object.freeze({
    kind,
    summary,
    keys,
    parse: (spec: Spec, argument: string, context: ProcessSpecContext) =>
      make(readKeys(spec, keys, argument), spec, argument, context),
  });
}
