import { parseNumber } from "@klsched/core-linalg";
import { UsageError } from "./usage-error.js";

/** `--steps N`: one integer N ≥ 1. */
export function parseSteps(raw: string, flag = "--steps"): number {
  const list = parseStepsList(raw, flag);
  if (list.length !== 1) throw new UsageError(flag, raw, "expected one integer ≥ 1 (this command takes no list)");
  return list[0] as number;
}

/** `--steps N1,N2,…`: distinct integers ≥ 1, in the order given. */
export function parseStepsList(raw: string, flag = "--steps"): number[] {
  const items = raw.split(",");
  const steps = items.map((item) => {
    const n = parseNumber(item);
    if (!(Number.isInteger(n) && n >= 1)) {
      const what = items.length === 1 ? "expected" : `item ${JSON.stringify(item.trim())} is not`;
      throw new UsageError(flag, raw, `${what} an integer ≥ 1`);
    }
    return n;
  });
  const repeated = steps.find((n, i) => steps.indexOf(n) !== i);
  if (repeated !== undefined) throw new UsageError(flag, raw, `${repeated} is listed twice`);
  return steps;
}
