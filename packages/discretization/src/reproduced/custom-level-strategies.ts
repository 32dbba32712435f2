import { InvalidArgumentError, type Spec, SpecReader } from "@klsched/core-linalg";
import { FLOW_TIMESTEPS } from "../convert-level.js";
import type { NoiseProcess } from "../noise-process.js";
import { type ToolSchedule, toolSchedule } from "../tool-schedule.js";
import { defineToolStrategy } from "./descriptor.js";

/** The bare numbers of a list spec (`sigmas:14.6,3,0.5`), each non-negative, at least one. */
function listValues(spec: Spec, argument: string): number[] {
  const reader = new SpecReader(spec, [...spec.params.keys()], argument, true);
  const values = Array.from(reader.numbers({ nonNegative: true }));
  if (values.length === 0) throw new InvalidArgumentError(argument, spec.text, `${spec.kind} needs a list of levels`);
  return values;
}

/** Checks that a custom list has `steps` noisy levels. */
function checkCount(kind: string, noisy: number, steps: number): void {
  if (noisy !== steps) {
    throw new InvalidArgumentError("steps", steps, `${kind}:… lists ${noisy} noisy levels, so steps must be ${noisy}`);
  }
}

/** A user's own training timesteps, `timesteps:999,500,100` (on flow, t·1000), then the clean level. */
export const timestepsStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "timesteps",
  summary: "your own list of training timesteps (flow: t·1000), then the clean level",
  keys: {},
  items: true,
  make: (_values, spec, argument) => ({ kind: "timesteps", values: listValues(spec, argument) }),
  schedule: (process, strategy, steps) => timestepLevels(process, strategy.values, steps),
});

/** A user's own σ/α levels (flow: σ = t), `sigmas:14.6,3,0.5[,0]`, with the clean level appended if missing. */
export const sigmasStrategy = /* @__PURE__ */ defineToolStrategy({
  kind: "sigmas",
  summary: "your own list of σ/α levels (flow: σ = t), 0 appended if missing",
  keys: {},
  items: true,
  make: (_values, spec, argument) => ({ kind: "sigmas", values: listValues(spec, argument) }),
  schedule: (process, strategy, steps) => {
    const { values } = strategy;
    const endsClean = values[values.length - 1] === 0;
    checkCount("sigmas", endsClean ? values.length - 1 : values.length, steps);
    const levels = values.map((sigma) => ({ sigma }));
    if (!endsClean) levels.push({ sigma: 0 });
    return toolSchedule(process, levels, undefined);
  },
});

function timestepLevels(process: NoiseProcess, values: readonly number[], steps: number): ToolSchedule {
  checkCount("timesteps", values.length, steps);
  if (process.kind !== "flow" && process.trainingSteps === undefined) {
    throw new InvalidArgumentError("strategy", "timesteps", `needs a discrete or flow process, not ${process.label}`);
  }
  const levels = values.map((t) => (process.kind === "flow" ? { sigma: t / FLOW_TIMESTEPS } : { sigma: process.s(t), index: t }));
  return toolSchedule(process, [...levels, { sigma: 0 }], Float64Array.from(values));
}
