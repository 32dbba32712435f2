import { type Command, Option } from "@commander-js/extra-typings";
import { PRIORS } from "../cli-choices.js";
import type { CliIo } from "../cli-io.js";
import { writeOutput } from "../command-output.js";
import type { HelpText } from "../help-text.js";
import { progressLine, withProgress } from "../progress-line.js";

/**
 * The definition of `klsched validate`: its flags and help, which load no library; the command itself
 * is imported from `./validate-run.js` only when it runs.
 */
/** Registers `klsched validate`. */
export function registerValidate(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("validate")
    .description(
      "sample a Gaussian mixture fitted to real data with its exact denoiser: measured quality (FD, NLL, sliced W₂) against the Gaussian KL ranking",
    )
    .requiredOption("--process <spec>", help.process)
    .requiredOption(
      "--data <mnist|dir|file.npy>",
      "the real data: a built-in dataset (mnist), a folder of images or an n × d .npy matrix",
    )
    .option(
      "--mixture <spec>",
      "class[:rank=R] (labelled data; the default for mnist) or kmeans:k=K,rank=R[,iterations=I,seed=S] (the default otherwise)",
    )
    .option("--samplers <list>", 'samplers separated by spaces (default "ddim heun dpmpp-2m euler-ancestral")')
    .option(
      "--strategies <list>",
      "strategies separated by spaces (default: the common peers and klsched's optimised ones; those the process cannot take are left out)",
    )
    .option("--steps <N1,N2,…>", "step counts", "4,8,16")
    .option("--samples <n>", "samples per run, and exact reference samples", "4096")
    .option("--seed <s>", "seed of the start noise, the step noise, the reference samples and the resamples", "1")
    .option("--bootstrap <B>", "bootstrap resamples behind every error bar", "8")
    .option("--pca <k>", "principal components of the PCA Fréchet distance (and of the top-k KL)", "32")
    .option("--directions <L>", "random directions of the sliced W₂", "64")
    .addOption(new Option("--prior <prior>", "where the reverse process starts").choices(PRIORS).default("standard"))
    .option("--plot <file>", "also draw the pixel Fréchet distance against N to a .svg or .png file")
    .option(
      "--grid <file.png>",
      "also write a PNG of generated images at the smallest N, first sampler: 8 per strategy, exact samples last",
    )
    .option("--json", help.json)
    .option("--quiet", help.quiet)
    .action(async (options) => {
      const progress = progressLine(io, options.quiet);
      writeOutput(
        io,
        await withProgress(progress, async () => (await import("./validate-run.js")).validateOutput(options, progress)),
      );
    });
}
