/** Where the CLI writes: stdout for results, stderr for messages. `bin.ts` binds them to the process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
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
