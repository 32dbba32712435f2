import type { NoiseProcess, ProcessPipeline } from "../noise-process.js";

/**
 * A process with its model pipeline and the label the preset gives it: the same α, σ and table (the
 * process's own functions, shared), a plain frozen value like every process.
 */
export function withPipeline(process: NoiseProcess, label: string, pipeline: ProcessPipeline): NoiseProcess {
  return Object.freeze({
    ...process,
    label,
    pipeline: Object.freeze({ ...pipeline, notes: Object.freeze([...pipeline.notes]) }),
  });
}

/** A pipeline default that is the same strategy at every N. */
export const everyN = (spec: string) => (): string => spec;
