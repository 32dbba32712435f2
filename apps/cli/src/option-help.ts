import {
  optimizedStrategyKinds,
  ownStrategyForms,
  processKinds,
  reproducedStrategyKinds,
  samplerForms,
} from "./registry-help.js";

/**
 * Help text of the options several commands share, so every command describes them the same way; the
 * lists of kinds come from the libraries' registries.
 */
export const OPTION_HELP = {
  process: `noise process: ${processKinds()} (KIND:key=value,…; see klsched --help)`,
  spectrum: "source covariance eigenvalues: isotropic:…, geometric:…, powerlaw:…, mnist, or a file",
  steps: "number of steps (denoiser evaluations of a first-order sampler)",
  nfe: "instead of --steps: the most steps the sampler can take within B denoiser evaluations",
  json: "print one JSON object",
  quiet: "no progress line on stderr",
  sampler: `sampler: ${samplerForms()}`,
  strategy: `strategy: ${ownStrategyForms()}; the optimised ${optimizedStrategyKinds().join(", ")}; or a tool's: ${reproducedStrategyKinds()}`,
} as const;
