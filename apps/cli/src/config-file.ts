import { readFileSync } from "node:fs";
import { InvalidArgumentError } from "@klsched/core-linalg";

/**
 * The loader `parseProcess` calls for `--process path/to/scheduler_config.json`: the file's JSON. A file
 * that cannot be read or parsed is an error on the process spec, naming the path.
 */
export function loadConfig(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InvalidArgumentError(
      "process",
      path,
      `cannot read the scheduler config (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidArgumentError("process", path, `the scheduler config is not JSON (${(error as Error).message})`);
  }
}
