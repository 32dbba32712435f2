/**
 * The choice lists commander checks while it parses, written here so that defining a command loads no
 * library; a test checks each equals the library's own list.
 */

/** Where the reverse process starts (gaussian-flow's `PRIORS`). */
export const PRIORS = ["standard", "exact"] as const;

/** The formats `schedule` and `optimize` print (discretization's `SCHEDULE_FORMATS`). */
export const SCHEDULE_FORMATS = ["json", "csv", "diffusers", "comfyui"] as const;

/** The divergences `optimize --objective` takes, by each descriptor's `objective` name (kl-metrics' `DIVERGENCES`, in registry order). */
export const OBJECTIVES = ["kl", "reverse-kl", "w2", "symmetric-kl"] as const;
