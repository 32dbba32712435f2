import { type Command, Option } from "@commander-js/extra-typings";
import { PRIORS } from "../cli-choices.js";
import type { CliIo } from "../cli-io.js";
import type { HelpText } from "../help-text.js";

/** The step counts the expansion is checked at. */
export const ASYMPTOTICS_STEPS = [4, 8, 16, 32, 64, 128, 256, 512, 1000] as const;

/**
 * The definition of `klsched asymptotics`: its flags and help, which load no library; the command itself is
 * imported from `./asymptotics-run.js` only when it runs, so `--version`, `--help` and the other commands
 * never load it.
 */
/** Registers `klsched asymptotics`. */
export function registerAsymptotics(program: Command, io: CliIo, help: HelpText): void {
  program
    .command("asymptotics")
    .description("KL(N) ≈ c0 + c1/N + c2/N² + c3/N³ for a strategy (DDIM), against the exact KL from N = 4 to 1000")
    .requiredOption("--process <spec>", help.process)
    .requiredOption("--spectrum <spec|file>", help.spectrum)
    .requiredOption("--strategy <spec>", `one of klsched's own strategies: ${help.ownStrategyForms}`)
    .addOption(new Option("--prior <prior>", "where the reverse process starts").choices(PRIORS).default("standard"))
    .option("--sampler <spec>", "ddim only: the expansion is of deterministic DDIM's KL", "ddim")
    .option("--json", help.json)
    .action(async (options) => io.stdout((await import("./asymptotics-run.js")).asymptoticsOutput(options)));
}
