import { type Command, Option } from "@commander-js/extra-typings";
import { EXPORT_FORMATS, PRIORS } from "../cli-choices.js";
import type { CliIo } from "../cli-io.js";
import { writeOutput } from "../command-output.js";
import type { HelpText } from "../help-text.js";
import { progressLine, withProgress } from "../progress-line.js";

/**
 * The definition of `klsched schedule`: its flags and help, which load no library; the command itself is
 * imported from `./schedule-run.js` only when it runs, so `--version`, `--help` and the other commands
 * never load it.
 */
/** Registers `klsched schedule`. */
export function registerSchedule(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("schedule")
    .description("print the levels a strategy visits: N noisy levels, then the clean level")
    .requiredOption("--process <spec>", help.process)
    .option("--resolution <px>", help.resolution)
    .requiredOption("--strategy <spec>", help.strategy)
    .requiredOption("--steps <N>", help.steps)
    .option(
      "--spectrum <spec|file>",
      "source covariance eigenvalues, which an optimised strategy (tangent, geodesic, optimal) needs",
    )
    .addOption(
      new Option("--prior <prior>", "the prior an optimised strategy is optimal for").choices(PRIORS).default("standard"),
    )
    .option("--sampler <spec>", `the sampler an optimised strategy is optimal for: ${help.samplerForms}`, "ddim")
    .addOption(new Option("--format <format>", help.format).choices(EXPORT_FORMATS))
    .option("--json", "same as --format json")
    .option("--round", "round the noisy levels to integer training timesteps (discrete processes)")
    .option("--quiet", "no progress line on stderr while an optimised strategy is optimised")
    .action(async (options) => {
      const progress = progressLine(io, options.quiet);
      writeOutput(
        io,
        await withProgress(progress, async () => (await import("./schedule-run.js")).scheduleOutput(options, progress)),
      );
    });
}
