import { randomBytes } from "node:crypto";
import { closeSync, openSync, readdirSync, renameSync, rmSync, write, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { quoteValue } from "./message-text.js";

/** The temporary files being written now: what a SIGINT or SIGTERM handler removes ({@link removePendingTemporaries}). */
const pending = new Set<string>();

/** Bytes written per chunk by {@link writeFileAtomicAsync}; between chunks a signal handler can run. */
const CHUNK_BYTES = 1 << 20;

/** `.NAME.PID.HEX.tmp` beside `path`: the temporary name of a write by this process. */
function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * Removes the temporaries of writes to `path` that a killed process left (SIGKILL cannot be caught): files
 * named `.NAME.PID.HEX.tmp` beside it whose PID is no running process. Errors are ignored: this is tidying.
 */
function removeStaleTemporaries(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (match === null || isRunning(Number(match[1]))) continue;
    rmSync(join(dirname(path), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Writes `data` to `path` all at once or not at all: to a temporary file beside it, then a rename.
 * On failure the temporary file is removed, `path` is untouched, and the error (with the system's `code`)
 * names `path`, not the temporary file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  removeStaleTemporaries(path);
  const temporary = temporaryName(path);
  pending.add(temporary);
  try {
    writeFileSync(temporary, data, { flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

/**
 * {@link writeFileAtomic} in chunks of 1 MiB with the event loop free between them, so that a SIGINT or
 * SIGTERM arriving while a large file is written is handled at once (by removing the temporary file, see
 * {@link removePendingTemporaries}) rather than after the write.
 */
export async function writeFileAtomicAsync(path: string, data: string | Uint8Array): Promise<void> {
  removeStaleTemporaries(path);
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const temporary = temporaryName(path);
  pending.add(temporary);
  try {
    // Opened and renamed synchronously: a signal handler runs only between chunks, when the temporary
    // file exists and is the only trace of the write.
    const fd = openSync(temporary, "wx");
    try {
      for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
        await writeChunk(fd, bytes, at, Math.min(CHUNK_BYTES, bytes.length - at));
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

function writeChunk(fd: number, bytes: Uint8Array, at: number, length: number): Promise<void> {
  return new Promise((resolve, reject) => {
    write(fd, bytes, at, length, at, (error, written) => {
      if (error !== null) reject(error);
      else if (written < length) writeChunk(fd, bytes, at + written, length - written).then(resolve, reject);
      else resolve();
    });
  });
}

/** Removes every temporary file a write of this process has open (for SIGINT/SIGTERM handlers); returns how many. */
export function removePendingTemporaries(): number {
  const count = pending.size;
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
  return count;
}

/**
 * Writes an output flag's file ({@link writeFileAtomicAsync}); a failure is an Error naming the flag and
 * the user's path with the system's code, `--out "a.npy": cannot write the file (ENOSPC)` (exit 1).
 */
export async function writeFlagFile(flag: string, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomicAsync(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "EIO";
    throw new Error(`${flag} ${quoteValue(path)}: cannot write the file (${code})`);
  }
}
