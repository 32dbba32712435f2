import { captureIo } from "./cli-io.js";
import { runCli } from "./run-cli.js";

/** What one in-process run of `klsched` printed, and its exit code. */
export interface CapturedRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `klsched argv…` in-process and returns its exit code and output. */
export async function runCaptured(argv: readonly string[]): Promise<CapturedRun> {
  const captured = captureIo();
  const code = await runCli(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}
