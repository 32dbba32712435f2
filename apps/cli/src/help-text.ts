/**
 * The help texts of the flags several commands share. The lists of kinds (processes, strategies,
 * samplers, datasets) come from the libraries' registries (`registryHelpText` in registry-help.ts), which
 * are loaded only when help is printed: {@link PLAIN_HELP} stands in on every other run, where commander
 * never shows a description.
 */
export interface HelpText {
  readonly process: string;
  readonly spectrum: string;
  readonly steps: string;
  readonly nfe: string;
  readonly json: string;
  readonly quiet: string;
  readonly sampler: string;
  readonly strategy: string;
  /** `ddim, ddim:eta=…, euler, …` */
  readonly samplerForms: string;
  /** `uniform, …, karras:rho=…, tangent:c=…` */
  readonly ownStrategyForms: string;
  /** `tangent, geodesic, optimal` */
  readonly optimizedKinds: string;
  /** `mnist` */
  readonly datasets: string;
  /** `--format`: the formats and the export targets with what each prints. */
  readonly format: string;
  /** `--resolution`. */
  readonly resolution: string;
  /** The "Specs" section after `klsched --help`. */
  readonly specs: string;
}

/** The texts that need no registry. */
export const STATIC_HELP = {
  spectrum: "source covariance eigenvalues: isotropic:…, geometric:…, powerlaw:…, mnist, or a file",
  steps: "number of steps (denoiser evaluations of a first-order sampler)",
  nfe: "instead of --steps: the most steps the sampler can take within B denoiser evaluations",
  json: "print one JSON object",
  quiet: "no progress line on stderr",
  resolution: "image size, N or WxH pixels, that a dynamic-shift preset (flux) takes its μ from (default 1024)",
} as const;

/** The help of a run that prints no help: the registry lists are not loaded. */
export const PLAIN_HELP: HelpText = {
  ...STATIC_HELP,
  process: "noise process (see klsched --help)",
  sampler: "sampler (see klsched --help)",
  strategy: "strategy (see klsched --help)",
  samplerForms: "see klsched --help",
  ownStrategyForms: "see klsched --help",
  optimizedKinds: "see klsched --help",
  datasets: "see klsched --help",
  format: "output format instead of the table: json, csv, diffusers, comfyui, or an export target (see klsched --help)",
  specs: "",
};

/** True when `argv` asks for help: `--help`, `-h`, or the `help` command. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv[0] === "help" || argv.some((arg) => arg === "--help" || arg === "-h");
}
