import type { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../cli-io.js";
import type { HelpText } from "../help-text.js";
import { progressLine, withProgress } from "../progress-line.js";

/**
 * The definition of `klsched spectrum`: its flags and help, which load no library; the command itself is
 * imported from `./spectrum-run.js` only when it runs, so `--version`, `--help` and the other commands
 * never load it.
 */
/** Registers `klsched spectrum`. */
export function registerSpectrum(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("spectrum")
    .description(
      "the covariance eigenvalues of real data: a folder of images, a .npy data matrix, a built-in dataset or merged shards",
    )
    .option("--images <dir>", "a folder of PNG/JPEG images (searched recursively), grey or RGB, pixels scaled to [-1, 1]")
    .option("--size <S>", "with --images: resize the shorter side to S (antialiased bilinear) and crop the centre S × S")
    .option(
      "--stationary",
      "with --images, --dataset or --npy latents (4-D, or --layout): the stationary (per-frequency cross-spectrum) estimate, not the exact covariance",
    )
    .option(
      "--max-pixels <N>",
      "with --images: the most pixels one image may declare (default 16777216 = 4096²), checked from headers before decoding",
    )
    .option("--npy <file>", "an n × d data matrix (float32 or float64, C or Fortran order), or n × C × H × W latents")
    .option("--layout <C,H,W>", "with --npy: each row is C × H × W values, channels first (C·H·W = d), for --stationary")
    .option(
      "--top-k <k>",
      "the k largest eigenvalues by block Krylov passes over the data (any d), the other d − k from the exact trace",
    )
    .option(
      "--tail <model>",
      "with --top-k: how the d − k others share the remaining trace: density (default: stochastic Lanczos quadrature, 60 more passes), powerlaw (through λ_k) or flat",
    )
    .option("--dataset <name>", `a built-in dataset: ${help.datasets}`)
    // n ≤ d (the Gram route) and shards (issue 15, items 1 and 5)
    .option(
      "--floor <v>",
      "with n ≤ d rows: the variance (> 0) of each direction the rows do not span (default: step²/12 for images, λ_min·(n − 1)/d for float data)",
    )
    .option(
      "--partial <file>",
      "write the rows' covariance state to a .npz shard instead of eigenvalues (merge shards with --merge)",
    )
    .option(
      "--merge <shards...>",
      "the eigenvalues of the union of .npz shards (from --partial or benchmarks/numpy_shard.py), merged exactly",
    )
    .option("--out <file>", "also write the eigenvalues to a .npy or .json file, which every --spectrum accepts")
    .option("--json", help.json)
    .option("--quiet", help.quiet)
    .action(async (options) => {
      const progress = progressLine(io, options.quiet);
      const run = await withProgress(progress, async () => (await import("./spectrum-run.js")).spectrumRun(options, progress));
      for (const warning of run.warnings) io.stderr(`klsched: warning: ${warning}\n`);
      io.stdout(run.stdout);
    });
}
