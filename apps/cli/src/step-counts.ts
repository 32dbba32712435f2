import type { NoiseProcess } from "@klsched/discretization";
import { type Sampler, stepsForBudget } from "@klsched/gaussian-flow";
import { type FlagSource, flagSource, fromFlag } from "./flag-source.js";
import { parseStepsList } from "./parse-steps.js";
import { UsageError } from "./usage-error.js";

/** The flags that say how far a command samples: `--steps` or `--nfe`, exactly one. */
export interface StepFlags {
  readonly steps?: string | undefined;
  readonly nfe?: string | undefined;
}

/**
 * How far to sample: `--steps N…` (step counts, the same for every sampler) or `--nfe B…` (budgets of
 * denoiser evaluations, from which each sampler takes the most steps it can afford, so that samplers
 * are compared at equal cost).
 */
export interface StepCounts {
  readonly by: "steps" | "nfe";
  readonly values: readonly number[];
}

/** One resolved count: N steps, and the budget B it was derived from under `--nfe`. */
export interface StepCount {
  readonly steps: number;
  readonly budget?: number;
}

/** `--steps` or `--nfe` (exactly one); `list` lets them take several comma-separated values. */
export function readStepCounts(options: StepFlags, list: boolean): StepCounts {
  const { steps, nfe } = options;
  const oneOf = list ? "give --steps N1,N2,… or --nfe B1,B2,…" : "give --steps N or --nfe B";
  if (steps !== undefined && nfe !== undefined) {
    throw new UsageError("--nfe", nfe, `conflicts with --steps ${JSON.stringify(steps)}; ${oneOf}, not both`);
  }
  if (steps === undefined && nfe === undefined) throw new UsageError("--steps", undefined, `missing; ${oneOf}`);
  const flag = nfe === undefined ? "--steps" : "--nfe";
  const raw = (nfe ?? steps) as string;
  const values = parseStepsList(raw, flag);
  if (!list && values.length !== 1) throw new UsageError(flag, raw, "expected one integer ≥ 1 (this command takes no list)");
  return { by: nfe === undefined ? "steps" : "nfe", values };
}

/**
 * N at one value of `counts` for `sampler`: the value itself, or the most steps within that NFE budget
 * (counted on the truncated schedule when `clean` is false, as `--no-clean` samples it).
 */
export function stepCount(counts: StepCounts, value: number, sampler: Sampler, process: NoiseProcess, clean = true): StepCount {
  if (counts.by === "steps") return { steps: value };
  const steps = fromFlag(flagSource("--nfe", String(value)), () => stepsForBudget(sampler, process, value, clean));
  return { steps, budget: value };
}

/** `--steps N` or `--nfe B` (one value each) → N for `sampler` on `process`. */
export function readStepCount(options: StepFlags, sampler: Sampler, process: NoiseProcess): StepCount {
  const counts = readStepCounts(options, false);
  return stepCount(counts, counts.values[0] as number, sampler, process);
}

/** The flag later errors on N blame: `--steps N`, or `--nfe B` when N was derived from a budget. */
export function stepsSource(count: StepCount): FlagSource {
  return count.budget === undefined
    ? flagSource("--steps", String(count.steps))
    : flagSource("--nfe", String(count.budget), "nfe");
}
