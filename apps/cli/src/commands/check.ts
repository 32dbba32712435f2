import { type Command, Option } from "@commander-js/extra-typings";
import { LEVEL_SOURCES, PRIORS } from "../cli-choices.js";
import type { CliIo } from "../cli-io.js";
import { writeOutput } from "../command-output.js";
import type { HelpText } from "../help-text.js";

/**
 * The definition of `klsched check`: its flags and help, which load no library; the command itself is
 * imported from `./check-run.js` only when it runs.
 */
/** Registers `klsched check`. */
export function registerCheck(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("check")
    .description("what a schedule you have is, what it scores and what is wrong with it (a distilled model's levels included)")
    .requiredOption("--process <spec>", help.process)
    .option("--resolution <px>", help.resolution)
    .requiredOption("--spectrum <spec|file>", help.spectrum)
    .option("--sigmas <list|file>", "the levels: a,b,…, sigmas=[…], a ComfyUI string, a pasted export snippet, JSON, or a file")
    .option("--timesteps <list|file>", "the levels as training timesteps of a discrete process: i,j,…, timesteps=[…], or a file")
    .addOption(
      new Option(
        "--from <source>",
        "the unit of the levels: s (σ/α), flow-t, diffusers, or the export target that printed them",
      ).choices(LEVEL_SOURCES),
    )
    .addOption(new Option("--prior <prior>", "where the reverse process starts").choices(PRIORS).default("standard"))
    .option("--sampler <spec>", help.sampler, "ddim")
    .option("--json", help.json)
    .action(async (options) => {
      writeOutput(io, (await import("./check-run.js")).checkOutput(options));
    });
}
