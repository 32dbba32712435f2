import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes `data` to `path` all at once or not at all: to a temporary file beside it, then a rename.
 * On failure the temporary file is removed, `path` is untouched, and the error (with the system's `code`)
 * names `path`, not the temporary file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    // the system's message names the temporary file, which the user never gave: name the target instead
    const code = (error as NodeJS.ErrnoException).code;
    throw Object.assign(new Error(`cannot write ${JSON.stringify(path)} (${code ?? (error as Error).message})`), { code });
  }
}
