import { type Command, Option } from "@commander-js/extra-typings";
import { PRIORS } from "../cli-choices.js";
import type { CliIo } from "../cli-io.js";
import { writeOutput } from "../command-output.js";
import type { HelpText } from "../help-text.js";
import { progressLine, withProgress } from "../progress-line.js";

/**
 * The definition of `klsched compare`: its flags and help, which load no library; the command itself is
 * imported from `./compare-run.js` only when it runs, so `--version`, `--help` and the other commands
 * never load it.
 */
/** Registers `klsched compare`. */
export function registerCompare(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("compare")
    .description("KL of several strategies (and samplers) at several step counts or NFE budgets, the best per column marked")
    .requiredOption("--process <spec>", help.process)
    .option("--resolution <px>", help.resolution)
    .requiredOption("--spectrum <spec|file>", help.spectrum)
    .option("--steps <N1,N2,…>", "step counts to compare at (or --nfe)")
    .option("--nfe <B1,B2,…>", "NFE budgets to compare at: each sampler takes the most steps within each budget")
    .option("--strategy <spec>", "a strategy to compare (repeatable)", (value, previous: string[] | undefined) => [
      ...(previous ?? []),
      value,
    ])
    .option(
      "--strategies <list>",
      'strategies separated by spaces, e.g. "uniform karras tangent:c=1 optimal diffusers-ddim ays:model=sd1"',
    )
    .option("--round", "round the noisy levels to integer training timesteps (discrete processes)")
    .addOption(new Option("--prior <prior>", "where the reverse process starts").choices(PRIORS).default("standard"))
    .option("--sampler <spec>", `${help.sampler} (default ddim)`)
    .option("--samplers <list>", 'samplers to compare, separated by spaces, e.g. "ddim heun dpmpp-2m"')
    .option("--no-clean", "append no clean level: compare with the true marginal at the last level")
    .option("--plot <file>", "also draw KL against N (or NFE) on log-log axes to a .svg or .png file")
    .option("--json", help.json)
    .option("--quiet", "no progress line on stderr while optimised strategies are optimised")
    .action(async (options) => {
      const progress = progressLine(io, options.quiet);
      writeOutput(
        io,
        await withProgress(progress, async () => (await import("./compare-run.js")).compareOutput(options, progress)),
      );
    });
}
