/** Where the CLI writes: stdout for results, stderr for messages. `bin.ts` binds them to the process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal, where a progress line may be redrawn in place (absent: it is not). */
  readonly stderrIsTTY?: boolean;
}

/** A {@link CliIo} that keeps what was written, for calling `runCli` in-process (tests, playgrounds). */
export interface CapturedIo {
  readonly io: CliIo;
  stdout(): string;
  stderr(): string;
}

/** An io that collects stdout and stderr in memory. */
export function captureIo(): CapturedIo {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
    },
    stdout: () => out,
    stderr: () => err,
  };
}
