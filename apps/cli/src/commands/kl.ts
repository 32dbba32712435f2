import { type Command, Option } from "@commander-js/extra-typings";
import { LEVEL_SOURCES, PRIORS } from "../cli-choices.js";
import type { CliIo } from "../cli-io.js";
import { writeOutput } from "../command-output.js";
import type { HelpText } from "../help-text.js";
import { progressLine, withProgress } from "../progress-line.js";

/**
 * The definition of `klsched kl`: its flags and help, which load no library; the command itself is
 * imported from `./kl-run.js` only when it runs, so `--version`, `--help` and the other commands
 * never load it.
 */
/** Registers `klsched kl`. */
export function registerKl(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("kl")
    .description("KL divergence between a Gaussian source and a sampler's output along one schedule")
    .requiredOption("--process <spec>", help.process)
    .option("--resolution <px>", help.resolution)
    .requiredOption("--spectrum <spec|file>", help.spectrum)
    .option("--strategy <spec>", `${help.strategy} (with --steps)`)
    .option("--steps <N>", "number of steps of --strategy")
    .option("--sigmas <list|file>", "σ/α levels: a,b,…, sigmas=[…], a ComfyUI string, JSON, or a file (0 appended if missing)")
    .option("--timesteps <list|file>", "training timesteps of a discrete process: i,j,…, timesteps=[…], JSON, or a file")
    .addOption(
      new Option(
        "--from <source>",
        "the unit of --sigmas/--timesteps: s (σ/α), flow-t (σ = t on flow), diffusers, or the export target that printed them",
      ).choices(LEVEL_SOURCES),
    )
    .option("--round", "round the noisy levels of --strategy to integer training timesteps")
    .option("--visited", "score the levels the tool of a reproduced --strategy really visits (diffusers' DDIM)")
    .addOption(new Option("--prior <prior>", "where the reverse process starts").choices(PRIORS).default("standard"))
    .option("--sampler <spec>", help.sampler, "ddim")
    .option("--no-clean", "append no clean level: compare with the true marginal at the last level")
    .option("--json", help.json)
    .option("--quiet", "no progress line on stderr while an optimised strategy is optimised")
    .action(async (options) => {
      const progress = progressLine(io, options.quiet);
      writeOutput(io, await withProgress(progress, async () => (await import("./kl-run.js")).klOutput(options, progress)));
    });
}
