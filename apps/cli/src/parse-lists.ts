import { parseNumber } from "@klsched/core-linalg";
import { UsageError } from "./usage-error.js";

/** `a,b,c` as numbers (`inf` allowed); each item must parse, checks beyond that belong to the library. */
export function parseNumberList(raw: string, flag: string): number[] {
  return raw.split(",").map((item, k) => {
    const value = parseNumber(item);
    if (Number.isNaN(value)) throw new UsageError(flag, raw, `item ${k + 1} (${JSON.stringify(item.trim())}) is not a number`);
    return value;
  });
}

/** `"S1 S2 …"`: a space-separated list of specs (specs never contain spaces). */
export function parseWordList(raw: string): string[] {
  return raw.split(/\s+/).filter((word) => word !== "");
}
