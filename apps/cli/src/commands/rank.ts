import { type Command, Option } from "@commander-js/extra-typings";
import { PRIORS } from "../cli-choices.js";
import type { CliIo } from "../cli-io.js";
import type { HelpText } from "../help-text.js";
import { progressLine, withProgress } from "../progress-line.js";

/**
 * The definition of `klsched rank`: its flags and help, which load no library; the command itself is
 * imported from `./rank-run.js` only when it runs, so `--version`, `--help` and the other commands
 * never load it.
 */
/** Registers `klsched rank`. */
export function registerRank(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("rank")
    .description("every standard and optimised strategy at N steps (or an NFE budget), sorted by KL, best first")
    .requiredOption("--process <spec>", help.process)
    .option("--resolution <px>", help.resolution)
    .requiredOption("--spectrum <spec|file>", help.spectrum)
    .option("--steps <N>", help.steps)
    .option("--nfe <B>", help.nfe)
    .addOption(new Option("--prior <prior>", "where the reverse process starts").choices(PRIORS).default("standard"))
    .option("--sampler <spec>", help.sampler, "ddim")
    .option("--round", "integer training timesteps (discrete processes): optimal runs the integer search")
    .option("--json", help.json)
    .option("--quiet", help.quiet)
    .action(async (options) => {
      const progress = progressLine(io, options.quiet);
      io.stdout(await withProgress(progress, async () => (await import("./rank-run.js")).rankOutput(options, progress)));
    });
}
