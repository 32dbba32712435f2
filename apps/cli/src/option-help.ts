/** Help text of the options several commands share, so every command describes them the same way. */
export const OPTION_HELP = {
  process: "noise process: edm, ve:smin=…,smax=…, vp, ddpm, sd15, flow, …",
  spectrum: "source covariance eigenvalues: isotropic:…, geometric:…, powerlaw:…, or a file",
  steps: "number of steps (denoiser evaluations of a first-order sampler)",
  nfe: "instead of --steps: the most steps the sampler can take within B denoiser evaluations",
  json: "print one JSON object",
  quiet: "no progress line on stderr",
} as const;
