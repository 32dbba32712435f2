import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "./cli-io.js";
import { registerAsymptotics } from "./commands/asymptotics.js";
import { registerCompare } from "./commands/compare.js";
import { registerKl } from "./commands/kl.js";
import { registerOptimize } from "./commands/optimize.js";
import { registerRank } from "./commands/rank.js";
import { registerSchedule } from "./commands/schedule.js";
import { registerSpectrum } from "./commands/spectrum.js";
import { specsHelp } from "./registry-help.js";
import { packageVersion } from "./version.js";

/**
 * The `klsched` command tree, writing to `io`. Commander throws instead of exiting (`exitOverride`) and
 * prints its own usage errors as one `klsched: …` line; the subcommands inherit both settings.
 */
export function createProgram(io: CliIo): Command {
  const program = new Command()
    .name("klsched")
    .description("KL-optimal noise schedules for diffusion samplers, in closed form for Gaussian sources.")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`klsched: ${oneLine(message.replace(/^error: /, ""))}\n`),
    });
  registerSchedule(program, io);
  registerKl(program, io);
  registerCompare(program, io);
  registerOptimize(program, io);
  registerRank(program, io);
  registerAsymptotics(program, io);
  registerSpectrum(program, io);
  program.addHelpText("after", specsHelp());
  return program;
}

/** Folds a message onto one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}
