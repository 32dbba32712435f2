import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { InvalidArgumentError, LimitExceededError } from "@klsched/core-linalg";

/**
 * Opens `path` for reading without blocking (a FIFO would wait for a writer forever) and checks that it is
 * a regular file — not a folder, a device (a link to /dev/zero), a FIFO or a socket — of at most
 * `maxBytes` bytes. Returns the descriptor and the size; the caller closes it.
 */
function openRegular(path: string, argument: string, maxBytes: number): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InvalidArgumentError(argument, path, `cannot read file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const what = stats.isDirectory() ? "a folder" : stats.isFIFO() ? "a FIFO" : stats.isSocket() ? "a socket" : "a device";
      throw new InvalidArgumentError(argument, path, `not a regular file (it is ${what})`);
    }
    if (stats.size > maxBytes) {
      throw new LimitExceededError(argument, path, maxBytes, `the file has ${stats.size} bytes`);
    }
    return { fd, size: stats.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function readAll(fd: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, done);
    if (read === 0) break;
    done += read;
  }
  return done === length ? bytes : bytes.subarray(0, done);
}

/**
 * The whole of a regular file of at most `maxBytes` bytes.
 *
 * @example
 * ```ts
 * import { readRegularFile } from "@klsched/datasets";
 * readRegularFile("eigenvalues.csv", "file", 1 << 20).length; // 19
 * ```
 * @throws InvalidArgumentError(argument, path, …) when it cannot be opened or is not a regular file
 * (a folder, a device, a FIFO, a socket); LimitExceededError when it is larger than `maxBytes`.
 */
export function readRegularFile(path: string, argument: string, maxBytes: number): Uint8Array {
  const { fd, size } = openRegular(path, argument, maxBytes);
  try {
    return readAll(fd, size);
  } finally {
    closeSync(fd);
  }
}

/** The first `length` bytes (or fewer) of a regular file, checked as {@link readRegularFile} checks it. */
export function readFilePrefix(path: string, argument: string, length: number): Uint8Array {
  const { fd, size } = openRegular(path, argument, Number.MAX_SAFE_INTEGER);
  try {
    return readAll(fd, Math.min(size, length));
  } finally {
    closeSync(fd);
  }
}

/** Opens a regular file for reading in pieces (the caller closes the descriptor); see {@link readRegularFile}. */
export function openRegularFile(path: string, argument: string): { readonly fd: number; readonly size: number } {
  return openRegular(path, argument, Number.MAX_SAFE_INTEGER);
}
