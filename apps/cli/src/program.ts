import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "./cli-io.js";
import { registerAsymptotics } from "./commands/asymptotics.js";
import { registerCheck } from "./commands/check.js";
import { registerCompare } from "./commands/compare.js";
import { registerKl } from "./commands/kl.js";
import { registerOptimize } from "./commands/optimize.js";
import { registerRank } from "./commands/rank.js";
import { registerSchedule } from "./commands/schedule.js";
import { registerSpectrum } from "./commands/spectrum.js";
import { registerValidate } from "./commands/validate.js";
import { type HelpText, PLAIN_HELP } from "./help-text.js";
import { terminalSafe } from "./message-text.js";
import { packageVersion } from "./version.js";

/**
 * The `klsched` command tree, writing to `io`, with `help`'s texts (the registry-derived ones when help
 * is to be printed, see run-cli.ts). Commander throws instead of exiting (`exitOverride`) and
 * prints its own usage errors as one `klsched: …` line; the subcommands inherit both settings.
 */
export function createProgram(io: CliIo, help: HelpText = PLAIN_HELP): Command {
  const program = new Command()
    .name("klsched")
    .description("KL-optimal noise schedules for diffusion samplers, in closed form for Gaussian sources.")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`klsched: ${terminalSafe(oneLine(message.replace(/^error: /, "")))}\n`),
    });
  registerSchedule(program, io, help);
  registerKl(program, io, help);
  registerCompare(program, io, help);
  registerOptimize(program, io, help);
  registerRank(program, io, help);
  registerAsymptotics(program, io, help);
  registerSpectrum(program, io, help);
  registerCheck(program, io, help);
  registerValidate(program, io, help);
  if (help.specs !== "") program.addHelpText("after", help.specs);
  return program;
}

/** Folds a message onto one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}
