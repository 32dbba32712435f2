import type { CliIo } from "./cli-io.js";

/** A task's progress as the libraries report it: `done` of `total` units (an iteration cap may never be reached). */
export type ProgressCallback = (done: number, total: number) => void;

/** A one-line progress display on stderr. */
export interface Progress {
  /** A callback for a library's `onProgress` that shows `label` and how far it has got. */
  task(label: string): ProgressCallback;
  /** Erases the line, if one was drawn; call it before anything else is written. */
  clear(): void;
}

/** A {@link Progress} that shows nothing: for `--quiet`, for a stderr that is not a terminal, for tests. */
export const silentProgress: Progress = { task: () => () => {}, clear: () => {} };

const BAR_WIDTH = 24;
const ERASE_LINE = "\r\x1b[2K";

/**
 * A progress line redrawn in place on stderr, `label [#####-------]  41% 12/29`, at most every
 * `interval` ms; silent unless stderr is a terminal and `quiet` is off, so that neither a pipe nor a
 * captured run ever sees it. (The line cli-progress would draw, without the dependency.)
 */
export function progressLine(io: CliIo, quiet: boolean | undefined, interval = 100, now: () => number = Date.now): Progress {
  if (quiet === true || io.stderrIsTTY !== true) return silentProgress;
  let drawn = false;
  let last = Number.NEGATIVE_INFINITY;
  return {
    task: (label) => (done, total) => {
      const time = now();
      if (time - last < interval && done < total) return;
      last = time;
      drawn = true;
      io.stderr(`${ERASE_LINE}${progressText(label, done, total)}`);
    },
    clear: () => {
      if (drawn) io.stderr(ERASE_LINE);
      drawn = false;
      last = Number.NEGATIVE_INFINITY;
    },
  };
}

/** The text of one progress line: label, bar, percentage and count. */
export function progressText(label: string, done: number, total: number): string {
  const fraction = total > 0 ? Math.min(Math.max(done / total, 0), 1) : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}`;
  return `${label} [${bar}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${done}/${total}`;
}

/** Runs `body` with a progress line that is erased afterwards, whether `body` returns or throws. */
export async function withProgress<T>(progress: Progress, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } finally {
    progress.clear();
  }
}
