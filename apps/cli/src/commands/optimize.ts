import { type Command, Option } from "@commander-js/extra-typings";
import { EXPORT_FORMATS, OBJECTIVES, PRIORS } from "../cli-choices.js";
import type { CliIo } from "../cli-io.js";
import { writeOutput } from "../command-output.js";
import type { HelpText } from "../help-text.js";
import { progressLine, withProgress } from "../progress-line.js";

/** The standard strategies an optimised schedule is measured against (those the process can take). */
export const BASELINES = ["uniform", "quadratic", "logsnr", "exponential", "karras", "tangent:c=1"] as const;

/**
 * The definition of `klsched optimize`: its flags and help, which load no library; the command itself is
 * imported from `./optimize-run.js` only when it runs, so `--version`, `--help` and the other commands
 * never load it.
 */
/** Registers `klsched optimize`. */
export function registerOptimize(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("optimize")
    .description("the schedule of least KL for a spectrum, with its KL and the standard strategies' for comparison")
    .requiredOption("--process <spec>", help.process)
    .option("--resolution <px>", help.resolution)
    .requiredOption("--spectrum <spec|file>", help.spectrum)
    .option("--steps <N>", help.steps)
    .option("--nfe <B>", help.nfe)
    .option(
      "--method <method>",
      `the optimised strategy: ${help.optimizedKinds} (tangent: the fitted coefficient; tangent:fit=asymptotic)`,
      "optimal",
    )
    .addOption(new Option("--prior <prior>", "where the reverse process starts").choices(PRIORS).default("standard"))
    .option("--sampler <spec>", `the sampler to optimise for (default ddim): ${help.samplerForms}`)
    .option(
      "--samplers <list>",
      'several samplers, separated by spaces ("ddim heun dpmpp-2m"): each one\'s optimum at the budget, and the best pair',
    )
    .addOption(
      new Option("--objective <name>", "the divergence the optimum minimises (kl: KL(source ‖ output))")
        .choices(OBJECTIVES)
        .default("kl"),
    )
    .option(
      "--min-gap <g>",
      "least spacing of neighbouring noisy levels in ln s (default min(π/(2N), half the mean spacing, a baseline's closest); 0: none)",
    )
    .option(
      "--allow-degenerate",
      "print an optimum that merges levels, leaves the trained range or over-disperses, with the reasons; lifts those guards",
    )
    .addOption(new Option("--format <format>", help.format).choices(EXPORT_FORMATS))
    .option("--json", "same as --format json")
    .option("--round", "integer training timesteps (discrete processes): optimal runs the integer search")
    .option("--quiet", help.quiet)
    .option("--force", "optimise a distilled model's schedule anyway (it was trained on fixed levels)")
    .action(async (options) => {
      const progress = progressLine(io, options.quiet);
      writeOutput(
        io,
        await withProgress(progress, async () => (await import("./optimize-run.js")).optimizeOutput(options, progress)),
      );
    });
}
