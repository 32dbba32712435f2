/** Child processes for the checks: a plain runner, the pnpm that runs these tests, and an npm that ignores pnpm. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { type Manifest, REPO_ROOT, readJson } from "./workspace.js";

/** What a finished command printed and how it exited. */
export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs a command without a shell and collects its output; a non-zero exit is returned, not thrown. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Like {@link run}, but throws with the command's output when it exits non-zero. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status} in ${options.cwd}\n${result.stdout}${result.stderr}`);
  }
  return result;
}

/**
 * The command that starts pnpm: the one running these tests (`pnpm run test` sets npm_execpath to it), or
 * else the root package.json's `packageManager` through npx, as the README's commands do.
 */
export function pnpmCommand(): { command: string; args: string[] } {
  const execPath = process.env["npm_execpath"];
  if (execPath && /pnpm/.test(execPath)) return { command: process.execPath, args: [execPath] };
  const { packageManager } = readJson<Manifest>(join(REPO_ROOT, "package.json"));
  return { command: "npx", args: ["-y", packageManager ?? "pnpm"] };
}

/** This environment without the npm_* / pnpm_* variables `pnpm run` sets, so a child npm behaves as a user's would. */
export function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key)));
}
