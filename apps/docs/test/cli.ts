/** Runs the built klsched CLI (apps/cli/dist/bin.js) for reference figures. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../cli/dist/bin.js", import.meta.url));

/** `klsched <args>` → stdout; the CLI must have been built (turbo's ^build does that). */
export function runCli(args: readonly string[]): string {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build @klsched/cli first (turbo runs ^build before this test)`);
  try {
    return execFileSync(process.execPath, [BIN, ...args], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`klsched ${args.join(" ")} failed: ${stderr.trim()}`);
  }
}
