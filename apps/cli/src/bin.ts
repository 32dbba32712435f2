#!/usr/bin/env node
import { removePendingTemporaries } from "./atomic-write.js";
import { runCli } from "./index.js";

// SIGINT and SIGTERM: remove the temporary file of a write in progress (the target is untouched), then exit
// as a shell reports a signal (128 + its number). A write runs in chunks, so the handler runs within one.
for (const [signal, number] of [
  ["SIGINT", 2],
  ["SIGTERM", 15],
] as const) {
  process.on(signal, () => {
    removePendingTemporaries();
    process.exit(128 + number);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
