/**
 * Where the reverse process starts (CLI `--prior`): `standard` is the process's own prior N(0, v·I);
 * `exact` is the true marginal N(α₀μ, α₀²Σ + σ₀²I) at the first level, which isolates the error of the
 * discretization from the error of the prior.
 */
export type Prior = "standard" | "exact";

/** Every prior, for parsers and option lists. */
export const PRIORS: readonly Prior[] = ["standard", "exact"];
